package org.tgov.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * en-GB formatting for templates, whatever the browser's locale: {@code ${@formats.date(d)}}
 * gives "1 April 2022".
 */
@Component("formats")
public class Formats {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "£1,234.50", or "1,235" when the table is in £000. */
    public String money(org.tgov.shared.Money money, boolean thousands) {
        if (money == null) {
            return "";
        }
        return thousands ? money.formatThousands() : money.format();
    }

    /** Full-time equivalents to two decimal places, as the papers give them: "122.75", "1.00". */
    public String fte(java.math.BigDecimal fte) {
        return fte == null ? "" : fte.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    public String month(LocalDate date) {
        return date == null ? "" : MONTH.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(UK)).replace("AM", "am").replace("PM", "pm");
    }
}
