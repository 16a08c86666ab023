package org.tgov.shared.web;

/** One choice in a select, radios or checkboxes, with an optional hint shown under its label. */
public record Option(String value, String label, String hint) {

    public Option(String value, String label) {
        this(value, label, null);
    }
}
