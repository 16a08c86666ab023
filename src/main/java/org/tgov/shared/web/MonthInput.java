package org.tgov.shared.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.springframework.validation.BindingResult;
import org.tgov.shared.FieldName;

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
     * @param name what the month is called in a sentence, such as {@code spend.field.month} ("month of the spend")
     */
    public LocalDate toFirstDay(BindingResult binding, String field, FieldName name, boolean required) {
        if (isBlank()) {
            if (required) {
                binding.rejectValue(field, "field.required", new Object[] {name}, null);
            }
            return null;
        }
        if (blank(month) || blank(year)) {
            binding.rejectValue(field, blank(month) ? "date.missingMonth" : "date.missingYear",
                    new Object[] {name.atStart()}, null);
            return null;
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (year.strip().length() != 4) {
                binding.rejectValue(field, "date.yearDigits");
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month.strip()), 1);
        } catch (NumberFormatException | DateTimeException e) {
            binding.rejectValue(field, "month.notReal", new Object[] {name.atStart()}, null);
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
