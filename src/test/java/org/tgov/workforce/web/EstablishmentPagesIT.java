package org.tgov.workforce.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.TestData.as;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.identity.Tenancy;
import org.tgov.support.IntegrationTest;
import org.tgov.support.TestData.Council;
import org.tgov.support.TestData;
import org.tgov.workforce.EstablishmentManagement;

@IntegrationTest
class EstablishmentPagesIT {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired EstablishmentManagement establishment;

    Council council;
    Long programmeId;
    SignedInUser finance;
    String page;

    @BeforeEach
    void setUp() {
        council = data.council();
        programmeId = data.programme(council);
        finance = data.user(council, Role.FINANCE);
        page = "/programmes/" + programmeId + "/establishment";
    }

    @Test
    void aYearWithFteInPostButNoPlanSaysSo() throws Exception {
        mvc.perform(post(page + "/actuals").param("month.month", "4").param("month.year", "2022")
                        .param("permanentFte", "80").param("agencyFte", "20").with(csrf()).with(as(finance)))
                .andExpect(redirectedUrl(page));

        mvc.perform(get(page).with(as(finance)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">Not set</td>")));
    }

    @Test
    void setsPlannedFteAndRecordsMonthsWithTheAgencyShare() throws Exception {
        mvc.perform(post(page + "/plan").param("financialYear", "2022").param("plannedFte", "122.75")
                        .with(csrf()).with(as(finance)))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("success", "Planned FTE for 2022/23 set to 122.75"));
        mvc.perform(post(page + "/actuals").param("month.month", "4").param("month.year", "2022")
                        .param("permanentFte", "80").param("agencyFte", "20").with(csrf()).with(as(finance)))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("success", "FTE in post for April 2022 recorded"));
        mvc.perform(post(page + "/actuals").param("month.month", "5").param("month.year", "2022")
                        .param("permanentFte", "90.5").param("agencyFte", "19.5").with(csrf()).with(as(finance)))
                .andExpect(redirectedUrl(page));

        mvc.perform(get(page).with(as(finance)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("122.75")))
                .andExpect(content().string(containsString("April 2022")))
                .andExpect(content().string(containsString("20.0%")))
                .andExpect(content().string(containsString("17.7%")))
                .andExpect(content().string(containsString(">105.00<")))
                .andExpect(content().string(containsString("18.8%")));

        // changing a year or a month replaces it, and the change forms start from the saved figures
        mvc.perform(get(page + "/plan").param("year", "2022").with(as(finance)))
                .andExpect(content().string(containsString("value=\"122.75\"")));
        mvc.perform(get(page + "/actuals").param("month", "2022-05").with(as(finance)))
                .andExpect(content().string(containsString("value=\"90.50\"")));
        mvc.perform(post(page + "/plan").param("financialYear", "2022").param("plannedFte", "100")
                .with(csrf()).with(as(finance))).andExpect(redirectedUrl(page));
        Tenancy.runAs(council.id(), () -> {
            assertThat(establishment.plan(programmeId)).singleElement()
                    .satisfies(p -> assertThat(p.fte()).isEqualByComparingTo("100"));
            assertThat(establishment.actuals(programmeId)).hasSize(2);
        });
    }

    @Test
    void onlyEnterersChangeTheEstablishmentAndOtherOrganisationsSeeNothing() throws Exception {
        SignedInUser scrutiny = data.user(council, Role.SCRUTINY_MEMBER);
        mvc.perform(get(page).with(as(scrutiny)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Set planned FTE"))));
        mvc.perform(post(page + "/plan").param("financialYear", "2022").param("plannedFte", "1")
                .with(csrf()).with(as(scrutiny))).andExpect(status().isForbidden());
        mvc.perform(post(page + "/actuals").with(csrf()).with(as(scrutiny))).andExpect(status().isForbidden());

        SignedInUser stranger = data.user(data.council(), Role.FINANCE);
        mvc.perform(get(page).with(as(stranger))).andExpect(status().isNotFound());
        mvc.perform(post(page + "/plan").param("financialYear", "2022").param("plannedFte", "1")
                .with(csrf()).with(as(stranger))).andExpect(status().isNotFound());
        Tenancy.runAs(council.id(), () -> assertThat(establishment.plan(programmeId)).isEmpty());
    }
}
