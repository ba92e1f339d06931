/**
 * Backing beans of the job description pages under {@code /descriptions/}: the list, and one description's
 * editor, language check, review and history.
 */
package app.rolewise.view.descriptions;
