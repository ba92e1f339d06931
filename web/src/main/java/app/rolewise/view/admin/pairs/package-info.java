/**
 * The admins' pair content ({@code /admin/pairs/}): what Rolewise says about two often-confused roles.
 */
package app.rolewise.view.admin.pairs;
