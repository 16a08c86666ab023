package org.tgov.workforce.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.FormPages.errorOn;
import static org.tgov.support.FormPages.fieldHolds;
import static org.tgov.support.FormPages.noErrors;
import static org.tgov.support.FormPages.page;
import static org.tgov.support.FormPages.titleStartsWith;
import static org.tgov.support.SignedInUsers.OFFICER;
import static org.tgov.support.SignedInUsers.SCRUTINY;
import static org.tgov.support.TestData.as;

import java.math.BigDecimal;
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
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Refusal;
import org.tgov.shared.FieldName;
import org.tgov.shared.Refused;
import org.tgov.support.ProgrammeBuilder;
import org.tgov.support.WebSliceConfiguration;
import org.tgov.workforce.EstablishmentManagement;
import org.tgov.workforce.FteInPost;
import org.tgov.workforce.PlannedFte;

/** The establishment pages without a database: planned against in post, who may change them, and every kind of "no". */
@WebMvcTest(EstablishmentController.class)
@Import(WebSliceConfiguration.class)
class EstablishmentControllerTests {

    static final FinancialYear Y2022 = new FinancialYear(2022);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    EstablishmentManagement establishment;

    @MockitoBean
    ProgrammeManagement programmes;

    @BeforeEach
    void aPlanFor2022AndTwoMonthsInPost() {
        given(programmes.get(7L)).willReturn(ProgrammeBuilder.aProgramme().id(7L).years(2021, 2023).build());
        given(establishment.plan(7L)).willReturn(List.of(new PlannedFte(Y2022, new BigDecimal("122.75"))));
        given(establishment.actuals(7L)).willReturn(List.of(
                new FteInPost(LocalDate.of(2022, 4, 1), new BigDecimal("80"), new BigDecimal("20")),
                new FteInPost(LocalDate.of(2022, 5, 1), new BigDecimal("90.5"), new BigDecimal("10"))));
    }

    @Test
    void showsPlannedAgainstTheAverageInPostEachYearWithTheAgencyShare() throws Exception {
        Document page = page(mvc.perform(get("/programmes/7/establishment").with(as(SCRUTINY)))
                .andExpect(status().isOk())
                .andExpect(titleStartsWith("Establishment – Children's services transformation"))
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select("[data-test=plan] tbody tr").eachText()).containsExactly("2022/23 122.75 100.25 2 15.0%");
        assertThat(page.select("[data-test=actuals] tbody tr").eachText())
                .containsExactly("April 2022 80.00 20.00 100.00 20.0%", "May 2022 90.50 10.00 100.50 10.0%");
        assertThat(page.select("a").eachText()).doesNotContain("Set planned FTE", "Record FTE in post for a month");
    }

