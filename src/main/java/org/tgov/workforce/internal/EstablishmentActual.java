package org.tgov.workforce.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;
import org.tgov.shared.FinancialYear;

/** Posts actually filled in a month, by permanent and by agency staff. */
@Entity
@Table(name = "establishment_actual")
@Audited
public class EstablishmentActual {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private Long programmeId;

    @Column(name = "fte_month", nullable = false, updatable = false)
    private LocalDate month;

    @Column(name = "financial_year", nullable = false, updatable = false)
    private FinancialYear financialYear;

    @Column(name = "permanent_fte", nullable = false, precision = 8, scale = 2)
    private BigDecimal permanentFte;

    @Column(name = "agency_fte", nullable = false, precision = 8, scale = 2)
    private BigDecimal agencyFte;

    @Version
    private long version;

    protected EstablishmentActual() {
    }

    public EstablishmentActual(Long programmeId, LocalDate month, BigDecimal permanentFte, BigDecimal agencyFte) {
        this.programmeId = programmeId;
        this.month = month.withDayOfMonth(1);
        this.financialYear = FinancialYear.containing(this.month);
        record(permanentFte, agencyFte);
    }

    public void record(BigDecimal permanent, BigDecimal agency) {
        this.permanentFte = permanent;
        this.agencyFte = agency;
    }

    public LocalDate getMonth() {
        return month;
    }

    public BigDecimal getPermanentFte() {
        return permanentFte;
    }

    public BigDecimal getAgencyFte() {
        return agencyFte;
    }
}
