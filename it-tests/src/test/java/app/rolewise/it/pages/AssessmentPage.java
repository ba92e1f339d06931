package app.rolewise.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.List;

/**
 * "My assessments" and one needs assessment ({@code /assessments/}).
 */
public final class AssessmentPage extends RolewisePage {

    private AssessmentPage(Browser browser) {
        super(browser);
    }

    /** Starts a new assessment from "My assessments" and returns its first step. */
    public static AssessmentPage start(Browser browser, String title) {
        browser.open("assessments/");
        waitFor(browser, By.id("start:begin"));
        browser.driver().findElement(By.id("start:title")).sendKeys(title);
        browser.driver().findElement(By.id("start:begin")).click();
        waitFor(browser, By.id("sectionName"));
        return new AssessmentPage(browser);
    }

    /** "My assessments" reached from the compare page: the compared roles are named and fill in the title. */
    public static AssessmentPage startFromFocus(Browser browser) {
        waitFor(browser, By.id("focus"));
        return new AssessmentPage(browser);
    }

    public String focusText() {
        return browser.driver().findElement(By.id("focus")).getText();
    }

    /** Starts with the title already filled in. */
    public AssessmentPage begin() {
        browser.driver().findElement(By.id("start:begin")).click();
        waitFor(browser, By.id("sectionName"));
        return this;
    }

    public List<String> focusRoles() {
        return browser.driver().findElements(By.cssSelector("#focusPanel .rw-focus-role")).stream().map(li -> li.getAttribute("data-role")).toList();
    }

    public static AssessmentPage open(Browser browser, String id) {
        browser.open("assessments/assessment.xhtml?id=" + id);
        waitFor(browser, By.id("wizard"));
        return new AssessmentPage(browser);
    }

    public String id() {
        return browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
    }

    /** Picks an answer (by its code) of a question on the current step; it is saved at once. */
    public AssessmentPage answer(String questionCode, String answerCode) {
        WebElement question = browser.driver().findElement(By.cssSelector("fieldset[data-question='" + questionCode + "']"));
        WebElement radio = question.findElement(By.xpath(".//input[@type='radio'][@value='" + answerCode + "']/ancestor::div[contains(@class,'ui-radiobutton')][1]"));
        radio.click();
        browser.awaitAjax(Duration.ofMillis(200));
        return this;
    }

    /** Moves forward through the steps to the one asking the question, then answers it. */
    public AssessmentPage answerOnStep(String questionCode, String answerCode) {
        return toStepAsking(questionCode).answer(questionCode, answerCode);
    }

    private AssessmentPage toStepAsking(String questionCode) {
        By question = By.cssSelector("fieldset[data-question='" + questionCode + "']");
        for (int step = 0; step < 20 && browser.driver().findElements(question).isEmpty(); step++) {
            next();
        }
        return this;
    }

    public boolean isChecked(String questionCode, String answerCode) {
        return browser.driver().findElement(By.cssSelector("fieldset[data-question='" + questionCode + "'] input[type=radio][value='"
                + answerCode + "']")).isSelected();
    }

    /** Moves forward to the step asking the question and says whether the answer is the one picked. */
    public boolean isCheckedOnStep(String questionCode, String answerCode) {
        return toStepAsking(questionCode).isChecked(questionCode, answerCode);
    }

    public String section() {
        return browser.driver().findElement(By.id("sectionName")).getText();
    }

    public AssessmentPage next() {
        browser.driver().findElement(By.id("wizard:next")).click();
        browser.awaitAjax(Duration.ofMillis(200));
        return this;
    }

