package app.rolewise.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.util.List;

/**
 * "My assessments" (HR: all assessments) as a list ({@code /assessments/?q=…&status=…&manager=…&archived=true&sort=…}):
 * its search and filters are a plain form whose answer is the list's address; each of the manager's own rows can be
 * copied, archived and restored.
 */
public final class AssessmentListPage extends RolewisePage {

    private static final By TABLE = By.id("mine:assessments");

    private AssessmentListPage(Browser browser) {
        super(browser);
    }

    /** Opens the list at an address: {@code query} is what follows the "?", or null for the list as it comes. */
    public static AssessmentListPage open(Browser browser, String query) {
        browser.open("assessments/" + (query == null ? "" : "?" + query));
        return expect(browser);
    }

    /** The browser's Back button, from a page opened from the list. */
    public static AssessmentListPage back(Browser browser) {
        browser.navigate(() -> browser.driver().navigate().back());
        // the list may be drawn again as it comes back (its table loads its rows): read it once that has settled
        browser.awaitAjax(Duration.ofMillis(300));
        return expect(browser);
    }

    public static AssessmentListPage expect(Browser browser) {
        waitFor(browser, TABLE);
        return new AssessmentListPage(browser);
    }

    public AssessmentListPage search(String text) {
        WebElement field = browser.driver().findElement(By.id("q"));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Picks a state by its name (IN_PROGRESS, …), or "" for any. */
    public AssessmentListPage status(String status) {
        new Select(browser.driver().findElement(By.id("status"))).selectByValue(status);
        return this;
    }

    /** Picks a manager by user name (HR only), or "" for every manager. */
    public AssessmentListPage manager(String user) {
        new Select(browser.driver().findElement(By.id("manager"))).selectByValue(user);
        return this;
    }

    /** Picks an order by the word the address uses (newest, oldest, title, title-desc, state). */
    public AssessmentListPage sort(String word) {
        new Select(browser.driver().findElement(By.id("sort"))).selectByValue(word);
        return this;
    }

    public AssessmentListPage archived(boolean shown) {
        WebElement box = browser.driver().findElement(By.id("archived"));
        if (box.isSelected() != shown) {
            box.click();
        }
        return this;
    }

    /** Sends the search and filters: the page comes back at the address they make. */
    public AssessmentListPage apply() {
        return navigated(() -> browser.driver().findElement(By.id("applyFilters")).click());
    }

    /** The titles on this page of the list, in its order. */
    public List<String> titles() {
        return browser.driver().findElements(By.cssSelector("[id='mine:assessments'] a.rw-assessment-link")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    /** Each row's status by name (IN_PROGRESS, …), in the list's order. */
    public List<String> statuses() {
        return browser.driver().findElements(By.cssSelector("[id='mine:assessments'] .rw-assessment-status")).stream()
                .map(status -> status.getAttribute("data-status")).toList();
    }

    /** What the table says when it has no row; empty when it has rows. */
    public String emptyMessage() {
        List<WebElement> empty = browser.driver().findElements(By.cssSelector("[id='mine:assessments'] .ui-datatable-empty-message"));
        return empty.isEmpty() ? "" : empty.get(0).getText().strip();
    }

    public boolean offersManagerFilter() {
        return !browser.driver().findElements(By.id("manager")).isEmpty();
    }

    /** Whether the row of this title has its owner's actions (copy, archive or restore). */
    public boolean offersActionsOn(String title) {
        return !row(title).findElements(By.cssSelector("button[id$=':copy']")).isEmpty();
    }

    /** Archives the assessment of this title from its row; returns the page's messages. */
    public String archive(String title) {
        return act(title, "archive");
    }

    public String restore(String title) {
        return act(title, "restore");
    }

    /** Copies the assessment of this title from its row: the copy opens at once. */
    public AssessmentPage copy(String title) {
        browser.navigate(() -> row(title).findElement(By.cssSelector("button[id$=':copy']")).click());
        return AssessmentPage.expect(browser);
    }

    /** Opens the assessment of this title from the list. */
    public AssessmentPage openAssessment(String title) {
        browser.navigate(() -> row(title).findElement(By.cssSelector("a.rw-assessment-link")).click());
        return AssessmentPage.expect(browser);
    }

    public String messages() {
        List<WebElement> messages = browser.driver().findElements(By.id("messages"));
        return messages.isEmpty() ? "" : messages.get(0).getText();
    }

    public String address() {
        return java.net.URLDecoder.decode(browser.driver().getCurrentUrl(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private String act(String title, String action) {
        row(title).findElement(By.cssSelector("button[id$=':" + action + "']")).click();
        browser.awaitAjax(Duration.ofMillis(200));
        return messages();
    }

    private WebElement row(String title) {
        return browser.driver().findElement(By.xpath("//a[contains(@class,'rw-assessment-link')][normalize-space(.)='" + title + "']/ancestor::tr[1]"));
    }

    private AssessmentListPage navigated(Runnable navigation) {
        browser.navigate(navigation);
        waitFor(browser, TABLE);
        return this;
    }
}
