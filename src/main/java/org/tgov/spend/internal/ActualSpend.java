package org.tgov.spend.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.spend.SpendEntryView;
import org.tgov.spend.SpendLine;

/** Money actually spent on a cost line in a month, entered by hand or imported from the finance system. */
@Entity
@Table(name = "actual_spend")
@Audited
public class ActualSpend {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "cost_line_id", nullable = false, updatable = false)
    private Long costLineId;

    @Column(name = "spend_month", nullable = false)
    private LocalDate month;

    @Column(name = "financial_year", nullable = false)
    private FinancialYear financialYear;

    // A plain number, not Money: the database sums it by month for a cost line's page.
    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(length = 100)
    private String reference;

    @Column(length = 500)
    private String description;

    @Column(name = "spend_import_id", updatable = false)
    private Long spendImportId;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Version
    private long version;

    protected ActualSpend() {
    }

    public ActualSpend(Long costLineId, SpendLine line, Long spendImportId, Instant recordedAt, String recordedBy) {
        this.costLineId = costLineId;
        this.month = line.month().withDayOfMonth(1);
        this.financialYear = FinancialYear.containing(month);
        this.amount = line.amount().amount();
        this.reference = line.reference();
        this.description = line.description();
        this.spendImportId = spendImportId;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public SpendEntryView view() {
        return new SpendEntryView(id, month, Money.of(amount), reference, description, spendImportId, recordedAt, recordedBy);
    }

    public Long getId() {
        return id;
    }
}
