package app.rolewise.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/**
 * A role's history ({@code /admin/roles/history.xhtml?slug=…}).
 */
public final class HistoryPage extends RolewisePage {

    private HistoryPage(Browser browser) {
        super(browser);
    }

    public static HistoryPage open(Browser browser, String slug) {
        browser.open("admin/roles/history.xhtml?slug=" + slug);
        waitFor(browser, By.id("history:versions"));
        return new HistoryPage(browser);
    }

    public int versionCount() {
        return browser.driver().findElements(By.cssSelector("[id='history:versions_data'] > tr")).size();
    }

    /** The dimensions that differ between the two versions compared (by default the latest two). */
    public List<String> changedDimensions() {
        return browser.driver().findElements(By.cssSelector("[id='history:changes_data'] > tr > td:first-child")).stream()
                .map(WebElement::getText).toList();
    }

    /** A changed dimension's text in the later of the two versions compared, as the table shows it. */
    public String changedTo(String dimension) {
        return browser.driver().findElements(By.cssSelector("[id='history:changes_data'] > tr")).stream()
                .filter(row -> row.findElement(By.cssSelector("td:first-child")).getText().equals(dimension))
                .map(row -> row.findElement(By.cssSelector("pre.rw-diff-new")).getText())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no change of " + dimension + " among " + changedDimensions()));
    }

    /** Restores the version shown in the given row (0 is the latest) and returns the message. */
    public String restoreRow(int row) {
        browser.driver().findElement(By.id("history:versions:" + row + ":restore")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#messages .ui-messages-info-summary")))
                .getText();
    }
}