    @Test
    void saysSoWhenNothingIsPlannedOrRecordedYet() throws Exception {
        given(establishment.plan(7L)).willReturn(List.of());
        given(establishment.actuals(7L)).willReturn(List.of());

        Document page = page(mvc.perform(get("/programmes/7/establishment").with(as(OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select("[data-test=no-plan]").text())
                .isEqualTo("No planned FTE has been set and no FTE in post recorded yet.");
        assertThat(page.select("[data-test=no-actuals]").text()).isEqualTo("No FTE in post has been recorded yet.");
        assertThat(page.select("a").eachText()).contains("Set planned FTE", "Record FTE in post for a month");
    }

    @Test
    void aChangeLinkFillsTheFormWithTheYearsOrMonthsFigures() throws Exception {
        mvc.perform(get("/programmes/7/establishment/plan").param("year", "2022").with(as(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(fieldHolds("plannedFte", "122.75"));
        mvc.perform(get("/programmes/7/establishment/actuals").param("month", "2022-05").with(as(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(fieldHolds("month.month", "5"))
                .andExpect(fieldHolds("permanentFte", "90.50"));
        mvc.perform(get("/programmes/7/establishment/actuals").param("month", "May").with(as(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(noErrors())
                .andExpect(fieldHolds("permanentFte", ""));
    }

    @Test
    void readersMayNotChangeTheEstablishment() throws Exception {
        mvc.perform(get("/programmes/7/establishment/plan").with(as(SCRUTINY))).andExpect(status().isForbidden());
        mvc.perform(post("/programmes/7/establishment/plan").with(csrf()).with(as(SCRUTINY))
                .param("financialYear", "2022").param("plannedFte", "10")).andExpect(status().isForbidden());
        mvc.perform(post("/programmes/7/establishment/actuals").with(csrf()).with(as(SCRUTINY))
                .param("month.month", "4").param("month.year", "2022")).andExpect(status().isForbidden());

        then(establishment).should(never()).plan(any(), any(), any());
        then(establishment).should(never()).recordActual(any(), any(), any(), any());
    }

    @Test
    void setsThePlannedFteForOneOfTheProgrammesYears() throws Exception {
        mvc.perform(post("/programmes/7/establishment/plan").with(csrf()).with(as(OFFICER))
                        .param("financialYear", "2022").param("plannedFte", "130.5"))
                .andExpect(redirectedUrl("/programmes/7/establishment"))
                .andExpect(flash().attribute("success", "Planned FTE for 2022/23 set to 130.50"));

        then(establishment).should().plan(7L, Y2022, new BigDecimal("130.50"));
    }

    @Test
    void aRefusalFromTheRulesIsShownOnItsField() throws Exception {
        willThrow(new Refused(Refusal.about("agencyFte", "number.format", FieldName.of("field.fte").atStart()))).given(establishment)
                .recordActual(any(), any(), any(), any());

        mvc.perform(post("/programmes/7/establishment/actuals").with(csrf()).with(as(OFFICER))
                        .param("month.month", "6").param("month.year", "2022")
                        .param("permanentFte", "80").param("agencyFte", "20"))
                .andExpect(status().isOk())
                .andExpect(titleStartsWith("Error: "))
                .andExpect(errorOn("agencyFte", "FTE must be 0 or more, with at most 2 decimal places, like 12.5"))
                .andExpect(fieldHolds("agencyFte", "20"));
    }

    @Test
    void mistakesAreShownOnTheirFieldsAsTypedAndNothingIsSaved() throws Exception {
        mvc.perform(post("/programmes/7/establishment/plan").with(csrf()).with(as(OFFICER))
                        .param("financialYear", "1999").param("plannedFte", "lots"))
                .andExpect(status().isOk())
                .andExpect(errorOn("financialYear", "Select one of the programme's financial years"))
                .andExpect(errorOn("plannedFte", "FTE must be a number, like 12.5"))
                .andExpect(fieldHolds("plannedFte", "lots"));
        mvc.perform(post("/programmes/7/establishment/actuals").with(csrf()).with(as(OFFICER))
                        .param("month.month", "13").param("month.year", "2022")
                        .param("permanentFte", "").param("agencyFte", "-1"))
                .andExpect(status().isOk())
                .andExpect(errorOn("month", "Month must be a real month, like 4 2022"))
                .andExpect(errorOn("permanentFte", "Enter the permanent FTE"))
                .andExpect(errorOn("agencyFte", "FTE must be 0 or more, with at most 2 decimal places, like 12.5"));
        mvc.perform(post("/programmes/7/establishment/plan").with(csrf()).with(as(OFFICER)).param("plannedFte", ""))
                .andExpect(status().isOk())
                .andExpect(titleStartsWith("Error: Set planned FTE"))
                .andExpect(errorOn("financialYear", "Select the financial year"))
                .andExpect(errorOn("plannedFte", "Enter the planned FTE"));
        mvc.perform(post("/programmes/7/establishment/actuals").with(csrf()).with(as(OFFICER)).param("permanentFte", ""))
                .andExpect(status().isOk())
                .andExpect(errorOn("month", "Enter the month"))
                .andExpect(errorOn("agencyFte", "Enter the agency FTE"));

        then(establishment).should(never()).plan(any(), any(), any());
        then(establishment).should(never()).recordActual(any(), any(), any(), any());
    }
}
