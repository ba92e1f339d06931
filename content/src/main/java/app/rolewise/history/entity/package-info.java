/**
 * One saved state of one piece of content, what differs between two states, and how two edits of one state
 * merge.
 */
package app.rolewise.history.entity;
