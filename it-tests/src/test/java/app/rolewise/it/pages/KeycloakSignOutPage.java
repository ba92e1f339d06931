package app.rolewise.it.pages;

import org.openqa.selenium.By;

/**
 * Keycloak's own question "Do you want to log out?", asked when a sign-out arrives without the ID token.
 */
public final class KeycloakSignOutPage {

    private final Browser browser;

    private KeycloakSignOutPage(Browser browser) {
        this.browser = browser;
    }

    public static KeycloakSignOutPage expect(Browser browser) {
        RolewisePage.waitFor(browser, By.id("kc-logout"));
        return new KeycloakSignOutPage(browser);
    }

    public SignedOutPage confirm() {
        browser.driver().findElement(By.id("kc-logout")).click();
        return SignedOutPage.expect(browser);
    }
}
