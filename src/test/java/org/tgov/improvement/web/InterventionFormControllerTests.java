package org.tgov.improvement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.FormPages.errorOn;
import static org.tgov.support.FormPages.fieldHolds;
import static org.tgov.support.FormPages.page;
import static org.tgov.support.FormPages.titleStartsWith;
import static org.tgov.support.InterventionViewBuilder.aNotice;
import static org.tgov.support.InterventionViewBuilder.requirement;
import static org.tgov.support.SignedInUsers.CHAIR;
import static org.tgov.support.SignedInUsers.FINANCE;
import static org.tgov.support.SignedInUsers.OFFICER;
import static org.tgov.support.SignedInUsers.SCRUTINY;
import static org.tgov.support.TestData.as;

import java.nio.charset.StandardCharsets;
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
import org.tgov.improvement.InterventionDetails;
import org.tgov.improvement.InterventionKind;
import org.tgov.improvement.InterventionManagement;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;
import org.tgov.support.ProgrammeBuilder;
import org.tgov.support.WebSliceConfiguration;

/** Adding and changing notices and directions and their requirements, and their downloads, without a database. */
@WebMvcTest({InterventionController.class, InterventionFormController.class, RequirementFormController.class})
@Import(WebSliceConfiguration.class)
class InterventionFormControllerTests {

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
                .requiring(52L, "=Implement an Improvement Plan, with \"care\"", Compliance.NOT_ASSESSED).build()));
        given(interventions.intervention(7L, 5L)).willReturn(aNotice().requiring(51L, "Appoint an Improvement Adviser", Compliance.COMPLIANT).build());
        given(interventions.requirement(7L, 52L)).willReturn(
                requirement(52L, "b", "Implement an Improvement Plan", Compliance.NOT_ASSESSED, null, null, 3));
    }

    @Test
    void offersTheFormsOnlyToThoseWhoManageTheImprovementRecord() throws Exception {
        Document officers = page(mvc.perform(get("/programmes/7/interventions").with(as(OFFICER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(officers.select("a[href=/programmes/7/interventions/new]").text()).isEqualTo("Add an intervention");
        assertThat(officers.select("[data-test=intervention-links] a").eachAttr("href"))
                .containsExactly("/programmes/7/interventions/5/edit", "/programmes/7/interventions/5/requirements/new");
        assertThat(officers.select("a[href=/programmes/7/requirements/52/edit]").text()).startsWith("Change");

        Document finance = page(mvc.perform(get("/programmes/7/interventions").with(as(FINANCE))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(finance.select("a[href*=/new], a[href$=/edit]")).isEmpty();
        assertThat(finance.select("[data-test=downloads] a").eachText()).containsExactly("CSV", "Excel workbook");

        for (String path : List.of("/programmes/7/interventions/new", "/programmes/7/interventions/5/edit",
                "/programmes/7/interventions/5/requirements/new", "/programmes/7/requirements/52/edit")) {
            mvc.perform(get(path).with(as(CHAIR))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(as(FINANCE))).andExpect(status().isForbidden());
        }
        mvc.perform(intervention(post("/programmes/7/interventions")).with(as(SCRUTINY))).andExpect(status().isForbidden());
        mvc.perform(intervention(post("/programmes/7/interventions/5")).with(as(FINANCE))).andExpect(status().isForbidden());
        mvc.perform(post("/programmes/7/interventions/5/requirements").with(csrf()).with(as(CHAIR))
                .param("label", "c").param("requirement", "Report")).andExpect(status().isForbidden());
        mvc.perform(post("/programmes/7/requirements/52/edit").with(csrf()).with(as(SCRUTINY))
                .param("requirement", "Report").param("version", "3")).andExpect(status().isForbidden());
        then(interventions).should(never()).issue(any(), any(), any());
        then(interventions).should(never()).change(any(), any(), anyLong(), any());
        then(interventions).should(never()).require(any(), any(), any(), any());
        then(interventions).should(never()).reword(any(), any(), anyLong(), any());
    }

    @Test
    void addsAnInterventionAndSaysSo() throws Exception {
        mvc.perform(get("/programmes/7/interventions/new").with(as(OFFICER))).andExpect(status().isOk())
                .andExpect(titleStartsWith("Add an intervention – "));
        mvc.perform(intervention(post("/programmes/7/interventions")).with(as(OFFICER)))
                .andExpect(redirectedUrl("/programmes/7/interventions"))
                .andExpect(flash().attribute("success", "Statutory direction, 21 September 2022 added"));
        then(interventions).should().issue(7L, new InterventionDetails(InterventionKind.STATUTORY_DIRECTION,
                "Statutory direction, 21 September 2022", "Secretary of State for Education", LocalDate.of(2022, 9, 21),
                "A commissioner was appointed."), List.of());
    }

    @Test
    void showsEveryMistakeOnItsField() throws Exception {
        mvc.perform(post("/programmes/7/interventions").with(csrf()).with(as(OFFICER)).param("title", " ")
                        .param("issuedOn.day", "31").param("issuedOn.month", "2").param("issuedOn.year", "2022")
                        .param("summary", "x".repeat(10_001)))
                .andExpect(status().isOk())
                .andExpect(titleStartsWith("Error: Add an intervention – "))
                .andExpect(errorOn("kind", "Select the kind of intervention"))
                .andExpect(errorOn("title", "Enter the title of the notice or direction"))
                .andExpect(errorOn("issuedBy", "Enter who issued the notice or direction"))
                .andExpect(errorOn("issuedOn", "Date it was issued must be a real date"))
                .andExpect(errorOn("summary", "The summary must be 10,000 characters or fewer"));
        mvc.perform(post("/programmes/7/interventions").with(csrf()).with(as(OFFICER)).param("kind", "WARNING")
                        .param("title", "a\u0000b").param("issuedBy", "DfE"))
                .andExpect(status().isOk())
                .andExpect(errorOn("kind", "This answer could not be read. Choose again from the options on this page."))
                .andExpect(errorOn("title", "Remove the invisible control characters (such as a null byte) from this answer"))
                .andExpect(errorOn("issuedOn", "Enter the date it was issued"));

        willThrow(new Refused(Refusal.about("issuedOn", "improvement.intervention.issuedOn.future")))
                .given(interventions).issue(eq(7L), any(), any());
        mvc.perform(intervention(post("/programmes/7/interventions")).with(as(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(errorOn("issuedOn", "The date it was issued must be today or in the past"));
    }

    @Test
    void changesAnInterventionAndShowsAStaleChangeBesideTheSavedOne() throws Exception {
        mvc.perform(get("/programmes/7/interventions/5/edit").with(as(OFFICER))).andExpect(status().isOk())
                .andExpect(titleStartsWith("Change Non-statutory improvement notice – "))
                .andExpect(fieldHolds("title", "Non-statutory improvement notice"))
                .andExpect(fieldHolds("version", "4"));
        mvc.perform(intervention(post("/programmes/7/interventions/5")).param("version", "4").with(as(OFFICER)))
                .andExpect(redirectedUrl("/programmes/7/interventions"));
        then(interventions).should().change(eq(7L), eq(5L), eq(4L), any());

        willThrow(new StaleEditException("record.intervention")).given(interventions).change(eq(7L), eq(5L), anyLong(), any());
        Document page = page(mvc.perform(intervention(post("/programmes/7/interventions/5")).param("version", "3").with(as(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(fieldHolds("version", "4"))
                .andExpect(fieldHolds("title", "Non-statutory improvement notice"))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select(".govuk-error-summary").text()).contains("This notice or direction was changed by someone else");
        assertThat(page.select("[data-test=unsaved-changes]").text()).contains("Statutory direction, 21 September 2022", "21 9 2022");
    }

    @Test
    void addsARequirementAndRefusesALetterTaken() throws Exception {
        mvc.perform(get("/programmes/7/interventions/5/requirements/new").with(as(OFFICER))).andExpect(status().isOk())
                .andExpect(titleStartsWith("Add a requirement to Non-statutory improvement notice – "));
        given(interventions.require(7L, 5L, "(c)", "Report every 6 weeks")).willReturn(53L);
        given(interventions.requirement(7L, 53L)).willReturn(requirement(53L, "c", "Report every 6 weeks", Compliance.NOT_ASSESSED, null, null, 0));
        mvc.perform(post("/programmes/7/interventions/5/requirements").with(csrf()).with(as(OFFICER))
                        .param("label", "(c)").param("requirement", "Report every 6 weeks"))
                .andExpect(redirectedUrl("/programmes/7/interventions"))
                .andExpect(flash().attribute("success", "Requirement (c) added"));

        willThrow(new Refused(Refusal.about("label", "improvement.requirement.label.taken", "a")))
                .given(interventions).require(eq(7L), eq(5L), eq("a"), anyString());
        mvc.perform(post("/programmes/7/interventions/5/requirements").with(csrf()).with(as(OFFICER))
                        .param("label", "a").param("requirement", "Something else"))
                .andExpect(status().isOk())
                .andExpect(errorOn("label", "This notice or direction already has a requirement (a): each requirement has its own "
                        + "letter, as the papers cite it by that letter alone"));
        willThrow(new Refused(List.of(Refusal.about("label", "improvement.requirement.label.format"),
                Refusal.about("requirement", "improvement.requirement.text.required"))))
                .given(interventions).require(eq(7L), eq(5L), eq("c d"), anyString());
        mvc.perform(post("/programmes/7/interventions/5/requirements").with(csrf()).with(as(OFFICER)).param("label", "c d"))
                .andExpect(status().isOk())
                .andExpect(errorOn("label", "The letter of the requirement must be letters or numbers only, 10 at most, such as c or iv"))
                .andExpect(errorOn("requirement", "Enter what the requirement says"));
    }

    @Test
    void rewordsARequirementKeepingItsLetter() throws Exception {
        Document form = page(mvc.perform(get("/programmes/7/requirements/52/edit").with(as(OFFICER))).andExpect(status().isOk())
                .andExpect(titleStartsWith("Change requirement (b) – "))
                .andExpect(fieldHolds("requirement", "Implement an Improvement Plan"))
                .andReturn().getResponse().getContentAsString());
        assertThat(form.select("input[name=label]")).isEmpty();
        assertThat(form.select(".govuk-breadcrumbs a").eachText()).contains("Notices and directions");
        mvc.perform(post("/programmes/7/requirements/52/edit").with(csrf()).with(as(OFFICER))
                        .param("requirement", "Implement the plan").param("version", "3"))
                .andExpect(redirectedUrl("/programmes/7/interventions"))
                .andExpect(flash().attribute("success", "Requirement (b) changed"));
        then(interventions).should().reword(7L, 52L, 3L, "Implement the plan");

        willThrow(new StaleEditException("record.requirement")).given(interventions).reword(eq(7L), eq(52L), anyLong(), anyString());
        Document stale = page(mvc.perform(post("/programmes/7/requirements/52/edit").with(csrf()).with(as(OFFICER))
                        .param("requirement", "My words").param("version", "2"))
                .andExpect(status().isOk()).andExpect(fieldHolds("version", "3"))
                .andReturn().getResponse().getContentAsString());
        assertThat(stale.select("[data-test=unsaved-changes]").text()).contains("My words");
    }

    @Test
    void downloadsEveryRequirementWithItsNoticeAsCsvAndExcel() throws Exception {
        String csv = new String(mvc.perform(get("/programmes/7/interventions.csv").with(as(SCRUTINY)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"requirements.csv\""))
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).containsExactly(
                "\uFEFFNotice or direction,Kind,Issued by,Issued on,Letter,Requirement,Compliance,Evidence,Next review",
                "Non-statutory improvement notice,Non-statutory improvement notice,Department for Education,18 May 2021,(a),"
                        + "Appoint an Improvement Adviser,Complied with,Evidence for Appoint an Improvement Adviser,",
                "Non-statutory improvement notice,Non-statutory improvement notice,Department for Education,18 May 2021,(b),"
                        + "\"'=Implement an Improvement Plan, with \"\"care\"\"\",Not yet assessed,,");
        mvc.perform(get("/programmes/7/interventions.xlsx").with(as(SCRUTINY)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    private static MockHttpServletRequestBuilder intervention(MockHttpServletRequestBuilder request) {
        return request.with(csrf()).param("kind", "STATUTORY_DIRECTION").param("title", "Statutory direction, 21 September 2022")
                .param("issuedBy", "Secretary of State for Education").param("issuedOn.day", "21").param("issuedOn.month", "9")
                .param("issuedOn.year", "2022").param("summary", "A commissioner was appointed.");
    }
}
