package app.rolewise.security;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInSettingsTest {

    private static final String OIDC = """
            {
              "provider-url": "${env.OIDC_PROVIDER_URL:http://localhost:8180/realms/rolewise}",
              "client-id": "${env.OIDC_CLIENT_ID:rolewise-web}",
              "credentials": { "secret": "${env.OIDC_CLIENT_SECRET:rolewise-dev-secret}" }
            }""";

    @Test
    void withoutTheEnvironmentTheFileFallsBackToTheDemoRealm() {
        SignInSettings settings = SignInSettings.of(OIDC, name -> null);

        assertEquals("http://localhost:8180", settings.providerOrigin());
        assertEquals("rolewise-dev-secret", settings.clientSecret());
        assertTrue(settings.usesDemoSecret());
    }

    @Test
    void theEnvironmentNamesTheRealSettings() {
        Map<String, String> environment = Map.of("OIDC_PROVIDER_URL", "https://sso.example.com:8443/realms/rolewise",
                "OIDC_CLIENT_SECRET", "s3cret-from-the-vault");

        SignInSettings settings = SignInSettings.of(OIDC, environment::get);

        assertEquals("https://sso.example.com:8443", settings.providerOrigin());
        assertFalse(settings.usesDemoSecret());
    }

    @Test
    void theDemoSecretSetExplicitlyIsStillTheDemoSecret() {
        assertTrue(SignInSettings.of(OIDC, Map.of("OIDC_CLIENT_SECRET", "rolewise-dev-secret")::get).usesDemoSecret());
    }

    @Test
    void anEmptySecretIsNoSecret() {
        assertTrue(SignInSettings.of(OIDC, Map.of("OIDC_CLIENT_SECRET", " ")::get).usesDemoSecret());
    }

    @Test
    void theProductionTemplatesPlaceholderIsNoSecret() {
        assertTrue(SignInSettings.of(OIDC, Map.of("OIDC_CLIENT_SECRET", "${OIDC_CLIENT_SECRET}")::get).usesDemoSecret());
    }

    @Test
    void signingOutGoesToTheRealmsEndSessionEndpoint() {
        SignInSettings settings = SignInSettings.of(OIDC, name -> null);

        assertEquals("http://localhost:8180/realms/rolewise/protocol/openid-connect/logout", settings.endSessionUrl());
        assertEquals("rolewise-web", settings.clientId());
    }

    @Test
    void theCommittedFileIsReadTheSameWay() throws Exception {
        String committed = java.nio.file.Files.readString(java.nio.file.Path.of("src/main/webapp/WEB-INF/oidc.json"));

        SignInSettings settings = SignInSettings.of(committed, name -> null);

        assertEquals("http://localhost:8180", settings.providerOrigin());
        assertTrue(settings.usesDemoSecret());
    }
}
