package app.rolewise.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

/**
 * The job descriptions list ({@code /descriptions/?q=…&state=…&manager=…&waiting=N&sort=…}): its search and
 * filters are a plain form whose answer is the list's address; HR's review queue is {@code waiting=N}.
 */
public final class DescriptionListPage extends RolewisePage {

    private static final By TABLE = By.id("list:descriptions");

    private DescriptionListPage(Browser browser) {
        super(browser);
    }

    /** Opens the list at an address: {@code query} is what follows the "?", or null for the list as it comes. */
    public static DescriptionListPage open(Browser browser, String query) {
        browser.open("descriptions/" + (query == null ? "" : "?" + query));
        waitFor(browser, TABLE);
        return new DescriptionListPage(browser);
    }

    public DescriptionListPage search(String text) {
        WebElement field = browser.driver().findElement(By.id("q"));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Picks a state by its name (DRAFT, IN_REVIEW, …), or "" for any. */
    public DescriptionListPage state(String state) {
        new Select(browser.driver().findElement(By.id("state"))).selectByValue(state);
        return this;
    }

    public DescriptionListPage manager(String user) {
        new Select(browser.driver().findElement(By.id("manager"))).selectByValue(user);
        return this;
    }

    /** Types the number of days into "In review for more than" (HR only). */
    public DescriptionListPage waitingLongerThan(String days) {
        WebElement field = browser.driver().findElement(By.id("waiting"));
        field.clear();
        field.sendKeys(days);
        return this;
    }

    public DescriptionListPage sort(String word) {
        new Select(browser.driver().findElement(By.id("sort"))).selectByValue(word);
        return this;
    }

    /** Sends the search and filters: the page comes back at the address they make. */
    public DescriptionListPage apply() {
        browser.navigate(() -> browser.driver().findElement(By.id("applyFilters")).click());
        waitFor(browser, TABLE);
        return this;
    }

    public List<String> titles() {
        return browser.driver().findElements(By.cssSelector("[id='list:descriptions'] a.rw-description-link")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    /** Each row's state by name (DRAFT, …), in the list's order. */
    public List<String> states() {
        return browser.driver().findElements(By.cssSelector("[id='list:descriptions'] [data-state]")).stream()
                .map(state -> state.getAttribute("data-state")).toList();
    }

    /** What "In review for more than" shows (HR only). */
    public String waitingDays() {
        return browser.driver().findElement(By.id("waiting")).getAttribute("value");
    }

    public String emptyMessage() {
        List<WebElement> empty = browser.driver().findElements(By.cssSelector("[id='list:descriptions'] .ui-datatable-empty-message"));
        return empty.isEmpty() ? "" : empty.get(0).getText().strip();
    }

    public boolean offersReviewQueue() {
        return !browser.driver().findElements(By.id("waiting")).isEmpty();
    }

    public String messages() {
        List<WebElement> messages = browser.driver().findElements(By.id("messages"));
        return messages.isEmpty() ? "" : messages.get(0).getText();
    }

    public String address() {
        return java.net.URLDecoder.decode(browser.driver().getCurrentUrl(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
