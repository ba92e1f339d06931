/**
 * Job descriptions: drafted from the chosen role and the manager's answers, edited section by section
 * (every save a revision), checked for gender-coded wording and readability, reviewed and approved by HR,
 * exported as Markdown, PDF and schema.org JobPosting.
 */
package app.rolewise.hiring.description;
