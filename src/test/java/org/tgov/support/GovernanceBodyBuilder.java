package org.tgov.support;

import java.util.HashSet;
import java.util.Set;
import org.springframework.test.util.ReflectionTestUtils;
import org.tgov.boards.BodyDetails;
import org.tgov.boards.BodyType;
import org.tgov.boards.Cadence;
import org.tgov.boards.GovernanceBody;

/** A governance body with the id, version and members the database would give it: by default body 4, a monthly resources board. */
public final class GovernanceBodyBuilder {

    private Long id = 4L;
    private String name = "Resources Board";
    private BodyType type = BodyType.RESOURCES_BOARD;
    private Long chairUserId;
    private Cadence cadence = Cadence.MONTHLY;
    private boolean decidesChangeRequests;
    private final Set<Long> memberIds = new HashSet<>();
    private long version;

    public static GovernanceBodyBuilder aBody() {
        return new GovernanceBodyBuilder();
    }

    public GovernanceBodyBuilder id(Long id) {
        this.id = id;
        return this;
    }

    public GovernanceBodyBuilder named(String name) {
        this.name = name;
        return this;
    }

    public GovernanceBodyBuilder type(BodyType type) {
        this.type = type;
        return this;
    }

    public GovernanceBodyBuilder chairedBy(Long userId) {
        this.chairUserId = userId;
        this.memberIds.add(userId);
        return this;
    }

    public GovernanceBodyBuilder members(Long... userIds) {
        this.memberIds.addAll(Set.of(userIds));
        return this;
    }

    public GovernanceBodyBuilder decidesChangeRequests() {
        this.decidesChangeRequests = true;
        return this;
    }

    public GovernanceBodyBuilder version(long version) {
        this.version = version;
        return this;
    }

    public GovernanceBody build() {
        GovernanceBody body = new GovernanceBody(new BodyDetails(name, type, chairUserId, null, cadence, null,
                decidesChangeRequests));
        ReflectionTestUtils.setField(body, "memberIds", new HashSet<>(memberIds));
        return EntityIds.withVersion(EntityIds.withId(body, id), version);
    }
}
