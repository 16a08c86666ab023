package org.tgov.boards.web;

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
import static org.tgov.support.GovernanceBodyBuilder.aBody;
import static org.tgov.support.SignedInUsers.ADMIN;
import static org.tgov.support.SignedInUsers.CHAIR;
import static org.tgov.support.SignedInUsers.OFFICER;
import static org.tgov.support.SignedInUsers.SCRUTINY;
import static org.tgov.support.TestData.as;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tgov.boards.BodyDetails;
import org.tgov.boards.BodyManagement;
import org.tgov.boards.BodySummary;
import org.tgov.boards.BodyType;
import org.tgov.boards.BodyView;
import org.tgov.boards.Cadence;
import org.tgov.identity.UserDirectory;
import org.tgov.identity.UserSummary;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;
import org.tgov.support.WebSliceConfiguration;

/** The governance body pages without a database: the list, a body, who may change them, and every kind of "no". */
@WebMvcTest(BodyController.class)
@Import(WebSliceConfiguration.class)
class BodyControllerTests {

    static final UserSummary RITA = new UserSummary(CHAIR.getId(), CHAIR.getUsername(), "Rita Resources", true);
    static final UserSummary OLIVIA = new UserSummary(OFFICER.getId(), OFFICER.getUsername(), "Olivia Officer", true);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    BodyManagement bodies;

    @MockitoBean
    UserDirectory users;

    @BeforeEach
    void twoPeopleToChooseFrom() {
        given(users.activeUsers()).willReturn(List.of(RITA, OLIVIA));
    }

