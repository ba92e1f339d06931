/**
 * Writing to the audit log (any content change) and reading it (admins only).
 */
package app.rolewise.audit.boundary;
