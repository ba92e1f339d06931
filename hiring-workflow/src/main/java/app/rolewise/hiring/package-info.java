/**
 * The hiring workflow: a manager's needs assessment, the recommended role, the manager's choice, the job
 * description drafted from it and HR's review. Reads the role library through its boundary; knows nothing
 * of the comparison.
 */
package app.rolewise.hiring;
