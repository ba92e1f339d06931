package app.rolewise.it;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sign-in walked request by request, so that each of Keycloak's redirects back to Rolewise is seen on its own.
 * Cookies by hand: java.net's cookie store keeps Keycloak's Secure cookies off plain HTTP.
 */
final class WalkedRequests {

    private WalkedRequests() {
    }

    /** One request, without following redirects, sending and keeping cookies as a browser would on loopback. */
    static HttpResponse<String> step(Map<String, String> cookies, HttpRequest.Builder request) throws Exception {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String[] nameValue = setCookie.split(";")[0].split("=", 2);
            if (setCookie.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                cookies.remove(nameValue[0]);
            } else {
                cookies.put(nameValue[0], nameValue.length > 1 ? nameValue[1] : "");
            }
        }
        return response;
    }
}
