/**
 * Recording and reading content versions, in the caller's transaction.
 */
package app.rolewise.history.boundary;
