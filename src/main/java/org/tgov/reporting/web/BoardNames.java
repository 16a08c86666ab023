package org.tgov.reporting.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.tgov.boards.BodyManagement;
import org.tgov.boards.BodySummary;
import org.tgov.boards.BodyType;

/**
 * The organisation's governance bodies, read once a request: the tabs of every programme page are
 * named after three of them (the deciding body, the improvement board, the operational board), and
 * one query answers all three.
 */
@Component
class BoardNames {

    private static final String ATTRIBUTE = BoardNames.class.getName();

    private final BodyManagement bodies;

    BoardNames(BodyManagement bodies) {
        this.bodies = bodies;
    }

    /** The body that decides change requests, as {@link BodyManagement#decidingBody()} finds it. */
    Optional<BodySummary> decidingBody() {
        return all().stream().filter(BodySummary::decidesChangeRequests).min(Comparator.comparing(BodySummary::id));
    }

    /** The first body of the type by name, as {@code ImprovementBoardReport.bodyOfType} finds it. */
    Optional<BodySummary> ofType(BodyType type) {
        return all().stream().filter(b -> b.type() == type).findFirst();
    }

    @SuppressWarnings("unchecked")
    private List<BodySummary> all() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return bodies.all();
        }
        Object read = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (read == null) {
            read = bodies.all();
            request.setAttribute(ATTRIBUTE, read, RequestAttributes.SCOPE_REQUEST);
        }
        return (List<BodySummary>) read;
    }
}
