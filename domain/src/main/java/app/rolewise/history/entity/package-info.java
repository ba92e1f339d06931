/**
 * One saved state of one piece of content.
 */
package app.rolewise.history.entity;
