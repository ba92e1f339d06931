package app.rolewise.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.time.Duration;

/**
 * The admins' role pairs ({@code /admin/pairs/}) and the form that starts a new pair.
 */
public final class PairsPage extends RolewisePage {

    private PairsPage(Browser browser) {
        super(browser);
    }

    public static PairsPage open(Browser browser) {
        browser.open("admin/pairs/");
        waitFor(browser, By.id("newPair:create"));
        return new PairsPage(browser);
    }

    /** Picks the two roles (by URL name) and presses Create, waiting for the answer. */
    public PairsPage create(String oneSlug, String otherSlug) {
        JavascriptExecutor script = (JavascriptExecutor) browser.driver();
        script.executeScript("PrimeFaces.getWidgetById('newPair:first').selectValue(arguments[0]);", oneSlug);
        script.executeScript("PrimeFaces.getWidgetById('newPair:second').selectValue(arguments[0]);", otherSlug);
        browser.driver().findElement(By.id("newPair:create")).click();
        browser.awaitAjax(Duration.ofMillis(200));
        return this;
    }

    /** The role (URL name) a role menu of the form shows chosen: "first" or "second". */
    public String chosen(String menu) {
        Object value = ((JavascriptExecutor) browser.driver())
                .executeScript("return PrimeFaces.getWidgetById('newPair:' + arguments[0]).getSelectedValue();", menu);
        return value == null ? "" : value.toString();
    }

    /** The message next to a field of the form ("first" or "second"), empty when there is none. */
    public String fieldMessage(String field) {
        return browser.driver().findElements(By.cssSelector("[id='newPair'] .rw-field")).stream()
                .filter(box -> !box.findElements(By.cssSelector("[id='newPair:" + field + "']")).isEmpty())
                .flatMap(box -> box.findElements(By.cssSelector(".ui-message")).stream())
                .map(WebElement::getText).map(String::strip).findFirst().orElse("");
    }

    /** Whether the "Something went wrong" dialog of an unexpected error is open. */
    public boolean showsErrorDialog() {
        return browser.driver().findElements(By.cssSelector(".ui-dialog")).stream().anyMatch(WebElement::isDisplayed);
    }

    public String messages() {
        return browser.driver().findElement(By.id("messages")).getText();
    }
}
