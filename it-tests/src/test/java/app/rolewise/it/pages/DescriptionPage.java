package app.rolewise.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One job description ({@code /descriptions/description.xhtml?id=}): the facts, the sections, the
 * language check, the review buttons and the history. Also the draft form on the assessment page that
 * leads here.
 */
public final class DescriptionPage extends RolewisePage {

    /** What the page asked before the last step that asks first. */
    private String asked = "";

    private DescriptionPage(Browser browser) {
        super(browser);
    }

    /** Fills the draft form under a chosen role on the assessment page and drafts. */
    public static DescriptionPage draftFromAssessment(Browser browser, String organisation, String city, String countryCode,
                                                      int salaryFrom, int salaryTo, String currency) {
        fillDraftFacts(browser, organisation, city, countryCode, salaryFrom, salaryTo, currency);
        browser.driver().findElement(By.id("draft:draftButton")).click();
        waitFor(browser, By.id("state"));
        return new DescriptionPage(browser);
    }

    /** Fills the draft form under a chosen role on the assessment page. */
    public static void fillDraftFacts(Browser browser, String organisation, String city, String countryCode,
                                      int salaryFrom, int salaryTo, String currency) {
        waitFor(browser, By.id("draft:draftButton"));
        browser.driver().findElement(By.id("draft:organisation")).sendKeys(organisation);
        browser.driver().findElement(By.id("draft:city")).sendKeys(city);
        ((JavascriptExecutor) browser.driver()).executeScript("PrimeFaces.getWidgetById('draft:country').selectValue(arguments[0]);", countryCode);
        browser.driver().findElement(By.id("draft:salaryMin_input")).sendKeys(String.valueOf(salaryFrom));
        browser.driver().findElement(By.id("draft:salaryMax_input")).sendKeys(String.valueOf(salaryTo));
        browser.driver().findElement(By.id("draft:currency")).sendKeys(currency);
    }

