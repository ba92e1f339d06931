/**
 * Content history: every saved state of admin-maintained content (roles, role pairs, the question bank),
 * numbered per subject from 1 and kept as the content's JSON, so that any two can be compared and an
 * earlier one restored. One history for every kind of content; each kind owns its JSON and its diff.
 */
package app.rolewise.history;
