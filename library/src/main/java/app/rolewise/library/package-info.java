/**
 * The role library: the data/AI roles Rolewise knows about, described along the dimensions hiring teams
 * compare them by. Every other part of Rolewise reads roles from here; only admins change them.
 */
package app.rolewise.library;
