package app.rolewise.security;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * What one authorization request leaves with the browser until Keycloak sends it back: the query of the page asked
 * for, which Keycloak is not given, and the cookies the sign-in mechanism set for that request (its state, PKCE
 * verifier and nonce seed), which the browser holds once only, so that the next page sent to sign in replaces them.
 * <p>
 * Kept as one cookie value: the URL-encoded query, then {@code name=value} per cookie (both URL-encoded), joined by
 * {@code &} and Base64url-encoded, so that the value holds no character a cookie would need quoted.
 *
 * @param query   the page's query as the browser sent it, empty for none
 * @param cookies the mechanism's cookies by name
 */
record PendingSignIn(String query, Map<String, String> cookies) {

    PendingSignIn {
        Objects.requireNonNull(query);
        cookies = Map.copyOf(cookies);
    }

    String encoded() {
        StringJoiner fields = new StringJoiner("&");
        fields.add(encode(query));
        cookies.forEach((name, value) -> fields.add(encode(name) + "=" + encode(value)));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(fields.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The pending sign-in a cookie value holds, or empty for a value Rolewise did not write. */
    static Optional<PendingSignIn> decoded(String value) {
        try {
            String[] fields = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8).split("&", -1);
            Map<String, String> cookies = new LinkedHashMap<>();
            for (int i = 1; i < fields.length; i++) {
                int equals = fields[i].indexOf('=');
                if (equals < 1) {
                    return Optional.empty();
                }
                cookies.put(decode(fields[i].substring(0, equals)), decode(fields[i].substring(equals + 1)));
            }
            return Optional.of(new PendingSignIn(decode(fields[0]), cookies));
        } catch (IllegalArgumentException notWrittenByRolewise) {
            return Optional.empty();
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
