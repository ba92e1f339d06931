package app.rolewise.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.List;

/**
 * "My assessments" and one needs assessment ({@code /assessments/}): its steps are addresses of their own
 * ({@code /assessments/assessment?id=…&step=3}, {@code step=recommendation}), reached by plain links.
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

    /** What the start form's name field holds (filled in from the roles in focus). */
    public String startTitle() {
        return browser.driver().findElement(By.id("start:title")).getAttribute("value");
    }

    /** An assessment that has just opened (after a copy, or a link from the list). */
    public static AssessmentPage expect(Browser browser) {
        waitFor(browser, By.id("wizard"));
        return new AssessmentPage(browser);
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

    /** Opens one step by its address: a section's number from 1, "recommendation", or anything else a URL may hold. */
    public static AssessmentPage openStep(Browser browser, String id, String step) {
        browser.open("assessments/assessment?id=" + id + "&step=" + java.net.URLEncoder.encode(step, java.nio.charset.StandardCharsets.UTF_8));
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

    /** Follows the Next link to the following step (after the last section, the recommendation). */
    public AssessmentPage next() {
        return follow(By.id("next"));
    }

    /** Follows the page's own Back link to the step before. */
    public AssessmentPage back() {
        return follow(By.id("back"));
    }

    /** Follows a step's chip, by its number from 1. */
    public AssessmentPage toStep(int number) {
        return follow(By.id("step-" + number));
    }

    /** The browser's own Back button. */
    public AssessmentPage browserBack() {
        return navigated(() -> browser.driver().navigate().back());
    }

    /** The browser's own Forward button. */
    public AssessmentPage browserForward() {
        return navigated(() -> browser.driver().navigate().forward());
    }

    /** Reloads the page, as the browser's reload button does. */
    public AssessmentPage reload() {
        return navigated(() -> browser.driver().navigate().refresh());
    }

    private AssessmentPage follow(By link) {
        WebElement found = browser.driver().findElement(link);
        return navigated(found::click);
    }

    /** Waits until the page that was on screen is gone and the wizard of the next one is there. */
    private AssessmentPage navigated(Runnable navigation) {
        browser.navigate(navigation);
        waitFor(browser, By.id("wizard"));
        return this;
    }

    /** The address in the browser's address bar. */
    public String address() {
        return browser.driver().getCurrentUrl();
    }

    /** The document's title, as the browser's tab and history show it. */
    public String title() {
        return browser.driver().getTitle();
    }

    /** The id of the step chip marked as the current step (aria-current="step"): "step-3", or "toRecommendation". */
    public String currentStep() {
        List<WebElement> current = browser.driver().findElements(By.cssSelector(".rw-steps a[aria-current='step']"));
        return current.size() == 1 ? current.get(0).getAttribute("id") : current.size() + " current steps";
    }

    /** What a step's chip says, by the step's number from 1: its name and how far it is answered. */
    public String stepChip(int number) {
        return browser.driver().findElement(By.id("step-" + number)).getText();
    }

    /** How many questions a step asks, by the step's number from 1. */
    public int stepQuestions(int number) {
        return Integer.parseInt(browser.driver().findElement(By.id("step-" + number)).getAttribute("data-questions"));
    }

    /** Whether a step's chip shows it as fully answered. */
    public boolean stepComplete(int number) {
        return browser.driver().findElement(By.id("step-" + number)).getAttribute("class").contains("rw-step-complete");
    }

    /** The overall progress, e.g. "12 of 25 questions answered." */
    public String progress() {
        return browser.driver().findElement(By.id("wizard:progress")).getText();
    }

    /** The note on the steps left behind with unanswered questions, one line per step; empty when there are none. */
    public List<String> skipped() {
        return browser.driver().findElements(By.cssSelector("#skipped li")).stream().map(WebElement::getText).toList();
    }

    /** The page's messages (empty when it shows none). */
    public String messages() {
        List<WebElement> messages = browser.driver().findElements(By.id("messages"));
        return messages.isEmpty() ? "" : messages.get(0).getText();
    }

    /** Whether the page shows a step's questions (not the recommendation). */
    public boolean onQuestions() {
        return !browser.driver().findElements(By.id("sectionName")).isEmpty();
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
        follow(By.id("toRecommendation"));
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

    /** The role (URL name) the role menu has chosen; empty when it offers none. */
    public String roleChoice() {
        Object value = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return PrimeFaces.getWidgetById('wizard:role').getSelectedValue();");
        return value == null ? "" : value.toString();
    }

    /** What the role menu shows as chosen. */
    public String roleChoiceLabel() {
        return browser.driver().findElement(By.id("wizard:role_label")).getText().strip();
    }

    /** What the page says under the role menu when it pre-selects nothing; empty when it says nothing. */
    public String choiceHint() {
        List<WebElement> hint = browser.driver().findElements(By.id("wizard:nothingPreselected"));
        return hint.isEmpty() ? "" : hint.get(0).getText();
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
