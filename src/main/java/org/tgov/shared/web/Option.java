package org.tgov.shared.web;

/** One choice in a select, radios or checkboxes. */
public record Option(String value, String label) {
}