    @Test
    void listsBodiesWithTheirChairsByNameAndPagesThroughThem() throws Exception {
        List<BodySummary> first = java.util.stream.IntStream.range(0, 20).mapToObj(i -> new BodySummary((long) i,
                "Board " + i, BodyType.OTHER, Cadence.MONTHLY, i == 0 ? RITA.id() : null, null, 2, false)).toList();
        given(bodies.list(PageRequest.of(0, 20))).willReturn(new PageImpl<>(first, PageRequest.of(0, 20), 25));
        given(bodies.chairsOf(first)).willReturn(Map.of(RITA.id(), RITA));

        Document page = page(mvc.perform(get("/bodies").param("page", "-3").with(as(SCRUTINY)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select("tbody tr").get(0).text()).isEqualTo("Board 0 Other Rita Resources Monthly 2");
        assertThat(page.select("tbody tr").get(1).text()).isEqualTo("Board 1 Other Not recorded Monthly 2");
        assertThat(page.select(".govuk-pagination a[rel=next]").attr("href")).isEqualTo("/bodies?page=1");
        assertThat(page.select("a").eachText()).doesNotContain("Add a governance body");
    }

    @Test
    void showsABodyWithItsChairAndMembersByName() throws Exception {
        given(bodies.view(4L)).willReturn(new BodyView(aBody().chairedBy(RITA.id()).members(OLIVIA.id()).decidesChangeRequests()
                .build(), RITA, List.of(OLIVIA, RITA)));

        Document page = page(mvc.perform(get("/bodies/4").with(as(ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select("[data-test=chair]").text()).isEqualTo("Rita Resources");
        assertThat(page.select("[data-test=decides-change-requests]").text()).isEqualTo("Decides the organisation's change requests");
        assertThat(page.select("[data-test=members] li").eachText()).containsExactly("Olivia Officer", "Rita Resources (chair)");
        assertThat(page.select("a").eachText()).contains("Change body details", "Change members");
    }

    @Test
    void onlyAdministratorsAddOrChangeBodiesAndTheirMembers() throws Exception {
        mvc.perform(get("/bodies/new").with(as(OFFICER))).andExpect(status().isForbidden());
        mvc.perform(body(post("/bodies"), "Finance Board").with(as(CHAIR))).andExpect(status().isForbidden());
        mvc.perform(body(post("/bodies/4"), "Finance Board").with(as(OFFICER))).andExpect(status().isForbidden());
        mvc.perform(post("/bodies/4/members").with(csrf()).with(as(CHAIR)).param("memberIds", "2").param("version", "1"))
                .andExpect(status().isForbidden());

        then(bodies).should(never()).create(any());
        then(bodies).should(never()).update(any(), anyLong(), any());
        then(bodies).should(never()).replaceMembers(any(), anyLong(), any());
    }

    @Test
    void addsABodyWithItsChairAndGoesToIt() throws Exception {
        given(bodies.create(any())).willReturn(9L);

        mvc.perform(body(post("/bodies"), "Finance Board").with(as(ADMIN))).andExpect(redirectedUrl("/bodies/9"));

        then(bodies).should().create(new BodyDetails("Finance Board", BodyType.RESOURCES_BOARD, RITA.id(), "Director of Finance",
                Cadence.MONTHLY, null, true));
    }

    @Test
    void refusalsFromTheRulesAreShownOnTheirFieldsInTheirOwnWords() throws Exception {
        given(bodies.create(any())).willThrow(new Refused(List.of(
                Refusal.about("chairUserId", "body.chair.chairsAnother", "Resources Board"),
                Refusal.about("decidesChangeRequests", "body.decides.another", "Cabinet"))));

        mvc.perform(body(post("/bodies"), "Finance Board").with(as(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(titleStartsWith("Error: Add a governance body"))
                .andExpect(errorOn("chairUserId", "This person already chairs Resources Board. A person can chair one body only."))
                .andExpect(errorOn("decidesChangeRequests", "Cabinet decides change requests. Only one body can: untick it there first."))
                .andExpect(fieldHolds("name", "Finance Board"));
    }

    @Test
    void aStaleEditShowsTheSavedBodyBesideTheUnsavedChanges() throws Exception {
        given(bodies.get(4L)).willReturn(aBody().named("Resources Board").chairedBy(OLIVIA.id()).version(3).build());
        willThrow(new StaleEditException("record.body")).given(bodies).update(eq(4L), anyLong(), any());

        Document page = page(mvc.perform(body(post("/bodies/4"), "Finance Board").with(as(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(fieldHolds("name", "Resources Board"))
                .andExpect(fieldHolds("version", "3"))
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select(".govuk-error-summary").text()).contains("This body was changed by someone else while you were editing it.");
        assertThat(page.select("[data-test=unsaved-changes]").text())
                .contains("Your changes, not saved", "Finance Board", "Rita Resources", "Director of Finance", "Monthly");
    }

    @Test
    void aStaleChangeOfMembersShowsTheSavedMembersBesideTheUnsavedOnes() throws Exception {
        given(bodies.get(4L)).willReturn(aBody().members(OLIVIA.id()).version(3).build());
        willThrow(new StaleEditException("record.body")).given(bodies).replaceMembers(4L, 2L, Set.of(RITA.id()));

        Document page = page(mvc.perform(post("/bodies/4/members").with(csrf()).with(as(ADMIN))
                        .param("memberIds", RITA.id().toString()).param("_memberIds", "on").param("version", "2"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select("input[name=memberIds][checked]").eachAttr("value")).containsExactly(OLIVIA.id().toString());
        assertThat(page.select("[data-test=unsaved-changes]").text()).contains("Your changes, not saved", "Rita Resources");
    }

    @Test
    void mistakesAreShownOnTheirFieldsAsTypedAndNothingIsSaved() throws Exception {
        mvc.perform(post("/bodies").with(csrf()).with(as(ADMIN)).param("name", "").param("type", "COUNCIL_OF_ELDERS")
                        .param("chairUserId", "rita").param("chairRole", "x".repeat(201)))
                .andExpect(status().isOk())
                .andExpect(errorOn("name", "Enter the body's name"))
                .andExpect(errorOn("type", "This answer could not be read. Choose again from the options on this page."))
                .andExpect(errorOn("chairUserId", "This answer could not be read. Choose again from the options on this page."))
                .andExpect(errorOn("chairRole", "Chair's role must be 200 characters or fewer"))
                .andExpect(errorOn("cadence", "Select how often the body meets"));
        mvc.perform(get("/bodies").param("page", "second").with(as(ADMIN))).andExpect(status().isBadRequest());

        then(bodies).should(never()).create(any());
    }

    private static MockHttpServletRequestBuilder body(MockHttpServletRequestBuilder request, String name) {
        return request.with(csrf()).param("name", name).param("type", "RESOURCES_BOARD")
                .param("chairUserId", RITA.id().toString()).param("chairRole", "Director of Finance").param("cadence", "MONTHLY")
                .param("remit", "").param("decidesChangeRequests", "true").param("_decidesChangeRequests", "on")
                .param("version", "2");
    }
}
