/**
 * What is made from an assessment for people outside Rolewise: the decision brief, as Markdown and PDF.
 */
package app.rolewise.hiring.assessment.control;
