package app.rolewise.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

/**
 * The role catalogue ({@code /roles/}).
 */
public final class CataloguePage extends RolewisePage {

    private CataloguePage(Browser browser) {
        super(browser);
    }

    public static CataloguePage open(Browser browser) {
        browser.open("roles/");
        waitFor(browser, By.id("roles"));
        return new CataloguePage(browser);
    }

    public List<String> roleSlugs() {
        return browser.driver().findElements(By.cssSelector("a.rw-role-name")).stream()
                .map(link -> link.getAttribute("href").replaceAll(".*slug=", ""))
                .toList();
    }

    public List<String> roleNames() {
        return browser.driver().findElements(By.className("rw-role-name")).stream().map(WebElement::getText).toList();
    }

    /** Ticks roles by their URL names for comparing. */
    public CataloguePage tick(String... slugs) {
        for (String slug : slugs) {
            WebElement box = browser.driver().findElement(By.cssSelector("input.rw-pick-role[value='" + slug + "']"));
            if (!box.isSelected()) {
                box.click();
            }
        }
        return this;
    }

    /** The URL names of the ticked roles, in the page's order. */
    public List<String> ticked() {
        return browser.driver().findElements(By.cssSelector("input.rw-pick-role")).stream().filter(WebElement::isSelected)
                .map(box -> box.getAttribute("value")).toList();
    }

    /** Each checkbox's accessible name, as its label gives it (the visible word and the role's name). */
    @SuppressWarnings("unchecked")
    public List<String> tickLabels() {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll('input.rw-pick-role'))"
                        + ".map(function (box) { return box.labels.length ? box.labels[0].textContent.replace(/\\s+/g, ' ').trim() : ''; });");
    }

    /** "Compare selected" with two to four ticked: the comparison opens at its own address. */
    public ComparePage compareSelected() {
        pressCompareSelected();
        return ComparePage.expect(browser);
    }

    /** "Compare selected" with too few or too many ticked: the catalogue comes back with a message. */
    public CataloguePage compareSelectedRefused() {
        pressCompareSelected();
        waitFor(browser, By.id("roles"));
        return this;
    }

    private void pressCompareSelected() {
        browser.navigate(() -> browser.driver().findElement(By.id("pick:compareSelected")).click());
    }

    public String messages() {
        List<WebElement> messages = browser.driver().findElements(By.id("messages"));
        return messages.isEmpty() ? "" : messages.get(0).getText();
    }
}
