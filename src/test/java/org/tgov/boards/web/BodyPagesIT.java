package org.tgov.boards.web;

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

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tgov.boards.BodyDetails;
import org.tgov.boards.BodyManagement;
import org.tgov.boards.BodyType;
import org.tgov.boards.Cadence;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.identity.Tenancy;
import org.tgov.support.IntegrationTest;
import org.tgov.support.TestData;

/** An administrator of a new council sets up its governance bodies and their members. */
@IntegrationTest
class BodyPagesIT {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired BodyManagement bodies;

    @Test
    void anAdministratorAddsABodyAfterCorrectingTheFormAndChangesIt() throws Exception {
        TestData.Council council = data.council();
        SignedInUser admin = data.user(council, Role.ADMIN);
        SignedInUser chair = data.user(council, Role.CHAIR);

        mvc.perform(get("/bodies/new").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chair&#39;s role (optional)")));
        mvc.perform(post("/bodies").param("name", "").param("type", "RESOURCES_BOARD").with(as(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Add a governance body")))
                .andExpect(content().string(containsString("Enter the body&#39;s name")))
                .andExpect(content().string(containsString("Select how often the body meets")));
        String location = mvc.perform(post("/bodies").param("name", "Finance Board").param("type", "RESOURCES_BOARD")
                        .param("chairUserId", chair.getId().toString()).param("chairRole", "Director of Finance")
                        .param("cadence", "MONTHLY").param("remit", "Decides change requests").with(as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(get("/bodies/{id}/edit", id).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Director of Finance\"")));
        mvc.perform(post("/bodies/{id}", id).param("name", "Finance Board").param("type", "RESOURCES_BOARD")
                        .param("cadence", "QUARTERLY").param("chairRole", "x".repeat(201)).param("version", "0")
                        .with(as(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chair&#39;s role must be 200 characters or fewer")));
        mvc.perform(post("/bodies/{id}", id).param("name", "Finance and Resources Board").param("type", "RESOURCES_BOARD")
                        .param("chairUserId", chair.getId().toString()).param("cadence", "QUARTERLY").param("version", "0")
                        .with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/bodies/" + id));
        assertThat(Tenancy.callAs(council.id(), () -> bodies.get(id).getName())).isEqualTo("Finance and Resources Board");
    }

    @Test
    void aMemberFromAnotherOrganisationIsAFormErrorNotAFailure() throws Exception {
        TestData.Council council = data.council();
        SignedInUser admin = data.user(council, Role.ADMIN);
        SignedInUser member = data.user(council, Role.OFFICER);
        SignedInUser stranger = data.user(data.council(), Role.OFFICER);
        Long id = body(council, member);

        mvc.perform(post("/bodies/{id}/members", id).param("memberIds", stranger.getId().toString()).param("_memberIds", "on")
                        .param("version", "1").with(as(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose people from your own organisation")));
        assertThat(Tenancy.callAs(council.id(), () -> bodies.get(id).getMemberIds())).containsExactly(member.getId());
    }

    @Test
    void tickingNobodyAsksBeforeRemovingEveryMember() throws Exception {
        TestData.Council council = data.council();
        SignedInUser admin = data.user(council, Role.ADMIN);
        SignedInUser member = data.user(council, Role.OFFICER);
        Long id = body(council, member);

        mvc.perform(post("/bodies/{id}/members", id).param("_memberIds", "on").param("version", "1").with(as(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You have not ticked anyone")))
                .andExpect(content().string(containsString("Remove every member")))
                .andExpect(content().string(not(containsString("Members updated"))));
        assertThat(Tenancy.callAs(council.id(), () -> bodies.get(id).getMemberIds())).containsExactly(member.getId());

        mvc.perform(post("/bodies/{id}/members", id).param("_memberIds", "on").param("removeEveryone", "true")
                        .param("version", "1").with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/bodies/" + id))
                .andExpect(flash().attribute("success", "Members updated"));
        assertThat(Tenancy.callAs(council.id(), () -> bodies.get(id).getMemberIds())).isEmpty();
    }

    private Long body(TestData.Council council, SignedInUser member) {
        return Tenancy.callAs(council.id(), () -> {
            Long id = bodies.create(new BodyDetails(TestData.unique("Board"), BodyType.OTHER, null, null, Cadence.MONTHLY, null));
            bodies.replaceMembers(id, 0, Set.of(member.getId()));
            return id;
        });
    }
}
