package app.rolewise.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Keycloak that servers.sh starts, as the tests and {@code ./rolewise start} run it: its administrator exists
 * from the first start (nobody can claim it from the welcome page) and signs in with the generated secret kept
 * beside the server; the production realm template is one Keycloak accepts, with its password policy and
 * brute-force protection.
 */
class KeycloakSetupIT {

    private static final String KEYCLOAK = RolewiseDeployment.KEYCLOAK;
    private static final String CHECK_REALM = "rolewise-template-check";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theWelcomePageOffersNoAdministratorToClaim() throws Exception {
        HttpResponse<String> welcome = HTTP.send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertFalse(welcome.statusCode() == 200 && welcome.body().contains("administrative user"),
                "Keycloak offers to create its administrator: " + welcome.body());
        assertEquals(302, welcome.statusCode(), "with an administrator, the welcome page sends to the admin console");
    }

    @Test
    void theProductionRealmTemplateIsAcceptedWithItsPolicies() throws Exception {
        String token = adminToken();
        // the placeholders Keycloak fills from the environment at a start-up import, filled here by hand
        String template = Files.readString(Path.of(System.getProperty("rolewise.production.realm")))
                .replace("${OIDC_CLIENT_SECRET}", "a-secret-for-this-test")
                .replace("${ROLEWISE_URL}", "https://rolewise.example.com")
                .replace("${SMTP_HOST}", "smtp.example.com").replace("${SMTP_PORT:587}", "587")
                .replace("${SMTP_FROM}", "sign-in@example.com").replace("${SMTP_USER}", "rolewise")
                .replace("${SMTP_PASSWORD}", "a-password-for-this-test")
                .replace("\"realm\": \"rolewise\"", "\"realm\": \"" + CHECK_REALM + "\"");
        assertFalse(template.contains("${"), "every placeholder is one this test knows");
        // a run that was stopped before its clean-up left the realm behind
        HTTP.send(admin("/admin/realms/" + CHECK_REALM, token).DELETE().build(), HttpResponse.BodyHandlers.discarding());
        try {
            HttpResponse<String> created = HTTP.send(admin("/admin/realms", token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(template)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, created.statusCode(), created.body());

            JsonObject realm = json(HTTP.send(admin("/admin/realms/" + CHECK_REALM, token).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertTrue(realm.getBoolean("bruteForceProtected"));
            assertTrue(realm.getString("passwordPolicy").contains("length(12)"), realm.getString("passwordPolicy"));
            assertEquals("all", realm.getString("sslRequired"));
            assertTrue(realm.getBoolean("verifyEmail") && realm.getBoolean("resetPasswordAllowed"));
            assertEquals("smtp.example.com", realm.getJsonObject("smtpServer").getString("host"),
                    "verifying addresses and resetting passwords need the mail server the template names");
            String users = HTTP.send(admin("/admin/realms/" + CHECK_REALM + "/users", token).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertEquals("[]", users.strip(), "no demo users in production");
        } finally {
            HTTP.send(admin("/admin/realms/" + CHECK_REALM, token).DELETE().build(), HttpResponse.BodyHandlers.discarding());
        }
    }

    /** Signs in as the administrator that servers.sh made up at the first start. */
    private static String adminToken() throws IOException, InterruptedException {
        String[] admin = Files.readString(Path.of(System.getProperty("keycloak.admin.file"))).strip().split(" ");
        assertEquals(2, admin.length, "user and password");
        HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=" + encode(admin[0])
                        + "&password=" + encode(admin[1]))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, token.statusCode(), "the kept secret signs in: " + token.body());
        return json(token.body()).getString("access_token");
    }

    private static HttpRequest.Builder admin(String path, String token) {
        return HttpRequest.newBuilder(URI.create(KEYCLOAK + path)).header("Authorization", "Bearer " + token);
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
