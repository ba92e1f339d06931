package app.rolewise.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/**
 * The role editor ({@code /admin/roles/edit.xhtml?slug=…}).
 */
public final class EditRolePage extends RolewisePage {

    private EditRolePage(Browser browser) {
        super(browser);
    }

    public static EditRolePage open(Browser browser, String slug) {
        browser.open("admin/roles/edit.xhtml?slug=" + slug);
        waitFor(browser, By.id("roleForm:save"));
        return new EditRolePage(browser);
    }

    public static EditRolePage expect(Browser browser) {
        waitFor(browser, By.id("roleForm:save"));
        return new EditRolePage(browser);
    }

    private void tab(String tabId) {
        browser.driver().findElement(By.cssSelector("a[href='#roleForm:tabs:" + tabId + "']")).click();
    }

    private void type(String tabId, String fieldId, String text) {
        tab(tabId);
        WebElement field = new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("roleForm:tabs:" + fieldId)));
        field.clear();
        field.sendKeys(text);
    }

    public String field(String fieldId) {
        return browser.driver().findElement(By.id("roleForm:tabs:" + fieldId)).getAttribute("value");
    }

    public EditRolePage setSummary(String text) {
        type("basicsTab", "summary", text);
        return this;
    }

    /**
     * Puts HTML into the overview's rich-text editor as a paste of markup would arrive at the server: into
     * the field the editor submits, bypassing the editor's own cleaning, so the server's sanitiser is tested.
     */
    public EditRolePage pasteOverviewHtml(String html) {
        tab("basicsTab");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('roleForm:tabs:overview_input').value = arguments[0];", html);
        return this;
    }

    public EditRolePage setOutlook(String text) {
        type("workTab", "outlook", text);
        return this;
    }

    public EditRolePage setOnetSoc(String text) {
        type("basicsTab", "onetSoc", text);
        return this;
    }

    /** Puts text into the outlook at once, as a paste would. */
    public EditRolePage pasteOutlook(String text) {
        tab("workTab");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('roleForm:tabs:outlook').value = arguments[0];", text);
        return this;
    }

    /** Clicks save and returns at once, while the request is on its way (to race another save). */
    public void clickSave() {
        browser.driver().findElement(By.id("roleForm:save")).click();
    }

    /** Waits for the Ajax answer and returns the page's messages then, one per line. */
    public String awaitMessages() {
        browser.awaitAjax(Duration.ofMillis(200));
        return browser.driver().findElements(By.cssSelector("#messages .ui-messages-info-summary,"
                        + " #messages .ui-messages-warn-summary, #messages .ui-messages-error-summary")).stream()
                .map(WebElement::getText)
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /** Saves and returns the first message the page shows afterwards. */
    public String save() {
        return clickAndAwaitMessage("roleForm:save");
    }

    public String saveAndPublish() {
        return clickAndAwaitMessage("roleForm:publish");
    }

    /** Clicks, waits for the Ajax answer and returns the page's messages then, one per line. */
    private String clickAndAwaitMessage(String buttonId) {
        browser.driver().findElement(By.id(buttonId)).click();
        return awaitMessages();
    }

    public String fieldMessage(String fieldId) {
        return browser.driver().findElement(By.cssSelector("[id='roleForm:tabs:" + fieldId + "'] ~ .ui-message")).getText();
    }

    public boolean showsConflict() {
        return !browser.driver().findElements(By.id("roleForm:conflict")).isEmpty();
    }

    public String conflict() {
        return browser.driver().findElement(By.id("roleForm:conflict")).getText();
    }
}
