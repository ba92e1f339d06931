package app.rolewise.it.pages;

import org.openqa.selenium.By;

/**
 * The page a user lands on after signing in.
 */
public final class HomePage extends RolewisePage {

    private HomePage(Browser browser) {
        super(browser);
    }

    public static HomePage expect(Browser browser) {
        waitFor(browser, By.id("signedInAs"));
        return new HomePage(browser);
    }

    public String signedInAs() {
        return browser.driver().findElement(By.id("signedInAs")).getText();
    }

    public boolean offersAdministration() {
        return !browser.driver().findElements(By.id("adminCard")).isEmpty();
    }
}
