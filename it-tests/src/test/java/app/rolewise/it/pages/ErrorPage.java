package app.rolewise.it.pages;

import org.openqa.selenium.By;

/**
 * One of Rolewise's error pages (403, 404, 500, expired view).
 */
public final class ErrorPage extends RolewisePage {

    private ErrorPage(Browser browser) {
        super(browser);
    }

    public static ErrorPage expect(Browser browser) {
        waitFor(browser, By.id("errorText"));
        return new ErrorPage(browser);
    }

    public String text() {
        return browser.driver().findElement(By.id("errorText")).getText();
    }
}
