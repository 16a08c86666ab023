package org.tgov.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * An amount in pounds and pence. Always scale 2; an amount with more decimal places is refused
 * rather than silently rounded, because it is almost always a keying or export mistake. An amount a
 * person types is less than £1 trillion (what one entry's column holds, see {@link #parse}); totals
 * of many entries may be larger. Sums for reports are done by the database; this type carries,
 * checks and formats amounts.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    private static final String UNICODE_MINUS = "\u2212";
    /** The reasons an amount is refused: message codes whose sentences are in messages.properties. */
    private static final String NOT_AN_AMOUNT = "amount.notANumber";
    private static final String TOO_PRECISE = "amount.tooPrecise";
    private static final String TOO_LARGE = "amount.tooLarge";
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        if (amount == null) {
            throw new IllegalArgumentException("amount is required");
        }
        // sums of amounts already in pence come here most often: spare them the checks' allocations
        if (amount.scale() != 2) {
            if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
                throw new UnreadableAmount(TOO_PRECISE);
            }
            amount = amount.setScale(2, RoundingMode.UNNECESSARY);
        }
    }

    public static Money of(BigDecimal amount) {
        return amount == null ? ZERO : new Money(amount);
    }

    public static Money pounds(long pounds) {
        return new Money(BigDecimal.valueOf(pounds));
    }

    /**
     * Reads a plain amount as a person types it or a finance system exports it: an optional minus
     * sign, an optional £, digits with commas only between thousands, and a decimal point:
     * "£1,234.50", "1234.5", "-200", "−£120,000.00" (as {@link #format()} writes it). Anything else,
     * such as "1e9", "+5" or full-width digits, is refused rather than guessed at. Digits are
     * counted before any arithmetic, so that a huge number is refused at once with its reason.
     *
     * @throws UnreadableAmount with the reason's message code
     */
    public static Money parse(String text) {
        if (text == null || text.isBlank()) {
            throw new UnreadableAmount("amount.required");
        }
        String rest = text.strip();
        boolean negative = rest.startsWith("-") || rest.startsWith(UNICODE_MINUS);
        rest = negative ? rest.substring(1) : rest;
        rest = rest.startsWith("£") ? rest.substring(1) : rest;
        int point = rest.indexOf('.');
        String whole = point < 0 ? rest : rest.substring(0, point);
        String fraction = point < 0 ? "" : rest.substring(point + 1);
        if (!isDigits(whole.replace(",", "")) || (point >= 0 && !isDigits(fraction))) {
            throw new UnreadableAmount(NOT_AN_AMOUNT);
        }
        if (!hasCommasOnlyBetweenThousands(whole)) {
            throw new UnreadableAmount("amount.commas");
        }
        whole = withoutLeadingZeros(whole.replace(",", ""));
        fraction = withoutTrailingZeros(fraction);
        if (fraction.length() > 2) {
            throw new UnreadableAmount(TOO_PRECISE);
        }
        if (whole.length() > 12) {
            throw new UnreadableAmount(TOO_LARGE);
        }
        BigDecimal amount = new BigDecimal(whole.isEmpty() ? "0" : whole).add(
                fraction.isEmpty() ? BigDecimal.ZERO : new BigDecimal("0." + fraction));
        return new Money(negative ? amount.negate() : amount);
    }

    /** ASCII digits only, and at least one: Java's own parsing would also take other scripts' digits. */
    private static boolean isDigits(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean hasCommasOnlyBetweenThousands(String whole) {
        String[] groups = whole.split(",", -1);
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return false;
            }
        }
        return groups.length == 1 || (!groups[0].isEmpty() && groups[0].length() <= 3);
    }

    private static String withoutLeadingZeros(String digits) {
        int start = 0;
        while (start < digits.length() && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }

    private static String withoutTrailingZeros(String digits) {
        int end = digits.length();
        while (end > 0 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
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
