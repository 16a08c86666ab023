package org.tgov.budget;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.budget.internal.CostLineRepository;
import org.tgov.budget.internal.ForecastOutturnRepository;
import org.tgov.shared.Actor;
import org.tgov.shared.AuditRevision;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.NotFoundException;
import org.tgov.shared.RuleViolation;
import org.tgov.shared.StaleEditException;

/** Finance's forecast outturn per cost line and year; every change is kept. */
@Service
@Transactional
public class ForecastManagement {

    /** One past value of a forecast: what it was set to, when and by whom. */
    public record ForecastChange(FinancialYear year, Money amount, java.time.Instant at, String by) {
    }

    private final ForecastOutturnRepository forecasts;
    private final CostLineRepository costLines;
    private final EntityManager entityManager;
    private final Clock clock;

    ForecastManagement(ForecastOutturnRepository forecasts, CostLineRepository costLines, EntityManager entityManager,
            Clock clock) {
        this.forecasts = forecasts;
        this.costLines = costLines;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ForecastOutturn> of(Long costLineId) {
        costLine(costLineId);
        return forecasts.findByCostLineIdOrderByFinancialYear(costLineId);
    }

    /**
     * Sets the forecast for a year.
     *
     * @param expectedVersion the version the user saw, or null if there was no forecast yet; if someone
     *                        changed it since, nothing is saved
     */
    public void set(Long costLineId, FinancialYear year, Money amount, Long expectedVersion) {
        costLine(costLineId);
        if (amount == null) {
            throw new RuleViolation("amount", "Enter the forecast outturn");
        }
        var existing = forecasts.findByCostLineIdAndFinancialYear(costLineId, year.startYear());
        if (existing.isEmpty()) {
            if (expectedVersion != null) {
                throw new StaleEditException("The forecast for " + year.label());
            }
            forecasts.save(new ForecastOutturn(costLineId, year, amount, clock.instant(), Actor.currentName()));
        } else {
            ForecastOutturn forecast = existing.get();
            if (expectedVersion == null || forecast.getVersion() != expectedVersion) {
                throw new StaleEditException("The forecast for " + year.label());
            }
            forecast.change(amount, clock.instant(), Actor.currentName());
        }
        try {
            forecasts.flush();
        } catch (OptimisticLockingFailureException raced) {
            throw new StaleEditException("The forecast for " + year.label());
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
            return new ForecastChange(forecast.financialYear(), forecast.amount(), revision.getInstant(),
                    revision.getUsername());
        }).toList();
    }

    private CostLine costLine(Long id) {
        return costLines.findVisible(id).orElseThrow(() -> new NotFoundException("Cost line"));
    }
}
