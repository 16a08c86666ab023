package org.tgov.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.TestData.as;

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
class ProgrammeTenancyIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ProgrammeManagement programmes;

    @Test
    void userOfAnotherOrganisationGetsNotFoundForAProgramme() throws Exception {
        Council a = data.council();
        Council b = data.council();
        Long programmeOfA = data.programme(a);
        SignedInUser officerOfA = data.user(a, Role.OFFICER);
        SignedInUser officerOfB = data.user(b, Role.OFFICER);

        mvc.perform(get("/programmes/{id}", programmeOfA).with(as(officerOfA))).andExpect(status().isOk());
        mvc.perform(get("/programmes/{id}", programmeOfA).with(as(officerOfB)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/programmes/{id}/edit", programmeOfA).with(as(officerOfB))).andExpect(status().isNotFound());
    }

    @Test
    void listsShowOnlyTheOrganisationsOwnProgrammes() {
        Council a = data.council();
        Council b = data.council();
        data.programme(a);
        data.programme(a);
        data.programme(b);

        assertThat(Tenancy.callAs(a.id(), () -> programmes.list(org.springframework.data.domain.Pageable.unpaged())))
                .hasSize(2);
        assertThat(Tenancy.callAs(b.id(), () -> programmes.list(org.springframework.data.domain.Pageable.unpaged())))
                .hasSize(1);
    }
}
