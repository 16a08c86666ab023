package org.tgov.reporting.web;

import java.util.List;
import java.util.Optional;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.tgov.budget.BudgetFigures;
import org.tgov.budget.Measures;
import org.tgov.programme.ProgrammeHeadline;
import org.tgov.shared.web.Formats;

/** The money headline on a programme's overview: budget, forecast and actual spend over all its years, summed by the database. */
@Component
class MoneyHeadline implements ProgrammeHeadline {

    private final BudgetFigures figures;
    private final Formats formats;

    MoneyHeadline(BudgetFigures figures, Formats formats) {
        this.figures = figures;
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
        Optional<Measures> totals = figures.totalOf(programmeId);
        if (totals.isEmpty()) {
            return List.of();
        }
        Measures total = totals.get();
        return List.of(new Figure(label("headline.money.budget"), Figure.text(formats.money(total.budget(), false)), "/finance"),
                new Figure(label("headline.money.forecast"), Figure.text(formats.money(total.forecast(), false)), "/finance"),
                new Figure(label("headline.money.actual"), Figure.text(formats.money(total.actual(), false)), "/finance"));
    }

    private static DefaultMessageSourceResolvable label(String code) {
        return new DefaultMessageSourceResolvable(code);
    }
}
