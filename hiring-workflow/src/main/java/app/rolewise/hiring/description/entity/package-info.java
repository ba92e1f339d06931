/**
 * The job description aggregate, its sections (CommonMark bodies, and how they read), review states and
 * decisions, and the value objects of a posting (workplace, salary range).
 */
package app.rolewise.hiring.description.entity;