    /** Presses Enter in one of the draft form's fields; returns what the preview shows afterwards. */
    public static String previewDraftByEnterIn(Browser browser, String field) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('draftPreview').replaceChildren();");
        browser.driver().findElement(By.id("draft:" + field)).sendKeys(Keys.ENTER);
        waitFor(browser, By.cssSelector("#draftPreview h2, #draftPreview [role=alert]"));
        return browser.driver().findElement(By.id("draftPreview")).getText();
    }

    /** Presses the draft form's preview and returns the text it shows under the form (title first). */
    public static String previewDraft(Browser browser) {
        browser.driver().findElement(By.id("draft:previewButton")).click();
        waitFor(browser, By.cssSelector("#draftPreview h2, #draftPreview [role=alert]"));
        return browser.driver().findElement(By.id("draftPreview")).getText();
    }

    public static DescriptionPage open(Browser browser, String id) {
        browser.open("descriptions/description.xhtml?id=" + id);
        waitFor(browser, By.id("state"));
        return new DescriptionPage(browser);
    }

    public String id() {
        return browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
    }

    public String state() {
        return browser.driver().findElement(By.id("state")).getText();
    }

    public String title() {
        return browser.driver().findElement(By.id("jd:title")).getAttribute("value");
    }

    private WebElement section(String kind) {
        return browser.driver().findElement(By.cssSelector("section[data-section='" + kind + "']"));
    }

    /** The section's text: the editor's value while editable, the shown text otherwise. */
    public String sectionText(String kind) {
        List<WebElement> editor = section(kind).findElements(By.cssSelector("textarea.rw-jd-body"));
        return editor.isEmpty() ? section(kind).findElement(By.className("rw-jd-text")).getText() : editor.get(0).getAttribute("value");
    }

    public boolean isSectionEditable(String kind) {
        return !section(kind).findElements(By.cssSelector("textarea.rw-jd-body")).isEmpty();
    }

    /** Types at the end of a section, as a person would; the language check follows live. */
    public DescriptionPage appendTo(String kind, String text) {
        WebElement editor = section(kind).findElement(By.cssSelector("textarea.rw-jd-body"));
        editor.sendKeys(text);
        browser.awaitAjax(Duration.ofMillis(900));
        return this;
    }

    public DescriptionPage replace(String kind, String text) {
        WebElement editor = section(kind).findElement(By.cssSelector("textarea.rw-jd-body"));
        editor.clear();
        editor.sendKeys(text);
        browser.awaitAjax(Duration.ofMillis(900));
        return this;
    }

    /** Puts text into a section at once, as a paste would (no typing, so long texts are quick). */
    public DescriptionPage paste(String kind, String text) {
        WebElement editor = section(kind).findElement(By.cssSelector("textarea.rw-jd-body"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", editor, text);
        return this;
    }

    /**
     * Pastes text into a section as the browser does it: the text in at once and an input event, to which the
     * page listens (for typing, pasting, dropping and cutting alike); waits for the live check to follow.
     */
    public DescriptionPage pasteLive(String kind, String text) {
        WebElement editor = section(kind).findElement(By.cssSelector("textarea.rw-jd-body"));
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", editor, text);
        browser.awaitAjax(Duration.ofMillis(900));
        return this;
    }

    /** Types text at the end of a section, key by key, as a person (or a paste the browser types out) would. */
    public DescriptionPage typeInto(String kind, String text) {
        section(kind).findElement(By.cssSelector("textarea.rw-jd-body")).sendKeys(text);
        browser.awaitAjax(Duration.ofMillis(900));
        return this;
    }

    /** What the counter under a section's text box says. */
    public String counter(String kind) {
        return section(kind).findElement(By.className("rw-counter")).getText();
    }

    /** How long the text in a section's box is now. */
    public int sectionLength(String kind) {
        return section(kind).findElement(By.cssSelector("textarea.rw-jd-body")).getAttribute("value").length();
    }

    /** Puts text into one of the facts (title, organisation, city) at once. */
    public DescriptionPage pasteFact(String field, String text) {
        WebElement input = browser.driver().findElement(By.id("jd:" + field));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", input, text);
        return this;
    }

    /** What one of the facts' fields holds now. */
    public String fact(String field) {
        return browser.driver().findElement(By.id("jd:" + field)).getAttribute("value");
    }

    /** Picks an entry of one of the facts' menus (contract, country) by its value. */
    public DescriptionPage chooseFact(String field, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);",
                "jd:" + field, value);
        return this;
    }

    public DescriptionPage pasteComment(String kind, String text) {
        WebElement comment = section(kind).findElement(By.cssSelector("textarea.rw-review-input"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", comment, text);
        return this;
    }

    public List<String> commentsOn(String kind) {
        return section(kind).findElements(By.className("rw-review-comment")).stream().map(WebElement::getText).toList();
    }

    public String languageCheck() {
        return browser.driver().findElement(By.id("jd:languageCheck")).getText();
    }

    public List<String> masculineCodedWords() {
        return browser.driver().findElements(By.cssSelector("#jd\\:languageCheck .rw-coded-masculine")).stream()
                .map(WebElement::getText).toList();
    }

    /** Each flagged word (lower case) of the language check with how often the text uses it: one entry per word. */
    public Map<String, Integer> flaggedWordCounts() {
        // a word listed twice fails here (duplicate key): the check shows each word once
        return browser.driver().findElements(By.cssSelector("#jd\\:languageCheck .rw-check-finding")).stream()
                .collect(Collectors.toMap(finding -> finding.getAttribute("data-word"),
                        finding -> Integer.valueOf(finding.getAttribute("data-count")), (a, b) -> {
                            throw new IllegalStateException("a flagged word is listed twice");
                        }, LinkedHashMap::new));
    }

    /** The rules of the recruiter's wording advice the language check shows, in its order. */
    public List<String> wordingRules() {
        return browser.driver().findElements(By.cssSelector("#jd\\:languageCheck .rw-wording-advice")).stream()
                .map(advice -> advice.getAttribute("data-rule")).toList();
    }

    /** Opens the Revisions tab: the revisions and what changed between two of them. */
    public DescriptionPage revisionsTab() {
        browser.driver().findElement(By.xpath("//*[@id='jd:history']//a[normalize-space()='Revisions']")).click();
        waitFor(browser, By.cssSelector("[id='jd:history'] .ui-tabs-panel:not(.ui-helper-hidden) [id$='chosenBecause'], [id='jd:history'] .ui-tabs-panel:not(.ui-helper-hidden) .rw-hint"));
        return this;
    }

    /** Why the comparison shown is the one it is ("since revision 2, the one you last reviewed"). */
    public String comparisonNote() {
        return browser.driver().findElement(By.id("jd:history:chosenBecause")).getText();
    }

    /** The words the comparison marks as new (ins) and as gone (del), each run as one string. */
    public List<String> markedWords(String tag) {
        return browser.driver().findElements(By.cssSelector("[id='jd:history:changes'] " + tag)).stream()
                .map(element -> element.getAttribute("textContent")).toList();
    }

    /** Clicks a step's button and returns what the page says became of the step, beside the buttons. */
    private String click(String buttonId) {
        browser.driver().findElement(By.id(buttonId)).click();
        browser.awaitAjax(Duration.ofMillis(200));
        return outcome();
    }

    /** The messages at the top of the page. */
    public String messages() {
        return browser.driver().findElement(By.id("messages")).getText();
    }

    /** What became of the last step taken (save, submit, review), as the page shows it beside its buttons. */
    public String outcome() {
        return browser.driver().findElement(By.id("jd:outcome")).getText();
    }

    /** Whether the outcome of the last step is shown within the window, where the user is, without scrolling. */
    public boolean outcomeInView() {
        WebElement outcome = browser.driver().findElement(By.id("jd:outcome"));
        return (Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                "const box = arguments[0].getBoundingClientRect();"
                        + " return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;", outcome);
    }

    public String save() {
        return click("jd:save");
    }

    /** Clicks save and returns at once, while the request may still be on its way (to cut it short). */
    public void saveWithoutWaiting() {
        browser.driver().findElement(By.id("jd:save")).click();
    }

    /** The revision the page shows. */
    public int revision() {
        return Integer.parseInt(browser.driver().findElement(By.id("jd:revisionInfo")).getText().replaceAll("^Revision (\\d+).*", "$1"));
    }

    /** The revisions tab: the numbers of every stored revision. */
    public List<Integer> revisions() {
        return browser.driver().findElements(By.cssSelector("[id='jd:history:revisions_data'] > tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).get(0))
                // the revisions tab may be hidden, so read textContent; a reflowing table puts its column title in the cell too
                .map(cell -> cell.getAttribute("textContent")
                        .replace(cell.findElement(By.className("ui-column-title")).getAttribute("textContent"), "").trim())
                .map(Integer::valueOf)
                .toList();
    }

    public String submit() {
        return click("jd:submit");
    }

    /** After a submission held back for masculine-coded words: sends it as it is, with a word for HR. */
    public String submitAnyway(String forHr) {
        WebElement field = browser.driver().findElement(By.id("jd:forHr"));
        field.clear();
        field.sendKeys(forHr);
        return click("jd:submitAnyway");
    }

    public DescriptionPage comment(String kind, String text) {
        section(kind).findElement(By.cssSelector("textarea.rw-review-input")).sendKeys(text);
        return this;
    }

    public String requestChanges() {
        return click("jd:requestChanges");
    }

    public String approve() {
        return click("jd:approve");
    }

    /**
     * "Start a new revision" with a reason; the page asks first, and {@code confirmed} answers Yes or No. Returns the
     * step's outcome (empty when it was called off) and whether the question was asked.
     */
    public String reopen(String reason, boolean confirmed) {
        WebElement field = browser.driver().findElement(By.id("jd:reopenReason"));
        field.clear();
        field.sendKeys(reason);
        browser.driver().findElement(By.id("jd:reopen")).click();
        WebElement dialog = new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        asked = dialog.getText();
        dialog.findElement(By.cssSelector(confirmed ? ".ui-confirmdialog-yes" : ".ui-confirmdialog-no")).click();
        browser.awaitAjax(Duration.ofMillis(200));
        return confirmed ? outcome() : "";
    }

    /** What the last question before a step said. */
    public String asked() {
        return asked;
    }

    /** The note that an approved revision stays published while this one is written; empty when there is none. */
    public String publishedNotice() {
        List<WebElement> notice = browser.driver().findElements(By.id("published"));
        return notice.isEmpty() ? "" : notice.get(0).getText();
    }

    /** The other save's text shown beside a section (or fact) both tabs changed; empty when none is shown. */
    public String meanwhile(String part) {
        List<WebElement> shown = browser.driver().findElements(By.cssSelector(".rw-meanwhile[data-part='" + part + "'] .rw-meanwhile-text"));
        return shown.isEmpty() ? "" : shown.get(0).getText().strip();
    }

    public boolean conflictShown() {
        return !browser.driver().findElements(By.id("conflict")).isEmpty();
    }

    /** The decisions tab: "who what" per row, newest first. */
    public List<String> decisions() {
        return browser.driver().findElements(By.cssSelector("[id='jd:history:decisions_data'] > tr")).stream()
                .map(row -> row.findElements(By.tagName("td")))
                .map(cells -> cells.get(1).getText() + " " + cells.get(2).getText())
                .toList();
    }

    public List<String> exportLinks() {
        return browser.driver().findElements(By.cssSelector(".rw-jd-exports a")).stream().map(WebElement::getText).toList();
    }
}
