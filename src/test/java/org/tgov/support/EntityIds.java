package org.tgov.support;

import org.springframework.test.util.ReflectionTestUtils;

/** Gives an entity built in a test the id the database would have given it. */
public final class EntityIds {

    private EntityIds() {
    }

    public static <T> T withId(T entity, Long id) {
        ReflectionTestUtils.setField(entity, "id", id);
        return entity;
    }

    public static <T> T withVersion(T entity, long version) {
        ReflectionTestUtils.setField(entity, "version", version);
        return entity;
    }
}
