package org.tgov.budget.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.validation.BindingResult;
import org.tgov.budget.CostCategory;
import org.tgov.budget.CostLineDetails;
import org.tgov.budget.CostLineView;
import org.tgov.budget.ExpenditureType;
import org.tgov.shared.FieldName;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.web.Decimals;
import org.tgov.shared.web.MoneyField;

/** The add and change cost line screen, with the original budget for each financial year. */
public class CostLineForm {

    private static final BigDecimal MAX_FTE = BigDecimal.valueOf(10_000);

    @NotNull(message = "{workstream.required}")
    private Long workstreamId;

    @NotBlank(message = "{costLine.code.required}")
    @Pattern(regexp = "\\s*[A-Za-z0-9._/-]{0,40}\\s*",
            message = "{costLine.code.format}")
    private String code = "";

    @NotBlank(message = "{costLine.name.required}")
    @Size(max = 200, message = "{name.tooLong}")
    private String name = "";

    @NotNull(message = "{costLine.category.required}")
    private CostCategory category;

    @NotNull(message = "{costLine.expenditureType.required}")
    private ExpenditureType expenditureType;

    /** The funding stream of each financial year, by the year's start. */
    private Map<Integer, Long> streams = new TreeMap<>();

    private Long fundingDecisionId;

    private Set<Long> savingsTargetIds = new HashSet<>();

    private String fte = "";

    private boolean illustrative;

    /** Amount as typed, by the start year of each financial year. */
    private Map<Integer, String> budget = new TreeMap<>();

    private long version;

    /** A new line: every year on the programme's only funding stream, when it has just one. */
    static CostLineForm forNew(List<FinancialYear> years, Long onlyStream) {
        CostLineForm form = new CostLineForm();
        if (onlyStream != null) {
            years.forEach(year -> form.streams.put(year.startYear(), onlyStream));
        }
        return form;
    }

    static CostLineForm of(CostLineView costLine, Map<FinancialYear, Money> originalBudget) {
        CostLineForm form = new CostLineForm();
        form.workstreamId = costLine.workstreamId();
        form.code = costLine.code();
        form.name = costLine.name();
        form.category = costLine.category();
        form.expenditureType = costLine.expenditureType();
        costLine.streams().forEach((year, stream) -> form.streams.put(year.startYear(), stream));
        form.fundingDecisionId = costLine.fundingDecisionId();
        form.savingsTargetIds = new HashSet<>(costLine.savingsTargetIds());
        form.fte = costLine.fte().stripTrailingZeros().toPlainString();
        form.illustrative = costLine.illustrative();
        originalBudget.forEach((year, amount) -> form.budget.put(year.startYear(), amount.plain()));
        form.version = costLine.version();
        return form;
    }

    /** The details for the years offered, or null when the form has errors (added to {@code binding}). */
    CostLineDetails toDetails(BindingResult binding, Collection<FinancialYear> years) {
        BigDecimal parsedFte = Decimals.parse(fte, binding, "fte", FieldName.of("field.fte"), MAX_FTE);
        if (binding.hasErrors()) {
            return null;
        }
        Map<FinancialYear, Long> byYear = new TreeMap<>();
        years.stream().filter(year -> streams.get(year.startYear()) != null)
                .forEach(year -> byYear.put(year, streams.get(year.startYear())));
        return new CostLineDetails(workstreamId, code, name, category, expenditureType, byYear, fundingDecisionId,
                savingsTargetIds, parsedFte == null ? BigDecimal.ZERO : parsedFte, illustrative);
    }

    /** The original budget for each of {@code years} (blank is £0), with errors added to {@code binding}. */
    Map<FinancialYear, Money> toBudget(Collection<FinancialYear> years, BindingResult binding) {
        Map<FinancialYear, Money> amounts = new LinkedHashMap<>();
        for (FinancialYear year : years) {
            String field = "budget[" + year.startYear() + "]";
            FieldName name = FieldName.of("budget.field.budgetFor", year.label());
            Money amount = MoneyField.parse(budget.get(year.startYear()), binding, field, name, false);
            if (amount != null && amount.isNegative()) {
                binding.rejectValue(field, "amount.notNegative", new Object[] {name.atStart()}, null);
            } else {
                amounts.put(year, amount == null ? Money.ZERO : amount);
            }
        }
        return amounts;
    }

    public Long getWorkstreamId() {
        return workstreamId;
    }

    public void setWorkstreamId(Long workstreamId) {
        this.workstreamId = workstreamId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public CostCategory getCategory() {
        return category;
    }

    public void setCategory(CostCategory category) {
        this.category = category;
    }

    public ExpenditureType getExpenditureType() {
        return expenditureType;
    }

    public void setExpenditureType(ExpenditureType expenditureType) {
        this.expenditureType = expenditureType;
    }

    public Map<Integer, Long> getStreams() {
        return streams;
    }

    public void setStreams(Map<Integer, Long> streams) {
        this.streams = streams == null ? new TreeMap<>() : streams;
    }

    public Long getFundingDecisionId() {
        return fundingDecisionId;
    }

    public void setFundingDecisionId(Long fundingDecisionId) {
        this.fundingDecisionId = fundingDecisionId;
    }

    public Set<Long> getSavingsTargetIds() {
        return savingsTargetIds;
    }

    public void setSavingsTargetIds(Set<Long> savingsTargetIds) {
        this.savingsTargetIds = savingsTargetIds == null ? new HashSet<>() : savingsTargetIds;
    }

    public String getFte() {
        return fte;
    }

    public void setFte(String fte) {
        this.fte = fte;
    }

    public boolean isIllustrative() {
        return illustrative;
    }

    public void setIllustrative(boolean illustrative) {
        this.illustrative = illustrative;
    }

    public Map<Integer, String> getBudget() {
        return budget;
    }

    public void setBudget(Map<Integer, String> budget) {
        this.budget = budget;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
