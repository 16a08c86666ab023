package org.tgov.boards.internal;

import java.util.List;
import java.util.Optional;
import org.tgov.boards.BodyDetails;
import org.tgov.shared.Refusal;

/**
 * The rules of governance bodies: a body has a name no other body of the organisation has, a type
 * and a cadence; a person chairs one body at most; one body at most decides change requests; every
 * chair and member is a person of the same organisation.
 */
public final class BodyPolicy {

    private BodyPolicy() {
    }

    public static List<Optional<Refusal>> isComplete(BodyDetails details) {
        return List.of(
                details.name() == null || details.name().isEmpty()
                        ? Refusal.about("name", "body.name.required").asOptional() : Optional.empty(),
                details.type() == null ? Refusal.about("type", "body.type.required").asOptional() : Optional.empty(),
                details.cadence() == null ? Refusal.about("cadence", "body.cadence.required").asOptional() : Optional.empty());
    }

    public static Optional<Refusal> nameIsFree(String name, boolean taken) {
        return taken ? Refusal.about("name", "body.name.taken", name).asOptional() : Optional.empty();
    }

    /** @param otherBodyChaired the name of another body the proposed chair already chairs, or null */
    public static Optional<Refusal> onePersonChairsOneBody(String otherBodyChaired) {
        return otherBodyChaired == null ? Optional.empty()
                : Refusal.about("chairUserId", "body.chair.chairsAnother", otherBodyChaired).asOptional();
    }

    /** @param otherDecidingBody the name of another body that decides change requests, or null */
    public static Optional<Refusal> oneBodyDecidesChangeRequests(boolean decides, String otherDecidingBody) {
        return decides && otherDecidingBody != null
                ? Refusal.about("decidesChangeRequests", "body.decides.another", otherDecidingBody).asOptional()
                : Optional.empty();
    }

    public static Optional<Refusal> peopleOfThisOrganisation(boolean allFound, String subject) {
        return allFound ? Optional.empty() : Refusal.about(subject, "body.people.otherOrganisation").asOptional();
    }
}
