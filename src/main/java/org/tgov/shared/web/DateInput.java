package org.tgov.shared.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.springframework.validation.BindingResult;

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
     * @param name the date's name in a sentence, such as "start date"
     */
    public LocalDate toDate(BindingResult binding, String field, String name, boolean required) {
        String sentence = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        if (isBlank()) {
            if (required) {
                binding.rejectValue(field, "required", "Enter the " + name);
            }
            return null;
        }
        String missing = blank(day) ? "a day" : blank(month) ? "a month" : blank(year) ? "a year" : null;
        if (missing != null) {
            binding.rejectValue(field, "incomplete", sentence + " must include " + missing);
            return null;
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (year.strip().length() != 4) {
                binding.rejectValue(field, "year", "Year must include 4 numbers");
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException e) {
            binding.rejectValue(field, "invalid", sentence + " must be a real date");
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
