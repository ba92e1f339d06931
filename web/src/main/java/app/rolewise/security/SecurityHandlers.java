package app.rolewise.security;

import io.undertow.server.handlers.SameSiteCookieHandler;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.LoggingExceptionHandler;
import jakarta.servlet.ServletContext;

/**
 * Puts Rolewise's own handlers into its deployment's Undertow chain, where servlet filters cannot reach: in
 * front of the container's own answers and of the sign-in mechanism. Registered in
 * {@code META-INF/services/io.undertow.servlet.ServletExtension}.
 * <p>
 * The order a request meets them: security headers and cookie attributes (on every answer), hidden paths,
 * then, for a request (not a forward or an error dispatch), the handling around sign-in and the method check,
 * and after sign-in, the answer to a return from Keycloak that another tab's sign-in overtook.
 * Exceptions that reach the container are logged as Undertow logs them, refusals aside ({@link RefusalLog}).
 */
public final class SecurityHandlers implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        String signInOrigin = SignInSettings.of(context).providerOrigin();
        // initial handlers: the last added is met first
        deployment.addInitialHandlerChainWrapper(HiddenPaths::new);
        // every cookie Rolewise sets: no other site's form or script sends it; Undertow does not apply the
        // SameSite attribute of web.xml's cookie-config to the session cookie, so it is set here for all
        deployment.addInitialHandlerChainWrapper(next -> new SameSiteCookieHandler(next, "Lax"));
        deployment.addInitialHandlerChainWrapper(next -> new SecurityHeaders(next, signInOrigin));
        // outer handlers, around the sign-in mechanism: likewise
        deployment.addOuterHandlerChainWrapper(SignInReturn::new);
        deployment.addOuterHandlerChainWrapper(FreshSessionAtSignIn::new);
        // inside the security handlers, which every error dispatch needs to have run, but before a sign-in is
        // asked for: a refused method is refused signed in or not
        deployment.addSecurityWrapper(PageMethods::new);
        // after the security handlers, just before the servlet: the mechanism has signed the request in, or not
        deployment.addInnerHandlerChainWrapper(SignInCompletedElsewhere::new);
        deployment.setExceptionHandler(new RefusalLog(deployment.getExceptionHandler() == null
                ? LoggingExceptionHandler.DEFAULT : deployment.getExceptionHandler()));
    }
}
