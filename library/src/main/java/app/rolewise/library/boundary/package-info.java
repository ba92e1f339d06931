/**
 * The role library's entry point for the rest of the application: reading roles and changing their
 * lifecycle, with the access rules enforced here rather than in the pages.
 */
package app.rolewise.library.boundary;
