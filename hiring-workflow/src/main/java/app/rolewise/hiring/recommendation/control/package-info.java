/**
 * Reading the question bank that ships with Rolewise.
 */
package app.rolewise.hiring.recommendation.control;
