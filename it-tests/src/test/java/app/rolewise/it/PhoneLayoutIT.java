package app.rolewise.it;

import app.rolewise.it.pages.AssessmentPage;
import app.rolewise.it.pages.Browser;
import app.rolewise.it.pages.DescriptionPage;
import app.rolewise.it.pages.HomePage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page each demo user can open, on a phone 390 CSS pixels wide: nothing makes the page scroll sideways,
 * and Sign out is on the screen. The pages are read from the WAR as {@link AccessMatrixIT} reads them, each opened
 * as it answers bare and, when it takes URL parameters, with real values (a manager's own assessment and job
 * description, which HR reads too). Each address leaves two whole-page screenshots for a person to look at,
 * target/screenshots/PhoneLayoutIT-USER-PAGE-390.png and -1366.png (PAGE is the path with "_" for "/", and
 * "-with-" the parameters given, or what the assessment or job description shows). Also the menu on a phone:
 * folded behind its button, opened and closed by keyboard, and the bar as before on a wide screen.
 */
class PhoneLayoutIT extends SignedInBrowserIT {

    private static final int PHONE = 390;
    private static final int DESKTOP = 1366;

    /** A real value for each URL parameter a page takes, but the ids of assessments and job descriptions. */
    private static final Map<String, String> EXAMPLES = Map.ofEntries(
            Map.entry("slug", "data-engineer"),
            Map.entry("key", "data-engineer%2Bmachine-learning-engineer"), // the seed pair
            Map.entry("code", "goal"),
            Map.entry("roles", "data-engineer,machine-learning-engineer,data-scientist,analytics-engineer"), // four, the widest comparison
            Map.entry("page", "1"),
            Map.entry("focus", "data-scientist,data-analyst"),
            // the lists' filters, all at once: the widest filter bar
            Map.entry("q", "data"),
            Map.entry("status", "IN_PROGRESS"),
            Map.entry("state", "IN_REVIEW"),
            Map.entry("manager", "mark"),
            Map.entry("archived", "false"),
            Map.entry("waiting", "7"),
            Map.entry("sort", "title"));

    /**
     * How wide the page is against the screen, where Sign out is, and the first elements reaching past the screen's
     * right edge (to say what to fix).
     */
    private static final String FIT = """
            var root = document.documentElement, fit = {scrollWidth: root.scrollWidth, clientWidth: root.clientWidth,
                clientHeight: root.clientHeight, signOut: null, wider: []};
            var signOut = document.getElementById('signOut');
            if (signOut) {
                var r = signOut.getBoundingClientRect();
                fit.signOut = [r.left, r.top, r.right, r.bottom];
            }
            document.querySelectorAll('body *').forEach(function (e) {
                var r = e.getBoundingClientRect();
                if (fit.wider.length < 5 && r.width > 0 && r.right > root.clientWidth + 1) {
                    fit.wider.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                        + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                        + ' right=' + Math.round(r.right));
                }
            });
            return fit;""";

    /** An address to open and the name its screenshots carry. */
    private record Address(String path, String name) {
    }

