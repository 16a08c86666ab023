package org.tgov.improvement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.improvement.internal.Measure;
import org.tgov.improvement.internal.MeasureRatingPolicy;
import org.tgov.improvement.internal.MeasureRepository;
import org.tgov.improvement.internal.MeasureRules;
import org.tgov.improvement.internal.MeasureValue;
import org.tgov.improvement.internal.MeasureValueRepository;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.Actor;
import org.tgov.shared.NotFoundException;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;

/** The measures that matter of a programme: each with its values per period, rated against its target by its polarity. */
@Service
@Transactional
public class MeasureManagement {

    private final MeasureRepository measures;
    private final MeasureValueRepository values;
    private final ProgrammeManagement programmes;
    private final Clock clock;

    MeasureManagement(MeasureRepository measures, MeasureValueRepository values, ProgrammeManagement programmes, Clock clock) {
        this.measures = measures;
        this.values = values;
        this.programmes = programmes;
        this.clock = clock;
    }

    public Long create(Long programmeId, MeasureDetails details) {
        programmes.get(programmeId);
        allowed(details, details.name() != null && measures.existsByProgrammeIdAndNameIgnoreCase(programmeId, details.name()));
        return measures.save(new Measure(programmeId, details)).getId();
    }

    /** Changes what the measure is; refused as stale when someone saved it since {@code expectedVersion} was read. */
    public void change(Long programmeId, Long measureId, long expectedVersion, MeasureDetails details) {
        Measure measure = measureOf(programmeId, measureId);
        if (measure.getVersion() != expectedVersion) {
            throw new StaleEditException("record.measure");
        }
        allowed(details, details.name() != null
                && measures.existsByProgrammeIdAndNameIgnoreCaseAndIdNot(programmeId, details.name(), measureId));
        measure.change(details);
        try {
            measures.flush();
        } catch (OptimisticLockingFailureException raced) {
            throw new StaleEditException("record.measure");
        }
    }

    private static void allowed(MeasureDetails details, boolean nameTaken) {
        List<Optional<Refusal>> answers = new ArrayList<>(MeasureRules.measureIsComplete(details));
        answers.addAll(MeasureRules.measureIsCoherent(details));
        answers.add(nameTaken ? Refusal.about("name", "improvement.measure.name.taken", details.name()).asOptional() : Optional.empty());
        Refused.unlessAllowed(answers);
    }

    /** Every measure with its latest value and rating, by name: two queries whatever their number. */
    @Transactional(readOnly = true)
    public List<MeasureView> measures(Long programmeId) {
        return measures.withLatestValues(programmeId).stream().map(row -> view((Measure) row[0], (MeasureValue) row[1])).toList();
    }

    @Transactional(readOnly = true)
    public MeasureView measure(Long programmeId, Long measureId) {
        Measure measure = measureOf(programmeId, measureId);
        List<MeasureValue> all = values.findByMeasureIdOrderByPeriodOn(measureId);
        return view(measure, all.isEmpty() ? null : all.get(all.size() - 1));
    }

    /** The measure's values, oldest first, each rated against the target. */
    @Transactional(readOnly = true)
    public List<MeasureValueView> values(Long programmeId, Long measureId) {
        MeasureDetails details = measureOf(programmeId, measureId).details();
        return values.findByMeasureIdOrderByPeriodOn(measureId).stream().map(v -> new MeasureValueView(v.getId(), v.getPeriodOn(),
                v.getValue(), v.getCommentary(), MeasureRatingPolicy.rate(details.polarity(), v.getValue(), details.target(),
                        details.baselineValue()))).toList();
    }

    /** Records the value for a period (its first day); a period reported again is replaced. */
    public void recordValue(Long programmeId, Long measureId, LocalDate period, BigDecimal value, String commentary) {
        Measure measure = measureOf(programmeId, measureId);
        Refused.unlessAllowed(MeasureRules.valueIsReported(period, value, LocalDate.now(clock)));
        LocalDate first = period.withDayOfMonth(1);
        values.findByMeasureIdAndPeriodOn(measureId, first).ifPresentOrElse(
                v -> v.record(value, commentary, Actor.currentName(), clock.instant()),
                () -> values.save(new MeasureValue(measure, first, value, commentary, Actor.currentName(), clock.instant())));
    }

    private static MeasureView view(Measure measure, MeasureValue latest) {
        MeasureDetails details = measure.details();
        return new MeasureView(measure.getId(), measure.getProgrammeId(), details, latest == null ? null : latest.getPeriodOn(),
                latest == null ? null : latest.getValue(), latest == null ? null
                        : MeasureRatingPolicy.rate(details.polarity(), latest.getValue(), details.target(), details.baselineValue()),
                measure.getVersion());
    }

    private Measure measureOf(Long programmeId, Long measureId) {
        return measures.findVisible(measureId).filter(m -> m.getProgrammeId().equals(programmeId))
                .orElseThrow(() -> new NotFoundException("Measure"));
    }
}
