package app.rolewise.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Duration;

/**
 * The decision model's editor ({@code /admin/questions/model.xhtml}): each role's coverage of each need.
 */
public final class ModelEditorPage extends RolewisePage {

    private ModelEditorPage(Browser browser) {
        super(browser);
    }

    public static ModelEditorPage open(Browser browser) {
        browser.open("admin/questions/model.xhtml");
        waitFor(browser, By.id("model:save"));
        return new ModelEditorPage(browser);
    }

    private WebElement levelField(String role, String need) {
        return browser.driver().findElement(By.cssSelector("fieldset[data-role='" + role + "'] label[data-need='" + need + "'] input"));
    }

    /** How much of a need a role covers as the form shows it; 0 when empty. */
    public int level(String role, String need) {
        String value = levelField(role, need).getAttribute("value");
        return value == null || value.isBlank() ? 0 : Integer.parseInt(value.strip());
    }

    public ModelEditorPage setLevel(String role, String need, int level) {
        WebElement field = levelField(role, need);
        field.clear();
        if (level != 0) {
            field.sendKeys(String.valueOf(level));
        }
        return this;
    }

    /** Saves and returns the page's messages. */
    public String save() {
        browser.driver().findElement(By.id("model:save")).click();
        browser.awaitAjax(Duration.ofMillis(200));
        return browser.driver().findElement(By.id("messages")).getText();
    }
}
