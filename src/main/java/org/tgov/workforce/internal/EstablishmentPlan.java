package org.tgov.workforce.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;
import org.tgov.shared.FinancialYear;

/** The additional posts (FTE) the programme plans to fund in a financial year. */
@Entity
@Table(name = "establishment_plan")
@Audited
public class EstablishmentPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private Long programmeId;

    @Column(name = "financial_year", nullable = false, updatable = false)
    private FinancialYear financialYear;

    @Column(name = "planned_fte", nullable = false, precision = 8, scale = 2)
    private BigDecimal plannedFte;

    @Version
    private long version;

    protected EstablishmentPlan() {
    }

    public EstablishmentPlan(Long programmeId, FinancialYear year, BigDecimal plannedFte) {
        this.programmeId = programmeId;
        this.financialYear = year;
        this.plannedFte = plannedFte;
    }

    public void plan(BigDecimal fte) {
        this.plannedFte = fte;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public FinancialYear financialYear() {
        return financialYear;
    }

    public BigDecimal getPlannedFte() {
        return plannedFte;
    }
}
