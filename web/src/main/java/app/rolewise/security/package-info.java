/**
 * Who is signed in and how they sign out. Sign-in itself is Keycloak's, through WildFly's
 * elytron-oidc-client (see WEB-INF/oidc.json); the rules of who may open what are in WEB-INF/web.xml
 * and on the boundaries.
 */
package app.rolewise.security;
