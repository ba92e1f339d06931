/**
 * The recommendation: from a manager's answers to the needs assessment, which role to hire, why, and in
 * what order when one role needs the other's groundwork first.
 */
package app.rolewise.hiring.recommendation;
