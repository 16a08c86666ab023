package org.tgov.finance;

import java.util.List;
import org.tgov.shared.Money;

/**
 * What importing a spend file would do: every row with its cost line, every problem with its line
 * number, and the total. A file is imported only when it has no problems at all.
 */
public record ImportPreview(String fileName, String sha256, List<PreviewRow> rows, List<String> fileProblems,
        SpendImport alreadyImported) {

    public record PreviewRow(int lineNumber, SpendLine line, String costLineName, String problem) {
    }

    public boolean canImport() {
        return alreadyImported == null && fileProblems.isEmpty() && rows.stream().allMatch(r -> r.problem() == null);
    }

    public List<PreviewRow> problemRows() {
        return rows.stream().filter(r -> r.problem() != null).toList();
    }

    public int validRowCount() {
        return (int) rows.stream().filter(r -> r.problem() == null).count();
    }

    public Money total() {
        return rows.stream().filter(r -> r.line() != null).map(r -> r.line().amount()).reduce(Money.ZERO, Money::plus);
    }
}
