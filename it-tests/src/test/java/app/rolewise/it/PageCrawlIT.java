package app.rolewise.it;

import app.rolewise.it.pages.AssessmentPage;
import app.rolewise.it.pages.Browser;
import app.rolewise.it.pages.DescriptionPage;
import app.rolewise.it.pages.FacesForm;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page as every demo user, in the states that matter: an assessment with nothing answered, one with a role
 * chosen and the draft form under it, one fully answered with its job description drafted, and that description
 * again once it is in review. From the objects and every page the rules let the user open ({@link DeployedWar}),
 * the crawl follows each link to Rolewise once, breadth first and within budgets (never signing out or downloading,
 * pressing no button), and sends the Ajax requests each page's fields make (a pick sent again, a key typed,
 * suggestions asked). No page and no answer may show a word missing from the bundle or anything of an exception
 * ({@link LeakedText}); no link may lead to an error; nothing may send the user away from Rolewise. The pages
 * visited, and the Ajax requests sent, are listed in target/crawl-report.md.
 */
class PageCrawlIT extends SignedInBrowserIT {

    /** Pages one user opens in one state: the whole crawl stays within a few minutes. */
    private static final int PAGE_BUDGET = 120;
    /** Addresses of one page with other parameters (role pages, assessments, comparisons) the crawl follows links to. */
    private static final int SAME_PAGE_BUDGET = 12;
    /** Ajax requests one page's fields get, and one user in one state. */
    private static final int AJAX_PER_PAGE = 6;
    private static final int AJAX_BUDGET = 60;
    /** What a link may lead to that the crawl does not open: signing out, downloads, a POST-only endpoint, static files. */
    private static final Pattern NOT_FOLLOWED = Pattern.compile(
            "^/(logout|signed-out|descriptions/export|assessments/brief|assessments/preview|compare/pdf|jakarta\\.faces\\.resource/)"
                    + "|\\.(pdf|md|json|csv|zip)$");
    private static final Path REPORT = Path.of("target", "crawl-report.md");

    /** One page opened: by whom, in which state, what it answered (with any redirects), and the page that linked to it. */
    private record Visit(DemoUser user, String state, String address, String outcome, String from) {
    }

    /** One Ajax request sent from a page. */
    private record Ajax(DemoUser user, String state, String page, String what, int status) {
    }

    /** What an address answered after the redirects within Rolewise, and where it ended. */
    private record Answer(int status, String outcome, String body, String address, boolean leftRolewise) {
    }

    private final List<Visit> visits = new ArrayList<>();
    private final List<Ajax> ajax = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    @Test
    void everyPageAsEveryUserShowsNoMissingWordAndNothingOfAnException() throws IOException {
        // Arrange: the states that matter, made by the manager as in the product
        Browser mark = browsers.as(DemoUser.MARK);
        String empty = AssessmentPage.start(mark, "Crawl, nothing answered " + System.nanoTime()).id();
        AssessmentPage chosen = AssessmentPage.start(mark, "Crawl, a role chosen " + System.nanoTime());
        chosen.answer("goal", "reporting").toRecommendation();
        String choice = chosen.choose("bi-developer", "Dashboards come first here.");
        assertTrue(choice.contains("is your choice"), choice);
        String chosenId = chosen.id();
        DescriptionPage drafted = JobDescriptionIT.draftedBy(mark, "Crawl");
        String description = drafted.id();
        String described = mark.driver().findElement(By.cssSelector("a[href*='assessments/assessment']"))
                .getAttribute("href").replaceAll(".*[?&]id=(\\d+).*", "$1");
        List<String> objects = List.of("assessments/assessment.xhtml?id=" + empty,
                "assessments/assessment.xhtml?id=" + chosenId + "&step=recommendation",
                "assessments/assessment.xhtml?id=" + described, "descriptions/description.xhtml?id=" + description);
        Map<DemoUser, Browser> users = new EnumMap<>(DemoUser.class);
        users.put(DemoUser.MARK, mark);
        for (DemoUser user : List.of(DemoUser.NINA, DemoUser.HOLLY, DemoUser.ALICE)) {
            users.put(user, browsers.as(user));
        }

        // Act: every user from the objects and every page they may open; the manager and HR again once it is in review
        users.forEach((user, browser) -> crawl(user, browser, "drafted", seeds(user, objects)));
        String submitted = DescriptionPage.open(mark, description).submit();
        assertTrue(submitted.contains("is with HR for review"), submitted);
        for (DemoUser user : List.of(DemoUser.MARK, DemoUser.HOLLY)) {
            crawl(user, users.get(user), "in review", seeds(user, objects));
        }
        writeReport();

        // Assert: the crawl went far, and found nothing
        for (DemoUser user : DemoUser.values()) {
            long followed = visits.stream().filter(visit -> visit.user() == user && visit.from() != null).count();
            assertTrue(followed >= 10, user.userName() + " followed " + followed + " links; see " + REPORT.toAbsolutePath());
        }
        assertTrue(visits.size() >= 150, "the crawl opened " + visits.size() + " pages");
        assertTrue(visits.stream().anyMatch(visit -> visit.user() == DemoUser.HOLLY && visit.state().equals("in review")
                && visit.address().equals("descriptions/description.xhtml?id=" + description) && visit.outcome().equals("200")),
                "HR opened the description in review");
        assertTrue(ajax.size() >= 10, "the crawl sent " + ajax.size() + " Ajax requests");
        assertEquals(List.of(), problems, "pages and answers with something wrong; see " + REPORT.toAbsolutePath());
    }

