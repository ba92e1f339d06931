/**
 * Who is signed in and how they sign out, and what protects every request. Sign-in itself is Keycloak's,
 * through WildFly's elytron-oidc-client (see WEB-INF/oidc.json); the rules of who may open what are in
 * WEB-INF/web.xml and on the boundaries. Here: the response headers (with PrimeFaces' Content Security
 * Policy, configured in web.xml), the session cookie's Secure flag, the same-origin check on posts, and
 * the security events log.
 */
package app.rolewise.security;
