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

    /**
     * How each action beside a comparison sits, by id (pdf, print, whichOne): its box's top and height, and where
     * its text starts inside the box (from the top, from the left), in whole CSS pixels.
     */
    @SuppressWarnings("unchecked")
    public java.util.Map<String, List<Long>> actionGeometry() {
        return (java.util.Map<String, List<Long>>) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "var sits = {};"
                        + "['pdf', 'print', 'whichOne'].forEach(function (id) {"
                        + "  var action = document.getElementById(id); if (!action) return;"
                        + "  var box = action.getBoundingClientRect();"
                        + "  var words = document.createTreeWalker(action, NodeFilter.SHOW_TEXT,"
                        + "      {acceptNode: function (n) { return n.textContent.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP; }});"
                        + "  var range = document.createRange(); range.selectNodeContents(words.nextNode());"
                        + "  var text = range.getBoundingClientRect();"
                        + "  sits[id] = [Math.round(box.top), Math.round(box.height), Math.round(text.top - box.top), Math.round(text.left - box.left)];"
                        + "});"
                        + "return sits;");
    }

    /** The names of the roles the picker holds, as its tokens show them. */
    public List<String> pickedRoles() {
        return texts(By.cssSelector("[id='picker:roles'] .ui-autocomplete-token-label"));
    }

    /** What the hub says about the one role its address names ("compare with …"); empty when it says nothing. */
    public String comparedWith() {
        List<WebElement> hint = browser.driver().findElements(By.id("comparedWith"));
        return hint.isEmpty() ? "" : hint.get(0).getText();
    }

    public String address() {
        return java.net.URLDecoder.decode(browser.driver().getCurrentUrl(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** What the picker's empty typing field asks for. */
    public String pickerPlaceholder() {
        return browser.driver().findElement(By.id("picker:roles_input")).getAttribute("placeholder");
    }

    /** Whether the picker's typing field is wide enough to show its placeholder whole, in the font it is shown in. */
    public boolean pickerPlaceholderFits() {
        WebElement input = browser.driver().findElement(By.id("picker:roles_input"));
        return (Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "var field = arguments[0], style = getComputedStyle(field);"
                        + "var text = document.createElement('canvas').getContext('2d'); text.font = style.font;"
                        + "return text.measureText(field.placeholder).width"
                        + " <= field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);", input);
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
