package org.tgov.improvement;

import java.time.LocalDate;
import java.util.List;

/**
 * An inspection as recorded: its type, when it took place and was published, a judgement per area,
 * the overall judgement (null for an ungraded visit or review) and its recommendations in order.
 */
public record InspectionDetails(InspectionType type, String title, LocalDate inspectedOn, LocalDate publishedOn,
        List<Judgement> judgements, OfstedJudgement overall, List<String> recommendations, boolean illustrative) {

    public record Judgement(String area, OfstedJudgement judgement) {
    }
}
