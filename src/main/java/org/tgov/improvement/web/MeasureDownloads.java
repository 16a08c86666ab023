package org.tgov.improvement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.tgov.improvement.MeasureDetails;
import org.tgov.improvement.MeasureView;

/** The measures that matter as CSV or as an xlsx workbook, with the columns the Scrutiny Committee asked for. */
final class MeasureDownloads {

    static final List<String> HEADER = List.of("Measure", "Objective", "Unit", "Which way is better", "Baseline",
            "Baseline month", "Latest value", "Latest month", "Target", "Timescale", "Rating", "Best practice",
            "Assessment against best practice", "Reported");

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);

    private MeasureDownloads() {
    }

    static byte[] csv(List<MeasureView> measures) {
        return TableDownloads.csv(HEADER, measures.stream().map(MeasureDownloads::cells).toList());
    }

    static byte[] xlsx(List<MeasureView> measures) {
        return TableDownloads.xlsx("Measures", HEADER, measures.stream().map(MeasureDownloads::cells).toList(), List.of(1, 12));
    }

    private static List<String> cells(MeasureView m) {
        MeasureDetails d = m.details();
        return List.of(d.name(), d.objective(), d.unit(), d.polarity().label(), number(d.baselineValue()),
                month(d.baselineOn()), number(m.latestValue()), month(m.latestPeriod()), number(d.target()),
                month(d.targetBy()), m.rating() == null ? "Not rated" : m.rating().label(), text(d.benchmark()),
                text(d.benchmarkAssessment()), d.frequency().label());
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String month(LocalDate date) {
        return date == null ? "" : MONTH.format(date);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
