package app.rolewise.security;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DemoSecretsTest {

    private static final SignInSettings DEMO_SECRET = new SignInSettings("http://localhost:8180/realms/rolewise", "rolewise-web", "rolewise-dev-secret",
            "rolewise-dev-secret");
    private static final SignInSettings REAL_SECRET = new SignInSettings("https://sso.example.com/realms/rolewise", "rolewise-web", "from-the-vault",
            "rolewise-dev-secret");

    @Test
    void outsideTheDemoEveryDemoSecretIsNamed() {
        List<String> problems = DemoSecrets.problems(DEMO_SECRET, Map.<String, String>of()::get);

        assertEquals(2, problems.size(), problems.toString());
        assertEquals(1, DemoSecrets.problems(REAL_SECRET, Map.of("ROLEWISE_DB_PASSWORD", "sa")::get).size());
        assertEquals(1, DemoSecrets.problems(DEMO_SECRET, Map.of("ROLEWISE_DB_PASSWORD", "a-real-one")::get).size());
    }

    @Test
    void realSecretsStart() {
        assertEquals(List.of(), DemoSecrets.problems(REAL_SECRET, Map.of("ROLEWISE_DB_PASSWORD", "a-real-one")::get));
    }

    @Test
    void theDemoAcceptsTheDemoSecrets() {
        Map<String, String> demo = new HashMap<>(Map.of("ROLEWISE_DEMO", "true"));

        assertEquals(List.of(), DemoSecrets.problems(DEMO_SECRET, demo::get));
        demo.put("ROLEWISE_DEMO", "yes");
        assertEquals(2, DemoSecrets.problems(DEMO_SECRET, demo::get).size(), "only true means the demo");
    }
}
