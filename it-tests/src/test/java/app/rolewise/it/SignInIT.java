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

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;

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
