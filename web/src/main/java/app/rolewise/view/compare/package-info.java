/**
 * The compare-roles hub ({@code /compare}): any 2 to 4 published roles side by side, the curated pairs,
 * the most viewed comparisons, the comparison as a PDF ({@code /compare/pdf}), the picker's suggestions
 * ({@code /compare/suggestions}), and a comparison's page answered from memory once rendered.
 */
package app.rolewise.view.compare;
