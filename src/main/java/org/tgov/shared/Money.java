package org.tgov.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * An amount in pounds and pence. Always scale 2; an amount with more decimal places is refused
 * rather than silently rounded, because it is almost always a keying or export mistake. Sums for
 * reports are done by the database; this type carries, checks and formats amounts.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    private static final BigDecimal MAX = new BigDecimal("999999999999.99");
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        if (amount == null) {
            throw new IllegalArgumentException("amount is required");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("Amount must not have more than 2 decimal places");
        }
        if (amount.abs().compareTo(MAX) > 0) {
            throw new IllegalArgumentException("Amount must be less than £1 trillion");
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money of(BigDecimal amount) {
        return amount == null ? ZERO : new Money(amount);
    }

    public static Money pounds(long pounds) {
        return new Money(BigDecimal.valueOf(pounds));
    }

    /** Parses what a person types: "£1,234.50", "1234.5", "-200". */
    public static Money parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Enter an amount");
        }
        String cleaned = text.strip().replace("£", "").replace(",", "").replace(" ", "");
        try {
            return new Money(new BigDecimal(cleaned));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Amount must be a number of pounds and pence, like 1250.00");
        }
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money negated() {
        return new Money(amount.negate());
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /** £11,490,000.00 (negative: −£120,000.00). */
    public String format() {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        String digits = format.format(amount.abs());
        return (isNegative() ? "−£" : "£") + digits;
    }

    /** In thousands of pounds, rounded half up, as council papers show tables: 11,487. */
    public String formatThousands() {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
        BigDecimal thousands = amount.divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP);
        return (thousands.signum() < 0 ? "−" : "") + format.format(thousands.abs());
    }

    /** Plain decimal for form fields and CSV: 1234.50. */
    public String plain() {
        return amount.toPlainString();
    }

    @Override
    public String toString() {
        return format();
    }
}
