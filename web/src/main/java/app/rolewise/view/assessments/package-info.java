/**
 * Needs assessments ({@code /assessments/}): a manager's list, the step-by-step questions with every
 * answer saved at once, the recommendation with its reasons and the manager's choice.
 */
package app.rolewise.view.assessments;
