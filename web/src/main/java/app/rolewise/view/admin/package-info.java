/**
 * Pages for admins only ({@code /admin/}); web.xml and the boundaries both refuse everyone else.
 */
package app.rolewise.view.admin;
