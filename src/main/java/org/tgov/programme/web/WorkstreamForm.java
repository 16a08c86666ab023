package org.tgov.programme.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.tgov.programme.Workstream;

/** The add and change workstream screen. */
public class WorkstreamForm {

    @NotBlank(message = "{workstream.name.required}")
    @Size(max = 200, message = "{name.tooLong}")
    private String name = "";

    @Size(max = 200, message = "{workstream.lead.tooLong}")
    private String lead = "";

    @Size(max = 10000, message = "{workstream.description.tooLong}")
    private String description = "";

    private long version;

    static WorkstreamForm of(Workstream workstream) {
        WorkstreamForm form = new WorkstreamForm();
        form.name = workstream.getName();
        form.lead = workstream.getLead() == null ? "" : workstream.getLead();
        form.description = workstream.getDescription() == null ? "" : workstream.getDescription();
        form.version = workstream.getVersion();
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
