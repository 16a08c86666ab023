package org.tgov.shared;

import java.util.Arrays;
import org.springframework.context.MessageSourceResolvable;

/**
 * What an answer is called inside a sentence about it ("Enter the {0}", "{0} must be a real date"):
 * a message code with its values, such as {@code programme.field.start} ("start date") or
 * {@code funding.field.amountFor} ("amount for {0}"). The messages files write it as it reads in the
 * middle of a sentence; {@link #atStart()} is the same name for a sentence that begins with it, which
 * the application's message source gives a capital first letter ("Start date must include a month").
 */
public final class FieldName implements MessageSourceResolvable {

    private final String code;
    private final Object[] values;

    private FieldName(String code, Object[] values) {
        this.code = code;
        this.values = values.clone();
    }

    public static FieldName of(String code, Object... values) {
        return new FieldName(code, values);
    }

    /** This name where it starts a sentence. */
    public AtStart atStart() {
        return new AtStart(this);
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return values.clone();
    }

    @Override
    public String toString() {
        return code + (values.length == 0 ? "" : " " + Arrays.toString(values));
    }

    /** A name that starts its sentence: resolved like the name, then given a capital first letter. */
    public record AtStart(FieldName name) implements MessageSourceResolvable {

        @Override
        public String[] getCodes() {
            return name.getCodes();
        }

        @Override
        public Object[] getArguments() {
            return name.getArguments();
        }
    }
}
