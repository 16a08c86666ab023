package org.tgov.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;
import org.tgov.shared.FinancialYear;

/** A multi-year transformation programme owned by one organisation. */
@Entity
@Audited
public class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 200)
    private String sro;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    /** One aim per line. */
    @Column(columnDefinition = "text")
    private String aims;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProgrammeStatus status;

    @Version
    private long version;

    protected Programme() {
    }

    public Programme(ProgrammeDetails details) {
        apply(details);
    }

    void update(ProgrammeDetails details) {
        apply(details);
    }

    private void apply(ProgrammeDetails details) {
        this.name = details.name();
        this.sro = details.sro();
        this.startDate = details.startDate();
        this.endDate = details.endDate();
        this.aims = String.join("\n", details.aims());
        this.status = details.status();
    }

    public List<FinancialYear> financialYears() {
        return FinancialYear.spanning(startDate, endDate);
    }

    public Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getName() {
        return name;
    }

    public String getSro() {
        return sro;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public List<String> getAims() {
        return aims == null || aims.isBlank() ? List.of() : Arrays.stream(aims.split("\n")).toList();
    }

    public ProgrammeStatus getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }
}
