package org.tgov.funding.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tgov.funding.DecisionDetails;
import org.tgov.funding.NewTranche;
import org.tgov.funding.StreamDetails;
import org.tgov.shared.FieldName;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.Refusal;

/**
 * The rules of funding, each a named policy answering with a refusal and its reason, or nothing.
 * A use case asks every rule that applies and refuses with all their reasons at once.
 */
public final class FundingRules {

    private FundingRules() {
    }

    /** A stream has a name and a type, and no negative amount. */
    public static List<Optional<Refusal>> streamIsComplete(StreamDetails details, Map<FinancialYear, Money> amounts) {
        List<Optional<Refusal>> answers = new ArrayList<>();
        answers.add(details.name() == null || details.name().isEmpty()
                ? Refusal.about("name", "funding.stream.name.required").asOptional() : Optional.empty());
        answers.add(details.type() == null ? Refusal.about("type", "funding.stream.type.required").asOptional() : Optional.empty());
        amounts.forEach((year, amount) -> answers.add(amount.isNegative()
                ? Refusal.about("amounts[" + year.startYear() + "]", "amount.notNegative",
                        FieldName.of("funding.field.amountFor", year).atStart()).asOptional()
                : Optional.empty()));
        return answers;
    }

    /** Names tell a programme's streams apart. */
    public static Optional<Refusal> streamNameIsFree(String name, boolean taken) {
        return taken ? Refusal.about("name", "funding.stream.name.taken", name).asOptional() : Optional.empty();
    }

    /** A decision says who decided, when, under which reference, and a positive amount. */
    public static List<Optional<Refusal>> decisionIsComplete(DecisionDetails details) {
        return List.of(
                blank(details.decidedBy()) ? Refusal.about("decidedBy", "funding.decision.decidedBy.required").asOptional() : Optional.empty(),
                details.decidedOn() == null
                        ? Refusal.about("decidedOn", "field.required", FieldName.of("funding.field.decidedOn")).asOptional()
                        : Optional.empty(),
                blank(details.reference()) ? Refusal.about("reference", "funding.decision.reference.required").asOptional() : Optional.empty(),
                details.amount() == null || !details.amount().isPositive()
                        ? Refusal.about("amount", "amount.positive").asOptional() : Optional.empty());
    }

    public static Optional<Refusal> decisionReferenceIsFree(String reference, boolean taken) {
        return taken ? Refusal.about("reference", "funding.decision.reference.taken", reference).asOptional() : Optional.empty();
    }

    /**
     * The streams a decision draws on are the programme's own, each gives more than £0, and
     * together they give exactly the decision's amount (a decision may name no stream at all).
     */
    public static List<Optional<Refusal>> sourcesAddUp(DecisionDetails details, Set<Long> programmeStreams) {
        List<Optional<Refusal>> answers = new ArrayList<>();
        if (!programmeStreams.containsAll(details.sources().keySet())) {
            answers.add(Refusal.about("sources", "funding.decision.sources.otherProgramme").asOptional());
        }
        if (details.sources().values().stream().anyMatch(amount -> !amount.isPositive())) {
            answers.add(Refusal.about("sources", "funding.decision.sources.positive").asOptional());
        }
        if (!details.sources().isEmpty() && details.amount() != null && !details.sourcesTotal().equals(details.amount())) {
            answers.add(Refusal.about("sources", "funding.decision.sources.total", details.sourcesTotal(), details.amount())
                    .asOptional());
        }
        return answers;
    }

    /** Tranches together can never come to more than their decision. */
    public static Optional<Refusal> trancheFits(Money decisionAmount, Money tranchesTotal, Money adding) {
        Money after = tranchesTotal.plus(adding);
        return after.isGreaterThan(decisionAmount)
                ? Refusal.about("amount", "funding.tranche.total.exceeded", after, decisionAmount,
                        decisionAmount.minus(tranchesTotal)).asOptional()
                : Optional.empty();
    }

    /** A decision cannot be made smaller than the tranches it has already been released in. */
    public static Optional<Refusal> decisionCoversTranches(Money amount, Money tranchesTotal) {
        return amount != null && tranchesTotal.isGreaterThan(amount)
                ? Refusal.about("amount", "funding.decision.amount.belowTranches", tranchesTotal).asOptional()
                : Optional.empty();
    }

    /** A tranche has a name, a positive amount and the date it is available from. */
    public static List<Optional<Refusal>> trancheIsComplete(NewTranche tranche) {
        return List.of(
                blank(tranche.name()) ? Refusal.about("name", "funding.tranche.name.required").asOptional() : Optional.empty(),
                tranche.amount() == null || !tranche.amount().isPositive()
                        ? Refusal.about("amount", "amount.positive").asOptional() : Optional.empty(),
                tranche.availableFrom() == null
                        ? Refusal.about("availableFrom", "field.required", FieldName.of("funding.field.availableFrom")).asOptional()
                        : Optional.empty(),
                releasedBeforeAvailable(tranche.availableFrom(), tranche.releasedOn()));
    }

    /** Money cannot be released before it is available. */
    public static Optional<Refusal> releasedBeforeAvailable(LocalDate availableFrom, LocalDate releasedOn) {
        return availableFrom != null && releasedOn != null && releasedOn.isBefore(availableFrom)
                ? Refusal.about("releasedOn", "funding.tranche.releasedBeforeAvailable").asOptional() : Optional.empty();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
