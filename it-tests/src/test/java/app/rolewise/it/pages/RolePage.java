package app.rolewise.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

/**
 * A role's page ({@code /roles/role.xhtml?slug=…}), or its "not found" message.
 */
public final class RolePage extends RolewisePage {

    /** The sections every published role shows, in reading order. */
    public static final List<String> DIMENSIONS = List.of("primaryFocus", "overview", "responsibilities", "skills",
            "reportingLine", "careerPath", "salaryFactors", "outlook", "misconceptions", "whenToHire", "faq");

    private RolePage(Browser browser) {
        super(browser);
    }

    public static RolePage open(Browser browser, String slug) {
        browser.open("roles/role.xhtml?slug=" + slug);
        waitFor(browser, By.id("backToCatalogue"));
        return new RolePage(browser);
    }

    /** Waits until the browser shows a role's page, one it was sent to (after sign-in, say). */
    public static RolePage expect(Browser browser) {
        waitFor(browser, By.id("backToCatalogue"));
        return new RolePage(browser);
    }

    public boolean showsRole() {
        return !browser.driver().findElements(By.cssSelector("article.rw-role")).isEmpty();
    }

    public String dimension(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    public List<String> skillChips(String column) {
        return browser.driver().findElements(By.cssSelector("#" + column + " .rw-chip")).stream()
                .map(WebElement::getText).toList();
    }

    public List<String> careerPath() {
        return browser.driver().findElements(By.cssSelector("#careerPath .rw-path-name")).stream()
                .map(WebElement::getText).toList();
    }

    /** The steps after the role itself on its career path, each with its alternatives as shown. */
    public List<List<String>> nextSteps() {
        return browser.driver().findElements(By.cssSelector("#careerPath .rw-path-here ~ .rw-path-step")).stream()
                .map(step -> step.findElements(By.cssSelector(".rw-path-name")).stream().map(WebElement::getText).toList())
                .toList();
    }

    /** What the career path says between a step's alternatives. */
    public List<String> pathOrWords() {
        return browser.driver().findElements(By.cssSelector("#careerPath .rw-path-or")).stream().map(WebElement::getText).toList();
    }

    public String messages() {
        return browser.driver().findElement(By.id("messages")).getText();
    }

    public String codes() {
        return browser.driver().findElement(By.cssSelector(".rw-codes")).getText();
    }

    public String summary() {
        return browser.driver().findElement(By.cssSelector(".rw-lead")).getText();
    }

    /** Whether the page offers to start a needs assessment with this role in focus (managers only). */
    public boolean offersDoWeNeed() {
        return !browser.driver().findElements(By.id("doWeNeed")).isEmpty();
    }

    /** "Do we need this role?": "My assessments" with the role in focus for a new assessment. */
    public AssessmentPage doWeNeed() {
        browser.driver().findElement(By.id("doWeNeed")).click();
        return AssessmentPage.startFromFocus(browser);
    }

    /** "Compare with…": the compare hub with this role picked. */
    public ComparePage compareWith() {
        browser.navigate(() -> browser.driver().findElement(By.id("compareWith")).click());
        return ComparePage.expect(browser);
    }
}
