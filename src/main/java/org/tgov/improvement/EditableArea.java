package org.tgov.improvement;

/** A priority area as its rename form starts from it: its name, and the version of the record that was read. */
public record EditableArea(Long id, String name, long version) {
}
