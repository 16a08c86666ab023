package org.tgov.shared;

import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the signed-in user, or "system" for start-up and background work. */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).setUsername(Actor.currentName());
    }
}
