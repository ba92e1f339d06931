/**
 * The audit log for admins ({@code /admin/audit/}): who changed what, and when.
 */
package app.rolewise.view.admin.audit;