    /**
     * Where one user's crawl starts: the objects, then every page the rules let the user open, as found in the WAR.
     * A start may answer a refusal (an object the rules keep the user out of, a page opened without the parameter it
     * needs), never a 5xx; a link followed must open.
     */
    private static List<String> seeds(DemoUser user, List<String> objects) {
        Set<String> seeds = new LinkedHashSet<>(objects);
        DeployedWar.pages().keySet().stream()
                .filter(page -> DeployedWar.audience(page).map(audience -> audience.users.contains(user)).orElse(false))
                .filter(page -> !NOT_FOLLOWED.matcher(page).find())
                .forEach(page -> seeds.add(page.substring(1)));
        return List.copyOf(seeds);
    }

    /** Breadth first from the seeds: each address once, links within the budgets, each page's Ajax requests sent. */
    private void crawl(DemoUser user, Browser browser, String state, List<String> seeds) {
        Deque<Visit> queue = new ArrayDeque<>();
        Set<String> seen = new HashSet<>(seeds);
        Map<String, Integer> samePage = new HashMap<>();
        seeds.forEach(seed -> queue.add(new Visit(user, state, seed, null, null)));
        int opened = 0;
        int ajaxSent = 0;
        while (!queue.isEmpty() && opened < PAGE_BUDGET) {
            Visit next = queue.poll();
            opened++;
            Answer answer = open(browser, next.address());
            visits.add(new Visit(user, state, next.address(), answer.outcome(), next.from()));
            String where = user.userName() + " (" + state + ") " + next.address() + (next.from() == null ? "" : ", linked from " + next.from());
            if (answer.leftRolewise() || answer.status() >= 500 || next.from() != null && answer.status() != 200) {
                problems.add(where + ": " + answer.outcome());
            }
            LeakedText.in(answer.body()).forEach(leak -> problems.add(where + ": " + leak));
            if (answer.status() != 200 || !answer.body().contains("<html")) {
                continue;
            }
            for (String link : links(browser, answer.address(), answer.body())) {
                if (seen.add(link) && samePage.merge(link.replaceFirst("\\?.*", ""), 1, Integer::sum) <= SAME_PAGE_BUDGET) {
                    queue.add(new Visit(user, state, link, null, next.address()));
                }
            }
            if (ajaxSent < AJAX_BUDGET) {
                ajaxSent += sendAjax(user, state, browser, answer.address(), answer.body());
            }
        }
    }

    /** Opens an address with the user's session, following redirects as long as they stay within Rolewise. */
    private static Answer open(Browser browser, String address) {
        String at = address;
        StringBuilder outcome = new StringBuilder();
        for (int hop = 0; hop < 5; hop++) {
            HttpResponse<String> got = browser.requestWithSession(at);
            String location = got.headers().firstValue("Location").orElse(null);
            if (got.statusCode() / 100 == 3 && location != null) {
                URI target = browser.base().resolve(location);
                outcome.append(got.statusCode()).append(" → ");
                if (!sameOrigin(browser.base(), target)) {
                    return new Answer(got.statusCode(), outcome + target.toString(), "", at, true);
                }
                at = inRolewise(target);
                continue;
            }
            String type = got.headers().firstValue("Content-Type").orElse("");
            boolean readable = type.contains("html") || type.contains("xml") || type.contains("json") || type.contains("text");
            return new Answer(got.statusCode(), outcome.append(got.statusCode()).toString(), readable ? got.body() : "", at, false);
        }
        return new Answer(310, outcome + "more than five redirects", "", at, false);
    }

    /** The page's links to Rolewise that the crawl opens, as addresses below the base. */
    private static List<String> links(Browser browser, String address, String html) {
        List<String> links = new ArrayList<>();
        for (Element anchor : Jsoup.parse(html, browser.base().resolve(address).toString()).select("a[href]")) {
            String href = anchor.absUrl("href");
            if (href.isEmpty() || href.startsWith("mailto:") || href.startsWith("tel:")) {
                continue;
            }
            URI target;
            try {
                target = new URI(href);
            } catch (URISyntaxException notAnAddress) {
                continue; // a link someone typed into content (a role's overview), which a browser would mend
            }
            if (sameOrigin(browser.base(), target) && target.getRawPath() != null && !NOT_FOLLOWED.matcher(target.getRawPath()).find()) {
                links.add(inRolewise(target));
            }
        }
        return links;
    }

