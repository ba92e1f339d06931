/**
 * The admins' view of the role library ({@code /admin/roles/}): every role in any status, and its lifecycle.
 */
package app.rolewise.view.admin.roles;
