/**
 * The admins' question bank ({@code /admin/questions/}): the questions by section, the editor for one
 * question with its answers and weights, and the bank's versions with diff and restore.
 */
package app.rolewise.view.admin.questions;
