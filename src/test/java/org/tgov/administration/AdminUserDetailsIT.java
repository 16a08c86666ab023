package org.tgov.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.TestData.as;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.identity.Tenancy;
import org.tgov.support.IntegrationTest;
import org.tgov.support.TestData.Council;
import org.tgov.support.TestData;

@IntegrationTest
class AdminUserDetailsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    AdminFixtures fixtures;

    @Autowired
    AccountAdministration accounts;

    @Test
    void changesNameEmailRolesAndBodiesTogether() throws Exception {
        Council council = data.council();
        SignedInUser admin = fixtures.firstAdmin(council);
        SignedInUser officer = data.user(council, Role.OFFICER);
        Long leaving = fixtures.body(council);
        Long joining = fixtures.body(council);
        Tenancy.runAs(council.id(), () -> accounts.update(officer.getId(), 0,
                new AccountDetails(officer.getDisplayName(), null, Set.of(Role.OFFICER), Set.of(leaving))));
        long version = fixtures.view(council, officer.getId()).version();

        mvc.perform(get("/admin/users/{id}/edit", officer.getId()).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(AdminFixtures.ticked(leaving)));
        mvc.perform(post("/admin/users/{id}", officer.getId()).with(csrf()).with(as(admin))
                        .param("displayName", "Sam Taylor-Jones").param("email", "sam@example.org")
                        .param("roles", "OFFICER", "CHAIR").param("_roles", "on").param("bodyIds", joining.toString()).param("_bodyIds", "on")
                        .param("version", Long.toString(version)))
                .andExpect(redirectedUrl("/admin/users/" + officer.getId()))
                .andExpect(flash().attribute("success", "Details updated for Sam Taylor-Jones"));

        AccountView changed = fixtures.view(council, officer.getId());
        assertThat(changed.displayName()).isEqualTo("Sam Taylor-Jones");
        assertThat(changed.email()).isEqualTo("sam@example.org");
        assertThat(changed.roles()).containsExactly(Role.OFFICER, Role.CHAIR);
        assertThat(fixtures.membersOf(council, joining)).contains(officer.getId());
        assertThat(fixtures.membersOf(council, leaving)).doesNotContain(officer.getId());
    }

    @Test
    void refusesAStaleEditSavingNothingAndShowingBothVersions() throws Exception {
        Council council = data.council();
        SignedInUser admin = fixtures.firstAdmin(council);
        SignedInUser officer = data.user(council, Role.OFFICER);
        Long board = fixtures.body(council);
        long openedAt = fixtures.view(council, officer.getId()).version();
        // someone else saves a new name after our administrator opened the form
        Tenancy.runAs(council.id(), () -> accounts.update(officer.getId(), openedAt,
                new AccountDetails("Name Saved Meanwhile", null, Set.of(Role.OFFICER), Set.of())));

        mvc.perform(post("/admin/users/{id}", officer.getId()).with(csrf()).with(as(admin))
                        .param("displayName", "Our Late Change").param("roles", "FINANCE")
                        .param("bodyIds", board.toString()).param("version", Long.toString(openedAt)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "This user was changed by someone else while you were editing it. Your changes have not been saved.")))
                .andExpect(content().string(containsString("Your changes, not saved")))
                .andExpect(content().string(containsString("Our Late Change")))
                .andExpect(content().string(containsString("value=\"Name Saved Meanwhile\"")));

        AccountView saved = fixtures.view(council, officer.getId());
        assertThat(saved.displayName()).isEqualTo("Name Saved Meanwhile");
        assertThat(saved.roles()).containsExactly(Role.OFFICER);
        assertThat(fixtures.membersOf(council, board)).doesNotContain(officer.getId());
    }

    @Test
    void theOnlyAdministratorCannotLoseTheAdministratorRole() throws Exception {
        Council council = data.council();
        SignedInUser admin = fixtures.firstAdmin(council);
        Long board = fixtures.body(council);
        long version = fixtures.view(council, admin.getId()).version();

        mvc.perform(post("/admin/users/{id}", admin.getId()).with(csrf()).with(as(admin))
                        .param("displayName", "Renamed Admin").param("roles", "OFFICER")
                        .param("bodyIds", board.toString()).param("version", Long.toString(version)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You cannot remove the administrator role from")))
                .andExpect(content().string(containsString("Make someone else an administrator first.")))
                .andExpect(content().string(containsString("href=\"#roles\"")))
                .andExpect(content().string(containsString("value=\"Renamed Admin\"")));

        AccountView unchanged = fixtures.view(council, admin.getId());
        assertThat(unchanged.roles()).containsExactly(Role.ADMIN);
        assertThat(unchanged.displayName()).isNotEqualTo("Renamed Admin");
        assertThat(fixtures.membersOf(council, board)).doesNotContain(admin.getId());
    }

    @Test
    void showsValidationErrorsOnTheChangeForm() throws Exception {
        Council council = data.council();
        SignedInUser officer = data.user(council, Role.OFFICER);

        mvc.perform(post("/admin/users/{id}", officer.getId()).with(csrf()).with(as(fixtures.firstAdmin(council)))
                        .param("displayName", "").param("_roles", "on").param("email", "sam@")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the user&#39;s full name")))
                .andExpect(content().string(containsString("Select at least one role")))
                .andExpect(content().string(containsString("value=\"sam@\"")));

        assertThat(fixtures.view(council, officer.getId()).roles()).containsExactly(Role.OFFICER);
    }
}
