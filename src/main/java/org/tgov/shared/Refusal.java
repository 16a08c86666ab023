package org.tgov.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A rule's "no" and its reason: a message code, whose sentence lives in the messages files, with
 * the values the sentence needs. It concerns one part of what was asked ({@code subject}: the
 * amount, the meeting date, the lines) or, when the subject is null, the request as a whole. The
 * subject is the domain's word for the thing, not a form field: each screen maps it to its own field.
 */
public record Refusal(String subject, String code, List<Object> arguments) {

    public Refusal {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("A refusal needs a message code");
        }
        arguments = List.copyOf(arguments);
    }

    /** A refusal of the request as a whole. */
    public static Refusal of(String code, Object... arguments) {
        return new Refusal(null, code, Arrays.asList(arguments));
    }

    /** A refusal about one part of the request. */
    public static Refusal about(String subject, String code, Object... arguments) {
        return new Refusal(subject, code, Arrays.asList(arguments));
    }

    /** For policies that answer "allowed" as an empty result. */
    public Optional<Refusal> asOptional() {
        return Optional.of(this);
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }

    @Override
    public String toString() {
        return (subject == null ? "" : subject + ": ") + code + (arguments.isEmpty() ? "" : " " + arguments);
    }
}
