package org.tgov.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.TestData.as;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tgov.identity.AccountStatus;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.support.IntegrationTest;
import org.tgov.support.TestData.Council;
import org.tgov.support.TestData;

@IntegrationTest
class AdminCreateUserIT {

    private static final String NEW_PASSWORD = "a long enough passphrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    AdminFixtures fixtures;

    @Test
    void createsAUserWithRolesAndBodyMembershipsWhoCanThenSignIn() throws Exception {
        Council council = data.council();
        SignedInUser admin = fixtures.firstAdmin(council);
        Long board = fixtures.body(council);
        Long otherBoard = fixtures.body(council);
        String username = TestData.unique("new");

        mvc.perform(post("/admin/users").with(csrf()).with(as(admin))
                        .param("username", username).param("displayName", "Sam Taylor")
                        .param("email", "sam@example.org").param("password", NEW_PASSWORD)
                        .param("roles", "OFFICER", "FINANCE").param("_roles", "on").param("bodyIds", board.toString()).param("_bodyIds", "on"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/users/*"))
                .andExpect(flash().attribute("success", containsString("Account created for Sam Taylor")));

        Long id = fixtures.userId(council, username);
        AccountView created = fixtures.view(council, id);
        assertThat(created.displayName()).isEqualTo("Sam Taylor");
        assertThat(created.email()).isEqualTo("sam@example.org");
        assertThat(created.roles()).containsExactly(Role.OFFICER, Role.FINANCE);
        assertThat(created.status()).isEqualTo(AccountStatus.ENABLED);
        assertThat(fixtures.membersOf(council, board)).contains(id);
        assertThat(fixtures.membersOf(council, otherBoard)).doesNotContain(id);

        mvc.perform(get("/admin/users/{id}", id).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sam Taylor")))
                .andExpect(content().string(containsString("Finance")))
                .andExpect(content().string(containsString("Never signed in")));
        mvc.perform(formLogin("/sign-in").user(username).password(NEW_PASSWORD))
                .andExpect(authenticated().withUsername(username));
    }

    @Test
    void theFormOffersOrganisationRolesWithDescriptionsAndTheBodies() throws Exception {
        Council council = data.council();
        fixtures.body(council);

        mvc.perform(get("/admin/users/new").with(as(fixtures.firstAdmin(council))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enters spend and progress")))
                .andExpect(content().string(containsString("value=\"SCRUTINY_MEMBER\"")))
                .andExpect(content().string(not(containsString("value=\"PLATFORM_ADMIN\""))))
                .andExpect(content().string(containsString("name=\"bodyIds\"")));
    }

    @Test
    void saysSoWhenThereAreNoBodiesToChooseFrom() throws Exception {
        Council council = data.council();

        mvc.perform(get("/admin/users/new").with(as(fixtures.firstAdmin(council))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There are no governance bodies yet")));
    }

    @Test
    void refusesATakenUsernameKeepingWhatWasTypedAndSavingNothing() throws Exception {
        Council council = data.council();
        Long board = fixtures.body(council);
        SignedInUser existing = data.user(council, Role.OFFICER);
        long usersBefore = fixtures.userCount(council);

        mvc.perform(post("/admin/users").with(csrf()).with(as(fixtures.firstAdmin(council)))
                        .param("username", existing.getUsername().toUpperCase()).param("displayName", "Someone Else")
                        .param("password", NEW_PASSWORD).param("roles", "OFFICER").param("bodyIds", board.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "The username " + existing.getUsername() + " is already taken. Choose another.")))
                .andExpect(content().string(containsString("value=\"Someone Else\"")))
                .andExpect(content().string(not(containsString(NEW_PASSWORD))));

        assertThat(fixtures.userCount(council)).isEqualTo(usersBefore);
        assertThat(fixtures.membersOf(council, board)).isEmpty();
    }

    @Test
    void showsEveryMistakeAtOnceWithGovUkMessages() throws Exception {
        Council council = data.council();
        long usersBefore = fixtures.userCount(council);

        mvc.perform(post("/admin/users").with(csrf()).with(as(fixtures.firstAdmin(council)))
                        .param("username", " ").param("displayName", "").param("password", "")
                        .param("_roles", "on"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Enter a username")))
                .andExpect(content().string(containsString("Enter the user&#39;s full name")))
                .andExpect(content().string(containsString("Enter a password")))
                .andExpect(content().string(containsString("Select at least one role")))
                .andExpect(content().string(containsString("<title>Error: Add a user")));

        assertThat(fixtures.userCount(council)).isEqualTo(usersBefore);
    }

    @Test
    void refusesAShortPasswordAndABadEmailKeepingTheOtherAnswers() throws Exception {
        Council council = data.council();
        Long board = fixtures.body(council);
        String username = TestData.unique("short");

        mvc.perform(post("/admin/users").with(csrf()).with(as(fixtures.firstAdmin(council)))
                        .param("username", username).param("displayName", "Jo Bevan").param("email", "not-an-email")
                        .param("password", "too-short").param("roles", "CHAIR").param("bodyIds", board.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Password must be 12 characters or more")))
                .andExpect(content().string(containsString("Enter an email address in the correct format")))
                .andExpect(content().string(containsString("value=\"" + username + "\"")))
                .andExpect(content().string(containsString("value=\"not-an-email\"")))
                .andExpect(content().string(AdminFixtures.ticked("CHAIR")))
                .andExpect(content().string(not(AdminFixtures.ticked("OFFICER"))))
                .andExpect(content().string(AdminFixtures.ticked(board)));

        assertThat(fixtures.userId(council, username)).isNull();
    }

    @Test
    void refusesAUsernameWithSpaces() throws Exception {
        Council council = data.council();

        mvc.perform(post("/admin/users").with(csrf()).with(as(fixtures.firstAdmin(council)))
                        .param("username", "two words").param("displayName", "Two Words")
                        .param("password", NEW_PASSWORD).param("roles", "OFFICER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Username must be 2 to 100 characters")));
    }

    @Test
    void answersAnAlteredPageWithAPlainMessage() throws Exception {
        Council council = data.council();

        mvc.perform(post("/admin/users").with(csrf()).with(as(fixtures.firstAdmin(council)))
                        .param("username", TestData.unique("odd")).param("displayName", "Odd Values")
                        .param("password", NEW_PASSWORD).param("roles", "NO_SUCH_ROLE").param("bodyIds", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This answer could not be read")))
                .andExpect(content().string(not(containsString("Failed to convert"))));
        mvc.perform(post("/admin/users").with(csrf()).with(as(fixtures.firstAdmin(council)))
                        .param("username", TestData.unique("odd")).param("displayName", "Odd Values")
                        .param("password", NEW_PASSWORD).param("roles", "PLATFORM_ADMIN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("An organisation&#39;s users cannot be platform administrators")));
    }
}