    @Test
    void everyPageEachUserCanOpenFitsAPhoneAndKeepsSignOutOnTheScreen() {
        // Arrange: the pages, and for each manager their own job description, the assessment it came from and one
        // that is still at its questions; HR opens the first manager's
        Map<String, Set<String>> pages = DeployedWar.pages();
        assertTrue(pages.keySet().containsAll(List.of("/index.xhtml", "/compare.xhtml", "/assessments/assessment.xhtml",
                "/descriptions/description.xhtml", "/admin/roles/edit.xhtml", "/signed-out.xhtml")), "discovery finds the pages: " + pages.keySet());
        Map<DemoUser, Browser> signedIn = new EnumMap<>(DemoUser.class);
        Map<DemoUser, Map<String, Map<String, String>>> own = new EnumMap<>(DemoUser.class);
        for (DemoUser manager : List.of(DemoUser.MARK, DemoUser.NINA)) {
            Browser browser = browsers.as(manager);
            signedIn.put(manager, browser);
            own.put(manager, ownedBy(browser));
        }
        signedIn.put(DemoUser.HOLLY, browsers.as(DemoUser.HOLLY));
        own.put(DemoUser.HOLLY, own.get(DemoUser.MARK));
        signedIn.put(DemoUser.ALICE, browsers.as(DemoUser.ALICE));
        own.put(DemoUser.ALICE, Map.of());

        // Act and assert, collecting every page that does not fit before failing
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (DemoUser user : DemoUser.values()) {
            for (Map.Entry<String, Set<String>> page : pages.entrySet()) {
                DeployedWar.Audience audience = DeployedWar.audience(page.getKey()).orElseThrow();
                if (!audience.users.contains(user)) {
                    continue;
                }
                // a public page (signed out) need not know who is signed in; where it does, Sign out fits too
                boolean signOutNeeded = audience != DeployedWar.Audience.EVERYONE;
                for (Address address : addressesOf(page.getKey(), page.getValue(), own.get(user), problems)) {
                    problems.addAll(problemsOn(signedIn.get(user), address, signOutNeeded,
                            "PhoneLayoutIT-" + user.userName() + "-" + address.name()));
                    checked++;
                }
            }
        }

        assertEquals(List.of(), problems, "checked " + checked + " addresses at " + PHONE + " pixels");
        assertTrue(checked > 60, "every user's pages were opened: " + checked);
    }

    @Test
    void onAPhoneTheMenuFoldsBehindItsButtonAndOpensAndClosesByKeyboard() {
        for (DemoUser user : DemoUser.values()) {
            // Arrange
            Browser browser = browsers.as(user);
            WebDriver driver = browser.driver();
            browser.emulateWidth(PHONE);
            try {
                browser.open("");
                HomePage home = HomePage.expect(browser);
                boolean foldedAtFirst = !driver.findElement(By.id("menu")).isDisplayed() && !driver.findElement(By.id("userName")).isDisplayed();
                boolean signOutShown = driver.findElement(By.id("signOut")).isDisplayed();

                // Act: Enter on the button, then on Administration for an admin; Escape closes
                driver.findElement(By.id("menuToggle")).sendKeys(Keys.ENTER);
                new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOfElementLocated(By.id("menu")));
                List<String> entries = home.menuEntries();
                String name = home.userName();
                boolean adminEntriesShown = false;
                if (user.isAdmin()) {
                    driver.findElement(By.cssSelector("#admin > summary")).sendKeys(Keys.ENTER);
                    new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOfElementLocated(By.id("adminRoles")));
                    adminEntriesShown = driver.findElement(By.id("adminAudit")).isDisplayed();
                }
                browser.screenshot("PhoneLayoutIT-" + user.userName() + "-menu-open-" + PHONE);
                driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
                new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.invisibilityOfElementLocated(By.id("menu")));

