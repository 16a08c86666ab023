package org.tgov.boards.web;

import java.util.HashSet;
import java.util.Set;
import org.tgov.boards.GovernanceBody;

/** Who sits on a body. */
public class MembersForm {

    private Set<Long> memberIds = new HashSet<>();

    private long version;

    /** Ticked nobody, and confirmed that every member should go. */
    private boolean removeEveryone;

    static MembersForm of(GovernanceBody body) {
        MembersForm form = new MembersForm();
        form.memberIds = new HashSet<>(body.getMemberIds());
        form.version = body.getVersion();
        return form;
    }

    public Set<Long> getMemberIds() {
        return memberIds;
    }

    public void setMemberIds(Set<Long> memberIds) {
        this.memberIds = memberIds == null ? new HashSet<>() : memberIds;
    }

    public boolean isRemoveEveryone() {
        return removeEveryone;
    }

    public void setRemoveEveryone(boolean removeEveryone) {
        this.removeEveryone = removeEveryone;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
