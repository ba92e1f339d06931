package app.rolewise.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

/**
 * The question bank's versions and what changed between two of them ({@code /admin/questions/history.xhtml}).
 */
public final class QuestionHistoryPage extends RolewisePage {

    private QuestionHistoryPage(Browser browser) {
        super(browser);
    }

    public static QuestionHistoryPage open(Browser browser) {
        browser.open("admin/questions/history.xhtml");
        waitFor(browser, By.id("history:versions"));
        return new QuestionHistoryPage(browser);
    }

    /** The version numbers, newest first. */
    public List<Integer> versions() {
        return browser.driver().findElements(By.cssSelector("[id='history:versions_data'] > tr > td:first-child")).stream()
                .map(WebElement::getText).map(String::strip).map(Integer::valueOf).toList();
    }

    /** The changes between the latest two versions, each as "question | answer | what | before | after". */
    public List<String> changes() {
        return browser.driver().findElements(By.cssSelector("[id='history:changes_data'] > tr")).stream()
                .map(row -> String.join(" | ", row.findElements(By.tagName("td")).stream().map(WebElement::getText).map(String::strip).toList()))
                .toList();
    }
}
