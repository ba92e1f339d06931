package app.rolewise.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/**
 * The compare hub ({@code /compare}) and a comparison ({@code /compare?roles=…}).
 */
public final class ComparePage extends RolewisePage {

    private ComparePage(Browser browser) {
        super(browser);
    }

    public static ComparePage open(Browser browser, String roles) {
        browser.open(roles == null ? "compare" : "compare?roles=" + roles);
        waitFor(browser, By.id("picker:compare"));
        return new ComparePage(browser);
    }

    public static ComparePage expect(Browser browser) {
        waitFor(browser, By.id("picker:compare"));
        return new ComparePage(browser);
    }

    public boolean showsComparison() {
        return !browser.driver().findElements(By.id("comparisonTable")).isEmpty();
    }

    public List<String> columnHeadings() {
        return texts(By.cssSelector("#comparisonTable thead th:not(.rw-aspect)"));
    }

    /** The cells of one row, by its aspect (e.g. PRIMARY_FOCUS), one per role. */
    public List<String> row(String aspect) {
        return texts(By.cssSelector("#comparisonTable tr[data-aspect='" + aspect + "'] > td"));
    }

    public boolean rowDiffers(String aspect) {
        return browser.driver().findElement(By.cssSelector("#comparisonTable tr[data-aspect='" + aspect + "']"))
                .getAttribute("class").contains("rw-differs");
    }

    public List<String> sharedSkills() {
        return texts(By.cssSelector("#sharedSkills .rw-chip"));
    }

    public List<String> onlyIn(String slug) {
        return texts(By.cssSelector(".rw-distinct[data-role='" + slug + "'] .rw-chip"));
    }

    public String verdict() {
        List<WebElement> verdict = browser.driver().findElements(By.id("verdict"));
        return verdict.isEmpty() ? "" : verdict.get(0).getText();
    }

    public String similarity() {
        return browser.driver().findElement(By.id("similarity")).getText();
    }

    public boolean hasChart() {
        return !browser.driver().findElements(By.cssSelector("#emphasis canvas")).isEmpty();
    }

    /** Whether the page links to a needs assessment with these roles in focus ("Which one do we need?"). */
    public boolean offersWhichOne() {
        return !browser.driver().findElements(By.id("whichOne")).isEmpty();
    }

    public String pdfHref() {
        return browser.driver().findElement(By.id("pdf")).getAttribute("href");
    }

    public List<String> curatedPairs() {
        return texts(By.cssSelector("#curated a.rw-pair-link"));
    }

    public List<String> mostViewed() {
        return texts(By.cssSelector("#mostViewed a.rw-viewed-link"));
    }

    public String messages() {
        return browser.driver().findElement(By.id("messages")).getText();
    }

    /** Picks roles in the autocomplete by typing part of their names, then compares them. */
    public ComparePage pickAndCompare(String... nameParts) {
        WebElement input = browser.driver().findElement(By.id("picker:roles_input"));
        for (String part : nameParts) {
            input.sendKeys(part);
            WebElement suggestion = new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(
                    ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-autocomplete-panel li.ui-autocomplete-item")));
            suggestion.click();
            browser.awaitAjax(Duration.ofMillis(200));
            input.sendKeys(Keys.ESCAPE);
        }
        browser.driver().findElement(By.id("picker:compare")).click();
        return expect(browser);
    }

    private List<String> texts(By selector) {
        return browser.driver().findElements(selector).stream().map(WebElement::getText).map(String::strip).toList();
    }
}
