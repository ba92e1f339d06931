package app.rolewise.it.pages;

import app.rolewise.it.DemoUser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Keycloak's sign-in form for the rolewise realm.
 */
public final class KeycloakLoginPage {

    private final Browser browser;

    private KeycloakLoginPage(Browser browser) {
        this.browser = browser;
    }

    /** Waits until the browser shows Keycloak's sign-in form. */
    public static KeycloakLoginPage expect(Browser browser) {
        RolewisePage.waitFor(browser, By.id("kc-login"));
        return new KeycloakLoginPage(browser);
    }

    public String url() {
        return browser.driver().getCurrentUrl();
    }

    public HomePage signInAs(DemoUser user) {
        submit(user);
        return HomePage.expect(browser);
    }

    /** Signs in and leaves it to the caller to expect the page the browser was on its way to. */
    public void submit(DemoUser user) {
        WebDriver driver = browser.driver();
        driver.findElement(By.id("username")).sendKeys(user.userName());
        driver.findElement(By.id("password")).sendKeys(DemoUser.PASSWORD);
        driver.findElement(By.id("kc-login")).click();
    }
}
