package org.tgov.support;

/**
 * Answers that forms must survive: each ends with an error on its field or a clean save, never a
 * server error and never half of a change saved. Each is made from a valid answer to the field.
 */
public enum OddAnswer {
    EMPTY,
    HUNDRED_THOUSAND_CHARACTERS,
    NULL_BYTE,
    SCRIPT_TAG,
    /** Legitimate in names written right to left: such a name must be accepted. */
    RIGHT_TO_LEFT_MARK,
    SPACES_AROUND;

    public static final String SCRIPT = "<script>alert('x')</script>";
    public static final String RLM = "\u200F";

    public String from(String valid) {
        return switch (this) {
            case EMPTY -> "";
            case HUNDRED_THOUSAND_CHARACTERS -> valid + "x".repeat(100_000 - valid.length());
            case NULL_BYTE -> valid + "\u0000";
            case SCRIPT_TAG -> SCRIPT + valid;
            case RIGHT_TO_LEFT_MARK -> RLM + valid;
            case SPACES_AROUND -> "  " + valid + "  ";
        };
    }

    /** What a field keeps of this answer when it is saved: spaces around it are dropped, nothing else. */
    public String saved(String valid) {
        return this == SPACES_AROUND ? valid : from(valid);
    }
}
