package org.tgov.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each organisation's data revision: a number raised once by every transaction that inserts, changes
 * or deletes any of the organisation's rows through JPA, just before it commits, in that transaction.
 * A reader that sees revision n sees every write up to n, so something rendered from the data at
 * revision n may be kept and served while the revision is still n, by any instance: the number is in
 * the database. Raised at the very end of the transaction, so the row is locked only while committing.
 */
@Component
public class DataRevisions {

    /** The organisations each open session (by identity) will raise the revision of when its transaction commits. */
    private static final ThreadLocal<Map<Object, Set<Long>>> RAISING = ThreadLocal.withInitial(IdentityHashMap::new);

    @PersistenceContext
    private EntityManager entityManager;

    DataRevisions(EntityManagerFactory entityManagerFactory) {
        EventListenerRegistry listeners = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry().getService(EventListenerRegistry.class);
        Writes writes = new Writes();
        listeners.appendListeners(EventType.POST_INSERT, writes);
        listeners.appendListeners(EventType.POST_UPDATE, writes);
        listeners.appendListeners(EventType.POST_DELETE, writes);
        listeners.appendListeners(EventType.POST_COLLECTION_RECREATE, writes);
        listeners.appendListeners(EventType.POST_COLLECTION_UPDATE, writes);
        listeners.appendListeners(EventType.POST_COLLECTION_REMOVE, writes);
    }

    /** The organisation's revision as committed: 0 before its first write. */
    @Transactional(readOnly = true)
    public long current(Long organisationId) {
        List<?> rows = entityManager.createNativeQuery("select revision from data_revision where organisation_id = ?1")
                .setParameter(1, organisationId).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }

    /** Marks the organisation of the session's tenant as written in this transaction, once. */
    private static void written(SharedSessionContractImplementor session) {
        if (!(session.getTenantIdentifierValue() instanceof Long organisationId) || organisationId <= 0) {
            return;
        }
        if (!RAISING.get().computeIfAbsent(session, s -> new HashSet<>()).add(organisationId)) {
            return;
        }
        TransactionCompletionCallbacks callbacks = session.getTransactionCompletionCallbacks();
        callbacks.registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) s -> raise(s, organisationId));
        callbacks.registerCallback((TransactionCompletionCallbacks.AfterCompletionCallback) (success, s) -> RAISING.get().remove(session));
    }

    private static void raise(SharedSessionContractImplementor session, Long organisationId) {
        Connection connection = session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
        try {
            if (update(connection, organisationId) == 0) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into data_revision (organisation_id, revision) values (?, 1) on conflict do nothing")) {
                    insert.setLong(1, organisationId);
                    if (insert.executeUpdate() == 0) {
                        update(connection, organisationId);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not raise the data revision of organisation " + organisationId, e);
        }
    }

    private static int update(Connection connection, Long organisationId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update data_revision set revision = revision + 1 where organisation_id = ?")) {
            update.setLong(1, organisationId);
            return update.executeUpdate();
        }
    }

    /** Every kind of write, by entity or by collection. */
    private static final class Writes implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
            PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

        @Override
        public void onPostInsert(PostInsertEvent event) {
            written(event.getSession());
        }

        @Override
        public void onPostUpdate(PostUpdateEvent event) {
            written(event.getSession());
        }

        @Override
        public void onPostDelete(PostDeleteEvent event) {
            written(event.getSession());
        }

        @Override
        public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
            written(event.getSession());
        }

        @Override
        public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
            written(event.getSession());
        }

        @Override
        public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
            written(event.getSession());
        }

        @Override
        public boolean requiresPostCommitHandling(EntityPersister persister) {
            return false;
        }
    }
}
