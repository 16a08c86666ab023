package org.tgov.spend;

import org.tgov.budget.CostLine;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.spend.ImportPreview.PreviewRow;
import org.tgov.spend.internal.ActualSpendRepository;
import org.tgov.spend.internal.CommitmentRepository;
import org.tgov.budget.internal.CostLineRepository;
import org.tgov.spend.internal.SpendImportRepository;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.Actor;
import org.tgov.shared.Money;
import org.tgov.shared.NotFoundException;
import org.tgov.shared.RuleViolation;

/** Actual spend (entered or imported) and commitments, always within the released tranches. */
@Service
@Transactional
public class SpendManagement {

    private final ActualSpendRepository spend;
    private final CommitmentRepository commitments;
    private final SpendImportRepository imports;
    private final CostLineRepository costLines;
    private final TrancheGuard trancheGuard;
    private final ProgrammeManagement programmes;
    private final Clock clock;

    SpendManagement(ActualSpendRepository spend, CommitmentRepository commitments, SpendImportRepository imports,
            CostLineRepository costLines, TrancheGuard trancheGuard, ProgrammeManagement programmes, Clock clock) {
        this.spend = spend;
        this.commitments = commitments;
        this.imports = imports;
        this.costLines = costLines;
        this.trancheGuard = trancheGuard;
        this.programmes = programmes;
        this.clock = clock;
    }

    public Long record(Long costLineId, LocalDate month, Money amount, String reference, String description) {
        CostLine costLine = costLine(costLineId);
        if (month == null) {
            throw new RuleViolation("month", "Enter the month of the spend");
        }
        if (amount == null || amount.isZero()) {
            throw new RuleViolation("amount", "Enter an amount other than £0");
        }
        trancheGuard.check(Map.of(costLine, amount), "amount", true);
        SpendLine line = new SpendLine(costLine.getCode(), month, amount, reference, description);
        return spend.save(new ActualSpend(costLineId, line, null, clock.instant(), Actor.currentName())).getId();
    }

    @Transactional(readOnly = true)
    public List<ActualSpend> spendOn(Long costLineId) {
        costLine(costLineId);
        return spend.findByCostLineIdOrderByMonthAscIdAsc(costLineId);
    }

    /** Reads and checks a file without saving anything. */
    @Transactional(readOnly = true)
    public ImportPreview preview(Long programmeId, String fileName, byte[] content) {
        return check(programmeId, fileName, content, false);
    }

    /** @param lock whether to lock the funding decisions concerned, as an import must and a preview cannot */
    private ImportPreview check(Long programmeId, String fileName, byte[] content, boolean lock) {
        programmes.get(programmeId);
        String sha256 = sha256(content);
        SpendImport already = imports.findBySha256(sha256).orElse(null);
        SpendCsvFile file = SpendCsvFile.read(content);
        List<SpendCsvFile.Row> rows = file.rows();
        List<String> fileProblems = new ArrayList<>();
        if (file.problem() != null) {
            fileProblems.add(file.problem());
        }
        Set<String> codes = rows.stream().filter(SpendCsvFile.Row::isValid).map(r -> r.line().costLineCode())
                .collect(Collectors.toSet());
        Map<String, CostLine> byCode = codes.isEmpty() ? Map.of()
                : costLines.findByProgrammeIdAndCodeIn(programmeId, codes).stream()
                        .collect(Collectors.toMap(CostLine::getCode, Function.identity()));
        List<PreviewRow> preview = new ArrayList<>();
        for (SpendCsvFile.Row row : rows) {
            if (!row.isValid()) {
                preview.add(new PreviewRow(row.lineNumber(), row.line(), null, row.problem()));
                continue;
            }
            CostLine costLine = byCode.get(row.line().costLineCode());
            String problem = costLine == null ? "Cost line code " + row.line().costLineCode()
                    + " is not one of this programme's cost lines" : null;
            preview.add(new PreviewRow(row.lineNumber(), row.line(), costLine == null ? null : costLine.getName(), problem));
        }
        if (fileProblems.isEmpty() && preview.stream().allMatch(r -> r.problem() == null)) {
            try {
                trancheGuard.check(amountsByCostLine(preview, byCode), "file", lock);
            } catch (RuleViolation limit) {
                fileProblems.add(limit.getMessage());
            }
        }
        return new ImportPreview(fileName, sha256, file.encoding(), preview, fileProblems, already);
    }

    /** Imports every row of the file, or nothing: the file is checked again inside the transaction. */
    public ImportPreview importFile(Long programmeId, String fileName, byte[] content) {
        ImportPreview preview = check(programmeId, fileName, content, true);
        if (!preview.canImport()) {
            return preview;
        }
        Map<String, CostLine> byCode = costLines.findByProgrammeIdAndCodeIn(programmeId,
                preview.rows().stream().map(r -> r.line().costLineCode()).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(CostLine::getCode, Function.identity()));
        SpendImport batch = imports.save(new SpendImport(programmeId, fileName, preview.sha256(), preview.rows().size(),
                preview.total(), clock.instant(), Actor.currentName()));
        for (PreviewRow row : preview.rows()) {
            spend.save(new ActualSpend(byCode.get(row.line().costLineCode()).getId(), row.line(), batch.getId(),
                    clock.instant(), Actor.currentName()));
        }
        return preview;
    }

    @Transactional(readOnly = true)
    public List<SpendImport> recentImports(Long programmeId) {
        return imports.findTop20ByProgrammeIdOrderByImportedAtDesc(programmeId);
    }

    public Long commit(Long costLineId, LocalDate committedOn, Money amount, String supplier, String reference,
            String description) {
        CostLine costLine = costLine(costLineId);
        Commitment commitment = new Commitment(costLineId, committedOn, amount, supplier, reference, description);
        trancheGuard.check(Map.of(costLine, amount), "amount", true);
        return commitments.save(commitment).getId();
    }

    /** The order or contract has been paid (its spend recorded) or cancelled: it no longer counts. */
    public void closeCommitment(Long commitmentId) {
        commitments.findVisible(commitmentId).orElseThrow(() -> new NotFoundException("Commitment")).close();
    }

    @Transactional(readOnly = true)
    public List<Commitment> commitmentsOn(Long costLineId) {
        costLine(costLineId);
        return commitments.findByCostLineIdOrderByCommittedOnAscIdAsc(costLineId);
    }

    private Map<CostLine, Money> amountsByCostLine(List<PreviewRow> rows, Map<String, CostLine> byCode) {
        return rows.stream().collect(Collectors.groupingBy(r -> byCode.get(r.line().costLineCode()),
                Collectors.reducing(Money.ZERO, r -> r.line().amount(), Money::plus)));
    }

    private CostLine costLine(Long id) {
        return costLines.findVisible(id).orElseThrow(() -> new NotFoundException("Cost line"));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
