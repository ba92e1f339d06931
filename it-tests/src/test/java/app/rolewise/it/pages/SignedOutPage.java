package app.rolewise.it.pages;

import org.openqa.selenium.By;

/**
 * Where Keycloak sends the browser back after signing out.
 */
public final class SignedOutPage {

    private final Browser browser;

    private SignedOutPage(Browser browser) {
        this.browser = browser;
    }

    public static SignedOutPage expect(Browser browser) {
        RolewisePage.waitFor(browser, By.id("signedOutText"));
        return new SignedOutPage(browser);
    }

    public String text() {
        return browser.driver().findElement(By.id("signedOutText")).getText();
    }

    public KeycloakLoginPage signInAgain() {
        browser.driver().findElement(By.id("signInAgain")).click();
        return KeycloakLoginPage.expect(browser);
    }
}
