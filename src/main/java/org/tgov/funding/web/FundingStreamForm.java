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
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.web.MoneyField;

/** The add and change funding stream screen: its amounts are typed per financial year, keyed by the year's start. */
public class FundingStreamForm {

    @NotBlank(message = "Enter the funding stream's name")
    @Size(max = 200, message = "Name must be 200 characters or fewer")
    private String name = "";

    @NotNull(message = "Select the type of funding")
    private FundingStreamType type;

    @Size(max = 10000, message = "Notes must be 10,000 characters or fewer")
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
            Money amount = MoneyField.parse(amounts.get(year.startYear()), binding, field, "amount for " + year.label(), false);
            if (amount != null && amount.isNegative()) {
                binding.rejectValue(field, "negative", "Amount for " + year.label() + " must be £0 or more");
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
