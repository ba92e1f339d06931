/**
 * One entry of the audit log.
 */
package app.rolewise.audit.entity;
