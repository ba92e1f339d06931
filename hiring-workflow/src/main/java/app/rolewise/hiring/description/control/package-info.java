/**
 * What is done with a description's text: drafting it from a role and answers, checking its language and
 * readability, and writing it out as Markdown, PDF and JSON-LD.
 */
package app.rolewise.hiring.description.control;
