package org.tgov.spend;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.budget.CostLineLedger;
import org.tgov.budget.CostLineManagement;
import org.tgov.budget.CostLineView;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.Actor;
import org.tgov.shared.FieldName;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.NotFoundException;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;
import org.tgov.spend.ImportPreview.PreviewRow;
import org.tgov.spend.internal.ActualSpend;
import org.tgov.spend.internal.ActualSpendRepository;
import org.tgov.spend.internal.Commitment;
import org.tgov.spend.internal.CommitmentRepository;
import org.tgov.spend.internal.SpendImport;
import org.tgov.spend.internal.SpendImportRepository;
import org.tgov.spend.internal.TrancheGuard;

/**
 * Actual spend (entered or imported) and commitments, always within the released tranches. Each
 * entry reaches its cost line's figures through the budget's ledger in the same transaction.
 */
@Service
@Transactional
public class SpendManagement {

    private final ActualSpendRepository spend;
    private final CommitmentRepository commitments;
    private final SpendImportRepository imports;
    private final CostLineManagement costLines;
    private final CostLineLedger ledger;
    private final TrancheGuard trancheGuard;
    private final ProgrammeManagement programmes;
    private final Clock clock;

    SpendManagement(ActualSpendRepository spend, CommitmentRepository commitments, SpendImportRepository imports,
            CostLineManagement costLines, CostLineLedger ledger, TrancheGuard trancheGuard, ProgrammeManagement programmes,
            Clock clock) {
        this.spend = spend;
        this.commitments = commitments;
        this.imports = imports;
        this.costLines = costLines;
        this.ledger = ledger;
        this.trancheGuard = trancheGuard;
        this.programmes = programmes;
        this.clock = clock;
    }

    public Long record(Long costLineId, LocalDate month, Money amount, String reference, String description) {
        CostLineView costLine = costLines.get(costLineId);
        Refused.unlessAllowed(
                month == null ? Refusal.about("month", "field.required", FieldName.of("spend.field.month")).asOptional() : Optional.empty(),
                amount == null || amount.isZero() ? Refusal.about("amount", "spend.amount.notZero").asOptional() : Optional.empty());
        trancheGuard.check(Map.of(costLine, amount), "amount", true);
        SpendLine line = new SpendLine(costLine.code(), month, amount, reference, description);
        Long id = spend.save(new ActualSpend(costLineId, line, null, clock.instant(), Actor.currentName())).getId();
        ledger.actual(costLineId, FinancialYear.containing(month), amount);
        return id;
    }

    /** The line's spend entries. The caller has read the line; the organisation filter keeps another organisation's out. */
    @Transactional(readOnly = true)
    public List<SpendEntryView> spendOn(Long costLineId) {
        return spend.findByCostLineIdOrderByMonthAscIdAsc(costLineId).stream().map(ActualSpend::view).toList();
    }

    /** Reads and checks a file without saving anything. */
    @Transactional(readOnly = true)
    public ImportPreview preview(Long programmeId, String fileName, byte[] content) {
        return check(programmeId, fileName, content, false);
    }

    /** Imports every row of the file, or nothing: the file is checked again inside the transaction. */
    public ImportPreview importFile(Long programmeId, String fileName, byte[] content) {
        ImportPreview preview = check(programmeId, fileName, content, true);
        if (!preview.canImport()) {
            return preview;
        }
        Map<String, CostLineView> byCode = costLines.byCodes(programmeId,
                preview.rows().stream().map(r -> r.line().costLineCode()).collect(Collectors.toSet()));
        SpendImport batch = imports.save(new SpendImport(programmeId, fileName, preview.sha256(), preview.rows().size(),
                preview.total(), clock.instant(), Actor.currentName()));
        Map<String, Money> byLineAndYear = new LinkedHashMap<>();
        for (PreviewRow row : preview.rows()) {
            CostLineView line = byCode.get(row.line().costLineCode());
            spend.save(new ActualSpend(line.id(), row.line(), batch.getId(), clock.instant(), Actor.currentName()));
            byLineAndYear.merge(line.id() + "/" + FinancialYear.containing(row.line().month()).startYear(),
                    row.line().amount(), Money::plus);
        }
        // The figures move once per cost line and year, however many rows the file has.
        byLineAndYear.forEach((key, amount) -> {
            String[] parts = key.split("/");
            ledger.actual(Long.valueOf(parts[0]), new FinancialYear(Integer.parseInt(parts[1])), amount);
        });
        return preview;
    }

