package org.tgov.budget.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tgov.budget.CostLineDetails;
import org.tgov.shared.FieldName;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.Refusal;

/**
 * What makes a cost line whole: a workstream, a code the finance system can match, a name, a
 * category and a type of spend; a funding stream for every year it has a budget in; no negative
 * budget; and only the programme's own workstream, streams, decision and savings targets.
 */
public final class CostLinePolicy {

    private static final String CODE = "[A-Z0-9._/-]{1,40}";

    private CostLinePolicy() {
    }

    public static List<Optional<Refusal>> isComplete(CostLineDetails details, Map<FinancialYear, Money> budget) {
        List<Optional<Refusal>> answers = new ArrayList<>();
        answers.add(details.workstreamId() == null ? Refusal.about("workstreamId", "workstream.required").asOptional() : Optional.empty());
        if (details.code() == null || details.code().isEmpty()) {
            answers.add(Refusal.about("code", "costLine.code.required").asOptional());
        } else if (!details.code().matches(CODE)) {
            answers.add(Refusal.about("code", "costLine.code.format").asOptional());
        }
        answers.add(details.name() == null || details.name().isEmpty() ? Refusal.about("name", "costLine.name.required").asOptional() : Optional.empty());
        answers.add(details.category() == null ? Refusal.about("category", "costLine.category.required").asOptional() : Optional.empty());
        answers.add(details.expenditureType() == null ? Refusal.about("expenditureType", "costLine.expenditureType.required").asOptional() : Optional.empty());
        answers.add(details.fte().signum() < 0 || details.fte().stripTrailingZeros().scale() > 2
                ? Refusal.about("fte", "number.format", FieldName.of("field.fte").atStart()).asOptional() : Optional.empty());
        budget.forEach((year, amount) -> {
            if (amount.isNegative()) {
                answers.add(Refusal.about("budget[" + year.startYear() + "]", "amount.notNegative",
                        FieldName.of("budget.field.budgetFor", year).atStart()).asOptional());
            } else if (amount.isPositive() && details.streams().get(year) == null) {
                answers.add(Refusal.about("streams[" + year.startYear() + "]", "costLine.stream.required", year).asOptional());
            }
        });
        return answers;
    }

    /** The workstream, streams, decision and savings targets the line names are the programme's own. */
    public static List<Optional<Refusal>> ownRecords(CostLineDetails details, Set<Long> workstreams, Set<Long> streams,
            Set<Long> decisions, Set<Long> savingsTargets) {
        List<Optional<Refusal>> answers = new ArrayList<>();
        if (details.workstreamId() != null && !workstreams.contains(details.workstreamId())) {
            answers.add(Refusal.about("workstreamId", "workstream.otherProgramme").asOptional());
        }
        details.streams().forEach((year, stream) -> {
            if (!streams.contains(stream)) {
                answers.add(Refusal.about("streams[" + year.startYear() + "]", "costLine.stream.otherProgramme", year).asOptional());
            }
        });
        if (details.fundingDecisionId() != null && !decisions.contains(details.fundingDecisionId())) {
            answers.add(Refusal.about("fundingDecisionId", "costLine.decision.otherProgramme").asOptional());
        }
        if (!savingsTargets.containsAll(details.savingsTargetIds())) {
            answers.add(Refusal.about("savingsTargetIds", "costLine.savingsTargets.otherProgramme").asOptional());
        }
        return answers;
    }

    public static Optional<Refusal> codeIsFree(String code, boolean taken) {
        return taken ? Refusal.about("code", "costLine.code.taken", code).asOptional() : Optional.empty();
    }
}
