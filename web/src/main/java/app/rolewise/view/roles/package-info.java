/**
 * The role catalogue every signed-in user browses ({@code /roles/}).
 */
package app.rolewise.view.roles;
