package org.tgov.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.TestData.as;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.support.IntegrationTest;
import org.tgov.support.TestData.Council;
import org.tgov.support.TestData;

@IntegrationTest
class AdminUsersIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    AdminFixtures fixtures;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void listsTheOrganisationsUsersWithRolesAndStatusButNoOneElses() throws Exception {
        Council council = data.council();
        Council other = data.council();
        SignedInUser officer = data.user(council, Role.OFFICER, Role.FINANCE);
        SignedInUser stranger = data.user(other, Role.OFFICER);

        mvc.perform(get("/admin/users").with(as(fixtures.firstAdmin(council))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(officer.getUsername())))
                .andExpect(content().string(containsString("Officer, Finance")))
                .andExpect(content().string(containsString("Enabled")))
                .andExpect(content().string(containsString(council.adminUsername())))
                .andExpect(content().string(containsString("2 users")))
                .andExpect(content().string(containsString("Add a user")))
                .andExpect(content().string(containsString("aria-current=\"true\"")))
                .andExpect(content().string(not(containsString(stranger.getUsername()))));
    }

    @Test
    void pagesTwentyUsersAtATime() throws Exception {
        Council council = data.council();
        for (int i = 0; i < 21; i++) {
            data.user(council, Role.OFFICER);
        }
        SignedInUser admin = fixtures.firstAdmin(council);

        mvc.perform(get("/admin/users").with(as(admin)))
                .andExpect(content().string(containsString("22 users")))
                .andExpect(content().string(containsString("govuk-pagination")));
        mvc.perform(get("/admin/users").param("page", "1").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("rel=\"prev\"")));
        mvc.perform(get("/admin/users").param("page", "9").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There are no users on this page")));
    }

    @Test
    void theListTakesTheSameNumberOfQueriesForManyUsersAsForOne() throws Exception {
        Council small = data.council();
        Council large = data.council();
        for (int i = 0; i < 25; i++) {
            data.user(large, Role.OFFICER, Role.BOARD_MEMBER);
        }

        long forOne = queriesFor(fixtures.firstAdmin(small));
        long forTwentySix = queriesFor(fixtures.firstAdmin(large));

        // one page of rows, one of their roles; a full page also needs the count query
        assertThat(forOne).isBetween(1L, 3L);
        assertThat(forTwentySix).isLessThanOrEqualTo(forOne + 1);
    }

    @Test
    void anOfficerIsForbiddenFromEveryAdministrationPage() throws Exception {
        Council council = data.council();
        SignedInUser officer = data.user(council, Role.OFFICER);
        Long adminId = fixtures.firstAdmin(council).getId();

        mvc.perform(get("/admin/users").with(as(officer))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/new").with(as(officer))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/{id}", adminId).with(as(officer))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/{id}/disable", adminId).with(csrf()).with(as(officer)))
                .andExpect(status().isForbidden());
        assertThat(fixtures.view(council, adminId).status().name()).isEqualTo("ENABLED");
    }

    @Test
    void anotherOrganisationsUserIsNotFound() throws Exception {
        Council council = data.council();
        Council other = data.council();
        SignedInUser admin = fixtures.firstAdmin(council);
        Long stranger = data.user(other, Role.OFFICER).getId();

        mvc.perform(get("/admin/users/{id}", stranger).with(as(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/users/{id}/edit", stranger).with(as(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/users/{id}/password", stranger).with(as(admin))).andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/{id}", stranger).with(csrf()).with(as(admin))
                .param("displayName", "Taken Over").param("roles", "ADMIN").param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/{id}/disable", stranger).with(csrf()).with(as(admin)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/{id}/password", stranger).with(csrf()).with(as(admin))
                .param("password", "a long enough passphrase"))
                .andExpect(status().isNotFound());

        AccountView untouched = fixtures.view(other, stranger);
        assertThat(untouched.displayName()).isNotEqualTo("Taken Over");
        assertThat(untouched.status().name()).isEqualTo("ENABLED");
    }

    /** Prepared statements while rendering the list; statistics are switched on for this measurement only. */
    private long queriesFor(SignedInUser admin) throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            mvc.perform(get("/admin/users").with(as(admin))).andExpect(status().isOk());
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
