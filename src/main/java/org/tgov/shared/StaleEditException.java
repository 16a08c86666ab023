package org.tgov.shared;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Someone else saved a newer version of a record after the editor opened it; the edit is refused
 * so that nothing they saved is overwritten. The record is named by a message code, such as
 * {@code record.costLine} ("This cost line"), so that the page can say which.
 */
public class StaleEditException extends RuntimeException {

    private final String record;
    private final Object[] recordArguments;

    public StaleEditException(String record, Object... recordArguments) {
        super(record + " was changed by someone else");
        this.record = record;
        this.recordArguments = recordArguments.clone();
    }

    /** The message code of the sentence that says what happened. */
    public String code() {
        return "stale.edit";
    }

    /** The sentence's argument: the record, by its own message code. */
    public Object[] arguments() {
        MessageSourceResolvable name = new DefaultMessageSourceResolvable(new String[] {record}, recordArguments, record);
        return new Object[] {name};
    }
}
