package org.tgov.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.tgov.shared.FieldName;
import org.tgov.shared.Money;
import org.tgov.support.English;

class MoneyFieldTest {

    private final Map<String, Object> target = new HashMap<>(Map.of("amount", ""));
    private final BindingResult binding = new MapBindingResult(target, "form");

    private String errorFor(String typed) {
        target.put("amount", typed);
        Money amount = MoneyField.parse(typed, binding, "amount", FieldName.of("funding.field.amountFor", "2022/23"), true);
        assertThat(amount).as("no amount is read from '%s'", typed).isNull();
        return English.of(binding.getFieldError("amount"));
    }

    @Test
    void namesTheFieldInEveryReasonAnAmountIsRefused() {
        assertThat(errorFor("1e9")).isEqualTo("Amount for 2022/23 must be a number of pounds and pence, like 1250.00");
    }

    @Test
    void saysWhyAHugeNumberIsRefused() {
        assertThat(errorFor("99999999999999999999")).isEqualTo("Amount for 2022/23 must be less than £1 trillion");
    }

    @Test
    void saysWhereCommasGo() {
        assertThat(errorFor("1,23,4"))
                .isEqualTo("Amount for 2022/23 must have commas only between thousands, like 1,250,000.00");
    }

    @Test
    void asksForARequiredAmountAndReadsAGoodOne() {
        assertThat(errorFor(" ")).isEqualTo("Enter the amount for 2022/23");
        BindingResult fresh = new MapBindingResult(new HashMap<>(Map.of("amount", "")), "form");
        assertThat(MoneyField.parse("£1,250.00", fresh, "amount", FieldName.of("field.amount"), true)).isEqualTo(Money.pounds(1250));
        assertThat(fresh.hasErrors()).isFalse();
    }
}
