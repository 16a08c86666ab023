package org.tgov.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.workforce.internal.EstablishmentActualRepository;
import org.tgov.workforce.internal.EstablishmentPlanRepository;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.RuleViolation;

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
    public List<EstablishmentPlan> plan(Long programmeId) {
        return plans.findByProgrammeIdOrderByFinancialYear(programmeId);
    }

    @Transactional(readOnly = true)
    public List<EstablishmentActual> actuals(Long programmeId) {
        return actuals.findByProgrammeIdOrderByMonth(programmeId);
    }

    public void plan(Long programmeId, FinancialYear year, BigDecimal plannedFte) {
        programmes.get(programmeId);
        requireFte("plannedFte", plannedFte);
        plans.findByProgrammeIdAndFinancialYear(programmeId, year.startYear())
                .ifPresentOrElse(plan -> plan.plan(plannedFte),
                        () -> plans.save(new EstablishmentPlan(programmeId, year, plannedFte)));
    }

    public void recordActual(Long programmeId, LocalDate month, BigDecimal permanentFte, BigDecimal agencyFte) {
        programmes.get(programmeId);
        if (month == null) {
            throw new RuleViolation("month", "Enter the month");
        }
        requireFte("permanentFte", permanentFte);
        requireFte("agencyFte", agencyFte);
        actuals.findByProgrammeIdAndMonth(programmeId, month.withDayOfMonth(1))
                .ifPresentOrElse(actual -> actual.record(permanentFte, agencyFte),
                        () -> actuals.save(new EstablishmentActual(programmeId, month, permanentFte, agencyFte)));
    }

    private static void requireFte(String field, BigDecimal fte) {
        if (fte == null || fte.signum() < 0 || fte.stripTrailingZeros().scale() > 2) {
            throw new RuleViolation(field, "FTE must be 0 or more, with at most 2 decimal places, like 12.5");
        }
    }
}
