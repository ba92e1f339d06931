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

    private WebElement row(String roleName) {
        return browser.driver().findElement(By.xpath(
                "//tbody[@id='library:roles_data']/tr[td[normalize-space()='" + roleName + "']]"));
    }

    public String statusOf(String roleName) {
        return row(roleName).findElement(By.cssSelector("td:nth-child(4)")).getText().strip();
    }

    public String archive(String roleName) {
        row(roleName).findElement(By.cssSelector("[id$=':archive']")).click();
        WebElement yes = new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")));
        yes.click();
        return awaitMessage();
    }

    public String publish(String roleName) {
        row(roleName).findElement(By.cssSelector("[id$=':publish']")).click();
        return awaitMessage();
    }

    private String awaitMessage() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-info-summary")))
                .getText();
    }
}
