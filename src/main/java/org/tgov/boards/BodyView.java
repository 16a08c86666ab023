package org.tgov.boards;

import java.util.List;
import org.tgov.identity.UserSummary;

/** One body as its page shows it: the body, its chair and its members by name. */
public record BodyView(GovernanceBody body, UserSummary chair, List<UserSummary> members) {
}
