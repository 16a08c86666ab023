package org.tgov.reporting;

import org.tgov.benefits.SavingsTarget;
import org.tgov.budget.CostLine;
import org.tgov.funding.FundingStream;
import org.tgov.funding.FundingStreamType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.reporting.CapitalReceiptsUse.FundedLine;
import org.tgov.budget.internal.CostLineRepository;
import org.tgov.reporting.internal.FinanceFactsRepository;
import org.tgov.funding.internal.FundingStreamRepository;
import org.tgov.benefits.internal.SavingsTargetRepository;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/**
 * Read side for the auditor's view of capital receipts: a fixed handful of queries (streams,
 * cost lines, budget and actual sums, savings targets), filtered here to what capital receipts fund.
 */
@Service
@Transactional(readOnly = true)
public class CapitalReceiptsReport {

    private final ProgrammeManagement programmes;
    private final FundingStreamRepository streams;
    private final CostLineRepository costLines;
    private final FinanceFactsRepository facts;
    private final SavingsTargetRepository targets;

    CapitalReceiptsReport(ProgrammeManagement programmes, FundingStreamRepository streams, CostLineRepository costLines,
            FinanceFactsRepository facts, SavingsTargetRepository targets) {
        this.programmes = programmes;
        this.streams = streams;
        this.costLines = costLines;
        this.facts = facts;
        this.targets = targets;
    }

    public CapitalReceiptsUse of(Long programmeId) {
        TreeSet<FinancialYear> years = new TreeSet<>(programmes.get(programmeId).financialYears());
        Map<Long, FundingStream> capitalReceipts = streams.findWithAmounts(programmeId).stream()
                .filter(s -> s.getType() == FundingStreamType.CAPITAL_RECEIPTS)
                .collect(Collectors.toMap(FundingStream::getId, Function.identity()));
        if (capitalReceipts.isEmpty()) {
            return new CapitalReceiptsUse(List.copyOf(years), List.of(), List.of(), Map.of());
        }
        Map<FinancialYear, Money> funding = new TreeMap<>();
        capitalReceipts.values().forEach(s -> s.amountsByYear().forEach((year, amount) -> funding.merge(year, amount, Money::plus)));
        List<CostLine> funded = costLines.findByProgrammeIdOrderByCode(programmeId).stream()
                .filter(c -> capitalReceipts.containsKey(c.getFundingStreamId())).toList();
        Map<Long, Map<FinancialYear, Money>> budget = byCostLineAndYear(facts.budget(programmeId));
        Map<Long, Map<FinancialYear, Money>> actual = byCostLineAndYear(facts.actual(programmeId));
        Map<Long, SavingsTarget> targetsById = targets.findByProgrammeIdOrderByFinancialYearAscIdAsc(programmeId).stream()
                .collect(Collectors.toMap(SavingsTarget::getId, Function.identity()));

        List<FundedLine> lines = new ArrayList<>();
        Map<Long, SavingsTarget> linked = new LinkedHashMap<>();
        for (CostLine line : funded) {
            SavingsTarget target = line.getSavingsTargetId() == null ? null : targetsById.get(line.getSavingsTargetId());
            if (target != null) {
                linked.putIfAbsent(target.getId(), target);
            }
            FundedLine fundedLine = new FundedLine(line, capitalReceipts.get(line.getFundingStreamId()).getName(), target,
                    budget.getOrDefault(line.getId(), Map.of()), actual.getOrDefault(line.getId(), Map.of()));
            years.addAll(fundedLine.years());
            lines.add(fundedLine);
        }
        years.addAll(funding.keySet());
        linked.values().forEach(t -> years.add(t.financialYear()));
        List<SavingsTarget> linkedTargets = linked.values().stream()
                .sorted(Comparator.comparing(SavingsTarget::financialYear).thenComparing(SavingsTarget::getId)).toList();
        return new CapitalReceiptsUse(List.copyOf(years), lines, linkedTargets, funding);
    }

    /** Rows of [cost line id, financial year, amount] as amounts by cost line and year. */
    private static Map<Long, Map<FinancialYear, Money>> byCostLineAndYear(List<Object[]> rows) {
        Map<Long, Map<FinancialYear, Money>> result = new HashMap<>();
        for (Object[] row : rows) {
            result.computeIfAbsent((Long) row[0], id -> new TreeMap<>())
                    .merge(new FinancialYear((Integer) row[1]), Money.of((BigDecimal) row[2]), Money::plus);
        }
        return result;
    }
}
