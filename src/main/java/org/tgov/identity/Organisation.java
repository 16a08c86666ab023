package org.tgov.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;

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
            throw new Refused(Refusal.about("name", "organisation.name.required"));
        }
        if (PlainText.hasControlCharacters(name)) {
            throw new Refused(Refusal.about("name", "organisation.name.controlCharacters"));
        }
        if (PlainText.length(name.strip()) > 200) {
            throw new Refused(Refusal.about("name", "organisation.name.tooLong"));
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
