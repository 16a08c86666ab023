package org.tgov.workforce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.identity.Tenancy;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.FieldName;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;
import org.tgov.workforce.internal.EstablishmentActual;
import org.tgov.workforce.internal.EstablishmentActualRepository;
import org.tgov.workforce.internal.EstablishmentPlan;
import org.tgov.workforce.internal.EstablishmentPlanRepository;

/** The establishment the programme funds: planned FTE per year, and posts filled each month. */
@Service
@Transactional
public class EstablishmentManagement {

    private final EstablishmentPlanRepository plans;
    private final EstablishmentActualRepository actuals;
    private final ProgrammeManagement programmes;

    EstablishmentManagement(EstablishmentPlanRepository plans, EstablishmentActualRepository actuals,
            ProgrammeManagement programmes) {
        this.plans = plans;
        this.actuals = actuals;
        this.programmes = programmes;
    }

    @Transactional(readOnly = true)
    public List<PlannedFte> plan(Long programmeId) {
        return plans.findByProgrammeIdOrderByFinancialYear(programmeId).stream()
                .map(p -> new PlannedFte(p.financialYear(), p.getPlannedFte())).toList();
    }

    @Transactional(readOnly = true)
    public List<FteInPost> actuals(Long programmeId) {
        return actuals.findByProgrammeIdOrderByMonth(programmeId).stream()
                .map(a -> new FteInPost(a.getMonth(), a.getPermanentFte(), a.getAgencyFte())).toList();
    }

    /** Planned against the average in post, permanent and agency, for each year with either: averaged by the database in one query. */
    @Transactional(readOnly = true)
    public List<YearFte> byYear(Long programmeId) {
        return actuals.plannedAndInPost(Tenancy.currentOrganisationId(), programmeId).stream()
                .map(row -> new YearFte(new FinancialYear(row.getFinancialYear()),
                        row.getPlanned() == null ? BigDecimal.ZERO : row.getPlanned(),
                        row.getPermanent() == null ? BigDecimal.ZERO : scale(row.getPermanent()),
                        row.getAgency() == null ? BigDecimal.ZERO : scale(row.getAgency()),
                        row.getMonths() == null ? 0 : row.getMonths().longValue()))
                .toList();
    }

    private static BigDecimal scale(Number value) {
        return new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
    }

    public void plan(Long programmeId, FinancialYear year, BigDecimal plannedFte) {
        programmes.get(programmeId);
        Refused.unlessAllowed(fte("plannedFte", plannedFte));
        plans.findByProgrammeIdAndFinancialYear(programmeId, year)
                .ifPresentOrElse(plan -> plan.plan(plannedFte),
                        () -> plans.save(new EstablishmentPlan(programmeId, year, plannedFte)));
    }

    public void recordActual(Long programmeId, LocalDate month, BigDecimal permanentFte, BigDecimal agencyFte) {
        programmes.get(programmeId);
        Refused.unlessAllowed(month == null ? Refusal.about("month", "field.required", FieldName.of("field.month")).asOptional() : Optional.empty(),
                fte("permanentFte", permanentFte), fte("agencyFte", agencyFte));
        actuals.findByProgrammeIdAndMonth(programmeId, month.withDayOfMonth(1))
                .ifPresentOrElse(actual -> actual.record(permanentFte, agencyFte),
                        () -> actuals.save(new EstablishmentActual(programmeId, month, permanentFte, agencyFte)));
    }

    /** A number of posts is 0 or more, to hundredths of a post. */
    private static Optional<Refusal> fte(String subject, BigDecimal fte) {
        return fte == null || fte.signum() < 0 || fte.stripTrailingZeros().scale() > 2
                ? Refusal.about(subject, "number.format", FieldName.of("field.fte").atStart()).asOptional() : Optional.empty();
    }
}
