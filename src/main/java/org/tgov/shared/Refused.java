package org.tgov.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Thrown by a use case when its rules refuse what was asked: every reason at once, so that a
 * person sees all their mistakes together. Nothing has been saved when it is thrown.
 */
public class Refused extends RuntimeException {

    private final List<Refusal> refusals;

    public Refused(List<Refusal> refusals) {
        super(refusals.toString());
        if (refusals.isEmpty()) {
            throw new IllegalArgumentException("Refused needs at least one refusal");
        }
        this.refusals = List.copyOf(refusals);
    }

    public Refused(Refusal refusal) {
        this(List.of(refusal));
    }

    /** Throws when any of the rules' answers is a refusal; the order of the answers is kept. */
    @SafeVarargs
    public static void unlessAllowed(Optional<Refusal>... answers) {
        unlessAllowed(List.of(answers));
    }

    public static void unlessAllowed(Collection<Optional<Refusal>> answers) {
        List<Refusal> refusals = new ArrayList<>();
        answers.forEach(answer -> answer.ifPresent(refusals::add));
        if (!refusals.isEmpty()) {
            throw new Refused(refusals);
        }
    }

    public List<Refusal> refusals() {
        return refusals;
    }

    /** Whether one of the refusals has this code (for tests and for callers that react to one rule). */
    public boolean has(String code) {
        return refusals.stream().anyMatch(refusal -> refusal.code().equals(code));
    }
}
