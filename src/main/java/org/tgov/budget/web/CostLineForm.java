package org.tgov.budget.web;

import org.tgov.shared.web.MoneyField;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.validation.BindingResult;
import org.tgov.budget.CostCategory;
import org.tgov.budget.CostLine;
import org.tgov.budget.CostLineDetails;
import org.tgov.budget.ExpenditureType;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/** The add and change cost line screen, with the original budget for each financial year. */
public class CostLineForm {

    private static final BigDecimal MAX_FTE = BigDecimal.valueOf(10_000);

    @NotNull(message = "Select the workstream")
    private Long workstreamId;

    @NotBlank(message = "Enter the cost line's code in the finance system")
    @Pattern(regexp = "\\s*[A-Za-z0-9._/-]{0,40}\\s*",
            message = "Code must be up to 40 letters, numbers, full stops, hyphens, slashes or underscores")
    private String code = "";

    @NotBlank(message = "Enter what the cost line pays for")
    @Size(max = 200, message = "Name must be 200 characters or fewer")
    private String name = "";

    @NotNull(message = "Select the category")
    private CostCategory category;

    @NotNull(message = "Select whether this is improvement or transformation spend")
    private ExpenditureType expenditureType;

    @NotNull(message = "Select the funding stream")
    private Long fundingStreamId;

    private Long fundingDecisionId;

    private Long savingsTargetId;

    private String fte = "";

    private boolean illustrative;

    /** Amount as typed, by the start year of each financial year. */
    private Map<Integer, String> budget = new TreeMap<>();

    private long version;

    static CostLineForm of(CostLine costLine, Map<FinancialYear, Money> originalBudget) {
        CostLineForm form = new CostLineForm();
        form.workstreamId = costLine.getWorkstreamId();
        form.code = costLine.getCode();
        form.name = costLine.getName();
        form.category = costLine.getCategory();
        form.expenditureType = costLine.getExpenditureType();
        form.fundingStreamId = costLine.getFundingStreamId();
        form.fundingDecisionId = costLine.getFundingDecisionId();
        form.savingsTargetId = costLine.getSavingsTargetId();
        form.fte = costLine.getFte().stripTrailingZeros().toPlainString();
        form.illustrative = costLine.isIllustrative();
        originalBudget.forEach((year, amount) -> form.budget.put(year.startYear(), amount.plain()));
        form.version = costLine.getVersion();
        return form;
    }

    /** The details, or null when the form has errors (added to {@code binding}). */
    CostLineDetails toDetails(BindingResult binding) {
        BigDecimal parsedFte = parseFte(binding);
        if (binding.hasErrors()) {
            return null;
        }
        return new CostLineDetails(workstreamId, code, name, category, expenditureType, fundingStreamId,
                fundingDecisionId, savingsTargetId, parsedFte, illustrative);
    }

    private BigDecimal parseFte(BindingResult binding) {
        if (fte == null || fte.isBlank()) {
            return BigDecimal.ZERO;
        }
        try {
            BigDecimal value = new BigDecimal(fte.strip());
            if (value.signum() < 0 || value.stripTrailingZeros().scale() > 2) {
                binding.rejectValue("fte", "invalid", "FTE must be 0 or more, with at most 2 decimal places");
            } else if (value.compareTo(MAX_FTE) >= 0) {
                binding.rejectValue("fte", "invalid", "FTE must be less than 10,000");
            } else {
                return value.setScale(2, RoundingMode.UNNECESSARY);
            }
        } catch (NumberFormatException e) {
            binding.rejectValue("fte", "invalid", "FTE must be a number, like 1.5");
        }
        return null;
    }

    /** The original budget for each of {@code years} (blank is £0), with errors added to {@code binding}. */
    Map<FinancialYear, Money> toBudget(Collection<FinancialYear> years, BindingResult binding) {
        Map<FinancialYear, Money> amounts = new LinkedHashMap<>();
        for (FinancialYear year : years) {
            String field = "budget[" + year.startYear() + "]";
            Money amount = MoneyField.parse(budget.get(year.startYear()), binding, field,
                    "budget for " + year.label(), false);
            if (amount != null && amount.isNegative()) {
                binding.rejectValue(field, "negative", "Budget for " + year.label() + " must be £0 or more");
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

    public Long getFundingStreamId() {
        return fundingStreamId;
    }

    public void setFundingStreamId(Long fundingStreamId) {
        this.fundingStreamId = fundingStreamId;
    }

    public Long getFundingDecisionId() {
        return fundingDecisionId;
    }

    public void setFundingDecisionId(Long fundingDecisionId) {
        this.fundingDecisionId = fundingDecisionId;
    }

    public Long getSavingsTargetId() {
        return savingsTargetId;
    }

    public void setSavingsTargetId(Long savingsTargetId) {
        this.savingsTargetId = savingsTargetId;
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
