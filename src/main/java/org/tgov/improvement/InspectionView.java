package org.tgov.improvement;

import java.time.LocalDate;
import java.util.List;

/** An inspection with its judgements and recommendations, as pages read it. */
public record InspectionView(Long id, InspectionType type, String title, LocalDate inspectedOn, LocalDate publishedOn,
        List<InspectionDetails.Judgement> judgements, OfstedJudgement overall, List<RecommendationView> recommendations,
        boolean illustrative, long version) {

    /** One recommendation, numbered as the report numbers it. */
    public record RecommendationView(Long id, int position, String recommendation, long version) {
    }
}
