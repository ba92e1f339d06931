/**
 * Backing beans of the Faces pages. Packages mirror the view paths: the bean for
 * {@code /admin/roles/index.xhtml} lives in {@code view.admin.roles}. Here too what all pages share: converters,
 * renderers, exception handlers and where {@code o:cache} keeps what it renders.
 */
package app.rolewise.view;
