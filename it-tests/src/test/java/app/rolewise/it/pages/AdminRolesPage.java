package app.rolewise.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/**
 * The admins' role library ({@code /admin/roles/}).
 */
public final class AdminRolesPage extends RolewisePage {

    private AdminRolesPage(Browser browser) {
        super(browser);
    }

    public static AdminRolesPage open(Browser browser) {
        browser.open("admin/roles/");
        waitFor(browser, By.id("library:roles"));
        return new AdminRolesPage(browser);
    }

    /** The role's row, searching for it first if the current page of the list does not show it. */
    private WebElement row(String roleName) {
        By row = By.xpath("//tbody[@id='library:roles_data']/tr[td[normalize-space(text())='" + roleName + "' or a[normalize-space()='" + roleName + "']]]");
        if (browser.driver().findElements(row).isEmpty()) {
            search(roleName);
        }
        return browser.driver().findElement(row);
    }

    public String statusOf(String roleName) {
        return row(roleName).findElement(By.cssSelector("td:nth-child(3)")).getText().strip();
    }

    public String archive(String roleName) {
        row(roleName).findElement(By.cssSelector("[id$=':archive']")).click();
        WebElement yes = new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")));
        yes.click();
        return awaitMessage();
    }

    /** Imports a library file and returns the message the page shows about it. */
    public String importFile(java.nio.file.Path file) {
        browser.driver().findElement(By.cssSelector("[id='importForm:upload'] input[type=file]"))
                .sendKeys(file.toAbsolutePath().toString());
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#messages .ui-messages-info-summary, #messages .ui-messages-warn-summary")))
                .getText();
    }

    /** Types into the search box and returns the names the table lists then. */
    public java.util.List<String> search(String text) {
        WebElement box = browser.driver().findElement(By.id("library:search"));
        box.clear();
        box.sendKeys(text);
        browser.awaitAjax(Duration.ofMillis(600)); // the search asks the server 400 ms after the last key
        return browser.driver().findElements(By.cssSelector("tbody[id='library:roles_data'] a.rw-role-name")).stream()
                .map(WebElement::getText).toList();
    }

    public String publish(String roleName) {
        row(roleName).findElement(By.cssSelector("[id$=':publish']")).click();
        return awaitMessage();
    }

    private String awaitMessage() {
        browser.awaitAjax(Duration.ofMillis(200));
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-info-summary")))
                .getText();
    }
}
