package org.tgov.programme.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import org.springframework.validation.BindingResult;
import org.tgov.programme.Programme;
import org.tgov.programme.ProgrammeDetails;
import org.tgov.programme.ProgrammeStatus;
import org.tgov.shared.FieldName;
import org.tgov.shared.web.DateInput;

/** The create and edit programme screen. */
public class ProgrammeForm {

    @NotBlank(message = "{programme.name.required}")
    @Size(max = 200, message = "{name.tooLong}")
    private String name = "";

    @NotBlank(message = "{programme.sro.required}")
    @Size(max = 200, message = "{programme.sro.tooLong}")
    private String sro = "";

    private DateInput start = new DateInput();

    private DateInput end = new DateInput();

    @NotBlank(message = "{programme.aims.required}")
    @Size(max = 10000, message = "{programme.aims.tooLong}")
    private String aims = "";

    @NotNull(message = "{programme.status.required}")
    private ProgrammeStatus status;

    private long version;

    static ProgrammeForm of(Programme programme) {
        ProgrammeForm form = new ProgrammeForm();
        form.name = programme.getName();
        form.sro = programme.getSro();
        form.start = DateInput.of(programme.getStartDate());
        form.end = DateInput.of(programme.getEndDate());
        form.aims = String.join("\n", programme.getAims());
        form.status = programme.getStatus();
        form.version = programme.getVersion();
        return form;
    }

    /**
     * The details, or null when the form has errors (added to {@code binding}). The dates are read
     * even when other fields already have errors, so that every mistake is shown at once.
     */
    ProgrammeDetails toDetails(BindingResult binding) {
        LocalDate startDate = start.toDate(binding, "start", FieldName.of("programme.field.start"), true);
        LocalDate endDate = end.toDate(binding, "end", FieldName.of("programme.field.end"), true);
        if (binding.hasErrors()) {
            return null;
        }
        return new ProgrammeDetails(name, sro, startDate, endDate, Arrays.asList(aims.split("\\R")), status);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSro() {
        return sro;
    }

    public void setSro(String sro) {
        this.sro = sro;
    }

    public DateInput getStart() {
        return start;
    }

    public void setStart(DateInput start) {
        this.start = start;
    }

    public DateInput getEnd() {
        return end;
    }

    public void setEnd(DateInput end) {
        this.end = end;
    }

    public String getAims() {
        return aims;
    }

    public void setAims(String aims) {
        this.aims = aims;
    }

    public ProgrammeStatus getStatus() {
        return status;
    }

    public void setStatus(ProgrammeStatus status) {
        this.status = status;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
