package org.tgov.budget.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.springframework.validation.BindingResult;
import org.tgov.budget.BudgetChange;
import org.tgov.budget.ChangeRequestType;
import org.tgov.budget.ChangeRequestView;
import org.tgov.shared.FieldName;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.web.MoneyField;

/**
 * The draft and edit change request screen. Budget lines come as a fixed number of rows, so the
 * page needs no JavaScript; rows left blank are ignored.
 */
public class ChangeRequestForm {

    static final int ROWS = 6;

    @NotNull(message = "{changeRequest.type.required}")
    private ChangeRequestType type;

    @NotBlank(message = "{changeRequest.title.required}")
    @Size(max = 200, message = "{changeRequest.title.tooLong}")
    private String title = "";

    @NotBlank(message = "{changeRequest.rationale.required}")
    @Size(max = 10000, message = "{changeRequest.rationale.tooLong}")
    private String rationale = "";

    private List<Row> lines = new ArrayList<>();

    private long version;

    public ChangeRequestForm() {
        padRows();
    }

    static ChangeRequestForm of(ChangeRequestView request) {
        ChangeRequestForm form = new ChangeRequestForm();
        form.type = request.type();
        form.title = request.title();
        form.rationale = request.rationale();
        form.version = request.version();
        form.lines = new ArrayList<>(request.changes().stream().map(Row::of).toList());
        form.padRows();
        return form;
    }

    /** At least {@link #ROWS} rows, and always two blank ones to add lines to. */
    void padRows() {
        int wanted = Math.max(ROWS, (int) lines.stream().filter(row -> !row.isBlank()).count() + 2);
        while (lines.size() < wanted) {
            lines.add(new Row());
        }
    }

    /**
     * The budget changes of the rows that are filled in, or null when a row has a mistake (added
     * to {@code binding} against the row's field, such as {@code lines[2].amount}).
     */
    List<BudgetChange> toChanges(BindingResult binding, List<FinancialYear> years) {
        List<BudgetChange> changes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Row row = lines.get(i);
            if (row.isBlank()) {
                continue;
            }
            String field = "lines[" + i + "].";
            int number = i + 1;
            if (row.costLineId == null) {
                binding.rejectValue(field + "costLineId", "changeRequest.lines.costLineRequired", new Object[] {number}, null);
            }
            FinancialYear year = row.year == null ? null
                    : years.stream().filter(y -> y.startYear() == row.year).findFirst().orElse(null);
            if (year == null) {
                binding.rejectValue(field + "year", "changeRequest.lines.yearRequired", new Object[] {number}, null);
            }
            Money amount = amount(row.amount, binding, field + "amount", number);
            if (row.costLineId != null && year != null && amount != null) {
                changes.add(new BudgetChange(row.costLineId, year, amount));
            }
        }
        return binding.hasErrors() ? null : changes;
    }

    private static Money amount(String text, BindingResult binding, String field, int number) {
        return MoneyField.parse(text, binding, field, FieldName.of("budget.field.lineAmount", number), true);
    }

    /** One row of the budget lines table. */
    public static class Row {

        private Long costLineId;
        private Integer year;
        private String amount = "";

        static Row of(BudgetChange change) {
            Row row = new Row();
            row.costLineId = change.costLineId();
            row.year = change.year().startYear();
            row.amount = change.amount().plain();
            return row;
        }

        boolean isBlank() {
            return costLineId == null && year == null && (amount == null || amount.isBlank());
        }

        public Long getCostLineId() {
            return costLineId;
        }

        public void setCostLineId(Long costLineId) {
            this.costLineId = costLineId;
        }

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount;
        }
    }

    public ChangeRequestType getType() {
        return type;
    }

    public void setType(ChangeRequestType type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public List<Row> getLines() {
        return lines;
    }

    public void setLines(List<Row> lines) {
        this.lines = lines;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
