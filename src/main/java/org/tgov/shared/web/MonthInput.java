package org.tgov.shared.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.springframework.validation.BindingResult;

/**
 * The two boxes (month and year) of a GOV.UK date input for something that happens in a month
 * rather than on a day, such as a month's spend. Kept as typed so that a mistake is shown back
 * exactly as entered.
 */
public class MonthInput {

    private String month = "";
    private String year = "";

    public MonthInput() {
    }

    public static MonthInput of(LocalDate date) {
        MonthInput input = new MonthInput();
        if (date != null) {
            input.month = Integer.toString(date.getMonthValue());
            input.year = Integer.toString(date.getYear());
        }
        return input;
    }

    public boolean isBlank() {
        return blank(month) && blank(year);
    }

    /**
     * The first day of the month, or null after adding a GOV.UK-style error to {@code field}
     * ("Enter the month of the spend", "Month of the spend must include a year").
     *
     * @param name the month's name in a sentence, such as "month of the spend"
     */
    public LocalDate toFirstDay(BindingResult binding, String field, String name, boolean required) {
        String sentence = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        if (isBlank()) {
            if (required) {
                binding.rejectValue(field, "required", "Enter the " + name);
            }
            return null;
        }
        if (blank(month) || blank(year)) {
            binding.rejectValue(field, "incomplete", sentence + " must include " + (blank(month) ? "a month" : "a year"));
            return null;
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (year.strip().length() != 4) {
                binding.rejectValue(field, "year", "Year must include 4 numbers");
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month.strip()), 1);
        } catch (NumberFormatException | DateTimeException e) {
            binding.rejectValue(field, "invalid", sentence + " must be a real month, like 4 2022");
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
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
