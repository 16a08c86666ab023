package org.tgov.benefits.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.validation.BindingResult;
import org.tgov.benefits.Confidence;
import org.tgov.benefits.SavingsTargetDetails;
import org.tgov.benefits.SavingsTargetView;
import org.tgov.shared.FieldName;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.web.MoneyField;

/** The add and change savings target screen. Amounts stay as typed so that a mistake is shown back. */
public class SavingsForm {

    @NotNull(message = "{workstream.required}")
    private Long workstreamId;

    @NotNull(message = "{financialYear.required}")
    private Integer financialYear;

    @NotBlank(message = "{savings.description.required}")
    @Size(max = 500, message = "{description.tooLong}")
    private String description = "";

    private String planned = "";

    private String delivered = "";

    @NotNull(message = "{savings.cashable.required}")
    private Boolean cashable;

    @Size(max = 10000, message = "{savings.evidence.tooLong}")
    private String evidence = "";

    @NotNull(message = "{savings.confidence.required}")
    private Confidence confidence;

    private long version;

    static SavingsForm of(SavingsTargetView target) {
        SavingsForm form = new SavingsForm();
        form.workstreamId = target.workstreamId();
        form.financialYear = target.year().startYear();
        form.description = target.description();
        form.planned = target.planned().plain();
        form.delivered = target.delivered().plain();
        form.cashable = target.cashable();
        form.evidence = target.evidence() == null ? "" : target.evidence();
        form.confidence = target.confidence();
        form.version = target.version();
        return form;
    }

    /**
     * The details, or null when the form has errors (added to {@code binding}).
     *
     * @param years the financial years that may be chosen
     */
    SavingsTargetDetails toDetails(BindingResult binding, List<FinancialYear> years) {
        Money plannedAmount = amount(binding, "planned", planned, FieldName.of("savings.field.planned"), true);
        Money deliveredAmount = amount(binding, "delivered", delivered, FieldName.of("savings.field.delivered"), false);
        FinancialYear year = financialYear == null ? null
                : years.stream().filter(y -> y.startYear() == financialYear).findFirst().orElse(null);
        if (financialYear != null && year == null) {
            binding.rejectValue("financialYear", "financialYear.otherProgramme");
        }
        if (binding.hasErrors()) {
            return null;
        }
        return new SavingsTargetDetails(workstreamId, year, description, plannedAmount, deliveredAmount, cashable,
                evidence, confidence);
    }

    /** Parses an amount, adding a field error in GOV.UK words when it cannot; blank is £0 unless required. */
    static Money amount(BindingResult binding, String field, String text, FieldName name, boolean required) {
        Money amount = MoneyField.parse(text, binding, field, name, required);
        return amount == null && !required && (text == null || text.isBlank()) ? Money.ZERO : amount;
    }

    public Long getWorkstreamId() {
        return workstreamId;
    }

    public void setWorkstreamId(Long workstreamId) {
        this.workstreamId = workstreamId;
    }

    public Integer getFinancialYear() {
        return financialYear;
    }

    public void setFinancialYear(Integer financialYear) {
        this.financialYear = financialYear;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getPlanned() {
        return planned;
    }

    public void setPlanned(String planned) {
        this.planned = planned;
    }

    public String getDelivered() {
        return delivered;
    }

    public void setDelivered(String delivered) {
        this.delivered = delivered;
    }

    public Boolean getCashable() {
        return cashable;
    }

    public void setCashable(Boolean cashable) {
        this.cashable = cashable;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public Confidence getConfidence() {
        return confidence;
    }

    public void setConfidence(Confidence confidence) {
        this.confidence = confidence;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
