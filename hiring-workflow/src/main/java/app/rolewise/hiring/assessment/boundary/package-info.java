/**
 * Managers' access to their own assessments (HR reads all), the recommendation and the choice.
 */
package app.rolewise.hiring.assessment.boundary;