    /**
     * Sends the Ajax requests a page's fields make, as a person using it would: each behavior with the page's own
     * values (a radio group nothing is picked in sends nothing until a pick), and each suggestion box asked for "a".
     * Every answer must be Faces' partial response (the suggestion servlet's JSON for a box that asks a servlet),
     * without an error and without anything {@link LeakedText} finds. Returns how many were sent.
     */
    private int sendAjax(DemoUser user, String state, Browser browser, String address, String html) {
        int sent = 0;
        for (FacesForm form : FacesForm.all(html)) {
            if (form.uploads()) {
                continue;
            }
            for (FacesForm.Behavior behavior : form.fieldBehaviors()) {
                if (sent < AJAX_PER_PAGE && !unpicked(form, behavior.source())) {
                    sent++;
                    checkAjax(user, state, address, behavior.event() + " of " + behavior.source(), form.send(browser, behavior), true);
                }
            }
            for (FacesForm.Suggestions box : form.suggestions()) {
                if (sent < AJAX_PER_PAGE && (box.endpoint() != null || !form.stateless())) {
                    sent++;
                    HttpResponse<String> suggested = box.endpoint() != null
                            ? browser.requestWithSession(box.endpoint().substring(1) + "?query=a")
                            : form.suggest(browser, box.component(), "a");
                    checkAjax(user, state, address, "suggestions for " + box.component(), suggested, box.endpoint() == null);
                }
            }
        }
        return sent;
    }

    private static boolean unpicked(FacesForm form, String component) {
        return form.choices().stream().anyMatch(choice -> choice.component().equals(component)
                && !choice.offered().contains("") && form.value(choice.name()).isEmpty());
    }

    private void checkAjax(DemoUser user, String state, String page, String what, HttpResponse<String> answer, boolean partial) {
        ajax.add(new Ajax(user, state, page, what, answer.statusCode()));
        String where = user.userName() + " (" + state + ") " + page + ", " + what;
        String body = answer.body();
        if (answer.statusCode() != 200) {
            problems.add(where + ": status " + answer.statusCode());
        } else if (partial && (!FacesForm.isPartial(body) || body.contains("<error>") || body.contains("PF('ajaxError')")
                || body.contains("PF('viewExpired')"))) {
            problems.add(where + ": not a clean partial response: " + body.substring(0, Math.min(300, body.length())));
        }
        LeakedText.in(body).forEach(leak -> problems.add(where + ": " + leak));
    }

    private static boolean sameOrigin(URI base, URI target) {
        return base.getScheme().equalsIgnoreCase(String.valueOf(target.getScheme())) && base.getHost().equalsIgnoreCase(String.valueOf(target.getHost()))
                && port(base) == port(target);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** An address of Rolewise as the browser's session requests take it: below the base, the fragment dropped. */
    private static String inRolewise(URI target) {
        return target.getRawPath().substring(1) + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
    }

    private void writeReport() throws IOException {
        StringBuilder report = new StringBuilder("# Crawl report\n\n")
                .append("Written by PageCrawlIT: the pages each demo user opened, from the pages the rules let them open and ")
                .append("the test's own assessments and job description, following every link to Rolewise once (breadth first, ")
                .append(PAGE_BUDGET).append(" pages per user and state at most), and the Ajax requests the pages' fields sent. ")
                .append("Every answer was checked for words missing from the bundle and for anything of an exception.\n\n")
                .append("Pages opened: ").append(visits.size()).append(". Ajax requests: ").append(ajax.size())
                .append(". Problems: ").append(problems.size()).append(".\n");
        if (!problems.isEmpty()) {
            report.append("\n## Problems\n\n");
            problems.forEach(problem -> report.append("- ").append(problem.replace("|", "\\|")).append('\n'));
        }
        Set<String> sections = new LinkedHashSet<>();
        visits.forEach(visit -> sections.add(visit.user().name() + "|" + visit.state()));
        for (String section : sections) {
            DemoUser user = DemoUser.valueOf(section.substring(0, section.indexOf('|')));
            String state = section.substring(section.indexOf('|') + 1);
            report.append("\n## ").append(user.userName()).append(" (").append(user.roleLabel()).append("), ").append(state).append("\n\n")
                    .append("| Answer | Page | Linked from |\n|---|---|---|\n");
            visits.stream().filter(visit -> visit.user() == user && visit.state().equals(state)).forEach(visit -> report.append("| ")
                    .append(visit.outcome()).append(" | /").append(visit.address().replace("|", "%7C")).append(" | ")
                    .append(visit.from() == null ? "start" : "/" + visit.from().replace("|", "%7C")).append(" |\n"));
            List<Ajax> sent = ajax.stream().filter(call -> call.user() == user && call.state().equals(state)).toList();
            if (!sent.isEmpty()) {
                report.append("\n| Ajax answer | Page | Request |\n|---|---|---|\n");
                sent.forEach(call -> report.append("| ").append(call.status()).append(" | /").append(call.page().replace("|", "%7C"))
                        .append(" | ").append(call.what()).append(" |\n"));
            }
        }
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);
    }
}
