package org.tgov.improvement.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.tgov.improvement.EditableArea;

/** The "add a priority area" and "rename a priority area" screens. */
public class PriorityAreaForm {

    @NotBlank(message = "{improvement.area.name.required}")
    @Size(max = 200, message = "{improvement.area.name.tooLong}")
    private String name = "";

    private long version;

    static PriorityAreaForm of(EditableArea area) {
        PriorityAreaForm form = new PriorityAreaForm();
        form.name = area.name();
        form.version = area.version();
        return form;
    }


    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
