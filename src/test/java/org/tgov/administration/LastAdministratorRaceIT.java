package org.tgov.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.tgov.support.TestData.as;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.support.IntegrationTest;
import org.tgov.support.TestData.Council;
import org.tgov.support.TestData;

/**
 * Two administrators of one organisation who remove each other at the same moment, each in a
 * request of their own on its own thread and database transaction: one of them must win and the
 * other be refused, never both, or the organisation is left with nobody to administer it. A race
 * does not lose every time, so each scenario is tried on several fresh organisations.
 */
@IntegrationTest
class LastAdministratorRaceIT {

    private static final int TRIALS = 10;
    private static final String REFUSAL = "only administrator";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    AdminFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void twoAdministratorsRemovingEachOthersRoleAtOnceLeaveOneAdministrator() throws Exception {
        for (int trial = 1; trial <= TRIALS; trial++) {
            Council council = data.council();
            SignedInUser first = fixtures.firstAdmin(council);
            SignedInUser second = data.user(council, Role.ADMIN);

            List<MvcResult> results = atOnce(demote(first, second, council), demote(second, first, council));

            assertOneWonAndTheOtherWasRefused(council, results, trial);
        }
    }

    @Test
    void twoAdministratorsDisablingEachOtherAtOnceLeaveOneAdministrator() throws Exception {
        for (int trial = 1; trial <= TRIALS; trial++) {
            Council council = data.council();
            SignedInUser first = fixtures.firstAdmin(council);
            SignedInUser second = data.user(council, Role.ADMIN);

            List<MvcResult> results = atOnce(disable(first, second), disable(second, first));

            assertOneWonAndTheOtherWasRefused(council, results, trial);
        }
    }

    @Test
    void oneAdministratorDemotingTheOtherWhileBeingDisabledLeavesOneAdministrator() throws Exception {
        for (int trial = 1; trial <= TRIALS; trial++) {
            Council council = data.council();
            SignedInUser first = fixtures.firstAdmin(council);
            SignedInUser second = data.user(council, Role.ADMIN);

            List<MvcResult> results = atOnce(demote(first, second, council), disable(second, first));

            assertOneWonAndTheOtherWasRefused(council, results, trial);
        }
    }

    private MockHttpServletRequestBuilder demote(SignedInUser by, SignedInUser whom, Council council) {
        return post("/admin/users/{id}", whom.getId()).with(csrf()).with(as(by))
                .param("displayName", whom.getDisplayName()).param("roles", Role.OFFICER.name())
                .param("version", Long.toString(fixtures.view(council, whom.getId()).version()));
    }

    private static MockHttpServletRequestBuilder disable(SignedInUser by, SignedInUser whom) {
        return post("/admin/users/{id}/disable", whom.getId()).with(csrf()).with(as(by));
    }

    /** Both requests start together: each thread waits at the barrier until the other is ready too. */
    private List<MvcResult> atOnce(MockHttpServletRequestBuilder one, MockHttpServletRequestBuilder other)
            throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<MvcResult>> running = new ArrayList<>();
        for (MockHttpServletRequestBuilder request : List.of(one, other)) {
            running.add(threads.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return mvc.perform(request).andReturn();
            }));
        }
        List<MvcResult> results = new ArrayList<>();
        for (Future<MvcResult> result : running) {
            results.add(result.get(60, TimeUnit.SECONDS));
        }
        return results;
    }

    private void assertOneWonAndTheOtherWasRefused(Council council, List<MvcResult> results, int trial)
            throws Exception {
        assertThat(enabledAdministrators(council)).as("enabled administrators after trial %d", trial).isEqualTo(1);
        int won = 0;
        int refused = 0;
        for (MvcResult result : results) {
            MockHttpServletResponse response = result.getResponse();
            assertThat(response.getStatus()).as("status in trial %d", trial).isIn(200, 302);
            Object problem = result.getFlashMap().get("problem");
            boolean refusedOnTheForm = response.getStatus() == 200 && response.getContentAsString().contains(REFUSAL);
            boolean refusedOnThePage = problem != null && problem.toString().contains(REFUSAL);
            if (refusedOnTheForm || refusedOnThePage) {
                refused++;
            } else if (response.getStatus() == 302 && result.getFlashMap().get("success") != null) {
                won++;
            }
        }
        assertThat(won).as("requests that succeeded in trial %d", trial).isEqualTo(1);
        assertThat(refused).as("requests refused by the last administrator rule in trial %d", trial).isEqualTo(1);
    }

    private int enabledAdministrators(Council council) {
        return jdbc.queryForObject("""
                select count(*) from app_user u join app_user_role r on r.user_id = u.id
                where u.organisation_id = ? and r.role = 'ADMIN' and u.enabled""", Integer.class, council.id());
    }
}
