package app.rolewise.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The deployed WAR as a client without a browser sees it: every page behind Keycloak, health reported.
 */
@ExtendWith(ArquillianExtension.class)
class DeploymentIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RolewiseDeployment.realWar();
    }

    @ArquillianResource
    URL deployed;

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAnonymousRequestIsSentToKeycloakWithPkce() throws Exception {
        HttpResponse<String> response = get(RolewiseDeployment.baseUri(deployed).resolve("roles/"));

        assertEquals(302, response.statusCode());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(RolewiseDeployment.KEYCLOAK + "/realms/rolewise/protocol/openid-connect/auth?"), location);
        assertTrue(location.contains("client_id=rolewise-web"), location);
        assertTrue(location.contains("code_challenge_method=S256"), location);
    }

    @Test
    void anAnonymousRequestForAnAdminPageIsSentToKeycloakToo() throws Exception {
        HttpResponse<String> response = get(RolewiseDeployment.baseUri(deployed).resolve("admin/roles/"));

        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().startsWith(RolewiseDeployment.KEYCLOAK + "/"));
    }

    @Test
    void theSignedOutPageIsPublic() throws Exception {
        HttpResponse<String> response = get(RolewiseDeployment.baseUri(deployed).resolve("signed-out.xhtml"));

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("You have signed out"), response.body());
    }

    @Test
    void healthReportsTheMigratedDatabase() throws Exception {
        HttpResponse<String> response = get(URI.create("http://127.0.0.1:9990/health/ready"));

        assertEquals(200, response.statusCode(), response.body());
        String body = response.body().replace(" ", "");
        assertTrue(body.contains("{\"name\":\"database\",\"status\":\"UP\""), body);
        assertTrue(body.matches(".*\"schemaVersion\":\"[1-9][0-9]*\".*"), body);
        String product = "postgresql".equals(System.getProperty("rolewise.db.driver")) ? "PostgreSQL" : "H2";
        assertTrue(body.contains("\"product\":\"" + product + "\""), "expected " + product + ": " + body);
    }
}
