package org.tgov.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.tgov.support.OddAnswer.EMPTY;
import static org.tgov.support.OddAnswer.RIGHT_TO_LEFT_MARK;
import static org.tgov.support.OddAnswer.SCRIPT_TAG;
import static org.tgov.support.OddAnswer.SPACES_AROUND;
import static org.tgov.support.TestData.as;
import static org.tgov.support.TestData.unique;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tgov.support.IntegrationTest;
import org.tgov.support.OddAnswer;
import org.tgov.support.TestData;

/**
 * Every field of the platform administrator's organisation form, given each odd answer with valid
 * answers elsewhere: an error on that field and nothing saved, or the organisation saved cleanly
 * together with its administrator, never one without the other.
 */
@IntegrationTest
class PlatformOrganisationFieldsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    static Stream<Arguments> fields() {
        Map<String, Set<OddAnswer>> accepted = Map.of(
                "organisationName", Set.of(SCRIPT_TAG, RIGHT_TO_LEFT_MARK, SPACES_AROUND),
                "fullName", Set.of(SCRIPT_TAG, RIGHT_TO_LEFT_MARK, SPACES_AROUND),
                "username", Set.of(SPACES_AROUND),
                "email", Set.of(EMPTY, RIGHT_TO_LEFT_MARK, SPACES_AROUND),
                "password", Set.of(SCRIPT_TAG, RIGHT_TO_LEFT_MARK, SPACES_AROUND));
        return accepted.entrySet().stream().sorted(Map.Entry.comparingByKey()).flatMap(field -> Arrays
                .stream(OddAnswer.values()).map(odd -> Arguments.of(field.getKey(), odd, field.getValue().contains(odd))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("fields")
    void addingAnOrganisation(String field, OddAnswer odd, boolean accepted) throws Exception {
        String name = unique("Council");
        String username = unique("first");
        Map<String, String> answers = new LinkedHashMap<>(Map.of("organisationName", name, "fullName", "Ada Morgan",
                "username", username, "email", "ada@example.org", "password", TestData.PASSWORD));
        answers.put(field, odd.from(answers.get(field)));
        MockHttpServletRequestBuilder request = post("/platform/organisations").with(csrf())
                .with(as(data.platformAdministrator()));
        answers.forEach(request::param);

        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        if (!accepted) {
            assertThat(response.getStatus()).as("the form is shown again").isEqualTo(200);
            assertThat(response.getContentAsString()).as("an error on the field")
                    .contains("<title>Error: ", "id=\"" + field + "-error\"", "href=\"#" + field + "\"");
            assertThat(count("select count(*) from organisation where name like ?", "%" + name + "%")).isZero();
            assertThat(count("select count(*) from app_user where username like ?", "%" + username + "%")).isZero();
            return;
        }
        assertThat(response.getStatus()).as("saved and redirected").isEqualTo(302);
        String savedName = field.equals("organisationName") ? odd.saved(name) : name;
        String savedFullName = field.equals("fullName") ? odd.saved("Ada Morgan") : "Ada Morgan";
        assertThat(count("""
                select count(*) from organisation o join app_user u on u.organisation_id = o.id
                join app_user_role r on r.user_id = u.id and r.role = 'ADMIN'
                where o.name = ? and u.username = ? and u.display_name = ?""", savedName, username, savedFullName))
                .as("the organisation with its administrator").isEqualTo(1);
    }

    @Test
    void thePasswordHintSaysWhatIsAcceptedAndAnEasyPasswordIsRefused() throws Exception {
        mvc.perform(get("/platform/organisations/new").with(as(data.platformAdministrator())))
                .andExpect(content().string(containsString("Use 12 to 128 characters")))
                .andExpect(content().string(containsString("Do not use a common password")));

        String username = unique("first");
        MockHttpServletResponse response = mvc.perform(post("/platform/organisations").with(csrf())
                        .with(as(data.platformAdministrator())).param("organisationName", unique("Council"))
                        .param("fullName", "Ada Morgan").param("username", username).param("password", "1234567890123"))
                .andReturn().getResponse();

        assertThat(response.getContentAsString()).contains("id=\"password-error\"",
                "Password must not be a sequence of letters, numbers or keys");
        assertThat(count("select count(*) from app_user where username = ?", username)).isZero();
    }

    private int count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Integer.class, arguments);
    }
}
