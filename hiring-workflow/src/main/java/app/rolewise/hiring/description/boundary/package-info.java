/**
 * The job description service: draft, edit, submit, review and export, with who-may-do-what checked on
 * every call.
 */
package app.rolewise.hiring.description.boundary;
