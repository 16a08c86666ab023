package org.tgov.funding.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.validation.BindingResult;
import org.tgov.funding.FundingStreamType;
import org.tgov.funding.StreamDetails;
import org.tgov.funding.StreamView;
import org.tgov.shared.FieldName;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.web.MoneyField;

/** The add and change funding stream screen: its amounts are typed per financial year, keyed by the year's start. */
public class FundingStreamForm {

    @NotBlank(message = "{funding.stream.name.required}")
    @Size(max = 200, message = "{name.tooLong}")
    private String name = "";

    @NotNull(message = "{funding.stream.type.required}")
    private FundingStreamType type;

    @Size(max = 10000, message = "{notes.tooLong}")
    private String notes = "";

    /** Bound as amounts[2022]; a blank amount means the stream has no money that year. */
    private Map<Integer, String> amounts = new TreeMap<>();

    private long version;

    static FundingStreamForm of(StreamView stream) {
        FundingStreamForm form = new FundingStreamForm();
        form.name = stream.name();
        form.type = stream.type();
        form.notes = stream.notes() == null ? "" : stream.notes();
        stream.amounts().forEach((year, amount) -> form.amounts.put(year.startYear(), amount.plain()));
        form.version = stream.version();
        return form;
    }

    StreamDetails toDetails() {
        return new StreamDetails(name, type, notes);
    }

    static String field(FinancialYear year) {
        return "amounts[" + year.startYear() + "]";
    }

    /**
     * The amount for each of {@code years} that has one, or null when an amount cannot be read or
     * is negative (each error is added to its year's field). Years not offered are ignored.
     */
    Map<FinancialYear, Money> toAmounts(BindingResult binding, List<FinancialYear> years) {
        Map<FinancialYear, Money> byYear = new TreeMap<>();
        for (FinancialYear year : years) {
            String field = field(year);
            FieldName name = FieldName.of("funding.field.amountFor", year.label());
            Money amount = MoneyField.parse(amounts.get(year.startYear()), binding, field, name, false);
            if (amount != null && amount.isNegative()) {
                binding.rejectValue(field, "amount.notNegative", new Object[] {name.atStart()}, null);
            } else if (amount != null) {
                byYear.put(year, amount);
            }
        }
        return binding.hasErrors() ? null : byYear;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public FundingStreamType getType() {
        return type;
    }

    public void setType(FundingStreamType type) {
        this.type = type;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Map<Integer, String> getAmounts() {
        return amounts;
    }

    public void setAmounts(Map<Integer, String> amounts) {
        this.amounts = amounts;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
