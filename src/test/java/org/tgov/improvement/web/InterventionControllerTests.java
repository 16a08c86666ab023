package org.tgov.improvement.web;

import static org.assertj.core.api.Assertions.assertThat;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.FormPages.errorOn;
import static org.tgov.support.FormPages.fieldHolds;
import static org.tgov.support.FormPages.page;
import static org.tgov.support.FormPages.titleStartsWith;
import static org.tgov.support.InterventionViewBuilder.aNotice;
import static org.tgov.support.InterventionViewBuilder.requirement;
import static org.tgov.support.SignedInUsers.CHAIR;
import static org.tgov.support.SignedInUsers.OFFICER;
import static org.tgov.support.SignedInUsers.SCRUTINY;
import static org.tgov.support.TestData.as;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tgov.improvement.Compliance;
import org.tgov.improvement.ComplianceUpdate;
import org.tgov.improvement.InterventionManagement;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;
import org.tgov.support.ProgrammeBuilder;
import org.tgov.support.WebSliceConfiguration;

/** The notices and directions page and the compliance form, without a database. */
@WebMvcTest(InterventionController.class)
@Import(WebSliceConfiguration.class)
class InterventionControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    InterventionManagement interventions;

    @MockitoBean
    ProgrammeManagement programmes;

    @BeforeEach
    void aNoticeWithTwoRequirements() {
        given(programmes.get(7L)).willReturn(ProgrammeBuilder.aProgramme().id(7L).years(2021, 2023).build());
        given(interventions.interventions(7L)).willReturn(List.of(aNotice()
                .requiring(51L, "Appoint an Improvement Adviser", Compliance.COMPLIANT)
                .requiring(52L, "Implement an Improvement Plan", Compliance.NOT_ASSESSED).build()));
        given(interventions.requirement(7L, 52L)).willReturn(
                requirement(52L, "b", "Implement an Improvement Plan", Compliance.NOT_ASSESSED, null, null, 3));
    }

    @Test
    void showsEveryRequirementWithItsComplianceAndOffersNoChangeToReaders() throws Exception {
        Document page = page(mvc.perform(get("/programmes/7/interventions").with(as(SCRUTINY)))
                .andExpect(status().isOk())
                .andExpect(titleStartsWith("Notices and directions – "))
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select("[data-test=requirements] tbody tr").eachText()).containsExactly(
                "(a) Appoint an Improvement Adviser Complied with Evidence for Appoint an Improvement Adviser Not set",
                "(b) Implement an Improvement Plan Not yet assessed None recorded Not set");
        assertThat(page.select("[data-test=requirements] a")).isEmpty();
    }

    @Test
    void officersRecordComplianceAndReadersMayNot() throws Exception {
        mvc.perform(get("/programmes/7/requirements/52").with(as(CHAIR))).andExpect(status().isForbidden());
        mvc.perform(compliance(post("/programmes/7/requirements/52")).with(as(SCRUTINY))).andExpect(status().isForbidden());
        then(interventions).should(never()).assess(any(), any(), anyLong(), any());

        mvc.perform(get("/programmes/7/requirements/52").with(as(OFFICER))).andExpect(status().isOk())
                .andExpect(titleStartsWith("Record compliance with requirement (b) – "));
        mvc.perform(compliance(post("/programmes/7/requirements/52")).with(as(OFFICER)))
                .andExpect(redirectedUrl("/programmes/7/interventions"));
        then(interventions).should().assess(7L, 52L, 3L,
                new ComplianceUpdate(Compliance.IN_PROGRESS, "Plan endorsed by Cabinet", LocalDate.of(2023, 3, 31)));
    }

    @Test
    void refusalsAndMistakesAreShownOnTheirFields() throws Exception {
        willThrow(new Refused(List.of(Refusal.about("evidence", "improvement.compliance.evidence.required"))))
                .given(interventions).assess(eq(7L), eq(52L), anyLong(), any());
        mvc.perform(compliance(post("/programmes/7/requirements/52")).with(as(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(errorOn("evidence", "Enter the evidence for saying whether the council complies"));

        mvc.perform(post("/programmes/7/requirements/52").with(csrf()).with(as(OFFICER)).param("compliance", "PERHAPS")
                        .param("reviewOn.day", "30").param("reviewOn.month", "2").param("reviewOn.year", "2023").param("version", "3"))
                .andExpect(status().isOk())
                .andExpect(errorOn("compliance", "This answer could not be read. Choose again from the options on this page."))
                .andExpect(errorOn("reviewOn", "Date of the next review must be a real date"));
    }

    @Test
    void aStaleEditShowsTheSavedAssessmentBesideTheUnsavedOne() throws Exception {
        willThrow(new StaleEditException("record.requirement")).given(interventions).assess(eq(7L), eq(52L), anyLong(), any());
        Document page = page(mvc.perform(compliance(post("/programmes/7/requirements/52")).with(as(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(fieldHolds("version", "3"))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select(".govuk-error-summary").text()).contains("This requirement was changed by someone else");
        assertThat(page.select("[data-test=unsaved-changes]").text()).contains("Plan endorsed by Cabinet");
    }

    private static MockHttpServletRequestBuilder compliance(MockHttpServletRequestBuilder request) {
        return request.with(csrf()).param("compliance", "IN_PROGRESS").param("evidence", "Plan endorsed by Cabinet")
                .param("reviewOn.day", "31").param("reviewOn.month", "3").param("reviewOn.year", "2023").param("version", "3");
    }
}
