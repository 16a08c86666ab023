package org.tgov.shared;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/**
 * A UK local government financial year: 1 April to 31 March, written {@code 2022/23}.
 *
 * @param startYear the calendar year in which the financial year begins
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    public FinancialYear {
        if (startYear < 1900 || startYear > 2999) {
            throw new IllegalArgumentException("Financial year must start between 1900 and 2999");
        }
    }

    public static FinancialYear containing(LocalDate date) {
        return new FinancialYear(date.getMonth().compareTo(Month.APRIL) >= 0 ? date.getYear() : date.getYear() - 1);
    }

    /** Every financial year touched by the period from {@code start} to {@code end}, in order. */
    public static List<FinancialYear> spanning(LocalDate start, LocalDate end) {
        List<FinancialYear> years = new ArrayList<>();
        for (FinancialYear year = containing(start); !year.firstDay().isAfter(end); year = year.next()) {
            years.add(year);
        }
        return years;
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public FinancialYear next() {
        return new FinancialYear(startYear + 1);
    }

    public String label() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
