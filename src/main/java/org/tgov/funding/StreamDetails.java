package org.tgov.funding;

/** What a funding stream is: its name, its type and any notes. Blank notes are none. */
public record StreamDetails(String name, FundingStreamType type, String notes) {

    public StreamDetails {
        name = name == null ? null : name.strip();
        notes = notes == null || notes.isBlank() ? null : notes.strip();
    }
}
