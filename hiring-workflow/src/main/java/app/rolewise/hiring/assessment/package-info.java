/**
 * A manager's needs assessment: the answers, saved as they are given, and the role the manager chooses.
 */
package app.rolewise.hiring.assessment;
