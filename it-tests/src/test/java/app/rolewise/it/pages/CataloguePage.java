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
}
