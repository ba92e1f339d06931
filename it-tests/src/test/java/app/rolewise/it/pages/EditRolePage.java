package app.rolewise.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

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

    /** The controls of the overview editor's toolbar, each by its accessible name, in order. */
    public List<String> overviewToolbar() {
        tab("basicsTab");
        return browser.driver().findElements(By.cssSelector("[id='roleForm:tabs:overview_toolbar'] button,"
                        + " [id='roleForm:tabs:overview_toolbar'] [role=button]")).stream()
                .map(WebElement::getAccessibleName)
                .toList();
    }

    /**
     * Puts the cursor at the end of the overview and turns bold on there, typing nothing: the editor marks the
     * spot with an invisible character.
     */
    public EditRolePage boldAtTheEndOfTheOverview() {
        tab("basicsTab");
        WebElement text = new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='roleForm:tabs:overview_editor'] .ql-editor")));
        // clear of the sticky button bar at the bottom of the window
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", text);
        text.click();
        text.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
        WebElement bold = browser.driver().findElement(By.cssSelector("[id='roleForm:tabs:overview_toolbar'] button.ql-bold"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", bold);
        bold.click();
        return this;
    }

    /** Leaves the overview (for the name field) and returns what the editor hands to the form to send. */
    public String overviewAsSent() {
        browser.driver().findElement(By.id("roleForm:tabs:name")).click();
        return browser.driver().findElement(By.id("roleForm:tabs:overview_input")).getAttribute("value");
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

    /** The dimensions, as named on the page, whose changes of this user a merge applied over the newer version. */
    public List<String> mergedMine() {
        return texts(By.cssSelector("#mergedMine li"));
    }

    /** The dimensions, as named on the page, whose changes of the other admin a merge kept. */
    public List<String> mergedTheirs() {
        return texts(By.cssSelector("#mergedTheirs li"));
    }

    /** The dimensions both admins changed differently, by their names in the code (such as OUTLOOK). */
    public List<String> conflictingDimensions() {
        return browser.driver().findElements(By.cssSelector("[id='roleForm:conflictChanges'] [data-dimension]")).stream()
                .map(cell -> cell.getAttribute("data-dimension"))
                .toList();
    }

    /** Keeps this user's text of a dimension both changed (such as OUTLOOK) in the form. */
    public EditRolePage keepMine(String dimension) {
        return pick(dimension, "keepMine");
    }

    /** Puts the other admin's text of a dimension both changed (such as OUTLOOK) into the form. */
    public EditRolePage takeTheirs(String dimension) {
        return pick(dimension, "takeTheirs");
    }

    private EditRolePage pick(String dimension, String button) {
        WebElement pick = browser.driver().findElement(By.xpath("//*[@id='roleForm:conflictChanges']//tr[.//*[@data-dimension='"
                + dimension + "']]//button[contains(@id, ':" + button + "')]"));
        // the sticky button bar at the bottom of the window would take a click on a button scrolled just above it
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", pick);
        pick.click();
        browser.awaitAjax(Duration.ofMillis(200));
        return this;
    }

    private List<String> texts(By elements) {
        return browser.driver().findElements(elements).stream().map(WebElement::getText).map(String::strip).toList();
    }
}
