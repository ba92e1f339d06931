package app.rolewise.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Duration;

/**
 * The question editor ({@code /admin/questions/edit.xhtml?code=…}).
 */
public final class QuestionEditorPage extends RolewisePage {

    private QuestionEditorPage(Browser browser) {
        super(browser);
    }

    public static QuestionEditorPage open(Browser browser, String questionCode) {
        browser.open("admin/questions/edit.xhtml?code=" + questionCode);
        waitFor(browser, By.id("question:save"));
        return new QuestionEditorPage(browser);
    }

    private WebElement weightField(String answerCode, String roleSlug) {
        return browser.driver().findElement(By.cssSelector("fieldset[data-answer='" + answerCode + "'] label[data-role='"
                + roleSlug + "'] input"));
    }

    /** An answer's weight towards a role as the form shows it; 0 when empty. */
    public int weight(String answerCode, String roleSlug) {
        String value = weightField(answerCode, roleSlug).getAttribute("value");
        return value == null || value.isBlank() ? 0 : Integer.parseInt(value.strip());
    }

    public QuestionEditorPage setWeight(String answerCode, String roleSlug, int points) {
        WebElement field = weightField(answerCode, roleSlug);
        field.clear();
        field.sendKeys(String.valueOf(points));
        return this;
    }

    /** Saves and returns the page's messages. */
    public String save() {
        browser.driver().findElement(By.id("question:save")).click();
        browser.awaitAjax(Duration.ofMillis(200));
        return browser.driver().findElement(By.id("messages")).getText();
    }

    public String firstAnswerCode() {
        return browser.driver().findElement(By.cssSelector("fieldset[data-answer]")).getAttribute("data-answer");
    }

    public boolean showsConflict() {
        return !browser.driver().findElements(By.id("question:conflict")).isEmpty();
    }
}
