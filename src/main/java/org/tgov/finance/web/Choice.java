package org.tgov.finance.web;

/** One radio button: the value sent, its label and an optional hint under it. */
public record Choice(String value, String label, String hint) {
}
