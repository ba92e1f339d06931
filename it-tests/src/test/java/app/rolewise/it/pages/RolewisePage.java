package app.rolewise.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/**
 * What every signed-in Rolewise page has: the heading, the user's name and roles, the menu, sign-out.
 */
public class RolewisePage {

    protected final Browser browser;

    protected RolewisePage(Browser browser) {
        this.browser = browser;
    }

    /** Waits for an element; if it never comes, says where the browser is instead. */
    protected static void waitFor(Browser browser, By element) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(element));
        } catch (TimeoutException notThere) {
            String page = browser.driver().findElement(By.tagName("body")).getText();
            throw new AssertionError("Expected " + element + " but the browser shows "
                    + browser.driver().getCurrentUrl() + ": " + page.substring(0, Math.min(page.length(), 500)),
                    notThere);
        }
    }

    public String heading() {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    public String userName() {
        return browser.driver().findElement(By.id("userName")).getText();
    }

    public List<String> roleTags() {
        return browser.driver().findElements(By.className("rw-role-tag")).stream().map(WebElement::getText).toList();
    }

    /** The top-level entries of the menu, as shown. */
    public List<String> menuEntries() {
        return browser.driver().findElements(By.cssSelector("#menu > ul > li > a, #menu > ul > li > details > summary")).stream()
                .map(WebElement::getText)
                .map(String::strip)
                .toList();
    }

    public SignedOutPage signOut() {
        browser.driver().findElement(By.id("signOut")).click();
        return SignedOutPage.expect(browser);
    }
}
