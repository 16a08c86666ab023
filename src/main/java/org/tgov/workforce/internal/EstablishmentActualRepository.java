package org.tgov.workforce.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EstablishmentActualRepository extends JpaRepository<EstablishmentActual, Long> {

    List<EstablishmentActual> findByProgrammeIdOrderByMonth(Long programmeId);

    /**
     * Each year with a plan or figures in post: the planned FTE and the average in post, permanent and
     * agency, with how many months were reported, in one query. Native, so it names the organisation.
     */
    @org.springframework.data.jpa.repository.Query(value = """
            select y.financial_year as financialYear, max(y.planned) as planned, max(y.permanent) as permanent,
                   max(y.agency) as agency, max(y.months) as months
            from (select financial_year, planned_fte as planned, cast(null as numeric) as permanent, cast(null as numeric) as agency,
                         0 as months
                  from establishment_plan where organisation_id = :organisationId and programme_id = :programmeId
                  union all
                  select financial_year, cast(null as numeric), avg(permanent_fte), avg(agency_fte), count(*)
                  from establishment_actual where organisation_id = :organisationId and programme_id = :programmeId
                  group by financial_year) y
            group by y.financial_year order by y.financial_year""", nativeQuery = true)
    List<PlannedAndInPost> plannedAndInPost(Long organisationId, Long programmeId);

    /** A year's planned FTE and average in post, as {@link #plannedAndInPost} reads them. */
    interface PlannedAndInPost {
        Integer getFinancialYear();

        java.math.BigDecimal getPlanned();

        java.math.BigDecimal getPermanent();

        java.math.BigDecimal getAgency();

        Number getMonths();
    }

    Optional<EstablishmentActual> findByProgrammeIdAndMonth(Long programmeId, java.time.LocalDate month);
}
