package org.tgov.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;

/** Assertions about a rule's refusal: which rule said no, by its message code. */
public final class Refusals {

    private Refusals() {
    }

    /** The call is refused, and one of the reasons has this code. */
    public static Refused assertRefused(ThrowingCallable call, String code) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("refused with %s", code).isInstanceOf(Refused.class);
        Refused refused = (Refused) thrown;
        assertThat(refused.refusals()).as("the reasons").anyMatch(refusal -> refusal.code().equals(code));
        return refused;
    }

    /** The message codes of a policy's answers that say no, in order. */
    public static List<String> codes(Collection<Optional<Refusal>> answers) {
        return answers.stream().flatMap(Optional::stream).map(Refusal::code).toList();
    }

    public static List<String> codes(Optional<Refusal> answer) {
        return answer.stream().map(Refusal::code).toList();
    }
}
