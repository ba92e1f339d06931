/**
 * Backing beans of the Faces pages. Packages mirror the view paths: the bean for
 * {@code /admin/roles/index.xhtml} lives in {@code view.admin.roles}.
 */
package app.rolewise.view;
