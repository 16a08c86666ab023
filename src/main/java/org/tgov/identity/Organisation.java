package org.tgov.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.tgov.shared.RuleViolation;

/** A council using the installation. It owns every programme, body and figure entered by its users. */
@Entity
@Audited
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String name, Instant createdAt) {
        if (PlainText.isBlank(name)) {
            throw new RuleViolation("name", "Enter the organisation's name");
        }
        if (PlainText.hasControlCharacters(name)) {
            throw new RuleViolation("name", "Organisation name must not include tabs, line breaks or other control characters");
        }
        if (PlainText.length(name.strip()) > 200) {
            throw new RuleViolation("name", "Organisation name must be 200 characters or fewer");
        }
        this.name = name.strip();
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
