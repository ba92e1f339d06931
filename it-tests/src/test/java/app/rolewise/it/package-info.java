/**
 * Tests against the real WAR on a real WildFly, signing in through a real Keycloak: what a user of
 * Rolewise would see and what the server lets them do.
 */
package app.rolewise.it;
