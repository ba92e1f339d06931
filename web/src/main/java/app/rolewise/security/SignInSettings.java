package app.rolewise.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.ServletContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sign-in settings as the server resolves them: {@code WEB-INF/oidc.json}, whose values are expressions
 * such as {@code ${env.OIDC_CLIENT_SECRET:rolewise-dev-secret}} (the environment variable, else the demo realm's
 * value). Read here from the same file, so that the sign-in server's origin and the demo secret are written
 * down once.
 *
 * @param providerUrl  the realm's URL, which is also the token issuer
 * @param clientId     Rolewise's client in the realm
 * @param clientSecret the confidential client's secret
 * @param demoSecret   the secret the file falls back to, the demo realm's
 */
record SignInSettings(String providerUrl, String clientId, String clientSecret, String demoSecret) {

    static final String FILE = "/WEB-INF/oidc.json";
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{env\\.([A-Za-z0-9_]+)(?::([^}]*))?}");

    static SignInSettings of(ServletContext context) {
        try (InputStream file = context.getResourceAsStream(FILE)) {
            if (file == null) {
                throw new IllegalStateException(FILE + " is missing from the WAR");
            }
            return of(new String(file.readAllBytes(), StandardCharsets.UTF_8), System::getenv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SignInSettings of(String oidcJson, UnaryOperator<String> environment) {
        JsonObject oidc;
        try (JsonReader reader = Json.createReader(new StringReader(oidcJson))) {
            oidc = reader.readObject();
        }
        String secret = oidc.getJsonObject("credentials").getString("secret");
        return new SignInSettings(resolve(oidc.getString("provider-url"), environment),
                resolve(oidc.getString("client-id"), environment), resolve(secret, environment), fallback(secret));
    }

    /** scheme://host[:port] of the sign-in server, as a Content Security Policy names a source. */
    String providerOrigin() {
        URI uri = URI.create(providerUrl);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** The realm's end-session endpoint (OpenID Connect RP-initiated logout); Keycloak's lives below the issuer. */
    String endSessionUrl() {
        return providerUrl + "/protocol/openid-connect/logout";
    }

    /**
     * The demo realm's secret, none at all (an empty variable is taken as it is, as the server does), or the
     * production realm template's placeholder as written, which Keycloak keeps as the secret when its variable
     * is not set.
     */
    boolean usesDemoSecret() {
        return clientSecret.isBlank() || clientSecret.equals(demoSecret) || clientSecret.startsWith("${");
    }

    private static String resolve(String value, UnaryOperator<String> environment) {
        Matcher expression = EXPRESSION.matcher(value);
        if (!expression.matches()) {
            return value;
        }
        String set = environment.apply(expression.group(1));
        return set != null ? set : expression.group(2) == null ? "" : expression.group(2);
    }

    private static String fallback(String value) {
        Matcher expression = EXPRESSION.matcher(value);
        return expression.matches() && expression.group(2) != null ? expression.group(2) : value;
    }
}
