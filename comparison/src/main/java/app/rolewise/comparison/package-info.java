/**
 * Compare-roles: puts published roles from the library side by side and works out what they share and
 * what sets them apart. Reads the role library through its boundary; knows nothing of the hiring workflow.
 */
package app.rolewise.comparison;
