package org.tgov.spend.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;
import org.tgov.shared.Money;

/** A finance-system file whose rows were imported as actual spend; its fingerprint stops a second import. */
@Entity
@Table(name = "spend_import")
@Audited
public class SpendImport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private Long programmeId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "row_count", nullable = false)
    private int rowCount;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal total;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 100)
    private String importedBy;

    protected SpendImport() {
    }

    public SpendImport(Long programmeId, String fileName, String sha256, int rowCount, Money total, Instant importedAt,
            String importedBy) {
        this.programmeId = programmeId;
        this.fileName = fileName;
        this.sha256 = sha256;
        this.rowCount = rowCount;
        this.total = total.amount();
        this.importedAt = importedAt;
        this.importedBy = importedBy;
    }

    public org.tgov.spend.SpendImportView view() {
        return new org.tgov.spend.SpendImportView(id, fileName, rowCount, Money.of(total), importedAt, importedBy);
    }

    public Long getId() {
        return id;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getSha256() {
        return sha256;
    }

    public int getRowCount() {
        return rowCount;
    }

    public Money total() {
        return Money.of(total);
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public String getImportedBy() {
        return importedBy;
    }
}