    @Transactional(readOnly = true)
    public List<SpendImportView> recentImports(Long programmeId) {
        return imports.findTop20ByProgrammeIdOrderByImportedAtDesc(programmeId).stream().map(SpendImport::view).toList();
    }

    public Long commit(Long costLineId, LocalDate committedOn, Money amount, String supplier, String reference,
            String description) {
        CostLineView costLine = costLines.get(costLineId);
        Refused.unlessAllowed(
                committedOn == null ? Refusal.about("committedOn", "field.required", FieldName.of("spend.field.committedOn")).asOptional() : Optional.empty(),
                amount == null || !amount.isPositive() ? Refusal.about("amount", "amount.positive").asOptional() : Optional.empty(),
                supplier == null || supplier.isBlank() ? Refusal.about("supplier", "commitment.supplier.required").asOptional() : Optional.empty());
        trancheGuard.check(Map.of(costLine, amount), "amount", true);
        Commitment commitment = commitments.save(new Commitment(costLineId, committedOn, amount, supplier, reference, description));
        ledger.committed(costLineId, commitment.getFinancialYear(), amount);
        return commitment.getId();
    }

    /** The order or contract has been paid (its spend recorded) or cancelled: it no longer counts. */
    public void closeCommitment(Long costLineId, Long commitmentId) {
        Commitment commitment = commitments.findVisible(commitmentId).filter(c -> c.getCostLineId().equals(costLineId))
                .orElseThrow(() -> new NotFoundException("Commitment"));
        if (commitment.close()) {
            ledger.committed(costLineId, commitment.getFinancialYear(), commitment.getAmount().negated());
        }
    }

    /** The line's commitments. The caller has read the line; the organisation filter keeps another organisation's out. */
    @Transactional(readOnly = true)
    public List<CommitmentView> commitmentsOn(Long costLineId) {
        return commitments.findByCostLineIdOrderByCommittedOnAscIdAsc(costLineId).stream().map(Commitment::view).toList();
    }

    /** @param lock whether to lock the funding decisions concerned, as an import must and a preview cannot */
    private ImportPreview check(Long programmeId, String fileName, byte[] content, boolean lock) {
        programmes.get(programmeId);
        String sha256 = sha256(content);
        SpendImportView already = imports.findBySha256(sha256).map(SpendImport::view).orElse(null);
        SpendCsvFile file = SpendCsvFile.read(content);
        List<Refusal> fileProblems = new ArrayList<>();
        if (file.problem() != null) {
            fileProblems.add(file.problem());
        }
        Set<String> codes = file.rows().stream().filter(SpendCsvFile.Row::isValid).map(r -> r.line().costLineCode())
                .collect(Collectors.toSet());
        Map<String, CostLineView> byCode = costLines.byCodes(programmeId, codes);
        List<PreviewRow> preview = new ArrayList<>();
        for (SpendCsvFile.Row row : file.rows()) {
            if (!row.isValid()) {
                preview.add(new PreviewRow(row.lineNumber(), row.line(), null, row.problem(), row.typed()));
                continue;
            }
            CostLineView costLine = byCode.get(row.line().costLineCode());
            Refusal problem = costLine == null ? Refusal.of("spend.csv.unknownCostLine", row.line().costLineCode()) : null;
            preview.add(new PreviewRow(row.lineNumber(), row.line(), costLine == null ? null : costLine.name(), problem,
                    row.typed()));
        }
        List<Refusal> refusals = new ArrayList<>();
        if (fileProblems.isEmpty() && preview.stream().allMatch(r -> r.problem() == null)) {
            Map<CostLineView, Money> adding = preview.stream().collect(Collectors.groupingBy(
                    r -> byCode.get(r.line().costLineCode()), Collectors.reducing(Money.ZERO, r -> r.line().amount(), Money::plus)));
            trancheGuard.answers(adding, "file", lock).forEach(answer -> answer.ifPresent(refusals::add));
        }
        return new ImportPreview(fileName, sha256, file.encoding(), preview, fileProblems, refusals, already);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
