package org.tgov.finance.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.springframework.validation.BindingResult;

/** The month and year boxes of a GOV.UK date input without a day, kept as typed. */
public class MonthInput {

    private String month = "";
    private String year = "";

    static MonthInput of(LocalDate date) {
        MonthInput input = new MonthInput();
        if (date != null) {
            input.month = Integer.toString(date.getMonthValue());
            input.year = Integer.toString(date.getYear());
        }
        return input;
    }

    /** The first day of the month, or null after adding a GOV.UK-style error to {@code field}. */
    LocalDate toMonth(BindingResult binding, String field) {
        boolean noMonth = month == null || month.isBlank();
        boolean noYear = year == null || year.isBlank();
        if (noMonth && noYear) {
            binding.rejectValue(field, "required", "Enter the month and year");
            return null;
        }
        if (noMonth || noYear) {
            binding.rejectValue(field, "incomplete", noMonth ? "Enter the month, as a number from 1 to 12" : "Enter the year");
            return null;
        }
        if (!year.strip().matches("\\d{4}")) {
            binding.rejectValue(field, "year", "Year must include 4 numbers");
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), 1);
        } catch (NumberFormatException | DateTimeException e) {
            binding.rejectValue(field, "invalid", "Month must be a real month, like 4 2022");
            return null;
        }
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
