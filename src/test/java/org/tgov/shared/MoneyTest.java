package org.tgov.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void parsesWhatPeopleType() {
        assertThat(Money.parse("£1,234.5").amount()).isEqualByComparingTo("1234.50");
        assertThat(Money.parse(" -200 ").amount()).isEqualByComparingTo("-200.00");
        assertThat(Money.parse("11490000").format()).isEqualTo("£11,490,000.00");
    }

    @Test
    void refusesAmountsWithMoreThanTwoDecimalPlaces() {
        assertThatThrownBy(() -> Money.parse("12.345")).hasMessageContaining("2 decimal places");
        assertThat(Money.parse("12.340").amount().scale()).isEqualTo(2);
    }

    @Test
    void refusesWhatIsNotAnAmount() {
        assertThatThrownBy(() -> Money.parse("twelve")).hasMessageContaining("number of pounds and pence");
        assertThatThrownBy(() -> Money.parse("")).hasMessageContaining("Enter an amount");
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
