package app.rolewise.it;

import app.rolewise.it.pages.AdminRolesPage;
import app.rolewise.it.pages.Browser;
import app.rolewise.it.pages.CataloguePage;
import app.rolewise.it.pages.EditRolePage;
import app.rolewise.it.pages.HistoryPage;
import app.rolewise.it.pages.NewRolePage;
import app.rolewise.it.pages.RolePage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The role library as its users meet it: the seeded roles with every dimension, an admin editing,
 * versioning, restoring and importing, two admins saving the same role, and managers kept out.
 * Tests leave the seeded roles as they found them where they change them, and name what they add
 * uniquely, so the suite can run again on the same database.
 */
class RoleLibraryIT extends SignedInBrowserIT {

    private static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.currentTimeMillis(), 36);
    }

    @Test
    void theSeededLibraryHasAtLeastTenPublishedRolesWithEveryDimension() {
        Browser browser = signedIn(DemoUser.MARK);

        List<String> slugs = CataloguePage.open(browser).roleSlugs();

        assertTrue(slugs.size() >= 10, "published roles: " + slugs);
        for (String slug : slugs) {
            RolePage role = RolePage.open(browser, slug);
            assertTrue(role.showsRole(), slug);
            for (String dimension : RolePage.DIMENSIONS) {
                String text = role.dimension(dimension);
                assertTrue(text.lines().count() > 1 && !text.lines().skip(1).allMatch(String::isBlank),
                        slug + " shows no " + dimension);
            }
            assertFalse(role.skillChips("hardSkills").isEmpty(), slug + " has no hard skills");
            assertFalse(role.skillChips("softSkills").isEmpty(), slug + " has no soft skills");
        }
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    @Test
    void theDataEngineerCarriesTheSeedsFacts() {
        Browser browser = signedIn(DemoUser.HOLLY);

        RolePage dataEngineer = RolePage.open(browser, "data-engineer");

        assertTrue(dataEngineer.skillChips("hardSkills").containsAll(List.of("SQL", "ETL/ELT tools",
                "Distributed processing (Spark, Hadoop)", "Python", "Java/Scala", "Cloud data services")),
                dataEngineer.skillChips("hardSkills").toString());
        assertTrue(dataEngineer.dimension("reportingLine").contains("CTO"), dataEngineer.dimension("reportingLine"));
        List<String> path = dataEngineer.careerPath();
        assertTrue(path.contains("Junior data analyst") && path.contains("Software engineer")
                && path.contains("Data architect"), path.toString());
        assertEquals(1, path.stream().filter(step -> step.equalsIgnoreCase("Data Engineer")).count(), "the role once: " + path);
        List<List<String>> next = dataEngineer.nextSteps();
        assertEquals(List.of("Senior data engineer"), next.get(0), next.toString());
        assertEquals(List.of("Data architect", "Data engineering manager or head of data"), next.get(next.size() - 1),
                "architecture or management, a branch: " + next);
        assertTrue(dataEngineer.pathOrWords().contains("OR") || dataEngineer.pathOrWords().contains("or"), dataEngineer.pathOrWords().toString());
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    @Test
    void anUnknownOrMalformedRoleGetsAMessageNotAnErrorPage() {
        Browser browser = signedIn(DemoUser.MARK);

        RolePage unknown = RolePage.open(browser, "no-such-role");
        String unknownMessage = unknown.messages();
        RolePage malformed = RolePage.open(browser, "Not%20A%20Slug");

        assertFalse(unknown.showsRole());
        assertTrue(unknownMessage.contains("There is no published role called \"no-such-role\""), unknownMessage);
        assertFalse(malformed.showsRole());
        assertTrue(malformed.messages().contains("lower-case letters and digits"), malformed.messages());
    }

    @Test
    void anAdminEditsARoleAndRestoresTheEarlierVersion() {
        Browser browser = signedIn(DemoUser.ALICE);
        String original = RolePage.open(browser, "data-analyst").summary();
        String changed = "Edited by the integration test " + unique("run") + ".";

        String saved = EditRolePage.open(browser, "data-analyst").setSummary(changed).save();
        String shownAfterSave = RolePage.open(browser, "data-analyst").summary();
        HistoryPage history = HistoryPage.open(browser, "data-analyst");
        List<String> changedDimensions = history.changedDimensions();
        int versions = history.versionCount();
        String restored = history.restoreRow(1);
        String shownAfterRestore = RolePage.open(browser, "data-analyst").summary();

        assertTrue(saved.contains("is saved as a new version"), saved);
        assertEquals(changed, shownAfterSave);
        assertTrue(versions >= 2, "versions: " + versions);
        assertEquals(List.of("Summary"), changedDimensions);
        assertTrue(restored.contains("is restored as a new version"), restored);
        assertEquals(original, shownAfterRestore);
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    @Test
    void badInputGetsAMessageNextToTheFieldAndKeepsWhatWasTyped() {
        Browser browser = signedIn(DemoUser.ALICE);
        EditRolePage editor = EditRolePage.open(browser, "data-architect");

        editor.setOnetSoc("15-12").save();

        assertEquals("An O*NET-SOC code looks like 15-2051.00.", editor.fieldMessage("onetSoc"));
        assertEquals("15-12", editor.field("onetSoc"));
        assertTrue(RolePage.open(browser, "data-architect").codes().contains("O*NET-SOC 15-1243.00"),
                "nothing may be stored from a refused save");
    }

    @Test
    void twoAdminsChangingDifferentDimensionsKeepBothChanges() {
        Browser first = signedIn(DemoUser.ALICE);
        Browser second = signedIn(DemoUser.ALICE);
        EditRolePage firstEditor = EditRolePage.open(first, "analytics-engineer");
        EditRolePage secondEditor = EditRolePage.open(second, "analytics-engineer");
        String originalSummary = secondEditor.field("summary");
        String firstOutlook = "Outlook from the first editor " + unique("run") + ".";
        String secondSummary = "Summary from the second editor " + unique("run") + ".";

        String firstSaved = firstEditor.setOutlook(firstOutlook).save();
        String merged = secondEditor.setSummary(secondSummary).save();
        boolean mergeShown = secondEditor.showsConflict();
        List<String> mine = secondEditor.mergedMine();
        List<String> theirs = secondEditor.mergedTheirs();
        List<String> conflicting = secondEditor.conflictingDimensions();
        String outlookInForm = secondEditor.field("outlook");
        String summaryInForm = secondEditor.field("summary");
        String savedAfterMerge = secondEditor.save();
        boolean mergeShownAfterSave = secondEditor.showsConflict();
        EditRolePage stored = EditRolePage.open(first, "analytics-engineer");
        String storedOutlook = stored.field("outlook");
        String storedSummary = stored.field("summary");
        String summaryRestored = stored.setSummary(originalSummary).save();

        assertTrue(firstSaved.contains("is saved as a new version"), firstSaved);
        assertTrue(merged.contains("saved this role after you opened it") && merged.contains("your changes applied over it"), merged);
        assertTrue(mergeShown);
        assertEquals(List.of("Summary"), mine);
        assertEquals(List.of("Outlook"), theirs);
        assertEquals(List.of(), conflicting);
        assertEquals(firstOutlook, outlookInForm, "the first admin's outlook, not the second's stale copy of it");
        assertEquals(secondSummary, summaryInForm);
        assertTrue(savedAfterMerge.contains("is saved as a new version"), savedAfterMerge);
        assertFalse(mergeShownAfterSave);
        assertEquals(firstOutlook, storedOutlook, "the second save must not write the stale outlook back");
        assertEquals(secondSummary, storedSummary);
        assertTrue(summaryRestored.contains("is saved as a new version"), summaryRestored);
        assertEquals(List.of(), first.javaScriptErrors());
        assertEquals(List.of(), second.javaScriptErrors());
    }

    @Test
    void aStaleSaveShowsTheConflictAndLosesNothing() {
        Browser first = signedIn(DemoUser.ALICE);
        Browser second = signedIn(DemoUser.ALICE);
        EditRolePage firstEditor = EditRolePage.open(first, "analytics-engineer");
        EditRolePage secondEditor = EditRolePage.open(second, "analytics-engineer");
        String originalSummary = secondEditor.field("summary");
        String firstOutlook = "Outlook from the first editor " + unique("run") + ".";
        String secondOutlook = "Outlook from the second editor " + unique("run") + ".";

        firstEditor.setOutlook(firstOutlook).save();
        String refused = secondEditor.setOutlook(secondOutlook).save();
        boolean conflictShown = secondEditor.showsConflict();
        String conflict = secondEditor.conflict();
        List<String> conflicting = secondEditor.conflictingDimensions();
        String keptInput = secondEditor.field("outlook");
        String savedBeforePicking = secondEditor.save();
        String storedBeforePicking = EditRolePage.open(first, "analytics-engineer").field("outlook");
        String theirsInForm = secondEditor.takeTheirs("OUTLOOK").field("outlook");
        String mineInForm = secondEditor.keepMine("OUTLOOK").field("outlook");
        String savedAfterPicking = secondEditor.save();
        EditRolePage stored = EditRolePage.open(first, "analytics-engineer");

        assertTrue(refused.contains("saved this role after you opened it"), refused);
        assertTrue(conflictShown);
        assertTrue(conflict.contains(firstOutlook) && conflict.contains(secondOutlook), conflict);
        assertEquals(List.of("OUTLOOK"), conflicting);
        assertEquals(secondOutlook, keptInput);
        assertTrue(savedBeforePicking.contains("Nothing was saved"), savedBeforePicking);
        assertEquals(firstOutlook, storedBeforePicking, "nothing is written until the second admin picks");
        assertEquals(firstOutlook, theirsInForm);
        assertEquals(secondOutlook, mineInForm);
        assertTrue(savedAfterPicking.contains("is saved as a new version"), savedAfterPicking);
        assertEquals(secondOutlook, stored.field("outlook"));
        assertEquals(originalSummary, stored.field("summary"));
        assertEquals(List.of(), second.javaScriptErrors());
    }

    @Test
    void aNewDraftCannotBePublishedUntilEveryDimensionIsFilled() {
        Browser browser = signedIn(DemoUser.ALICE);
        String slug = unique("it-draft");

        EditRolePage editor = NewRolePage.open(browser).create("Draft " + slug, slug, "Data/AI", "A draft from the tests.");
        String refused = editor.saveAndPublish();
        List<String> published = CataloguePage.open(browser).roleSlugs();

        assertTrue(refused.contains("cannot be published yet"), refused);
        assertTrue(refused.contains("List at least one key responsibility."), refused);
        assertFalse(published.contains(slug));
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    @Test
    void theOverviewEditorOffersWhatIsKeptAndWhatItAddsUnseenIsNoChange() {
        Browser browser = signedIn(DemoUser.ALICE);
        String slug = unique("it-overview");
        EditRolePage editor = NewRolePage.open(browser).create("Overview " + slug, slug, "Data/AI", "A draft from the tests.");

        // the editor's own markup for a bulleted list, as it sends it
        String saved = editor.pasteOverviewHtml("<p>Builds pipelines &amp; models</p><ol><li data-list=\"bullet\">Runs them</li></ol>").save();
        List<String> toolbar = editor.overviewToolbar();
        String sent = editor.boldAtTheEndOfTheOverview().overviewAsSent();
        String savedAgain = editor.save();
        HistoryPage history = HistoryPage.open(browser, slug);

        assertTrue(saved.contains("is saved as a new version"), saved);
        assertEquals(List.of("Bold", "Italic", "Underline", "Heading", "Subheading", "Quote", "Bulleted list", "Numbered list",
                "Link", "Remove formatting"), toolbar, "what the library keeps, each control named");
        assertTrue(sent.contains("\uFEFF"), "the editor marks the bold cursor with an invisible character: " + sent);
        assertTrue(savedAgain.contains("Nothing has changed since the last save."), savedAgain);
        assertEquals(2, history.versionCount(), "created and saved once: no version for what nobody wrote");
        assertEquals("Builds pipelines & models\n• Runs them", history.changedTo("Overview"), "the text a reader sees, no markup");
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    @Test
    void aNewRoleNeedsAWellFormedUnusedSlug() {
        Browser browser = signedIn(DemoUser.ALICE);

        NewRolePage malformed = NewRolePage.open(browser).submit("Someone", "Not A Slug", "Data/AI", "Text.");
        String malformedMessage = malformed.messageFor("slug");

        assertTrue(malformedMessage.contains("lower-case letters and digits"), malformedMessage);
        assertEquals("Someone", browser.driver().findElement(org.openqa.selenium.By.id("newRole:name")).getAttribute("value"));
    }

    @Test
    void aBadLibraryFileIsRefusedWholeAndAGoodOneImported() throws IOException {
        Browser browser = signedIn(DemoUser.ALICE);
        String slug = unique("it-import");
        String role = """
                {"slug": "%s", "name": "Imported %s", "family": "Data/AI", "status": "DRAFT",
                 "summary": "Imported by the tests.", "skills": [{"name": "%s", "emphasis": "CORE"}]}""";
        Path bad = Files.writeString(Files.createTempFile("bad-library", ".json"), """
                {"format": "rolewise-library/1", "skills": [], "roles": [%s]}""".formatted(role.formatted(slug, slug, "No Such Skill")));
        Path good = Files.writeString(Files.createTempFile("good-library", ".json"), """
                {"format": "rolewise-library/1", "skills": [], "roles": [%s]}""".formatted(role.formatted(slug, slug, "SQL")));

        String refused = AdminRolesPage.open(browser).importFile(bad);
        List<String> afterRefusal = AdminRolesPage.open(browser).search(slug);
        String imported = AdminRolesPage.open(browser).importFile(good);
        List<String> afterImport = AdminRolesPage.open(browser).search(slug);

        assertTrue(refused.contains("Nothing was imported"), refused);
        assertTrue(refused.contains("uses the skill \"No Such Skill\""), refused);
        assertEquals(List.of(), afterRefusal);
        assertTrue(imported.contains("1 roles added"), imported);
        assertEquals(List.of("Imported " + slug), afterImport);
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    @Test
    void theRoleListFindsRolesBySkill() {
        Browser browser = signedIn(DemoUser.ALICE);

        List<String> found = AdminRolesPage.open(browser).search("pytorch");

        assertTrue(found.contains("Machine Learning Engineer"), found.toString());
        assertFalse(found.contains("BI Developer"), found.toString());
    }

    @Test
    void aManagerCannotReachAdminPagesOrCallAdminActions() throws Exception {
        Browser browser = signedIn(DemoUser.MARK);
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        URI base = RolewiseDeployment.baseUri(deployed);
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        List<Integer> pages = new ArrayList<>();
        for (String page : List.of("admin/roles/", "admin/roles/edit.xhtml?slug=data-engineer",
                "admin/roles/history.xhtml?slug=data-engineer", "admin/roles/new.xhtml", "admin/audit/")) {
            pages.add(browser.requestWithSession(page).statusCode());
        }
        HttpResponse<String> forgedAction = http.send(HttpRequest.newBuilder(base.resolve("admin/roles/index.xhtml"))
                        .header("Cookie", "JSESSIONID=" + session)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("library=library&library%3Aexport=&jakarta.faces.ViewState=stateless"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(List.of(403, 403, 403, 403, 403), pages);
        assertEquals(403, forgedAction.statusCode());
        assertFalse(forgedAction.body().contains("\"format\""), "no library export may leak");
    }
}
