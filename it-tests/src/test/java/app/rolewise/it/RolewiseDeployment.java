package app.rolewise.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.URI;
import java.net.URL;

/**
 * The deployment every integration test uses: the WAR the build produced, unchanged.
 */
public final class RolewiseDeployment {

    /** Keycloak's redirect URIs and token issuer name this host; the browser must use it too. */
    public static final String HOST = "localhost";
    /** Keycloak as servers.sh starts it, on the same host name; KEYCLOAK_PORT moves it as it moves the server. */
    public static final String KEYCLOAK = "http://" + HOST + ":" + System.getenv().getOrDefault("KEYCLOAK_PORT", "8180");

    private RolewiseDeployment() {
    }

    public static WebArchive realWar() {
        File war = new File(System.getProperty("rolewise.war", "../web/target/rolewise.war"));
        return ShrinkWrap.create(ZipImporter.class, "rolewise.war").importFrom(war).as(WebArchive.class);
    }

    /** The application's base URL as a user types it, from the URL Arquillian reports. */
    public static URI baseUri(URL deployed) {
        return URI.create("http://" + HOST + ":" + deployed.getPort() + "/");
    }
}
