package org.tgov.budget.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tgov.support.Refusals.codes;

import org.junit.jupiter.api.Test;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

class ForecastPolicyTest {

    static final FinancialYear YEAR = new FinancialYear(2023);

    @Test
    void acceptsAForecastAtOrAboveSpend() {
        assertThat(codes(ForecastPolicy.notBelowSpendWithoutReason(YEAR, Money.pounds(100), Money.pounds(100), null))).isEmpty();
        assertThat(codes(ForecastPolicy.notBelowSpendWithoutReason(YEAR, Money.pounds(150), Money.pounds(100), ""))).isEmpty();
    }

    @Test
    void refusesAForecastBelowSpendWithoutAReason() {
        assertThat(codes(ForecastPolicy.notBelowSpendWithoutReason(YEAR, Money.pounds(90), Money.pounds(100), "  ")))
                .containsExactly("forecast.belowSpend");
    }

    @Test
    void acceptsAForecastBelowSpendWithTheReason() {
        assertThat(codes(ForecastPolicy.notBelowSpendWithoutReason(YEAR, Money.pounds(90), Money.pounds(100),
                "A £10 credit note from the agency is expected in March"))).isEmpty();
    }
}
