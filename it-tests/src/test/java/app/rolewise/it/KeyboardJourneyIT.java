package app.rolewise.it;

import app.rolewise.it.pages.AssessmentPage;
import app.rolewise.it.pages.Browser;
import app.rolewise.it.pages.ComparePage;
import app.rolewise.it.pages.DescriptionPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hiring manager's way from comparing roles to answering the needs assessment, and HR's from the review queue to
 * an approval, with the keyboard alone: every step is a key (Tab, Enter, Space, the arrows, typed letters) sent to whatever has the focus, never a click and never
 * an element found and used directly. Elements are only looked at, to know where the focus is and what happened.
 */
class KeyboardJourneyIT extends SignedInBrowserIT {

    /** More Tabs than any page here needs from the main element to its last action (a job description's is the longest). */
    private static final int TABS = 150;

    @Test
    void aManagerComparesRolesAndStartsTheAssessmentByKeyboardAlone() {
        Browser mark = browsers.as(DemoUser.MARK);
        WebDriver driver = mark.driver();
        mark.open("compare");
        await(driver, By.id("picker:compare"));

        // The first Tab shows the skip link; Enter moves the focus past the menu to the main element
        WebElement skip = driver.findElement(By.id("skipToContent"));
        boolean hiddenBefore = !inViewport(driver, skip);
        press(driver, Keys.TAB);
        String firstStop = focused(driver);
        boolean shownOnFocus = inViewport(driver, skip);
        press(driver, Keys.ENTER);
        String afterSkip = focused(driver);
        List<String> toPicker = tabUntil(driver, element -> "picker:roles_input".equals(element.getAttribute("id")), "the picker");

        assertTrue(hiddenBefore, "the skip link is out of sight until it has the focus");
        assertEquals("skipToContent", firstStop, "the skip link is the first thing a Tab reaches");
        assertTrue(shownOnFocus, "the focused skip link is on screen");
        assertEquals("content", afterSkip, "the skip link moves the focus to the main element");
        assertFalse(toPicker.stream().anyMatch(stop -> stop.startsWith("home") || stop.startsWith("catalogue") || stop.startsWith("signOut")),
                "from the main element on, the menu is behind: " + toPicker);

        // Two roles picked by typing, the arrow keys and Enter
        pick(mark, "Data Engineer");
        pick(mark, "Machine Learning Engineer");
        List<String> picked = driver.findElements(By.cssSelector("[id='picker:roles'] li.ui-autocomplete-token")).stream()
                .map(token -> token.getAttribute("data-token-value")).toList();
        List<WebElement> pickerRoles = driver.findElements(By.cssSelector("[id='picker:roles'] > ul[role], [id='picker:roles'] > ul > li[role]"));
        List<AxeFindings.Finding> pickerFindings = AxeFindings.of(driver).blocking();

        assertEquals(List.of("data-engineer", "machine-learning-engineer"), picked);
        assertEquals(List.of(), pickerRoles.stream().map(element -> element.getAttribute("outerHTML")).toList(),
                "roles picked in the browser join a plain list, not a listbox that also holds the typing field");
        assertEquals(List.of(), pickerFindings, "the picker with roles picked in the browser");

        // Tab to Compare, its focus visible; Enter opens the comparison
        tabUntil(driver, element -> "picker:compare".equals(element.getAttribute("id")), "the Compare button");
        boolean compareFocusShown = focusIndicated(driver);
        press(driver, Keys.ENTER);
        await(driver, By.id("comparisonTable"));
        ComparePage comparison = ComparePage.expect(mark);

        assertTrue(compareFocusShown, "the focused Compare button shows its focus");
        assertEquals(List.of("Data Engineer", "Machine Learning Engineer"), comparison.columnHeadings());

        // The comparison's actions are all reached by Tab; Enter on "Which one do we need?" starts from these roles
        press(driver, Keys.TAB);
        press(driver, Keys.ENTER);
        List<String> toWhichOne = tabUntil(driver, element -> "whichOne".equals(element.getAttribute("id")), "\"Which one do we need?\"");
        press(driver, Keys.ENTER);
        AssessmentPage start = AssessmentPage.startFromFocus(mark);

        assertTrue(toWhichOne.contains("pdf") && toWhichOne.contains("print"), "the PDF and Print actions are on the way: " + toWhichOne);
        assertTrue(start.focusText().contains("Data Engineer") && start.focusText().contains("Machine Learning Engineer"), start.focusText());

        // Space on Begin starts the assessment with the title the comparison filled in
        press(driver, Keys.TAB);
        press(driver, Keys.ENTER);
        tabUntil(driver, element -> "start:begin".equals(element.getAttribute("id")), "Begin");
        press(driver, Keys.SPACE);
        await(driver, By.id("sectionName"));
        String assessment = driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        String firstSection = driver.findElement(By.id("sectionName")).getText();

        // An answer given with Space and changed with the arrow keys is stored; Enter on Next moves on
        press(driver, Keys.TAB);
        press(driver, Keys.ENTER);
        tabUntil(driver, element -> "radio".equals(element.getAttribute("type")), "the first question's answers");
        press(driver, Keys.SPACE);
        mark.awaitAjax(Duration.ofMillis(300));
        String firstAnswer = driver.switchTo().activeElement().getAttribute("value");
        press(driver, Keys.ARROW_DOWN);
        mark.awaitAjax(Duration.ofMillis(300));
        WebElement answered = driver.switchTo().activeElement();
        String question = answered.findElement(By.xpath("ancestor::fieldset[1]")).getAttribute("data-question");
        String secondAnswer = answered.getAttribute("value");
        tabUntil(driver, element -> "next".equals(element.getAttribute("id")), "Next");
        press(driver, Keys.ENTER);
        mark.awaitAjax(Duration.ofMillis(300));
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> !firstSection.equals(d.findElement(By.id("sectionName")).getText()));
        String nextSection = driver.findElement(By.id("sectionName")).getText();
        boolean stored = AssessmentPage.open(browsers.as(DemoUser.MARK), assessment).isChecked(question, secondAnswer);

