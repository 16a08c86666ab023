package org.tgov.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people in the UK write them: "1 April 2022", whatever the machine's locale. */
public final class UkDates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private UkDates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
