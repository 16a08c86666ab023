package org.tgov.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tgov.crawl.HttpSession.Param;
import org.tgov.crawl.HttpSession.Response;
import org.tgov.crawl.Submissions.Submission;
import org.tgov.support.OwnDatabaseInitializer;
import org.tgov.support.TestData;

/**
 * Every page works for every role and every council. Signed in as each demo user and as a user of
 * a second organisation, the crawl opens every GET route Spring knows (with real ids of its own
 * organisation and of the other one) and every link it finds from home, then submits every form it
 * was shown: empty, plausibly, and with each case of a bad-input corpus. Finally it replays each
 * form as every person who was never shown it. It fails on any 5xx, any reflected markup, any route
 * never rendered, any record of another organisation shown, any write by someone who was not
 * offered the form, and any refused submission that saved something.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@ContextConfiguration(initializers = OwnDatabaseInitializer.class)
class CrawlIT {

    private static final String DEMO_PASSWORD = "demo-password";
    /** Readers first, administrators last: the crawl's own writes should not take away a later user's pages. */
    private static final List<String> DEMO_USERS = List.of("platform", "councillor", "cabinet", "adviser", "sro",
            "resources", "finance", "officer", "admin");
    private static final int LINKS_PER_USER = 150;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    CrawlData crawlData;

    private final List<String> failures = new ArrayList<>();
    private final Set<String> rendered = new TreeSet<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    /** Forms by action route: who was shown one, and where. */
    private final Map<String, Set<String>> shownTo = new LinkedHashMap<>();
    private final List<Found> found = new ArrayList<>();
    /** Forms that had the whole corpus, by action route and organisation: others who are shown them send less. */
    private final Set<String> fullyTried = new HashSet<>();

    private Routes routes;
    private Fingerprint fingerprint;
    private Submissions submissions;

    /** A person the crawl signs in as, their organisation, and the records they must not see. */
    private record Person(String username, String password, String organisation, Ids own, Ids foreign, boolean platform) {
    }

    /** A form found on a page: who saw it, on which page, and its action route. */
    private record Found(Person person, String page, String actionPath, String actionRoute, FormSpec form) {
    }

    @Test
    void everyPageAndFormWorksForEveryRoleAndOrganisation() {
        long started = System.nanoTime();
        CrawlData.Setup setup = crawlData.create();
        routes = new Routes(mapping);
        fingerprint = new Fingerprint(jdbc);
        submissions = new Submissions(setup.demoCsv());
        Map<String, String> preferred = Map.of("app_user", "username like '" + CrawlData.TARGET + "%'");
        Ids demo = new Ids(jdbc, setup.demoOrganisationId(), preferred);
        Ids other = new Ids(jdbc, setup.otherOrganisationId(), preferred);

        List<Person> people = new ArrayList<>();
        for (String username : DEMO_USERS) {
            boolean platform = username.equals("platform");
            people.add(new Person(username, DEMO_PASSWORD, platform ? "none" : "demo", platform ? null : demo,
                    platform ? demo : other, platform));
        }
        people.add(new Person(setup.otherUsername(), TestData.PASSWORD, "other", other, demo, false));

        for (Person person : people) {
            crawl(person);
        }
        replayToThoseNotShown(people);

        for (String route : routes.getRoutes()) {
            if (!rendered.contains(route)) {
                failures.add("GET " + route + " was never rendered for anyone: teach the crawl its ids or remove the route");
            }
        }
        System.out.printf("[crawl] %d GET routes, %d people (%d roles and a second organisation), %d forms, "
                + "%d bad-input cases per form; %s; %d s%n", routes.getRoutes().size(), people.size(), DEMO_USERS.size(),
                shownTo.size(), Submissions.TEXT_CORPUS.size() + 5, counts, (System.nanoTime() - started) / 1_000_000_000);
        assertThat(failures).as("the crawl's findings").isEmpty();
    }

    private void crawl(Person person) {
        HttpSession session = new HttpSession("http://localhost:" + port, person.username()).signIn(person.username(), person.password());
        Set<String> visited = new HashSet<>();
        List<Found> forms = new ArrayList<>();
        for (String route : routes.getRoutes()) {
            boolean hasIds = route.contains("{");
            if (person.own() != null || !hasIds) {
                for (String path : person.own() == null ? List.of(route) : person.own().fill(route)) {
                    Response response = visit(session, path, forms, person);
                    visited.add(path);
                    boolean reachable = !person.platform() || route.startsWith("/platform") || route.equals("/");
                    if (reachable && (response.status() < 300 || response.isRedirect() && !toSignIn(response))) {
                        rendered.add(route);
                    }
                }
            }
            if (hasIds) {
                for (String path : person.foreign().fill(route)) {
                    Response response = visit(session, path, forms, person);
                    if (response.status() != 403 && response.status() != 404) {
                        failures.add(person.username() + " (" + person.organisation() + ") GET " + path
                                + " of another organisation answered " + response.status() + " instead of 403 or 404");
                    }
                }
            }
        }
        followLinks(session, person, visited, forms);
        Set<String> done = new HashSet<>();
        for (Found form : forms) {
            if (done.add(form.actionRoute() + " " + form.form().shape())) {
                shownTo.computeIfAbsent(form.actionRoute(), k -> new LinkedHashSet<>()).add(person.username());
                found.add(form);
                submitEveryCase(session, form);
            }
        }
    }

    private void followLinks(HttpSession session, Person person, Set<String> visited, List<Found> forms) {
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        int followed = 0;
        while (!queue.isEmpty() && followed < LINKS_PER_USER) {
            String path = queue.poll();
            Response response = session.get(path);
            followed++;
            count("links followed");
            check(session, "GET " + path, response);
            if (response.status() == 403 && !path.equals("/")) {
                failures.add(person.username() + " was shown a link to " + path + ", which they may not open (403)");
            }
            if (!response.isHtml() || response.status() != 200) {
                continue;
            }
            Document page = response.document(session.base());
            collectForms(page, path, forms, person);
            for (Element link : page.select("a[href]")) {
                String href = link.attr("href");
                if (href.startsWith("/") && !href.startsWith("//")) {
                    String target = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
                    if (!target.isEmpty() && visited.add(target)) {
                        queue.add(target);
                    }
                }
            }
        }
    }

    private Response visit(HttpSession session, String path, List<Found> forms, Person person) {
        Response response = session.get(path);
        count("pages opened");
        check(session, "GET " + path, response);
        if (response.isHtml() && response.status() == 200) {
            collectForms(response.document(session.base()), path, forms, person);
        }
        return response;
    }

    private void collectForms(Document page, String path, List<Found> forms, Person person) {
        for (Element element : page.select("form")) {
            FormSpec form = FormSpec.of(element);
            String action = form.action() == null ? path : form.action();
            if (action.startsWith("/sign-out") || !form.method().equals("post")) {
                continue;
            }
            Optional<String> route = routes.patternOf(action);
            if (route.isEmpty()) {
                failures.add(person.username() + ": a form on " + path + " posts to " + action + ", which no route handles");
                continue;
            }
            forms.add(new Found(person, path, action, route.get(), form));
        }
    }

    private void submitEveryCase(HttpSession session, Found found) {
        FormSpec form = found.form();
        boolean first = fullyTried.add(found.actionRoute() + " " + found.person().organisation());
        List<String> names = submissions.all(form).stream().map(Submission::name)
                .filter(name -> first || name.equals("empty") || name.startsWith("plausible")).toList();
        boolean fresh = true;
        for (String name : names) {
            if (!fresh) {
                // the last case saved something: take the form as it is now, with its new version
                Optional<FormSpec> again = formOn(session, found.page(), found.actionRoute());
                if (again.isEmpty()) {
                    return;
                }
                form = again.get();
            }
            FormSpec current = form;
            Optional<Submission> submission = submissions.all(current).stream().filter(s -> s.name().equals(name)).findFirst();
            if (submission.isPresent()) {
                fresh = !submit(session, found, submission.get(), found.person().username());
            }
        }
    }

    /** Submits and checks; returns whether something was saved. */
    private boolean submit(HttpSession session, Found found, Submission submission, String who) {
        Map<String, Long> before = fingerprint.take();
        Response response = found.form().multipart()
                ? session.postMultipart(found.actionPath(), submission.params(), submission.uploads())
                : session.post(found.actionPath(), submission.params());
        count("forms submitted");
        String what = who + " POST " + found.actionPath() + " (" + submission.name() + ")";
        check(session, what, response);
        Map<String, Long> after = fingerprint.take();
        boolean saved = !before.equals(after);
        boolean accepted = response.isRedirect() && !toSignIn(response);
        if (saved && !accepted) {
            failures.add(what + " was refused with " + response.status() + " but saved: " + Fingerprint.difference(before, after));
        }
        if (accepted && submission.mustRefuse()) {
            failures.add(what + " must be refused but was accepted" + (saved ? " and saved: " + Fingerprint.difference(before, after) : ""));
        }
        if (toSignIn(response)) {
            session.signIn(found.person().username(), found.person().password());
        } else if (accepted && response.location() != null) {
            Response landing = session.get(response.location());
            check(session, what + " then GET " + response.location(), landing);
        }
        return saved;
    }

    /**
     * Each form, filled plausibly by someone who was shown it, is sent by everyone who was never
     * shown a form posting there (and by everyone of another organisation): nothing may be saved.
     */
    private void replayToThoseNotShown(List<Person> people) {
        Map<String, HttpSession> sessions = new LinkedHashMap<>();
        Set<String> replayed = new HashSet<>();
        for (Found source : found) {
            if (!replayed.add(source.actionRoute() + " " + source.person().organisation())) {
                continue;
            }
            // A form that posts to another organisation's record; creating a record of one's own is for everyone shown it.
            boolean aboutARecord = source.actionRoute().contains("{");
            for (Person person : people) {
                boolean otherOrganisation = !person.organisation().equals(source.person().organisation());
                boolean shown = shownTo.get(source.actionRoute()).contains(person.username());
                if (shown && !(otherOrganisation && aboutARecord)) {
                    continue;
                }
                HttpSession owner = sessions.computeIfAbsent(source.person().username(),
                        u -> new HttpSession("http://localhost:" + port, u).signIn(u, source.person().password()));
                Optional<FormSpec> form = formOn(owner, source.page(), source.actionRoute());
                if (form.isEmpty()) {
                    continue;
                }
                HttpSession intruder = sessions.computeIfAbsent(person.username(),
                        u -> new HttpSession("http://localhost:" + port, u).signIn(u, person.password()));
                String csrf = intruder.get("/sign-in").document(intruder.base()).select("input[name=_csrf]").attr("value");
                Submission plausible = submissions.plausible(form.get());
                List<Param> params = new ArrayList<>(plausible.params().stream().filter(p -> !p.name().equals("_csrf")).toList());
                params.add(new Param("_csrf", csrf));
                Map<String, Long> before = fingerprint.take();
                Response response = form.get().multipart()
                        ? intruder.postMultipart(source.actionPath(), params, plausible.uploads())
                        : intruder.post(source.actionPath(), params);
                count("replays");
                String what = person.username() + " (" + person.organisation() + ", never shown it) POST " + source.actionPath();
                check(intruder, what, response);
                Map<String, Long> after = fingerprint.take();
                if (!before.equals(after)) {
                    failures.add(what + " saved: " + Fingerprint.difference(before, after));
                }
            }
        }
    }

    /** The form posting to this route on the page, as the page shows it now. */
    private Optional<FormSpec> formOn(HttpSession session, String page, String actionRoute) {
        Response response = session.get(page);
        if (response.status() != 200 || !response.isHtml()) {
            return Optional.empty();
        }
        for (Element element : response.document(session.base()).select("form[method=post]")) {
            FormSpec form = FormSpec.of(element);
            String action = form.action() == null ? page : form.action();
            if (routes.patternOf(action).filter(actionRoute::equals).isPresent()) {
                return Optional.of(form);
            }
        }
        return Optional.empty();
    }

    private void check(HttpSession session, String what, Response response) {
        if (response.status() >= 500) {
            failures.add(session.who + ": " + what + " answered " + response.status());
        }
        if (response.isHtml() && response.text().contains(Submissions.MARKUP)) {
            failures.add(session.who + ": " + what + " shows unescaped markup that someone typed");
        }
    }

    private static boolean toSignIn(Response response) {
        return response.isRedirect() && response.location() != null && response.location().contains("/sign-in");
    }

    private void count(String what) {
        counts.merge(what, 1, Integer::sum);
    }
}
