package org.tgov.programme.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.TestData.as;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.identity.Tenancy;
import org.tgov.programme.Workstream;
import org.tgov.programme.WorkstreamManagement;
import org.tgov.support.IntegrationTest;
import org.tgov.support.TestData.Council;
import org.tgov.support.TestData;

@IntegrationTest
class WorkstreamPagesIT {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired WorkstreamManagement workstreams;

    @Test
    void listsWorkstreamsWithAnEmptyStateFirst() throws Exception {
        Council council = data.council();
        Long programme = data.programme(council);
        SignedInUser officer = data.user(council, Role.OFFICER);

        mvc.perform(get("/programmes/{id}/workstreams", programme).with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This programme has no workstreams yet")))
                .andExpect(content().string(containsString("Add a workstream")));

        Tenancy.runAs(council.id(), () -> workstreams.create(programme, "Early help", "Head of Early Help", "Early help services"));
        mvc.perform(get("/programmes/{id}/workstreams", programme).with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Early help")))
                .andExpect(content().string(containsString("Head of Early Help")))
                .andExpect(content().string(containsString("Early help services")))
                .andExpect(content().string(not(containsString("no workstreams yet"))));
    }

    @Test
    void readersSeeTheListWithoutTheButtons() throws Exception {
        Council council = data.council();
        Long programme = data.programme(council);

        mvc.perform(get("/programmes/{id}/workstreams", programme).with(as(data.user(council, Role.SCRUTINY_MEMBER))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Add a workstream"))));
    }

    @Test
    void addsAWorkstreamWithOnlyItsName() throws Exception {
        Council council = data.council();
        Long programme = data.programme(council);

        mvc.perform(post("/programmes/{id}/workstreams", programme).with(csrf()).with(as(data.user(council, Role.FINANCE)))
                        .param("name", "  Workforce ").param("lead", "").param("description", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/programmes/" + programme + "/workstreams"));

        var saved = Tenancy.callAs(council.id(), () -> workstreams.of(programme));
        assertThat(saved).extracting(Workstream::getName).containsExactly("Workforce");
        assertThat(saved.get(0).getLead()).isNull();
    }

    @Test
    void showsErrorsAndKeepsWhatWasTyped() throws Exception {
        Council council = data.council();
        Long programme = data.programme(council);
        SignedInUser officer = data.user(council, Role.OFFICER);
        Tenancy.runAs(council.id(), () -> workstreams.create(programme, "Workforce", null, null));

        mvc.perform(post("/programmes/{id}/workstreams", programme).with(csrf()).with(as(officer))
                        .param("name", "").param("lead", "Head of Service"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Add a workstream")))
                .andExpect(content().string(containsString("Enter the workstream&#39;s name")))
                .andExpect(content().string(containsString("value=\"Head of Service\"")));

        mvc.perform(post("/programmes/{id}/workstreams", programme).with(csrf()).with(as(officer))
                        .param("name", "workforce"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This programme already has a workstream called workforce")));

        assertThat(Tenancy.callAs(council.id(), () -> workstreams.of(programme))).hasSize(1);
    }

    @Test
    void changesAWorkstreamButRefusesAStaleEdit() throws Exception {
        Council council = data.council();
        Long programme = data.programme(council);
        SignedInUser officer = data.user(council, Role.OFFICER);
        Long id = Tenancy.callAs(council.id(), () -> workstreams.create(programme, "Workforce", null, null));

        mvc.perform(get("/programmes/{p}/workstreams/{w}/edit", programme, id).with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Workforce\"")));
        mvc.perform(post("/programmes/{p}/workstreams/{w}", programme, id).with(csrf()).with(as(officer))
                        .param("name", "Workforce development").param("lead", "Head of HR").param("version", "0"))
                .andExpect(status().is3xxRedirection());

        // A colleague still on version 0 saves over it: refused, and the saved details are shown.
        mvc.perform(post("/programmes/{p}/workstreams/{w}", programme, id).with(csrf()).with(as(officer))
                        .param("name", "Recruitment").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("was changed by someone else")))
                .andExpect(content().string(containsString("value=\"Workforce development\"")))
                .andExpect(content().string(containsString("Your changes, not saved")));

        Workstream saved = Tenancy.callAs(council.id(), () -> workstreams.get(id));
        assertThat(saved.getName()).isEqualTo("Workforce development");
        assertThat(saved.getLead()).isEqualTo("Head of HR");
    }

    @Test
    void scrutinyMembersCannotAddOrChange() throws Exception {
        Council council = data.council();
        Long programme = data.programme(council);
        SignedInUser councillor = data.user(council, Role.SCRUTINY_MEMBER);
        Long id = Tenancy.callAs(council.id(), () -> workstreams.create(programme, "Workforce", null, null));

        mvc.perform(get("/programmes/{id}/workstreams/new", programme).with(as(councillor))).andExpect(status().isForbidden());
        mvc.perform(post("/programmes/{id}/workstreams", programme).with(csrf()).with(as(councillor)).param("name", "SEND"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/programmes/{p}/workstreams/{w}", programme, id).with(csrf()).with(as(councillor))
                        .param("name", "Renamed").param("version", "0"))
                .andExpect(status().isForbidden());
        assertThat(Tenancy.callAs(council.id(), () -> workstreams.of(programme)))
                .extracting(Workstream::getName).containsExactly("Workforce");
    }

    @Test
    void anotherOrganisationsWorkstreamsAreNotFound() throws Exception {
        Council a = data.council();
        Council b = data.council();
        Long programmeOfA = data.programme(a);
        Long programmeOfB = data.programme(b);
        Long workstreamOfA = Tenancy.callAs(a.id(), () -> workstreams.create(programmeOfA, "Workforce", null, null));
        SignedInUser officerOfB = data.user(b, Role.OFFICER);

        mvc.perform(get("/programmes/{id}/workstreams", programmeOfA).with(as(officerOfB))).andExpect(status().isNotFound());
        mvc.perform(get("/programmes/{p}/workstreams/{w}/edit", programmeOfA, workstreamOfA).with(as(officerOfB)))
                .andExpect(status().isNotFound());
        // through B's own programme too: the workstream is not B's to see
        mvc.perform(get("/programmes/{p}/workstreams/{w}/edit", programmeOfB, workstreamOfA).with(as(officerOfB)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/programmes/{p}/workstreams/{w}", programmeOfB, workstreamOfA).with(csrf()).with(as(officerOfB))
                        .param("name", "Taken over").param("version", "0"))
                .andExpect(status().isNotFound());
        assertThat(Tenancy.callAs(a.id(), () -> workstreams.get(workstreamOfA).getName())).isEqualTo("Workforce");
    }

    @Test
    void aWorkstreamIsOnlyReachedThroughItsOwnProgramme() throws Exception {
        Council council = data.council();
        Long one = data.programme(council);
        Long other = data.programme(council);
        Long id = Tenancy.callAs(council.id(), () -> workstreams.create(one, "Workforce", null, null));

        mvc.perform(get("/programmes/{p}/workstreams/{w}/edit", other, id).with(as(data.user(council, Role.OFFICER))))
                .andExpect(status().isNotFound());
    }
}
