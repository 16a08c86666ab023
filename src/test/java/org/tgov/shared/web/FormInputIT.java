package org.tgov.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.TestData.as;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.identity.Tenancy;
import org.tgov.programme.WorkstreamManagement;
import org.tgov.spend.SpendManagement;
import org.tgov.support.FinanceFixture.FinanceSetup;
import org.tgov.support.FinanceFixture;
import org.tgov.support.IntegrationTest;
import org.tgov.support.TestData;

/** What any form does with input nobody types on purpose: control characters, a field sent twice. */
@IntegrationTest
class FormInputIT {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired FinanceFixture fixture;
    @Autowired SpendManagement spend;
    @Autowired WorkstreamManagement workstreams;

    @Test
    void aNullByteIsAFieldErrorAndNothingIsSaved() throws Exception {
        TestData.Council council = data.council();
        FinanceSetup money = fixture.create(council);
        SignedInUser officer = data.user(council, Role.OFFICER);

        mvc.perform(post("/programmes/{id}/workstreams", money.programmeId()).param("name", "Early\u0000help")
                        .param("lead", "").param("description", "").with(as(officer)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Remove the invisible control characters (such as a null byte) from this answer")))
                .andExpect(content().string(containsString("href=\"#name\"")));
        assertThat(Tenancy.callAs(council.id(), () -> workstreams.of(money.programmeId()))).hasSize(1);
    }

    @Test
    void aFieldSentTwiceIsRefusedInsteadOfJoined() throws Exception {
        TestData.Council council = data.council();
        FinanceSetup money = fixture.create(council);
        SignedInUser finance = data.user(council, Role.FINANCE);

        mvc.perform(post("/cost-lines/{id}/spend", money.otherLineId()).param("spendMonth.month", "5").param("spendMonth.year", "2022")
                        .param("spendAmount", "5").param("spendAmount", "7").param("spendReference", "INV-1")
                        .with(as(finance)).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(Tenancy.callAs(council.id(), () -> spend.spendOn(money.otherLineId()))).isEmpty();
    }

    @Test
    void aListOfCheckboxesStillSendsSeveralValues() throws Exception {
        TestData.Council council = data.council();
        SignedInUser admin = data.user(council, Role.ADMIN);

        mvc.perform(post("/admin/users").param("username", TestData.unique("two-roles")).param("displayName", "Two Roles")
                        .param("email", "").param("password", "a long enough passphrase")
                        .param("roles", "OFFICER").param("roles", "FINANCE").param("_roles", "on")
                        .with(as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }
}
