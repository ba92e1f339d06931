/**
 * The compare-roles hub ({@code /compare}): any 2 to 4 published roles side by side, the curated pairs,
 * the most viewed comparisons, and the comparison as a PDF ({@code /compare/pdf}).
 */
package app.rolewise.view.compare;
