package org.tgov.budget;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.budget.internal.CostLineFigures;
import org.tgov.budget.internal.CostLineFiguresRepository;
import org.tgov.budget.internal.CostLineRepository;
import org.tgov.budget.internal.ForecastOutturn;
import org.tgov.budget.internal.ForecastOutturnRepository;
import org.tgov.budget.internal.ForecastPolicy;
import org.tgov.shared.Actor;
import org.tgov.shared.AuditRevision;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.NotFoundException;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;

/** Finance's forecast outturn per cost line and year; every change is kept. */
@Service
@Transactional
public class ForecastManagement {

    private final ForecastOutturnRepository forecasts;
    private final CostLineRepository costLines;
    private final CostLineFiguresRepository figures;
    private final EntityManager entityManager;
    private final Clock clock;

    ForecastManagement(ForecastOutturnRepository forecasts, CostLineRepository costLines, CostLineFiguresRepository figures,
            EntityManager entityManager, Clock clock) {
        this.forecasts = forecasts;
        this.costLines = costLines;
        this.figures = figures;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The line's forecasts by year. The caller has read the line; the organisation filter keeps another organisation's out. */
    @Transactional(readOnly = true)
    public List<ForecastView> of(Long costLineId) {
        return forecasts.findByCostLineIdOrderByFinancialYear(costLineId).stream().map(ForecastOutturn::view).toList();
    }

    /**
     * Sets the forecast for a year. A forecast below the year's actual spend needs a reason.
     *
     * @param expectedVersion the version the user saw, or null if there was no forecast yet; if someone
     *                        changed it since, nothing is saved
     */
    public void set(Long costLineId, FinancialYear year, Money amount, Long expectedVersion, String reason) {
        costLine(costLineId);
        if (amount == null) {
            throw new Refused(Refusal.about("amount", "forecast.amount.required"));
        }
        Money actual = figures.findByCostLineIdOrderByFinancialYear(costLineId).stream()
                .filter(f -> f.getFinancialYear().equals(year)).map(CostLineFigures::getActual).findFirst().orElse(Money.ZERO);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        Refused.unlessAllowed(ForecastPolicy.notBelowSpendWithoutReason(year, amount, actual, why));
        String keptReason = actual.isGreaterThan(amount) ? why : null;
        Optional<ForecastOutturn> existing = forecasts.findByCostLineIdAndFinancialYear(costLineId, year);
        if (existing.isEmpty()) {
            if (expectedVersion != null) {
                throw new StaleEditException("record.forecast", year);
            }
            forecasts.save(new ForecastOutturn(costLineId, year, amount, keptReason, clock.instant(), Actor.currentName()));
        } else {
            ForecastOutturn forecast = existing.get();
            if (expectedVersion == null || forecast.getVersion() != expectedVersion) {
                throw new StaleEditException("record.forecast", year);
            }
            forecast.change(amount, keptReason, clock.instant(), Actor.currentName());
        }
        try {
            forecasts.flush();
        } catch (OptimisticLockingFailureException raced) {
            throw new StaleEditException("record.forecast", year);
        }
    }

    /**
     * Makes the forecast explicit where none was set, at what it is taken to be now (the budget), so
     * that a budget change does not move the forecast by itself (used when a change request is approved).
     */
    void keepForecast(Long costLineId, FinancialYear year, Money budgetBefore) {
        if (forecasts.findByCostLineIdAndFinancialYear(costLineId, year).isEmpty()) {
            forecasts.save(new ForecastOutturn(costLineId, year, budgetBefore, null, clock.instant(), Actor.currentName()));
        }
    }

    /** Every value each of the cost line's forecasts has had, newest first. */
    @Transactional(readOnly = true)
    @SuppressWarnings("unchecked")
    public List<ForecastChange> history(Long costLineId) {
        costLine(costLineId);
        List<Object[]> revisions = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(ForecastOutturn.class, false, false)
                .add(AuditEntity.property("costLineId").eq(costLineId))
                .addOrder(AuditEntity.revisionNumber().desc())
                .getResultList();
        return revisions.stream().map(row -> {
            ForecastOutturn forecast = (ForecastOutturn) row[0];
            AuditRevision revision = (AuditRevision) row[1];
            return new ForecastChange(forecast.getFinancialYear(), forecast.getAmount(), revision.getInstant(),
                    revision.getUsername(), forecast.getReason());
        }).toList();
    }

    private void costLine(Long id) {
        costLines.findById(id).orElseThrow(() -> new NotFoundException("Cost line"));
    }
}
