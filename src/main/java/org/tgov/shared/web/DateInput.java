package org.tgov.shared.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.springframework.validation.BindingResult;
import org.tgov.shared.FieldName;

/**
 * The three boxes of a GOV.UK date input, kept as typed so that a mistake is shown back to the
 * user exactly as they entered it.
 */
public class DateInput {

    private String day = "";
    private String month = "";
    private String year = "";

    public DateInput() {
    }

    public static DateInput of(LocalDate date) {
        DateInput input = new DateInput();
        if (date != null) {
            input.day = Integer.toString(date.getDayOfMonth());
            input.month = Integer.toString(date.getMonthValue());
            input.year = Integer.toString(date.getYear());
        }
        return input;
    }

    public boolean isBlank() {
        return blank(day) && blank(month) && blank(year);
    }

    /**
     * The date, or null after adding a GOV.UK-style error to {@code field} ("Enter the start date",
     * "Start date must include a month", "Start date must be a real date").
     *
     * @param name what the date is called in a sentence, such as {@code programme.field.start} ("start date")
     */
    public LocalDate toDate(BindingResult binding, String field, FieldName name, boolean required) {
        if (isBlank()) {
            if (required) {
                binding.rejectValue(field, "field.required", new Object[] {name}, null);
            }
            return null;
        }
        String missing = blank(day) ? "date.missingDay" : blank(month) ? "date.missingMonth"
                : blank(year) ? "date.missingYear" : null;
        if (missing != null) {
            binding.rejectValue(field, missing, new Object[] {name.atStart()}, null);
            return null;
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (year.strip().length() != 4) {
                binding.rejectValue(field, "date.yearDigits");
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException e) {
            binding.rejectValue(field, "date.notReal", new Object[] {name.atStart()}, null);
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }
}
