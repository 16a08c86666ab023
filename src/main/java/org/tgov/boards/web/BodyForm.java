package org.tgov.boards.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tgov.boards.BodyDetails;
import org.tgov.boards.BodyType;
import org.tgov.boards.Cadence;
import org.tgov.boards.GovernanceBody;

/** The create and edit governance body screen. */
public class BodyForm {

    @NotBlank(message = "{body.name.required}")
    @Size(max = 200, message = "{name.tooLong}")
    private String name = "";

    @NotNull(message = "{body.type.required}")
    private BodyType type;

    private Long chairUserId;

    @Size(max = 200, message = "{body.chairRole.tooLong}")
    private String chairRole = "";

    @NotNull(message = "{body.cadence.required}")
    private Cadence cadence;

    @Size(max = 10000, message = "{body.remit.tooLong}")
    private String remit = "";

    private boolean decidesChangeRequests;

    private long version;

    static BodyForm of(GovernanceBody body) {
        BodyForm form = new BodyForm();
        form.name = body.getName();
        form.type = body.getType();
        form.chairUserId = body.getChairUserId();
        form.chairRole = body.getChairRole();
        form.cadence = body.getCadence();
        form.remit = body.getRemit();
        form.decidesChangeRequests = body.isDecidesChangeRequests();
        form.version = body.getVersion();
        return form;
    }

    BodyDetails toDetails() {
        return new BodyDetails(name, type, chairUserId, chairRole, cadence, remit, decidesChangeRequests);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BodyType getType() {
        return type;
    }

    public void setType(BodyType type) {
        this.type = type;
    }

    public Long getChairUserId() {
        return chairUserId;
    }

    public void setChairUserId(Long chairUserId) {
        this.chairUserId = chairUserId;
    }

    public String getChairRole() {
        return chairRole;
    }

    public void setChairRole(String chairRole) {
        this.chairRole = chairRole;
    }

    public Cadence getCadence() {
        return cadence;
    }

    public void setCadence(Cadence cadence) {
        this.cadence = cadence;
    }

    public String getRemit() {
        return remit;
    }

    public void setRemit(String remit) {
        this.remit = remit;
    }

    public boolean isDecidesChangeRequests() {
        return decidesChangeRequests;
    }

    public void setDecidesChangeRequests(boolean decidesChangeRequests) {
        this.decidesChangeRequests = decidesChangeRequests;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
