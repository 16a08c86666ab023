package org.tgov.platform.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.TestData.as;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tgov.identity.Organisation;
import org.tgov.identity.OrganisationManagement;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.identity.internal.WebSecurityForSlices;
import org.tgov.shared.web.Formats;

/** The platform pages without a database: what the list shows, and mistakes the database catches. */
@WebMvcTest(OrganisationController.class)
@Import({ WebSecurityForSlices.class, Formats.class })
class OrganisationControllerTests {

    static final SignedInUser PLATFORM = new SignedInUser(3L, null, null, "platform", "Pat Platform",
            Set.of(Role.PLATFORM_ADMIN), true, null);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    OrganisationManagement organisations;

    @Test
    void listsOrganisationsWithTheirDateInUkTimeAndPagesThroughThem() throws Exception {
        List<Organisation> firstPage = IntStream.range(0, OrganisationController.PAGE_SIZE)
                .mapToObj(i -> new Organisation("Council " + i, Instant.parse("2022-04-01T08:30:00Z")))
                .toList();
        given(organisations.list(any()))
                .willReturn(new PageImpl<>(firstPage, PageRequest.of(0, OrganisationController.PAGE_SIZE), 45));

        mvc.perform(get("/platform/organisations").with(as(PLATFORM)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Council 19"),
                        containsString("1 April 2022 at 9:30am"), containsString("govuk-pagination"),
                        containsString("href=\"/platform/organisations?page=2\""))));
    }

    @Test
    void saysSoWhenThereAreNoOrganisations() throws Exception {
        given(organisations.list(any())).willReturn(Page.empty());

        mvc.perform(get("/platform/organisations").with(as(PLATFORM)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There are no organisations yet")));
    }

    @Test
    void aNameTakenAtTheSameMomentIsExplainedNotAnError() throws Exception {
        given(organisations.create(anyString(), any()))
                .willThrow(new DataIntegrityViolationException("uk_organisation_name"));

        mvc.perform(post("/platform/organisations").with(as(PLATFORM)).with(csrf())
                        .param("organisationName", "Herefordshire Council").param("username", "ada.morgan")
                        .param("fullName", "Ada Morgan").param("password", "a-long-enough-passphrase"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("has just been created"), containsString("value=\"Herefordshire Council\""))));
    }
}
