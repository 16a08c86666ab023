package org.tgov.budget.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;
import org.tgov.budget.BudgetChange;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/** The change a request makes to one cost line's budget in one year (negative to take money away). */
@Entity
@Table(name = "change_request_line")
@Audited
public class ChangeRequestLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "change_request_id", nullable = false, updatable = false)
    private ChangeRequest request;

    @Column(name = "cost_line_id", nullable = false)
    private Long costLineId;

    @Column(name = "financial_year", nullable = false)
    private FinancialYear financialYear;

    @Column(nullable = false, precision = 14, scale = 2)
    private Money amount;

    protected ChangeRequestLine() {
    }

    ChangeRequestLine(ChangeRequest request, BudgetChange change) {
        this.request = request;
        this.costLineId = change.costLineId();
        this.financialYear = change.year();
        this.amount = change.amount();
    }

    BudgetChange toChange() {
        return new BudgetChange(costLineId, financialYear, amount);
    }
}
