/**
 * What the comparison boundaries share: the pairs' version history and JSON, and the PDF rendering.
 */
package app.rolewise.comparison.control;
