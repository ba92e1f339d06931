package app.rolewise.it;

import app.rolewise.it.pages.AssessmentPage;
import app.rolewise.it.pages.Browser;
import app.rolewise.it.pages.DescriptionPage;
import app.rolewise.it.pages.HomePage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * axe-core, in the real Chromium, on every page of the WAR as every demo user who may open it, in the states that
 * change what a page shows: an assessment new, answered, at its recommendation and with a role chosen; a job
 * description drafted, in a save conflict, in review (the manager's view and HR's with its comment boxes) and
 * approved; the compare hub, a pair and four roles. No serious or critical violation of WCAG 2.2 AA may be left;
 * moderate and minor ones go to target/accessibility-report.md with the rest, and never fail the test.
 * <p>
 * The pages are read from the WAR as AccessMatrixIT reads them: a new page that takes URL parameters fails here
 * until its states are listed in {@link #statesOf}.
 */
class AccessibilityIT extends SignedInBrowserIT {

    private static final Path REPORT = Path.of("target", "accessibility-report.md");

    private static final String ROLE = "data-engineer";
    /** The seed pair: a comparison with its curated verdict. */
    private static final String SEED_PAIR = "data-engineer,machine-learning-engineer";
    private static final String FOUR_ROLES = "data-engineer,machine-learning-engineer,analytics-engineer,bi-developer";

    /** One page in one state as one user sees it, and how that user's browser gets there. */
    private record Visit(String page, String state, DemoUser user, Consumer<Browser> reach) {
    }

    /** The hiring objects the pages with an id show, one for each state that changes what a page shows. */
    private record HiringObjects(String newAssessment, String answeredAssessment, String ninasAssessment,
                                 String draft, String inReview, String approved) {
    }

    /** What axe found on one visit. */
    private record Checked(Visit visit, AxeFindings findings) {
    }

    @Test
    void noPageInAnyStateHasASeriousOrCriticalViolationForAnyoneWhoMayOpenIt() throws IOException {
        // Arrange: everyone signed in, and the objects behind the pages that show one
        Map<DemoUser, Browser> signedIn = new EnumMap<>(DemoUser.class);
        for (DemoUser user : DemoUser.values()) {
            signedIn.put(user, browsers.as(user));
        }
        HiringObjects objects = hiringObjects(signedIn);
        Browser marksOtherTab = browsers.as(DemoUser.MARK);
        List<Visit> visits = new ArrayList<>();
        List<String> withoutStates = new ArrayList<>();
        List<String> notVisited = new ArrayList<>();
        for (DemoUser user : DemoUser.values()) {
            for (Map.Entry<String, Set<String>> page : DeployedWar.pages().entrySet()) {
                boolean mayOpen = DeployedWar.audience(page.getKey()).map(audience -> audience.users.contains(user)).orElse(false);
                if (!mayOpen) {
                    continue;
                }
                List<Visit> states = statesOf(page.getKey(), page.getValue(), user, objects, marksOtherTab);
                if (states == null) {
                    withoutStates.add(page.getKey() + " " + page.getValue());
                } else if (states.isEmpty()) {
                    notVisited.add(page.getKey() + " as " + user.userName() + ": no object of their own to show");
                } else {
                    visits.addAll(states);
                }
            }
        }
        assertEquals(List.of(), withoutStates, "a page with URL parameters needs its states in AccessibilityIT.statesOf");

        // Act: each visit in its user's browser, in order (some states build on the one before)
        List<Checked> checked = new ArrayList<>();
        for (Visit visit : visits) {
            Browser browser = signedIn.get(visit.user());
            visit.reach().accept(browser);
            checked.add(new Checked(visit, AxeFindings.of(browser.driver())));
        }
        // and the page Keycloak sends a signed-out browser back to
        Browser leaving = browsers.as(DemoUser.NINA);
        HomePage.expect(leaving).signOut();
        Visit signedOut = new Visit("/signed-out.xhtml", "after signing out", DemoUser.NINA, browser -> { });
        checked.add(new Checked(signedOut, AxeFindings.of(leaving.driver())));

        // Assert: the report first, so that a failure leaves it to read
        writeReport(checked, notVisited);
        List<String> blocking = checked.stream()
                .flatMap(result -> result.findings().blocking().stream().map(finding -> where(result) + ": " + finding))
                .toList();
        assertEquals(List.of(), blocking, blocking.size() + " serious or critical violations over " + checked.size()
                + " visits (all of them in " + REPORT.toAbsolutePath() + ")");
        assertTrue(checked.size() > 60, "every user's pages were visited: " + checked.size());
    }

    /** Creates what the pages with an id show, each in its state; the page objects wait for each step's answer. */
    private static HiringObjects hiringObjects(Map<DemoUser, Browser> signedIn) {
        Browser mark = signedIn.get(DemoUser.MARK);
        Browser holly = signedIn.get(DemoUser.HOLLY);
        String newAssessment = AssessmentPage.start(mark, "Accessibility, nothing answered " + System.nanoTime()).id();
        AssessmentPage answered = AssessmentPage.start(mark, "Accessibility, answered " + System.nanoTime());
        String answeredAssessment = answered.id();
        answered.answerAll(Situations.PREDICTIONS_WITHOUT_A_FOUNDATION);
        String ninasAssessment = AssessmentPage.start(signedIn.get(DemoUser.NINA), "Accessibility, Nina's " + System.nanoTime()).id();

        String draft = JobDescriptionIT.draftedBy(mark, "Accessibility, drafted").id();
        DescriptionPage submitted = JobDescriptionIT.draftedBy(mark, "Accessibility, in review");
        String inReview = submitted.id();
        String sentForReview = submitted.submit();
        DescriptionPage toApprove = JobDescriptionIT.draftedBy(mark, "Accessibility, approved");
        String approved = toApprove.id();
        String sentToo = toApprove.submit();
        String approval = DescriptionPage.open(holly, approved).approve();
        assertTrue(sentForReview.contains("is with HR for review") && sentToo.contains("is with HR for review"), sentForReview + " / " + sentToo);
        assertTrue(approval.contains("is approved"), approval);
        return new HiringObjects(newAssessment, answeredAssessment, ninasAssessment, draft, inReview, approved);
    }

    /**
     * The states of a page worth checking for this user, in the order to visit them; empty when the user has no
     * object of their own for it; null for a page with URL parameters that nobody listed here yet.
     */
    private static List<Visit> statesOf(String page, Set<String> parameters, DemoUser user, HiringObjects objects, Browser marksOtherTab) {
        boolean manager = user == DemoUser.MARK || user == DemoUser.NINA;
        return switch (page) {
            case "/assessments/assessment.xhtml" -> switch (user) {
                case MARK -> List.of(
                        visit(page, "new, nothing answered", user, browser -> AssessmentPage.open(browser, objects.newAssessment())),
                        visit(page, "answered, first step", user, browser -> AssessmentPage.open(browser, objects.answeredAssessment())),
                        visit(page, "recommendation", user, browser -> AssessmentPage.open(browser, objects.answeredAssessment()).toRecommendation()),
                        visit(page, "role chosen, the draft form open", user, browser -> {
                            AssessmentPage recommendation = AssessmentPage.open(browser, objects.answeredAssessment()).toRecommendation();
                            String chosen = recommendation.choose(recommendation.recommended(), "");
                            assertTrue(chosen.contains("is your choice"), chosen);
                            await(browser, By.id("draft:draftButton"));
                        }));
                case NINA -> List.of(visit(page, "new, nothing answered", user, browser -> AssessmentPage.open(browser, objects.ninasAssessment())));
                case HOLLY -> List.of(
                        visit(page, "a manager's recommendation, read by HR", user,
                                browser -> AssessmentPage.open(browser, objects.answeredAssessment()).toRecommendation()));
                case ALICE -> List.of();
            };
            case "/descriptions/description.xhtml" -> switch (user) {
                case MARK -> List.of(
                        visit(page, "draft, editable", user, browser -> DescriptionPage.open(browser, objects.draft())),
                        visit(page, "draft, a save refused as another tab saved first", user, browser -> {
                            DescriptionPage mine = DescriptionPage.open(browser, objects.draft());
                            DescriptionPage.open(marksOtherTab, objects.draft()).paste("TEAM", "Saved in the other tab " + System.nanoTime() + ".").save();
                            mine.paste("TEAM", "Typed in this tab " + System.nanoTime() + ".").save();
                            assertTrue(mine.conflictShown(), "the conflict is on screen: " + mine.messages());
                        }),
                        visit(page, "in review, the manager's view", user, browser -> DescriptionPage.open(browser, objects.inReview())),
                        visit(page, "approved, the manager's view", user, browser -> DescriptionPage.open(browser, objects.approved())));
                case HOLLY -> List.of(
                        visit(page, "a manager's draft, read by HR", user, browser -> DescriptionPage.open(browser, objects.draft())),
                        visit(page, "in review, HR reviewing", user, browser -> {
                            DescriptionPage.open(browser, objects.inReview());
                            await(browser, By.id("jd:approve"));
                        }),
                        visit(page, "approved, read by HR", user, browser -> DescriptionPage.open(browser, objects.approved())));
                case NINA, ALICE -> List.of();
            };
            case "/compare.xhtml" -> List.of(
                    plain(page, "the hub, nothing picked", user, "compare"),
                    plain(page, "the seed pair with its verdict", user, "compare?roles=" + SEED_PAIR),
                    plain(page, "four roles", user, "compare?roles=" + FOUR_ROLES));
            case "/assessments/index.xhtml" -> manager
                    ? List.of(plain(page, "the list and the start form", user, "assessments/"),
                    plain(page, "started from a comparison, roles in focus", user, "assessments/?focus=" + SEED_PAIR))
                    : List.of(plain(page, "every assessment", user, "assessments/"));
            case "/descriptions/index.xhtml" -> user == DemoUser.HOLLY
                    ? List.of(plain(page, "every description", user, "descriptions/"),
                    plain(page, "the review queue, filtered", user, "descriptions/?state=IN_REVIEW&waiting=0&manager=mark&sort=title"))
                    : List.of(plain(page, "the list", user, "descriptions/"),
                    plain(page, "searched and sorted", user, "descriptions/?q=Accessibility&sort=state"));
            case "/roles/role.xhtml" -> List.of(plain(page, ROLE, user, "roles/role.xhtml?slug=" + ROLE));
            case "/roles/index.xhtml" -> List.of(plain(page, "first page", user, "roles/"));
            case "/admin/roles/edit.xhtml" -> List.of(plain(page, ROLE, user, "admin/roles/edit.xhtml?slug=" + ROLE));
            case "/admin/roles/history.xhtml" -> List.of(plain(page, ROLE, user, "admin/roles/history.xhtml?slug=" + ROLE));
            case "/admin/pairs/edit.xhtml" -> List.of(plain(page, "the seed pair", user,
                    "admin/pairs/edit.xhtml?key=" + SEED_PAIR.replace(",", "%2B")));
            case "/admin/questions/edit.xhtml" -> List.of(plain(page, "the goal question", user, "admin/questions/edit.xhtml?code=goal"));
            default -> parameters.isEmpty() ? List.of(plain(page, "as opened", user, page.substring(1))) : null;
        };
    }

    private static Visit visit(String page, String state, DemoUser user, Consumer<Browser> reach) {
        return new Visit(page, state, user, reach);
    }

    /** A page as its address opens it, once the template's main element is there. */
    private static Visit plain(String page, String state, DemoUser user, String address) {
        return new Visit(page, state, user, browser -> {
            browser.open(address);
            await(browser, By.id("content"));
        });
    }

    private static void await(Browser browser, By element) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(element));
        } catch (TimeoutException notThere) {
            throw new AssertionError("Expected " + element + " on " + browser.driver().getCurrentUrl(), notThere);
        }
    }

    private static String where(Checked result) {
        Visit visit = result.visit();
        return visit.page() + " (" + visit.state() + ") as " + visit.user().userName() + " at " + result.findings().url();
    }

    private static void writeReport(List<Checked> checked, List<String> notVisited) throws IOException {
        StringBuilder report = new StringBuilder()
                .append("# Accessibility: axe-core on every page (WCAG 2.2 AA)\n\n")
                .append("Run ").append(Instant.now()).append(", ").append(checked.size()).append(" visits, rules tagged ")
                .append(String.join(", ", AxeFindings.WCAG_22_AA)).append(".\n\n")
                .append("Serious and critical violations fail AccessibilityIT; moderate and minor ones are listed here only.\n\n")
                .append("| Page | State | User | Rule | Impact | What it asks | Elements |\n")
                .append("|---|---|---|---|---|---|---|\n");
        int rows = 0;
        for (Checked result : checked) {
            for (AxeFindings.Finding finding : result.findings().all()) {
                Visit visit = result.visit();
                report.append("| ").append(cell(visit.page())).append(" | ").append(cell(visit.state())).append(" | ")
                        .append(visit.user().userName()).append(" | [").append(finding.rule()).append("](").append(finding.helpUrl()).append(") | ")
                        .append(finding.blocking() ? "**" + finding.impact() + "**" : finding.impact()).append(" | ")
                        .append(cell(finding.help())).append(" | ").append(cell(String.join(" ", finding.targets()))).append(" |\n");
                rows++;
            }
        }
        if (rows == 0) {
            report.append("| | | | none | | | |\n");
        }
        report.append("\n## Visited\n\n");
        for (Checked result : checked) {
            report.append("- ").append(where(result)).append(": ").append(result.findings().all().size()).append(" violated rules\n");
        }
        if (!notVisited.isEmpty()) {
            report.append("\n## Not visited\n\n");
            notVisited.forEach(line -> report.append("- ").append(line).append('\n'));
        }
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);
    }

    /** Text safe in a Markdown table cell. */
    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
