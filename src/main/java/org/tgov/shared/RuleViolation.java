package org.tgov.shared;

/**
 * A domain rule refused a change. The message is written for the person who made the change and
 * is shown on the page next to {@link #field()} (or in the error summary when there is no field).
 */
public class RuleViolation extends RuntimeException {

    private final String field;

    public RuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public static RuleViolation general(String message) {
        return new RuleViolation(null, message);
    }

    public String field() {
        return field;
    }

    /** Shows this refusal on the form: next to its field, or in the error summary. */
    public void addTo(org.springframework.validation.BindingResult binding) {
        if (field != null) {
            binding.rejectValue(field, "rule", getMessage());
        } else {
            binding.reject("rule", getMessage());
        }
    }
}
