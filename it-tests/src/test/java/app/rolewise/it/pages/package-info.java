/**
 * Page objects for the browser tests: one class per page, hiding element ids and waits from the tests.
 */
package app.rolewise.it.pages;
