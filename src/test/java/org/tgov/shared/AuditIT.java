package org.tgov.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.TestData.as;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.identity.Tenancy;
import org.tgov.programme.Programme;
import org.tgov.support.IntegrationTest;
import org.tgov.support.TestData.Council;
import org.tgov.support.TestData;

/** Every change to a programme is recorded with who made it, and the values before and after can be read back. */
@IntegrationTest
class AuditIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TransactionTemplate transaction;

    @PersistenceContext
    EntityManager entityManager;

    /** One row of a programme's history: the programme as it was, the revision, and what kind of change. */
    record Change(Programme programme, AuditRevision revision, RevisionType type) {
    }

    @Test
    void recordsWhoCreatedAndChangedAProgrammeAndWhatItWasBefore() throws Exception {
        Council council = data.council();
        SignedInUser creator = data.user(council, Role.OFFICER);
        SignedInUser editor = data.user(council, Role.ADMIN);
        String originalName = TestData.unique("Programme");
        String newName = TestData.unique("Renamed");

        String location = mvc.perform(
                        programmeForm(post("/programmes"), creator, originalName, "Director of Children's Services", 0))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(programmeForm(post("/programmes/{id}", id), editor, newName, "Corporate Director", 0))
                .andExpect(status().is3xxRedirection());

        List<Change> history = historyOf(council, id);

        assertThat(history).hasSize(2);
        Change created = history.get(0);
        Change changed = history.get(1);
        assertThat(created.type()).isEqualTo(RevisionType.ADD);
        assertThat(created.revision().getUsername()).isEqualTo(creator.getUsername());
        assertThat(created.programme().getName()).isEqualTo(originalName);
        assertThat(created.programme().getSro()).isEqualTo("Director of Children's Services");
        assertThat(changed.type()).isEqualTo(RevisionType.MOD);
        assertThat(changed.revision().getUsername()).isEqualTo(editor.getUsername());
        assertThat(changed.programme().getName()).isEqualTo(newName);
        assertThat(changed.programme().getSro()).isEqualTo("Corporate Director");
        assertThat(changed.revision().getId()).isGreaterThan(created.revision().getId());
        assertThat(changed.revision().getInstant()).isAfterOrEqualTo(created.revision().getInstant());

        List<String> namesByRevision = Tenancy.callAs(council.id(), () -> transaction.execute(status -> {
            AuditReader reader = AuditReaderFactory.get(entityManager);
            List<Number> revisions = reader.getRevisions(Programme.class, id);
            return List.of(reader.find(Programme.class, id, revisions.get(0)).getName(),
                    reader.find(Programme.class, id, revisions.get(1)).getName());
        }));
        assertThat(namesByRevision).containsExactly(originalName, newName);
    }

    @Test
    void changesMadeOutsideARequestAreRecordedAsTheSystems() {
        Council council = data.council();
        Long id = data.programme(council);

        List<Change> history = historyOf(council, id);

        assertThat(history).singleElement().satisfies(change -> {
            assertThat(change.type()).isEqualTo(RevisionType.ADD);
            assertThat(change.revision().getUsername()).isEqualTo(Actor.SYSTEM);
        });
    }

    private List<Change> historyOf(Council council, Long programmeId) {
        return Tenancy.callAs(council.id(), () -> transaction.execute(status -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                    .forRevisionsOfEntity(Programme.class, false, true)
                    .add(AuditEntity.id().eq(programmeId))
                    .addOrder(AuditEntity.revisionNumber().asc())
                    .getResultList();
            return rows.stream()
                    .map(row -> new Change((Programme) row[0], (AuditRevision) row[1], (RevisionType) row[2]))
                    .toList();
        }));
    }

    private static MockHttpServletRequestBuilder programmeForm(MockHttpServletRequestBuilder request,
            SignedInUser user, String name, String sro, long version) {
        return request.with(as(user)).with(csrf())
                .param("name", name).param("sro", sro)
                .param("start.day", "1").param("start.month", "4").param("start.year", "2021")
                .param("end.day", "31").param("end.month", "3").param("end.year", "2024")
                .param("aims", "Improve outcomes\nKeep children safe")
                .param("status", "ACTIVE")
                .param("version", Long.toString(version));
    }
}
