package org.tgov.funding.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.BindingResult;
import org.tgov.funding.DecisionDetails;
import org.tgov.funding.DecisionView;
import org.tgov.shared.FieldName;
import org.tgov.shared.Money;
import org.tgov.shared.web.DateInput;
import org.tgov.shared.web.MoneyField;

/**
 * The add and change funding decision screen. The streams the decision draws on come as a fixed
 * number of rows, so the page needs no JavaScript; rows left blank are ignored, and a single
 * stream left without an amount gives the whole amount.
 */
public class FundingDecisionForm {

    static final int ROWS = 3;

    @NotBlank(message = "{funding.decision.decidedBy.required}")
    @Size(max = 200, message = "{funding.decision.decidedBy.tooLong}")
    private String decidedBy = "";

    private DateInput decidedOn = new DateInput();

    @NotBlank(message = "{funding.decision.reference.required}")
    @Size(max = 100, message = "{reference.tooLong}")
    private String reference = "";

    private String amount = "";

    private List<Source> sources = new ArrayList<>();

    @Size(max = 10000, message = "{notes.tooLong}")
    private String notes = "";

    private long version;

    /** One stream the decision draws on, and how much of the decision it gives. */
    public static class Source {

        private Long streamId;
        private String amount = "";

        public Long getStreamId() {
            return streamId;
        }

        public void setStreamId(Long streamId) {
            this.streamId = streamId;
        }

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount;
        }

        boolean isBlank() {
            return streamId == null && (amount == null || amount.isBlank());
        }
    }

    public FundingDecisionForm() {
        padRows();
    }

    static FundingDecisionForm of(DecisionView decision) {
        FundingDecisionForm form = new FundingDecisionForm();
        form.decidedBy = decision.decidedBy();
        form.decidedOn = DateInput.of(decision.decidedOn());
        form.reference = decision.reference();
        form.amount = decision.amount().plain();
        form.sources = new ArrayList<>();
        decision.sources().forEach((stream, money) -> {
            Source source = new Source();
            source.streamId = stream;
            source.amount = money.plain();
            form.sources.add(source);
        });
        form.notes = decision.notes() == null ? "" : decision.notes();
        form.version = decision.version();
        form.padRows();
        return form;
    }

    /** At least {@link #ROWS} rows, and always one blank one. */
    void padRows() {
        int wanted = Math.max(ROWS, (int) sources.stream().filter(s -> !s.isBlank()).count() + 1);
        while (sources.size() < wanted) {
            sources.add(new Source());
        }
    }

    /** The details, or null when the form has errors (added to {@code binding}). */
    DecisionDetails toDetails(BindingResult binding) {
        LocalDate on = decidedOn.toDate(binding, "decidedOn", FieldName.of("funding.field.decidedOn"), true);
        Money total = MoneyField.parse(amount, binding, "amount", FieldName.of("field.amount"), true);
        Map<Long, Money> byStream = new LinkedHashMap<>();
        long named = sources.stream().filter(s -> s.streamId != null).count();
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            if (source.isBlank()) {
                continue;
            }
            String field = "sources[" + i + "]";
            if (source.streamId == null) {
                binding.rejectValue(field + ".streamId", "funding.decision.sources.streamRequired", new Object[] {i + 1}, null);
                continue;
            }
            boolean whole = named == 1 && (source.amount == null || source.amount.isBlank());
            Money part = whole ? total : MoneyField.parse(source.amount, binding, field + ".amount",
                    FieldName.of("funding.field.sourceAmount", i + 1), true);
            if (byStream.containsKey(source.streamId)) {
                binding.rejectValue(field + ".streamId", "funding.decision.sources.duplicate");
            } else if (part != null) {
                byStream.put(source.streamId, part);
            }
        }
        if (binding.hasErrors()) {
            padRows();
            return null;
        }
        return new DecisionDetails(decidedBy, on, reference, total, byStream, notes);
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
    }

    public DateInput getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(DateInput decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public List<Source> getSources() {
        return sources;
    }

    public void setSources(List<Source> sources) {
        this.sources = sources == null ? new ArrayList<>() : sources;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
