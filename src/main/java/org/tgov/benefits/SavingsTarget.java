package org.tgov.benefits;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.RuleViolation;

/** A saving a workstream plans to deliver in a financial year, and what it has delivered, with evidence. */
@Entity
@Table(name = "savings_target")
@Audited
public class SavingsTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private Long programmeId;

    @Column(name = "workstream_id", nullable = false)
    private Long workstreamId;

    @Column(name = "financial_year", nullable = false)
    private int financialYear;

    @Column(nullable = false, length = 500)
    private String description;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal planned;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal delivered;

    @Column(nullable = false)
    private boolean cashable;

    @Column(columnDefinition = "text")
    private String evidence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Confidence confidence;

    @Version
    private long version;

    protected SavingsTarget() {
    }

    SavingsTarget(Long programmeId, SavingsTargetDetails details) {
        this.programmeId = programmeId;
        apply(details);
    }

    void apply(SavingsTargetDetails details) {
        this.workstreamId = details.workstreamId();
        this.financialYear = details.financialYear().startYear();
        this.description = details.description();
        this.planned = details.planned().amount();
        this.delivered = details.delivered().amount();
        this.cashable = details.cashable();
        this.evidence = details.evidence();
        this.confidence = details.confidence();
    }

    public Long getId() {
        return id;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public Long getWorkstreamId() {
        return workstreamId;
    }

    public FinancialYear financialYear() {
        return new FinancialYear(financialYear);
    }

    public String getDescription() {
        return description;
    }

    public Money planned() {
        return Money.of(planned);
    }

    public Money delivered() {
        return Money.of(delivered);
    }

    public boolean isCashable() {
        return cashable;
    }

    public String getEvidence() {
        return evidence;
    }

    public Confidence getConfidence() {
        return confidence;
    }

    public long getVersion() {
        return version;
    }

    /** Details of a savings target, checked as a whole. */
    public record SavingsTargetDetails(Long workstreamId, FinancialYear financialYear, String description, Money planned,
            Money delivered, boolean cashable, String evidence, Confidence confidence) {

        public SavingsTargetDetails {
            if (workstreamId == null) {
                throw new RuleViolation("workstreamId", "Select the workstream");
            }
            if (financialYear == null) {
                throw new RuleViolation("financialYear", "Select the financial year");
            }
            if (description == null || description.isBlank()) {
                throw new RuleViolation("description", "Describe the saving");
            }
            if (planned == null || planned.isNegative()) {
                throw new RuleViolation("planned", "Planned saving must be £0 or more");
            }
            if (delivered == null) {
                delivered = Money.ZERO;
            }
            if (delivered.isNegative()) {
                throw new RuleViolation("delivered", "Delivered saving must be £0 or more");
            }
            if (confidence == null) {
                throw new RuleViolation("confidence", "Select how confident you are the saving will be delivered");
            }
            description = description.strip();
            evidence = evidence == null || evidence.isBlank() ? null : evidence.strip();
        }
    }
}
