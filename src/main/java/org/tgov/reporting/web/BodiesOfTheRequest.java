package org.tgov.reporting.web;

import java.util.List;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;
import org.tgov.boards.BodyManagement;
import org.tgov.boards.BodySummary;

/**
 * The organisation's governance bodies, read once a request: the programme's tabs are named after
 * them and each board view bears its own body's name.
 */
@Component
@RequestScope
class BodiesOfTheRequest {

    private final BodyManagement bodies;
    private List<BodySummary> all;

    BodiesOfTheRequest(BodyManagement bodies) {
        this.bodies = bodies;
    }

    List<BodySummary> all() {
        if (all == null) {
            all = bodies.all();
        }
        return all;
    }

    /** The name of the first body, by name, that answers the test; null when none does. */
    String nameOfFirst(Predicate<BodySummary> test) {
        return all().stream().filter(test).findFirst().map(BodySummary::name).orElse(null);
    }
}
