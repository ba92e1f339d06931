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

    private WebElement effectField(String answerCode, String need) {
        return browser.driver().findElement(By.cssSelector("fieldset[data-answer='" + answerCode + "'] label[data-need='"
                + need + "'] input"));
    }

    /** An answer's effect on a need as the form shows it; 0 when empty. */
    public int effect(String answerCode, String need) {
        String value = effectField(answerCode, need).getAttribute("value");
        return value == null || value.isBlank() ? 0 : Integer.parseInt(value.strip());
    }

    public QuestionEditorPage setEffect(String answerCode, String need, int points) {
        WebElement field = effectField(answerCode, need);
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