                // Assert
                assertTrue(foldedAtFirst, "the menu and the user's name wait behind the Menu button");
                assertTrue(signOutShown, "Sign out stays in the bar");
                assertEquals(user.menu(), entries);
                assertEquals(user.fullName(), name, "the user's name is in the opened menu");
                assertEquals(user.isAdmin(), adminEntriesShown, "an admin opens Administration in the menu");
            } finally {
                browser.stopEmulatingWidth();
            }

            // on a wide screen the bar shows the menu and the name, and no Menu button
            browser.open("");
            HomePage wide = HomePage.expect(browser);
            assertFalse(driver.findElement(By.id("menuToggle")).isDisplayed(), "no Menu button on a wide screen");
            assertTrue(driver.findElement(By.id("menu")).isDisplayed() && driver.findElement(By.id("userName")).isDisplayed());
            assertEquals(user.menu(), wide.menuEntries());
            assertEquals(List.of(), browser.javaScriptErrors());
        }
    }

    /**
     * A manager's own job description, drafted from an assessment, and another assessment still at its questions,
     * by page and what each shows.
     */
    private static Map<String, Map<String, String>> ownedBy(Browser manager) {
        DescriptionPage draft = JobDescriptionIT.draftedBy(manager, "Phone layout");
        String description = draft.id();
        String chosen = manager.driver().findElement(By.cssSelector("a[href*='assessments/assessment']"))
                .getAttribute("href").replaceAll(".*[?&]id=(\\d+).*", "$1");
        String started = AssessmentPage.start(manager, "Phone layout, still asking " + System.nanoTime()).id();
        Map<String, String> assessments = new LinkedHashMap<>();
        assessments.put("recommendation", chosen);
        assessments.put("questions", started);
        return Map.of("/assessments/assessment.xhtml", assessments, "/descriptions/description.xhtml", Map.of("editor", description));
    }

    /**
     * The page as it answers bare, and, when it takes URL parameters, with a real value for each; a parameter without
     * one is a problem, so that a new page is opened the way people open it.
     */
    private static List<Address> addressesOf(String page, Set<String> parameters, Map<String, Map<String, String>> own,
                                             List<String> problems) {
        String bare = page.substring(1);
        String name = bare.replaceFirst("\\.xhtml$", "").replace('/', '_');
        List<Address> addresses = new ArrayList<>(List.of(new Address(bare, name)));
        if (parameters.isEmpty()) {
            return addresses;
        }
        // a page of someone's own object (the assessment's other parameter, its step, opens where it stands without it)
        if (parameters.contains("id")) {
            own.getOrDefault(page, Map.of()).forEach((shows, id) -> addresses.add(new Address(bare + "?id=" + id, name + "-with-" + shows)));
            if (!own.containsKey(page)) {
                problems.add(page + " takes an id, and this test has none to open it with");
            }
            return addresses;
        }
        List<String> query = new ArrayList<>();
        for (String parameter : parameters) {
            String value = EXAMPLES.get(parameter);
            if (value == null) {
                problems.add(page + " takes \"" + parameter + "\": give it a value in PhoneLayoutIT.EXAMPLES");
                return addresses;
            }
            query.add(parameter + "=" + value);
        }
        addresses.add(new Address(bare + "?" + String.join("&", query), name + "-with-" + String.join("-", parameters)));
        return addresses;
    }

    /** Opens an address on a phone, says what does not fit, and keeps screenshots at phone and desktop width. */
    @SuppressWarnings("unchecked")
    private static List<String> problemsOn(Browser browser, Address address, boolean signOutNeeded, String screenshot) {
        List<String> problems = new ArrayList<>();
        browser.emulateWidth(PHONE);
        try {
            browser.open(address.path());
            browser.awaitAjax(Duration.ofMillis(100));
            Map<String, Object> fit = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(FIT);
            long scrollWidth = ((Number) fit.get("scrollWidth")).longValue();
            long clientWidth = ((Number) fit.get("clientWidth")).longValue();
            long clientHeight = ((Number) fit.get("clientHeight")).longValue();
            if (scrollWidth > clientWidth) {
                problems.add(address.path() + " scrolls sideways: " + scrollWidth + " pixels wide on a screen of " + clientWidth
                        + ", reaching past it: " + fit.get("wider"));
            }
            List<Number> signOut = (List<Number>) fit.get("signOut");
            if (signOut == null) {
                if (signOutNeeded) {
                    problems.add(address.path() + " has no Sign out");
                }
            } else if (signOut.get(0).doubleValue() < 0 || signOut.get(1).doubleValue() < 0
                    || signOut.get(2).doubleValue() > clientWidth || signOut.get(3).doubleValue() > clientHeight
                    || signOut.get(2).doubleValue() <= signOut.get(0).doubleValue()) {
                problems.add(address.path() + " puts Sign out off the screen (" + clientWidth + " x " + clientHeight + "): " + signOut);
            }
        } finally {
            browser.stopEmulatingWidth();
        }
        browser.pageScreenshot(screenshot + "-" + PHONE, PHONE);
        browser.pageScreenshot(screenshot + "-" + DESKTOP, DESKTOP);
        return problems;
    }
}
