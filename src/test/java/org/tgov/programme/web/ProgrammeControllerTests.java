package org.tgov.programme.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.TestData.as;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.identity.internal.WebSecurityForSlices;
import org.tgov.programme.Programme;
import org.tgov.programme.ProgrammeDetails;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;
import org.tgov.shared.web.Formats;
import org.tgov.support.TestData;

/** The programme pages without a database: views, errors and who may do what. */
@WebMvcTest(ProgrammeController.class)
@Import({ WebSecurityForSlices.class, Formats.class })
class ProgrammeControllerTests {

    static final SignedInUser OFFICER = user("officer", Role.OFFICER);
    static final SignedInUser SCRUTINY = user("councillor", Role.SCRUTINY_MEMBER);
    static final SignedInUser PLATFORM = new SignedInUser(3L, null, null, "platform", "Pat Platform",
            Set.of(Role.PLATFORM_ADMIN), true, null);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ProgrammeManagement programmes;

    @Test
    void listsNothingYetWithAnInvitationToAdd() throws Exception {
        given(programmes.list(any())).willReturn(Page.empty());

        mvc.perform(get("/programmes").with(as(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There are no programmes yet"),
                        containsString("href=\"/programmes/new\""))));
    }

    @Test
    void readersMayNotAddOrChangeProgrammes() throws Exception {
        mvc.perform(get("/programmes/new").with(as(SCRUTINY))).andExpect(status().isForbidden());
        mvc.perform(form(post("/programmes"), "Programme", "1").with(as(SCRUTINY))).andExpect(status().isForbidden());

        then(programmes).should(never()).create(any());
    }

    @Test
    void thePlatformAdministratorMayNotSeeProgrammes() throws Exception {
        mvc.perform(get("/programmes").with(as(PLATFORM))).andExpect(status().isForbidden());

        then(programmes).shouldHaveNoInteractions();
    }

    @Test
    void aFormWithMistakesIsShownAgainWithoutSaving() throws Exception {
        mvc.perform(form(post("/programmes"), "", "32").with(as(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<title>Error: Add a programme"),
                        containsString("Enter the programme&#39;s name"), containsString("Start date must be a real date"),
                        containsString("name=\"start.day\" value=\"32\""))));

        then(programmes).should(never()).create(any());
    }

    @Test
    void aRefusalFromTheDomainIsShownNextToItsField() throws Exception {
        given(programmes.create(any())).willThrow(new Refused(Refusal.about("name", "programme.name.taken", "Alpha")));

        mvc.perform(form(post("/programmes"), "Alpha", "1").with(as(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("A programme called Alpha already exists"),
                        containsString("href=\"#name\""), containsString("id=\"name-error\""))));
    }

    @Test
    void aSavedProgrammeIsShownWithASuccessMessage() throws Exception {
        given(programmes.create(any())).willReturn(42L);

        mvc.perform(form(post("/programmes"), "Alpha", "1").with(as(OFFICER)))
                .andExpect(redirectedUrl("/programmes/42"));
    }

    @Test
    void aStaleEditShowsTheSavedDetailsAndTheEditorsUnsavedOnes() throws Exception {
        Programme saved = new Programme(TestData.programmeDetails("Saved by someone else"));
        given(programmes.get(7L)).willReturn(saved);
        willThrow(new StaleEditException("This programme")).given(programmes)
                .update(eq(7L), anyLong(), any(ProgrammeDetails.class));

        mvc.perform(form(post("/programmes/7"), "My unsaved name", "1").with(as(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("This programme was changed by someone else while you were editing it."),
                        containsString("value=\"Saved by someone else\""), containsString("Your changes, not saved"),
                        containsString("My unsaved name"))));
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/programmes").with(as(OFFICER)).param("name", "Alpha")).andExpect(status().isForbidden());

        then(programmes).should(never()).create(any());
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String name,
            String startDay) {
        return request.with(csrf())
                .param("name", name).param("sro", "Corporate Director")
                .param("start.day", startDay).param("start.month", "4").param("start.year", "2021")
                .param("end.day", "31").param("end.month", "3").param("end.year", "2024")
                .param("aims", "Improve outcomes").param("status", "ACTIVE").param("version", "0");
    }

    private static SignedInUser user(String username, Role role) {
        return new SignedInUser(1L, 10L, "Test Council", username, "Test " + username, Set.of(role), true, null);
    }
}
