/**
 * Who is signed in and how they sign out, and what protects every request. Sign-in itself is Keycloak's,
 * through WildFly's elytron-oidc-client (see WEB-INF/oidc.json, read back by {@link app.rolewise.security.SignInSettings});
 * the rules of who may open what are in WEB-INF/web.xml and on the boundaries. Here: the Undertow handlers in
 * front of the container's own answers ({@link app.rolewise.security.SecurityHandlers}: response headers with
 * the Content Security Policy, cookie attributes, hidden paths, page methods, the way back from sign-in), the
 * session cookie's Secure flag, the refusal to start with demo secrets, the same-origin check on posts, and the
 * security events log.
 */
package app.rolewise.security;
