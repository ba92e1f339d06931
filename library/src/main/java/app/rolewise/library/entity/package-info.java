/**
 * The role aggregate and its value objects, with the rules that keep a role consistent.
 */
package app.rolewise.library.entity;
