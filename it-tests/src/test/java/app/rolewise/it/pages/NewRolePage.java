package app.rolewise.it.pages;

import org.openqa.selenium.By;

/**
 * The first step of a new role ({@code /admin/roles/new.xhtml}).
 */
public final class NewRolePage extends RolewisePage {

    private NewRolePage(Browser browser) {
        super(browser);
    }

    public static NewRolePage open(Browser browser) {
        browser.open("admin/roles/new.xhtml");
        waitFor(browser, By.id("newRole:create"));
        return new NewRolePage(browser);
    }

    public EditRolePage create(String name, String slug, String family, String summary) {
        fillAndSend(name, slug, family, summary);
        return EditRolePage.expect(browser);
    }

    /** Submits without waiting for the editor, for input the form refuses. */
    public NewRolePage submit(String name, String slug, String family, String summary) {
        fillAndSend(name, slug, family, summary);
        waitFor(browser, By.cssSelector("#newRole .ui-message-error"));
        return this;
    }

    private void fillAndSend(String name, String slug, String family, String summary) {
        browser.driver().findElement(By.id("newRole:name")).sendKeys(name);
        browser.driver().findElement(By.id("newRole:slug")).sendKeys(slug);
        browser.driver().findElement(By.id("newRole:family")).sendKeys(family);
        browser.driver().findElement(By.id("newRole:summary")).sendKeys(summary);
        browser.driver().findElement(By.id("newRole:create")).click();
    }

    public String messageFor(String field) {
        return browser.driver().findElement(By.cssSelector("#newRole .rw-field:has([id='newRole:" + field + "']) .ui-message")).getText();
    }
}
