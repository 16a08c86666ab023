package org.tgov.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @Test
    void parsesWhatPeopleType() {
        assertThat(Money.parse("£1,234.5").amount()).isEqualByComparingTo("1234.50");
        assertThat(Money.parse(" -200 ").amount()).isEqualByComparingTo("-200.00");
        assertThat(Money.parse("11490000").format()).isEqualTo("£11,490,000.00");
    }

    @Test
    void acceptsAPlainAmountWithAMinusSignAPoundSignAndCommasBetweenThousands() {
        assertThat(Money.parse("1,234,567.89").amount()).isEqualByComparingTo("1234567.89");
        assertThat(Money.parse("-£1,234.50").amount()).isEqualByComparingTo("-1234.50");
        assertThat(Money.parse("£999,999,999,999.99").amount()).isEqualByComparingTo("999999999999.99");
        assertThat(Money.parse("0.5").amount()).isEqualByComparingTo("0.50");
        assertThat(Money.parse("007").amount()).isEqualByComparingTo("7.00");
        assertThat(Money.parse("123,456").amount()).isEqualByComparingTo("123456");
    }

    @Test
    void readsBackWhatItFormats() {
        Money credit = new Money(new BigDecimal("-120000"));
        assertThat(Money.parse(credit.format())).isEqualTo(credit);
        assertThat(Money.parse(Money.pounds(11_490_000).format())).isEqualTo(Money.pounds(11_490_000));
    }

    @Test
    void readsMinusZeroAsZero() {
        assertThat(Money.parse("-0")).isEqualTo(Money.ZERO);
        assertThat(Money.parse("-0.00").format()).isEqualTo("£0.00");
        assertThat(Money.parse("-£0").isNegative()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e9", "1E9", "1e-2", "+100", "1 000", "12 .50", "1.2.3", "1.", ".5", "£", "-", "",
            "--5", "5-", "£-5", "£ 5", "0x10", "NaN", "Infinity", "1_000", "(100)", "100p", "\uFF11\uFF12\uFF13",
            "\u0661\u0662\u0663", "1\u00A0000", "\u0000"})
    void refusesAnythingButAPlainAmount(String text) {
        assertThatThrownBy(() -> Money.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .isInstanceOf(UnreadableAmount.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,23,4", "1,2345", "12,34", "1234,567", ",123", "1,", "1,,000", "1,000,00.50"})
    void refusesCommasThatDoNotSeparateThousands(String text) {
        assertThatThrownBy(() -> Money.parse(text))
                .isInstanceOf(UnreadableAmount.class).hasMessage("amount.commas");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000000000000", "-1,000,000,000,000", "99999999999999999999", "999999999999.999999999999999"})
    void refusesAmountsOfATrillionPoundsOrMoreWithAReason(String text) {
        assertThatThrownBy(() -> Money.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching("amount\\.(tooLarge|tooPrecise)");
    }

    @Test
    void refusesAHugeNumberQuicklyWithAReason() {
        String digits = "9".repeat(5_000_000);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertThatThrownBy(() -> Money.parse(digits)).hasMessage("amount.tooLarge");
            assertThatThrownBy(() -> Money.parse("1" + ",000".repeat(1_000_000)))
                    .hasMessage("amount.tooLarge");
            assertThatThrownBy(() -> Money.parse("0." + digits))
                    .hasMessage("amount.tooPrecise");
        });
    }

    @Test
    void refusesAmountsWithMoreThanTwoDecimalPlaces() {
        assertThatThrownBy(() -> Money.parse("12.345")).hasMessage("amount.tooPrecise");
        assertThat(Money.parse("12.340").amount().scale()).isEqualTo(2);
    }

    @Test
    void refusesWhatIsNotAnAmount() {
        assertThatThrownBy(() -> Money.parse("twelve")).hasMessage("amount.notANumber");
        assertThatThrownBy(() -> Money.parse("")).hasMessage("amount.required");
    }

    @Test
    void formatsInPoundsAndInThousandsAsThePapersDo() {
        assertThat(Money.pounds(11_487_000).formatThousands()).isEqualTo("11,487");
        assertThat(new Money(new BigDecimal("-120000")).format()).isEqualTo("−£120,000.00");
        assertThat(new Money(new BigDecimal("499.99")).formatThousands()).isEqualTo("0");
        assertThat(new Money(new BigDecimal("500")).formatThousands()).isEqualTo("1");
    }

    @Test
    void addsAndSubtractsExactly() {
        Money a = Money.parse("0.10");
        Money b = Money.parse("0.20");
        assertThat(a.plus(b)).isEqualTo(Money.parse("0.30"));
        assertThat(a.minus(b).isNegative()).isTrue();
    }
}
