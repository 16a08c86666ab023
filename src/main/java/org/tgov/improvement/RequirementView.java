package org.tgov.improvement;

import java.time.LocalDate;

/** One requirement of a notice or direction, with compliance as last assessed. */
public record RequirementView(Long id, Long interventionId, String label, String requirement, Compliance compliance,
        String evidence, LocalDate reviewOn, long version) {

    /** "(a)": how the papers cite it. */
    public String cited() {
        return "(" + label + ")";
    }
}
