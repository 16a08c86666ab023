package org.tgov.improvement.web;

import java.util.ArrayList;
import java.util.List;
import org.tgov.improvement.InterventionView;
import org.tgov.improvement.RequirementView;
import org.tgov.shared.UkDates;

/**
 * The notices and directions as CSV or as an xlsx workbook (see {@link TableDownloads}): one row per
 * requirement with its notice or direction, its compliance, evidence and next review; a notice
 * without requirements yet has one row of its own, so that none is left out.
 */
final class RequirementDownloads {

    static final List<String> HEADER = List.of("Notice or direction", "Kind", "Issued by", "Issued on", "Letter",
            "Requirement", "Compliance", "Evidence", "Next review");

    private RequirementDownloads() {
    }

    static byte[] csv(List<InterventionView> interventions) {
        return TableDownloads.csv(HEADER, rows(interventions));
    }

    static byte[] xlsx(List<InterventionView> interventions) {
        return TableDownloads.xlsx("Requirements", HEADER, rows(interventions), List.of(5));
    }

    private static List<List<String>> rows(List<InterventionView> interventions) {
        List<List<String>> rows = new ArrayList<>();
        for (InterventionView i : interventions) {
            List<String> about = List.of(i.title(), i.kind().label(), i.issuedBy(), UkDates.format(i.issuedOn()));
            if (i.requirements().isEmpty()) {
                rows.add(join(about, List.of("", "", "", "", "")));
            }
            for (RequirementView r : i.requirements()) {
                rows.add(join(about, List.of(r.cited(), r.requirement(), r.compliance().label(),
                        r.evidence() == null ? "" : r.evidence(), r.reviewOn() == null ? "" : UkDates.format(r.reviewOn()))));
            }
        }
        return rows;
    }

    private static List<String> join(List<String> first, List<String> second) {
        List<String> row = new ArrayList<>(first);
        row.addAll(second);
        return row;
    }
}
