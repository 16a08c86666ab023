package org.tgov.budget.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import org.hibernate.annotations.TenantId;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/**
 * A cost line's figures for one financial year, kept up to date in the same transaction as every
 * budget entry, spend and commitment, so that pages read them rather than summing every entry.
 * Derived from those entries (and rebuilt from them by the migration that created it): not audited.
 */
@Entity
@Table(name = "cost_line_figures")
@IdClass(CostLineFigures.Key.class)
public class CostLineFigures {

    /** The year is its start year: JPA converts no identifier, so the key holds the plain number. */
    public record Key(Long costLineId, Integer financialYear) implements Serializable {

        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "cost_line_id")
    private Long costLineId;

    @Id
    @Column(name = "financial_year")
    private Integer financialYear;

    @TenantId
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private Long programmeId;

    // Plain numbers, not Money: the database sums these columns for whole programmes and decisions.
    @Column(nullable = false, precision = 18, scale = 2)
    private BigDecimal budget;

    @Column(nullable = false, precision = 18, scale = 2)
    private BigDecimal actual;

    @Column(nullable = false, precision = 18, scale = 2)
    private BigDecimal committed;

    protected CostLineFigures() {
    }

    public Long getCostLineId() {
        return costLineId;
    }

    public FinancialYear getFinancialYear() {
        return new FinancialYear(financialYear);
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public Money getBudget() {
        return Money.of(budget);
    }

    public Money getActual() {
        return Money.of(actual);
    }

    public Money getCommitted() {
        return Money.of(committed);
    }
}
