package app.rolewise.it;

import app.rolewise.it.pages.AdminRolesPage;
import app.rolewise.it.pages.Browser;
import app.rolewise.it.pages.CataloguePage;
import app.rolewise.it.pages.EditRolePage;
import app.rolewise.it.pages.RolePage;
import app.rolewise.it.pages.KeycloakSignOutPage;
import app.rolewise.it.pages.ErrorPage;
import app.rolewise.it.pages.ComparePage;
import app.rolewise.it.pages.HomePage;
import app.rolewise.it.pages.KeycloakLoginPage;
import app.rolewise.it.pages.SignedOutPage;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signing in through Keycloak's real login page as each demo user, what each role is shown and allowed,
 * and signing out of both Rolewise and Keycloak.
 */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RolewiseDeployment.realWar();
    }

    @ArquillianResource
    URL deployed;

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(RolewiseDeployment.baseUri(deployed));
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        browser.screenshot(getClass().getSimpleName() + "-" + test.getDisplayName());
        browser.close();
    }

    private HomePage signIn(DemoUser user) {
        browser.open("");
        return KeycloakLoginPage.expect(browser).signInAs(user);
    }

    @ParameterizedTest
    @EnumSource(DemoUser.class)
    void eachDemoUserLandsOnTheirHomePageWithTheirRolesMenu(DemoUser user) {
        // Act
        HomePage home = signIn(user);

        // Assert
        assertEquals(user.fullName(), home.userName());
        assertTrue(home.heading().contains(user.fullName()), home.heading());
        assertTrue(home.signedInAs().contains(user.userName() + "@rolewise.test"), home.signedInAs());
        assertEquals(List.of(user.roleLabel()), home.roleTags());
        assertEquals(user.menu(), home.menuEntries());
        assertEquals(user.isAdmin(), home.offersAdministration());
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    @Test
    void aLinkFollowedWhileSignedOutOpensItsPageWithItsQueryAfterSignIn() {
        browser.open("compare?roles=data-engineer,machine-learning-engineer");
        KeycloakLoginPage.expect(browser).submit(DemoUser.NINA);

        ComparePage compare = ComparePage.expect(browser);

        assertTrue(browser.driver().getCurrentUrl().endsWith("/compare?roles=data-engineer,machine-learning-engineer")
                || browser.driver().getCurrentUrl().endsWith("/compare?roles=data-engineer%2Cmachine-learning-engineer"),
                browser.driver().getCurrentUrl());
        assertEquals(List.of("Data Engineer", "Machine Learning Engineer"), compare.columnHeadings());
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    @Test
    void twoLinksFollowedWhileSignedOutOpenTheirOwnPagesAfterOneSignIn() {
        // Arrange: two links followed while signed out, each in a tab of its own, both on Keycloak's form; the second
        // tab's way to sign in replaced what the first one's had left with the browser
        WebDriver driver = browser.driver();
        browser.open("roles/role.xhtml?slug=data-engineer");
        KeycloakLoginPage.expect(browser);
        String first = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        browser.open("roles/role.xhtml?slug=data-scientist");
        KeycloakLoginPage.expect(browser);
        String second = driver.getWindowHandle();

        // Act: signing in once, on the first tab's form
        driver.switchTo().window(first);
        KeycloakLoginPage.expect(browser).submit(DemoUser.NINA);
        String firstHeading = RolePage.expect(browser).heading();
        String firstAddress = driver.getCurrentUrl();
        // Keycloak's form in the second tab notices the sign-in and carries on by itself; someone who comes back to
        // it before then reloads it, and is not asked to sign in again
        driver.switchTo().window(second);
        if (!leavesKeycloakWithin(Duration.ofSeconds(10))) {
            driver.navigate().refresh();
        }
        String secondHeading = RolePage.expect(browser).heading();
        String secondAddress = driver.getCurrentUrl();
        // the first tab's session outlives the second tab's way back
        driver.switchTo().window(first);
        driver.navigate().refresh();
        String firstReloaded = RolePage.expect(browser).heading();

        // Assert
        assertEquals("Data Engineer", firstHeading);
        assertTrue(firstAddress.endsWith("/roles/role.xhtml?slug=data-engineer"), firstAddress);
        assertEquals("Data Scientist", secondHeading);
        assertTrue(secondAddress.endsWith("/roles/role.xhtml?slug=data-scientist"), secondAddress);
        assertEquals("Data Engineer", firstReloaded);
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    @Test
    void theFirstTabsWayBackIsAcceptedAfterASecondTabWentToSignIn() throws Exception {
        // Arrange: the same two tabs walked request by request (WalkedRequests), so that each of Keycloak's answers
        // is seen on its own: both pages sent to Keycloak, the second after the first
        Map<String, String> cookies = new LinkedHashMap<>();
        URI firstToKeycloak = location(WalkedRequests.step(cookies, get("roles/role.xhtml?slug=data-engineer")));
        String firstForm = WalkedRequests.step(cookies, HttpRequest.newBuilder(firstToKeycloak)).body();
        URI secondToKeycloak = location(WalkedRequests.step(cookies, get("roles/role.xhtml?slug=data-scientist")));
        WalkedRequests.step(cookies, HttpRequest.newBuilder(secondToKeycloak));

        // Act: signing in on the first tab's form and following Keycloak back; then the second tab asking Keycloak
        // again, as its form does once the sign-in is there, and following Keycloak back
        Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(firstForm);
        assertTrue(action.find(), "Keycloak's login form: " + firstForm);
        URI firstBack = location(WalkedRequests.step(cookies, HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + DemoUser.HOLLY.userName() + "&password=" + DemoUser.PASSWORD
                        + "&credentialId="))));
        HttpResponse<String> firstAnswer = WalkedRequests.step(cookies, HttpRequest.newBuilder(firstBack));
        HttpResponse<String> secondAtKeycloak = WalkedRequests.step(cookies, HttpRequest.newBuilder(secondToKeycloak));
        URI secondBack = location(secondAtKeycloak);
        HttpResponse<String> secondAnswer = WalkedRequests.step(cookies, HttpRequest.newBuilder(secondBack));
        HttpResponse<String> firstPage = WalkedRequests.step(cookies, get(location(firstAnswer).toString()));
        HttpResponse<String> secondPage = WalkedRequests.step(cookies, get(location(secondAnswer).toString()));

        // Assert
        assertEquals(302, firstAnswer.statusCode(), "the first tab's way back is accepted: " + firstBack + " " + firstAnswer.body());
        assertTrue(location(firstAnswer).toString().endsWith("/roles/role.xhtml?slug=data-engineer"), location(firstAnswer).toString());
        assertTrue(secondBack.toString().startsWith(RolewiseDeployment.baseUri(deployed).resolve("roles/role.xhtml").toString())
                && secondBack.getRawQuery().contains("code="), "Keycloak answers the second tab at once, with no second sign-in: " + secondBack);
        assertEquals(302, secondAnswer.statusCode(), "the second tab's way back too: " + secondBack + " " + secondAnswer.body());
        assertTrue(location(secondAnswer).toString().endsWith("/roles/role.xhtml?slug=data-scientist"), location(secondAnswer).toString());
        assertEquals(200, firstPage.statusCode());
        assertTrue(firstPage.body().contains("Data Engineer"), firstPage.body());
        assertEquals(200, secondPage.statusCode());
        assertTrue(secondPage.body().contains("Data Scientist"), secondPage.body());
    }

    /** A GET of a Rolewise address, as written after the application's base or as a path from the server's root. */
    private HttpRequest.Builder get(String address) {
        return HttpRequest.newBuilder(RolewiseDeployment.baseUri(deployed).resolve(address)).GET();
    }

    private static URI location(HttpResponse<String> response) {
        return URI.create(response.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                "no redirect: " + response.uri() + " answered " + response.statusCode() + " " + response.body())));
    }

    private boolean leavesKeycloakWithin(Duration time) {
        try {
            new WebDriverWait(browser.driver(), time).until(driver -> !driver.getCurrentUrl().startsWith(RolewiseDeployment.KEYCLOAK));
            return true;
        } catch (TimeoutException stillThere) {
            return false;
        }
    }

    @Test
    void everySignedInUserReadsThePublishedRoles() {
        signIn(DemoUser.HOLLY);

        CataloguePage catalogue = CataloguePage.open(browser);

        assertTrue(catalogue.roleNames().containsAll(List.of("Data Engineer", "Machine Learning Engineer")),
                catalogue.roleNames().toString());
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    @Test
    void aManagerIsRefusedAdminPagesByTheServer() {
        signIn(DemoUser.MARK);

        HttpResponse<String> direct = browser.requestWithSession("admin/roles/");
        browser.open("admin/roles/");
        ErrorPage page = ErrorPage.expect(browser);

        assertEquals(403, direct.statusCode());
        assertFalse(direct.body().contains("library:roles"), "the admin table must not be rendered");
        assertTrue(page.text().contains("not open to your role"), page.text());
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    @Test
    void anAdminArchivesEditsAndPublishesARole() {
        signIn(DemoUser.ALICE);
        AdminRolesPage library = AdminRolesPage.open(browser);
        assertEquals("Published", library.statusOf("Machine Learning Engineer"));
        String outlook = "Outlook revised while archived, " + System.currentTimeMillis() + ".";

        String archived = library.archive("Machine Learning Engineer");
        boolean hiddenFromCatalogue = !CataloguePage.open(browser).roleNames().contains("Machine Learning Engineer");
        String published = EditRolePage.open(browser, "machine-learning-engineer").setOutlook(outlook).saveAndPublish();
        RolePage rolePage = RolePage.open(browser, "machine-learning-engineer");

        assertTrue(archived.contains("is archived"), archived);
        assertTrue(hiddenFromCatalogue, "an archived role must leave the catalogue");
        assertTrue(published.contains("is saved as a new version") && published.contains("is published"), published);
        assertEquals(outlook, rolePage.dimension("outlook").lines().skip(1).findFirst().orElse(""));
        assertEquals("Published", AdminRolesPage.open(browser).statusOf("Machine Learning Engineer"));
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    @Test
    void signingOutEndsTheRolewiseAndTheKeycloakSession() {
        HomePage home = signIn(DemoUser.NINA);

        SignedOutPage signedOut = home.signOut();
        String farewell = signedOut.text();
        HttpResponse<String> afterwards = browser.requestWithSession("");
        KeycloakLoginPage login = signedOut.signInAgain();

        assertTrue(farewell.contains("signed out"), farewell);
        assertEquals(302, afterwards.statusCode(), "the old session must no longer be signed in");
        assertTrue(login.url().startsWith(RolewiseDeployment.KEYCLOAK + "/realms/rolewise/"),
                "Keycloak must ask for the password again: " + login.url());
    }

    @Test
    void signingOutAfterTheSessionExpiredStillEndsTheKeycloakSession() {
        signIn(DemoUser.NINA);
        browser.driver().manage().deleteCookieNamed("JSESSIONID");

        browser.driver().findElement(By.id("signOut")).click();
        // without the ID token Keycloak cannot tell who asks, so it asks the user to confirm
        SignedOutPage signedOut = KeycloakSignOutPage.expect(browser).confirm();
        KeycloakLoginPage login = signedOut.signInAgain();

        assertTrue(login.url().startsWith(RolewiseDeployment.KEYCLOAK + "/realms/rolewise/"),
                "Keycloak must ask for the password again: " + login.url());
    }
}
