package org.tgov.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tgov.browser.pages.SignInPage;
import org.tgov.browser.pages.SpendImportPage;
import org.tgov.crawl.Ids;
import org.tgov.crawl.Routes;
import org.tgov.support.TestData;

/**
 * Every page reflows at 320 CSS pixels (WCAG 2.2 1.4.10: a 1280 px screen zoomed to 400%). The
 * browser opens every GET route Spring knows, with real ids, so that a new page joins by itself:
 * signed out, as the demo council's administrator (who may open every page of the council), as the
 * platform administrator, and as the chair of a council whose every name is one long word (who
 * also sees the decision forms). It fails on any page wider than the viewport, on any scroll region
 * the keyboard cannot reach or that its caption does not name, and on any route no one was shown.
 */
class ReflowBrowserIT extends BrowserTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    LongWordsCouncil longWords;

    @TempDir
    Path files;

    private Routes routes;
    private final List<String> failures = new ArrayList<>();
    private final Set<String> shown = new TreeSet<>();

    @Test
    void everyPageReflowsAt320CssPixels(WebDriver driver) throws IOException {
        routes = new Routes(mapping);
        Long demo = jdbc.queryForObject("select id from organisation where name = ?", Long.class, ORGANISATION);
        LongWordsCouncil.Setup council = longWords.create();
        try (ZoomedViewport viewport = ZoomedViewport.at400Percent(driver)) {
            visitEveryRoute("someone signed out", null);

            signIn(driver, "admin", SignInPage.DEMO_PASSWORD);
            visitEveryRoute("admin", new Ids(jdbc, demo, Map.of()));
            previewASpendFile(demo);
            previewAMeasureFile(demo);
            browser.open("/programmes/987654321");
            check("admin", "a page that does not exist");

            signIn(driver, "platform", SignInPage.DEMO_PASSWORD);
            visitEveryRoute("platform", null);

            signIn(driver, council.username(), TestData.PASSWORD);
            visitEveryRoute("the long words council's chair", new Ids(jdbc, council.organisationId(), Map.of()));
        }

        List<String> pages = routes.getRoutes().stream().filter(route -> !isDownload(route)).toList();
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(failures).as("pages that do not reflow at %d CSS px", ZoomedViewport.WIDTH).isEmpty();
            softly.assertThat(shown).as("GET routes shown to someone (teach this test any route it never reaches)")
                    .containsAll(pages);
        });
    }

    /** Every route this person can be given ids for (none: only the routes without variables). */
    private void visitEveryRoute(String who, Ids ids) {
        for (String route : routes.getRoutes()) {
            if (isDownload(route) || ids == null && route.contains("{")) {
                continue;
            }
            for (String path : ids == null ? List.of(route) : ids.fill(route)) {
                browser.open(path);
                check(who, route);
            }
        }
    }

    /** The spend import preview is reached by uploading a file: one with long references and a problem. */
    private void previewASpendFile(Long organisation) throws IOException {
        Long programme = jdbc.queryForObject("select min(id) from programme where organisation_id = ?", Long.class,
                organisation);
        String code = jdbc.queryForObject("select min(code) from cost_line where programme_id = ?", String.class, programme);
        Path file = Files.writeString(files.resolve("reflow-month-end-" + LongWordsCouncil.WORD + ".csv"), """
                cost line code,month,amount,reference,description
                %1$s,2022-04,1.00,INV20220401000000000000000000000000000000000001,%2$s
                NOSUCHLINE000000000000000000000000000000,2022-04,1.00,INV2,Unknown line
                """.formatted(code, LongWordsCouncil.WORD));
        SpendImportPage.open(browser, "/programmes/" + programme).upload(file);
        check("admin", routes.getPatternOf(browser.path()).orElseThrow());
    }

    /** The measure import preview is reached by uploading a file too: one with a long commentary and a problem. */
    private void previewAMeasureFile(Long organisation) throws IOException {
        Long programme = jdbc.queryForObject("select min(id) from programme where organisation_id = ?", Long.class,
                organisation);
        String measure = jdbc.queryForObject("select min(name) from measure where programme_id = ?", String.class, programme);
        Path file = Files.writeString(files.resolve("reflow-measures-" + LongWordsCouncil.WORD + ".csv"), """
                measure,period,value,commentary
                %1$s,2023-04-30,1.5,%2$s
                NOSUCHMEASURE000000000000000000000000000000,2023-04-30,1,Unknown measure
                """.formatted(measure, LongWordsCouncil.WORD));
        browser.open("/programmes/" + programme + "/measure-imports");
        browser.find(org.openqa.selenium.By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.clickAndWait(org.openqa.selenium.By.xpath("//button[normalize-space()='Check the file']"));
        check("admin", routes.getPatternOf(browser.path()).orElseThrow());
    }

    /** Checks the page the browser shows, and counts its route as shown when the route itself answered. */
    private void check(String who, String route) {
        long status = ReflowCheck.status(browser);
        for (String problem : ReflowCheck.problems(browser)) {
            failures.add(who + " on " + browser.path() + " (" + route + ", " + status + "): " + problem);
        }
        if (status == 200 && routes.getPatternOf(browser.path()).filter(route::equals).isPresent()) {
            shown.add(route);
        }
    }

    private void signIn(WebDriver driver, String username, String password) {
        ((HasCdp) driver).executeCdpCommand("Network.clearBrowserCookies", Map.of());
        signInPage().signInLandingAnywhere(username, password);
    }

    /** Files to download (CSV, Excel), not pages. */
    private static boolean isDownload(String route) {
        return route.matches(".*\\.[a-z]+$");
    }
}
