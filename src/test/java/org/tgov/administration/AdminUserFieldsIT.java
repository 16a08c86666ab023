package org.tgov.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.tgov.support.OddAnswer.EMPTY;
import static org.tgov.support.OddAnswer.RIGHT_TO_LEFT_MARK;
import static org.tgov.support.OddAnswer.SCRIPT_TAG;
import static org.tgov.support.OddAnswer.SPACES_AROUND;
import static org.tgov.support.TestData.as;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.support.IntegrationTest;
import org.tgov.support.OddAnswer;
import org.tgov.support.TestData.Council;
import org.tgov.support.TestData;

/**
 * Every field of the administrator's user forms, given each odd answer with valid answers elsewhere:
 * the form shows an error on that field and saves nothing, or saves cleanly what was meant.
 */
@IntegrationTest
class AdminUserFieldsIT {

    private static final String NAME = "Sam Taylor";
    private static final String EMAIL = "sam@example.org";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    AdminFixtures fixtures;

    /** Which odd answers each field accepts; it refuses the others. */
    static Stream<Arguments> newUserFields() {
        return cases(Map.of(
                "username", Set.of(SPACES_AROUND),
                "displayName", Set.of(SCRIPT_TAG, RIGHT_TO_LEFT_MARK, SPACES_AROUND),
                "email", Set.of(EMPTY, RIGHT_TO_LEFT_MARK, SPACES_AROUND),
                "password", Set.of(SCRIPT_TAG, RIGHT_TO_LEFT_MARK, SPACES_AROUND)));
    }

    static Stream<Arguments> detailsFields() {
        return cases(Map.of(
                "displayName", Set.of(SCRIPT_TAG, RIGHT_TO_LEFT_MARK, SPACES_AROUND),
                "email", Set.of(EMPTY, RIGHT_TO_LEFT_MARK, SPACES_AROUND)));
    }

    static Stream<Arguments> passwordField() {
        return cases(Map.of("password", Set.of(SCRIPT_TAG, RIGHT_TO_LEFT_MARK, SPACES_AROUND)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("newUserFields")
    void addingAUser(String field, OddAnswer odd, boolean accepted) throws Exception {
        Council council = data.council();
        long usersBefore = fixtures.userCount(council);
        String username = TestData.unique("odd");
        Map<String, String> valid = Map.of("username", username, "displayName", NAME, "email", EMAIL,
                "password", TestData.PASSWORD);

        MockHttpServletResponse response = mvc.perform(form(post("/admin/users"), valid, field, odd)
                        .param("roles", "OFFICER").with(as(fixtures.firstAdmin(council))))
                .andReturn().getResponse();

        if (!accepted) {
            assertRefusedOn(field, response);
            assertThat(fixtures.userCount(council)).as("users after a refusal").isEqualTo(usersBefore);
            return;
        }
        assertThat(response.getStatus()).as("saved and redirected").isEqualTo(302);
        Long id = fixtures.userId(council, username);
        AccountView saved = fixtures.view(council, id);
        assertThat(saved.displayName()).isEqualTo(field.equals("displayName") ? odd.saved(NAME) : NAME);
        assertThat(saved.email()).isEqualTo(!field.equals("email") ? EMAIL : odd == EMPTY ? null : odd.saved(EMAIL));
        String password = field.equals("password") ? odd.from(TestData.PASSWORD) : TestData.PASSWORD;
        mvc.perform(formLogin("/sign-in").user(username).password(password))
                .andExpect(authenticated().withUsername(username));
        assertShownSafely(council, id);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("detailsFields")
    void changingAUsersDetails(String field, OddAnswer odd, boolean accepted) throws Exception {
        Council council = data.council();
        SignedInUser officer = data.user(council, Role.OFFICER);
        AccountView before = fixtures.view(council, officer.getId());
        Map<String, String> valid = Map.of("displayName", NAME, "email", EMAIL);

        MockHttpServletResponse response = mvc.perform(form(post("/admin/users/{id}", officer.getId()), valid, field, odd)
                        .param("roles", "OFFICER").param("version", Long.toString(before.version()))
                        .with(as(fixtures.firstAdmin(council))))
                .andReturn().getResponse();

        AccountView after = fixtures.view(council, officer.getId());
        if (!accepted) {
            assertRefusedOn(field, response);
            assertThat(after.displayName()).isEqualTo(before.displayName());
            assertThat(after.email()).isEqualTo(before.email());
            assertThat(after.version()).isEqualTo(before.version());
            return;
        }
        assertThat(response.getStatus()).as("saved and redirected").isEqualTo(302);
        assertThat(after.displayName()).isEqualTo(field.equals("displayName") ? odd.saved(NAME) : NAME);
        assertThat(after.email()).isEqualTo(!field.equals("email") ? EMAIL : odd == EMPTY ? null : odd.saved(EMAIL));
        assertShownSafely(council, officer.getId());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("passwordField")
    void resettingAPassword(String field, OddAnswer odd, boolean accepted) throws Exception {
        Council council = data.council();
        SignedInUser officer = data.user(council, Role.OFFICER);
        String password = "tractor staple lighthouse";

        MockHttpServletResponse response = mvc.perform(form(post("/admin/users/{id}/password", officer.getId()),
                        Map.of("password", password), field, odd).with(as(fixtures.firstAdmin(council))))
                .andReturn().getResponse();

        String works = accepted ? odd.from(password) : TestData.PASSWORD;
        if (!accepted) {
            assertRefusedOn(field, response);
        } else {
            assertThat(response.getStatus()).as("saved and redirected").isEqualTo(302);
        }
        mvc.perform(formLogin("/sign-in").user(officer.getUsername()).password(works))
                .andExpect(authenticated());
    }

    private static Stream<Arguments> cases(Map<String, Set<OddAnswer>> accepted) {
        return accepted.entrySet().stream().sorted(Map.Entry.comparingByKey()).flatMap(field -> Arrays
                .stream(OddAnswer.values()).map(odd -> Arguments.of(field.getKey(), odd, field.getValue().contains(odd))));
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, String> valid,
            String field, OddAnswer odd) {
        Map<String, String> answers = new LinkedHashMap<>(valid);
        answers.put(field, odd.from(valid.get(field)));
        answers.forEach(request::param);
        return request.with(csrf());
    }

    static void assertRefusedOn(String field, MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as("the form is shown again").isEqualTo(200);
        assertThat(response.getContentAsString()).as("an error on the field")
                .contains("<title>Error: ", "id=\"" + field + "-error\"", "href=\"#" + field + "\"");
    }

    /** A name with a script tag is shown as text, never run. */
    private void assertShownSafely(Council council, Long id) throws Exception {
        String page = mvc.perform(get("/admin/users/{id}", id).with(as(fixtures.firstAdmin(council))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain(OddAnswer.SCRIPT);
    }
}
