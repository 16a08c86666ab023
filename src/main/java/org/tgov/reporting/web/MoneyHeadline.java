package org.tgov.reporting.web;

import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.tgov.budget.Measures;
import org.tgov.programme.ProgrammeHeadline;
import org.tgov.reporting.FinanceReports;
import org.tgov.reporting.ProgrammeFinance;
import org.tgov.shared.web.Formats;

/** The money headline on a programme's overview: budget, forecast and actual spend over all its years. */
@Component
class MoneyHeadline implements ProgrammeHeadline {

    private final FinanceReports finance;
    private final Formats formats;

    MoneyHeadline(FinanceReports finance, Formats formats) {
        this.finance = finance;
        this.formats = formats;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public MessageSourceResolvable heading() {
        return label("headline.money");
    }

    @Override
    public List<Figure> figures(Long programmeId) {
        ProgrammeFinance money = finance.programmeFinance(programmeId);
        if (money.byCostLine().isEmpty()) {
            return List.of();
        }
        Measures total = money.total().total();
        return List.of(new Figure(label("headline.money.budget"), Figure.text(formats.money(total.budget(), false)), "/finance"),
                new Figure(label("headline.money.forecast"), Figure.text(formats.money(total.forecast(), false)), "/finance"),
                new Figure(label("headline.money.actual"), Figure.text(formats.money(total.actual(), false)), "/finance"));
    }

    private static DefaultMessageSourceResolvable label(String code) {
        return new DefaultMessageSourceResolvable(code);
    }
}
