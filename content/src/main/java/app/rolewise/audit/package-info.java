/**
 * The audit log: who changed what in Rolewise's content, and when. Written by the boundaries that change
 * content, read by admins.
 */
package app.rolewise.audit;
