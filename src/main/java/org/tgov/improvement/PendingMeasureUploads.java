package org.tgov.improvement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.improvement.internal.Measure;
import org.tgov.improvement.internal.MeasureRepository;
import org.tgov.improvement.internal.MeasureValue;
import org.tgov.improvement.internal.MeasureValueRepository;
import org.tgov.improvement.internal.MeasureValuesFile;
import org.tgov.improvement.internal.PendingMeasureUpload;
import org.tgov.improvement.internal.PendingMeasureUploadRepository;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.Actor;
import org.tgov.shared.Refusal;
import org.tgov.shared.PendingFile;

/**
 * Importing measure values from a file: it is kept in the database under a random token (not in the
 * HTTP session or an instance's memory), so that the preview and the confirmation may reach
 * different instances. Only the person who uploaded a file can preview or import it, within
 * {@link PendingFile#KEPT_FOR}; only their latest {@link PendingFile#KEPT_PER_PERSON} are kept. Expired files are deleted
 * by {@link org.tgov.improvement.internal.ExpiredMeasureUploads}.
 *
 * <p>A row names its measure by name (any case) among the programme's measures. A month that already
 * has a value gets the file's value instead, as when one value is recorded by hand; the preview
 * says which values are replaced. A file that gives two values for one measure and month is refused.
 */
@Service
@Transactional
public class PendingMeasureUploads {


    private final PendingMeasureUploadRepository uploads;
    private final MeasureRepository measures;
    private final MeasureValueRepository values;
    private final ProgrammeManagement programmes;
    private final Clock clock;

    PendingMeasureUploads(PendingMeasureUploadRepository uploads, MeasureRepository measures, MeasureValueRepository values,
            ProgrammeManagement programmes, Clock clock) {
        this.uploads = uploads;
        this.measures = measures;
        this.values = values;
        this.programmes = programmes;
        this.clock = clock;
    }

    /** Keeps the file for the signed-in person and returns the token that finds it again. */
    public String keep(Long programmeId, String fileName, byte[] content) {
        programmes.get(programmeId);
        String uploader = Actor.currentName();
        List<Long> older = uploads.idsNewestFirst(uploader);
        if (older.size() >= PendingFile.KEPT_PER_PERSON) {
            uploads.deleteAllByIdInBatch(older.subList(PendingFile.KEPT_PER_PERSON - 1, older.size()));
        }
        String token = PendingFile.newToken();
        Instant now = clock.instant();
        uploads.save(new PendingMeasureUpload(programmeId, token, uploader, fileName, content, now, now.plus(PendingFile.KEPT_FOR)));
        return token;
    }

    /** What importing the file would do; empty when the token is unknown, expired, another person's or another programme's. */
    @Transactional(readOnly = true)
    public Optional<MeasureImportPreview> preview(Long programmeId, String token) {
        return uploads.findUsable(token, programmeId, Actor.currentName(), clock.instant())
                .map(upload -> preview(programmeId, upload.getFileName(), upload.content()));
    }

    /**
     * Imports every value of the file, or none if any row has a problem now (the measures may have
     * changed since the preview); either way the token is used up. Empty, and nothing imported, when
     * the token is not usable (see {@link #preview}).
     */
    public Optional<MeasureImportPreview> importFile(Long programmeId, String token) {
        Optional<PendingMeasureUpload> upload = uploads.lockUsable(token, programmeId, Actor.currentName(), clock.instant());
        upload.ifPresent(uploads::delete);
        return upload.map(file -> {
            MeasureImportPreview preview = preview(programmeId, file.getFileName(), file.content());
            if (preview.canImport()) {
                save(programmeId, preview);
            }
            return preview;
        });
    }

    private MeasureImportPreview preview(Long programmeId, String fileName, byte[] content) {
        MeasureValuesFile file = MeasureValuesFile.read(content);
        if (file.problem() != null) {
            return new MeasureImportPreview(fileName, file.workbook(), file.encoding(), List.of(), file.problem());
        }
        Map<String, Measure> byName = measures.findByProgrammeIdOrderByName(programmeId).stream()
                .collect(Collectors.toMap(m -> key(m.details().name()), Function.identity(), (a, b) -> a));
        Map<Long, Map<LocalDate, BigDecimal>> recorded = new HashMap<>();
        values.findByProgrammeId(programmeId).forEach(v ->
                recorded.computeIfAbsent(v.getMeasureId(), id -> new HashMap<>()).put(v.getPeriodOn(), v.getValue()));
        LocalDate today = LocalDate.now(clock);
        Map<String, Integer> firstLine = new HashMap<>();
        List<MeasureImportPreview.Row> rows = new ArrayList<>();
        for (MeasureValuesFile.Row row : file.rows()) {
            Measure measure = row.isValid() ? byName.get(key(row.measure())) : null;
            Refusal problem = row.problem();
            if (problem == null && measure == null) {
                problem = Refusal.of("improvement.import.measure.unknown", row.typed().get(0));
            }
            if (problem == null && row.period().isAfter(today)) {
                problem = Refusal.of("improvement.import.period.future", row.typed().get(1));
            }
            if (problem == null) {
                Integer earlier = firstLine.putIfAbsent(measure.getId() + "/" + row.period(), row.lineNumber());
                problem = earlier == null ? null : Refusal.of("improvement.import.duplicate", earlier);
            }
            rows.add(problem != null
                    ? new MeasureImportPreview.Row(row.lineNumber(), null, null, null, null, null, null, problem, row.typed())
                    : new MeasureImportPreview.Row(row.lineNumber(), measure.getId(), measure.details().name(), row.period(),
                            row.value(), row.commentary(), recorded.getOrDefault(measure.getId(), Map.of()).get(row.period()),
                            null, row.typed()));
        }
        return new MeasureImportPreview(fileName, file.workbook(), file.encoding(), rows, null);
    }

    private void save(Long programmeId, MeasureImportPreview preview) {
        Map<Long, Measure> byId = measures.findByProgrammeIdOrderByName(programmeId).stream()
                .collect(Collectors.toMap(Measure::getId, Function.identity()));
        Map<String, MeasureValue> existing = values.findByProgrammeId(programmeId).stream()
                .collect(Collectors.toMap(v -> v.getMeasureId() + "/" + v.getPeriodOn(), Function.identity()));
        String who = Actor.currentName();
        Instant now = clock.instant();
        List<MeasureValue> added = new ArrayList<>();
        for (MeasureImportPreview.Row row : preview.rows()) {
            MeasureValue value = existing.get(row.measureId() + "/" + row.period());
            if (value != null) {
                value.record(row.value(), row.commentary(), who, now);
            } else {
                added.add(new MeasureValue(byId.get(row.measureId()), row.period(), row.value(), row.commentary(), who, now));
            }
        }
        values.saveAll(added);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.UK);
    }
}
