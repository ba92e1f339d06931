/**
 * The assessment aggregate and its rules.
 */
package app.rolewise.hiring.assessment.entity;