    /**
     * Answers the given questions (question code to answer code) step by step from the current step, leaving
     * the others unanswered, and ends on the recommendation.
     */
    public AssessmentPage answerAll(java.util.Map<String, String> answers) {
        for (int step = 0; step < 20 && browser.driver().findElements(By.id("verdictPanel")).isEmpty(); step++) {
            List<String> asked = browser.driver().findElements(By.cssSelector("fieldset[data-question]")).stream()
                    .map(fieldset -> fieldset.getAttribute("data-question")).toList();
            for (String code : asked) {
                if (answers.containsKey(code) && !isChecked(code, answers.get(code))) {
                    answer(code, answers.get(code));
                }
            }
            next();
        }
        waitFor(browser, By.id("verdictPanel"));
        return this;
    }

    /** What the recommendation says first: the recommended role and its confidence, a tie, or what is missing. */
    public String verdict() {
        return browser.driver().findElement(By.id("winner")).getText();
    }

    /** The recommended role's URL name, empty when nothing is recommended. */
    public String recommended() {
        // Facelets leaves out an attribute whose value is empty: no attribute means nothing recommended.
        String role = browser.driver().findElement(By.id("winner")).getAttribute("data-role");
        return role == null ? "" : role;
    }

    /** The address of the link that compares the roles too close to call. */
    public String compareContendersLink() {
        return browser.driver().findElement(By.id("wizard:compareContenders")).getAttribute("href");
    }

    public AssessmentPage toRecommendation() {
        browser.driver().findElement(By.id("wizard:toRecommendation")).click();
        browser.awaitAjax(Duration.ofMillis(200));
        waitFor(browser, By.id("verdictPanel"));
        return this;
    }

    public List<String> ranking() {
        return browser.driver().findElements(By.cssSelector("#ranking > li")).stream().map(li -> li.getAttribute("data-role")).toList();
    }

    /** Each role's fit as its bar shows it, in ranking order. */
    public List<Integer> fits() {
        return browser.driver().findElements(By.cssSelector("#ranking > li meter")).stream()
                .map(meter -> Integer.parseInt(meter.getAttribute("value"))).toList();
    }

    /** The raised needs' codes, strongest first. */
    public List<String> needs() {
        return browser.driver().findElements(By.cssSelector("#needs > li")).stream().map(li -> li.getAttribute("data-need")).toList();
    }

    /** The answers behind one raised need. */
    public List<String> reasonsFor(String need) {
        return browser.driver().findElements(By.cssSelector("#needs > li[data-need='" + need + "'] .rw-reason")).stream()
                .map(WebElement::getText).toList();
    }

    /** "What would change this": each line's text and the role it would lead to. */
    public List<String> counterfactuals() {
        return browser.driver().findElements(By.cssSelector("#counterfactuals > li")).stream()
                .map(li -> li.getAttribute("data-role") + ": " + li.getText()).toList();
    }

    /** The address a link on the recommendation leads to, by the link's id (without the form's prefix). */
    public String link(String id) {
        return browser.driver().findElement(By.id("wizard:" + id)).getAttribute("href");
    }

    /** The address of a plain link on the recommendation (not a Faces component). */
    public String plainLink(String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("href");
    }

    public String sequencing() {
        List<WebElement> found = browser.driver().findElements(By.id("sequencing"));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    /** What the recommendation says about the question bank version it was computed on. */
    public String bankVersion() {
        return browser.driver().findElement(By.id("wizard:bankVersion")).getText();
    }

    /** What was recorded with the choice (bank version and scores); empty before a choice. */
    public String recorded() {
        return browser.driver().findElement(By.id("recorded")).getText();
    }

    /** Chooses a role (by its URL name) with a reason, returning the page's messages. */
    public String choose(String roleSlug, String reason) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("PrimeFaces.getWidgetById('wizard:role').selectValue(arguments[0]);", roleSlug);
        WebElement why = browser.driver().findElement(By.id("wizard:reason"));
        why.clear();
        why.sendKeys(reason);
        browser.driver().findElement(By.id("wizard:choose")).click();
        browser.awaitAjax(Duration.ofMillis(200));
        return browser.driver().findElement(By.id("messages")).getText();
    }
}
