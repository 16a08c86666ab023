package org.tgov.shared;

/**
 * Why a typed amount cannot be read as {@link Money}: the message code of the sentence that says so
 * (in messages.properties, such as {@code amount.tooPrecise}: "{0} must not have more than 2 decimal
 * places"), whose value names the amount on its screen or in its file.
 */
public class UnreadableAmount extends IllegalArgumentException {

    private final String code;

    UnreadableAmount(String code) {
        super(code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
