/**
 * What is done with a description's text: drafting it from a role and answers, finding its gender-coded words,
 * and writing it out as Markdown, PDF and JSON-LD.
 */
package app.rolewise.hiring.description.control;
