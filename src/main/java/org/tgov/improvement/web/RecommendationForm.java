package org.tgov.improvement.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.tgov.improvement.InspectionView;

/** The "add a recommendation" and "change a recommendation" screen: what the inspectors recommend. */
public class RecommendationForm {

    @NotBlank(message = "{improvement.recommendation.text.required}")
    @Size(max = 10000, message = "{improvement.recommendation.text.tooLong}")
    private String recommendation = "";

    private long version;

    static RecommendationForm of(InspectionView.RecommendationView recommendation) {
        RecommendationForm form = new RecommendationForm();
        form.recommendation = recommendation.recommendation();
        form.version = recommendation.version();
        return form;
    }

    public String getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(String recommendation) {
        this.recommendation = recommendation;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