        assertNotEquals(firstAnswer, secondAnswer, "the arrow key moved to the next answer");
        assertTrue(stored, "the answer chosen with the arrow key is stored: " + question + "=" + secondAnswer);
        assertNotEquals(firstSection, nextSection, "Enter on Next shows the next step");
        assertEquals(List.of(), mark.javaScriptErrors());
    }

    @Test
    void hrFindsADescriptionInTheReviewQueueCommentsAndApprovesItByKeyboardAlone() {
        // Arrange: a manager's description sent to HR, prepared with the mouse (the manager's keys are the other journey)
        String title = "Keyboard review " + System.nanoTime();
        DescriptionPage sent = JobDescriptionIT.draftedBy(browsers.as(DemoUser.MARK), title);
        sent.pasteFact("title", title);
        assertTrue(sent.save().contains("Saved as revision 2"));
        assertTrue(sent.submit().contains("is with HR for review"));
        String id = sent.id();
        Browser holly = browsers.as(DemoUser.HOLLY);
        WebDriver driver = holly.driver();
        holly.open("descriptions/?waiting=0&q=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
        await(driver, By.id("list:descriptions"));

        // The skip link, then Tab to the description in the queue; Enter opens it
        press(driver, Keys.TAB);
        press(driver, Keys.ENTER);
        tabUntil(driver, element -> title.equals(element.getText().strip()), "the description in the review queue");
        press(driver, Keys.ENTER);
        await(driver, By.id("jd:approve"));

        // A comment on the first section and a note on the decision, typed where Tab leads; Enter on Approve
        press(driver, Keys.TAB);
        press(driver, Keys.ENTER);
        tabUntil(driver, element -> element.getAttribute("class") != null && element.getAttribute("class").contains("rw-review-input"),
                "a section's comment field");
        WebElement commentField = driver.switchTo().activeElement();
        String section = commentField.findElement(By.xpath("ancestor::section[@data-section][1]")).getAttribute("data-section");
        new Actions(driver).sendKeys("Clear and fair; keep it.").perform();
        tabUntil(driver, element -> "jd:decisionNote".equals(element.getAttribute("id")), "the decision note");
        new Actions(driver).sendKeys("Approved as written.").perform();
        List<String> toApprove = tabUntil(driver, element -> "jd:approve".equals(element.getAttribute("id")), "Approve");
        boolean approveFocusShown = focusIndicated(driver);
        press(driver, Keys.ENTER);
        holly.awaitAjax(Duration.ofMillis(300));
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("jd:outcome")).getText().contains("is approved"));
        String outcome = driver.findElement(By.id("jd:outcome")).getText();
        boolean outcomeInView = inViewport(driver, driver.findElement(By.id("jd:outcome")));
        DescriptionPage approved = DescriptionPage.open(browsers.as(DemoUser.MARK), id);
        String state = approved.state();
        List<String> comments = approved.commentsOn(section);

        assertTrue(toApprove.contains("jd:requestChanges"), "Request changes is on the way to Approve: " + toApprove);
        assertTrue(approveFocusShown, "the focused Approve button shows its focus");
        assertTrue(outcome.contains("is approved"), outcome);
        assertTrue(outcomeInView, "what became of the decision shows where the keyboard is, not at the top of the page");
        assertTrue(state.contains("Approved"), state);
        assertTrue(comments.stream().anyMatch(comment -> comment.contains("Clear and fair; keep it.")), "the comment typed by keyboard is kept on its section: " + comments);
        assertEquals(List.of(), holly.javaScriptErrors());
    }

    /** Types part of a role's name into the focused picker, moves to the suggestion with the arrow keys, Enter. */
    private static void pick(Browser browser, String name) {
        WebDriver driver = browser.driver();
        int before = driver.findElements(By.cssSelector("[id='picker:roles'] li.ui-autocomplete-token")).size();
        new Actions(driver).sendKeys(name).perform();
        // the suggestions for the whole name, not for the first letters typed (the picker asks after a pause)
        browser.awaitAjax(Duration.ofMillis(700));
        By highlighted = By.cssSelector("[id='picker:roles_panel'] li.ui-autocomplete-item.ui-state-highlight");
        await(driver, highlighted);
        for (int down = 0; down < 10 && !name.equals(driver.findElement(highlighted).getAttribute("data-item-label")); down++) {
            press(driver, Keys.ARROW_DOWN);
        }
        assertEquals(name, driver.findElement(highlighted).getAttribute("data-item-label"), "the arrow keys reach the suggestion");
        press(driver, Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                d.findElements(By.cssSelector("[id='picker:roles'] li.ui-autocomplete-token")).size() == before + 1);
        assertEquals("picker:roles_input", driver.switchTo().activeElement().getAttribute("id"), "the focus stays in the picker");
    }

    private static void press(WebDriver driver, CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    /**
     * Presses Tab until the focused element is the one wanted; returns where each Tab went (an id, or the element
     * and its text), and fails with that path if the element is never reached.
     */
    private static List<String> tabUntil(WebDriver driver, Predicate<WebElement> wanted, String what) {
        List<String> path = new ArrayList<>();
        for (int tab = 0; tab < TABS; tab++) {
            press(driver, Keys.TAB);
            path.add(focused(driver));
            if (wanted.test(driver.switchTo().activeElement())) {
                return path;
            }
        }
        throw new AssertionError(what + " is not reached by " + TABS + " Tabs: " + path);
    }

    /** The focused element by id, or by tag and text when it has none. */
    private static String focused(WebDriver driver) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "var e = document.activeElement;"
                        + "return e.id || (e.tagName.toLowerCase() + ':' + (e.textContent || '').trim().substring(0, 40));");
    }

    private static boolean inViewport(WebDriver driver, WebElement element) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "var box = arguments[0].getBoundingClientRect();"
                        + "return box.width > 1 && box.height > 1 && box.top >= 0 && box.left >= 0"
                        + " && box.bottom <= window.innerHeight && box.right <= window.innerWidth;", element);
    }

    /** Whether the focused element draws an outline or a ring (the buttons' box-shadow). */
    private static boolean focusIndicated(WebDriver driver) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "var style = getComputedStyle(document.activeElement);"
                        + "return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';");
    }

    private static void await(WebDriver driver, By element) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(element));
        } catch (TimeoutException notThere) {
            throw new AssertionError("Expected " + element + " on " + driver.getCurrentUrl(), notThere);
        }
    }
}
