package org.tgov.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.TestData.as;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.support.IntegrationTest;
import org.tgov.support.TestData.Council;
import org.tgov.support.TestData;

@IntegrationTest
class ProgrammeStaleEditIT {

    static final String STALE = "This programme was changed by someone else while you were editing it.";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    SignedInUser first;
    SignedInUser second;
    Long programme;
    String originalName;

    @BeforeEach
    void twoEditorsAndAProgramme() {
        Council council = data.council();
        first = data.user(council, Role.OFFICER);
        second = data.user(council, Role.ADMIN);
        programme = data.programme(council);
        originalName = saved().get("name").toString();
    }

    @Test
    void theSecondEditorToSaveIsToldAndDoesNotOverwriteTheFirst() throws Exception {
        for (SignedInUser editor : new SignedInUser[] { first, second }) {
            mvc.perform(get("/programmes/{id}/edit", programme).with(as(editor)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("value=\"" + originalName + "\""),
                            containsString("name=\"version\" value=\"0\""))));
        }

        mvc.perform(edit(first, "Renamed by the first editor", "1", "4", "2021", 0))
                .andExpect(redirectedUrl("/programmes/" + programme))
                .andExpect(flash().attribute("success", "Programme updated"));

        mvc.perform(edit(second, "Renamed by the second editor", "1", "5", "2021", 0))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<title>Error: Change programme details"),
                        containsString("There is a problem"), containsString(STALE),
                        containsString("value=\"Renamed by the first editor\""),
                        containsString("name=\"version\" value=\"1\""),
                        containsString("Your changes, not saved"), containsString("Renamed by the second editor"))));

        Map<String, Object> saved = saved();
        assertThat(saved.get("name")).isEqualTo("Renamed by the first editor");
        assertThat(saved.get("start_date").toString()).isEqualTo("2021-04-01");
        assertThat(saved.get("version")).isEqualTo(1L);
    }

    @Test
    void theSecondEditorCanSaveAgainFromTheRefreshedForm() throws Exception {
        mvc.perform(edit(first, "Renamed by the first editor", "1", "4", "2021", 0))
                .andExpect(status().is3xxRedirection());
        mvc.perform(edit(second, "Renamed by the second editor", "1", "4", "2021", 0)).andExpect(status().isOk());

        mvc.perform(edit(second, "Renamed by the second editor", "1", "4", "2021", 1))
                .andExpect(redirectedUrl("/programmes/" + programme));

        assertThat(saved().get("name")).isEqualTo("Renamed by the second editor");
    }

    @Test
    void anEndDateBeforeTheStartDateIsRefused() throws Exception {
        mvc.perform(edit(first, "New name", new String[] { "1", "4", "2021" }, new String[] { "31", "3", "2021" }, 0))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("End date must be the same as or after the start date"),
                        containsString("href=\"#end\""), containsString("value=\"New name\""))));

        assertThat(saved().get("name")).isEqualTo(originalName);
    }

    @Test
    void aBlankNameIsRefused() throws Exception {
        mvc.perform(edit(first, " ", "1", "4", "2021", 0))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Enter the programme&#39;s name"),
                        containsString("href=\"#name\""))));

        assertThat(saved().get("name")).isEqualTo(originalName);
        assertThat(saved().get("version")).isEqualTo(0L);
    }

    @Test
    void aDateThatDoesNotExistIsRefusedAsTyped() throws Exception {
        mvc.perform(edit(first, "New name", "31", "2", "2022", 0))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Start date must be a real date"),
                        containsString("href=\"#start\""), containsString("name=\"start.day\" value=\"31\""))));

        assertThat(saved().get("name")).isEqualTo(originalName);
    }

    @Test
    void everyMistakeIsShownAtOnce() throws Exception {
        mvc.perform(edit(first, "", "31", "2", "2022", 0))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Enter the programme&#39;s name"),
                        containsString("Start date must be a real date"))));

        assertThat(saved().get("version")).isEqualTo(0L);
    }

    @Test
    void theErrorSummaryListsTheMistakesInTheOrderOfTheFields() throws Exception {
        String page = mvc.perform(post("/programmes/{id}", programme).with(as(first)).with(csrf())
                        .param("name", "").param("sro", "")
                        .param("start.day", "31").param("start.month", "2").param("start.year", "2022")
                        .param("end.day", "").param("end.month", "").param("end.year", "")
                        .param("aims", "").param("status", "").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(org.jsoup.Jsoup.parse(page).select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#name", "#sro", "#start", "#end", "#aims", "#status");
    }

    /** An edit of every field, ending on 31 March 2024. */
    private MockHttpServletRequestBuilder edit(SignedInUser editor, String name, String startDay, String startMonth,
            String startYear, long version) {
        return edit(editor, name, new String[] { startDay, startMonth, startYear }, new String[] { "31", "3", "2024" },
                version);
    }

    private MockHttpServletRequestBuilder edit(SignedInUser editor, String name, String[] start, String[] end,
            long version) {
        return post("/programmes/{id}", programme).with(as(editor)).with(csrf())
                .param("name", name)
                .param("sro", "Corporate Director")
                .param("start.day", start[0]).param("start.month", start[1]).param("start.year", start[2])
                .param("end.day", end[0]).param("end.month", end[1]).param("end.year", end[2])
                .param("aims", "Improve outcomes")
                .param("status", ProgrammeStatus.ACTIVE.name())
                .param("version", Long.toString(version));
    }

    private Map<String, Object> saved() {
        return jdbc.queryForMap("select name, start_date, version from programme where id = ?", programme);
    }
}
