/**
 * The admins' question bank ({@code /admin/questions/}): the questions by section, the editor for one
 * question with its answers and their effects on the needs, the decision model's editor (what each role
 * covers and requires first), and the bank's versions with diff and restore.
 */
package app.rolewise.view.admin.questions;
