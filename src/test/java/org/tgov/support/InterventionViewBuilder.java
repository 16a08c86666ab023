package org.tgov.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tgov.improvement.Compliance;
import org.tgov.improvement.InterventionKind;
import org.tgov.improvement.InterventionView;
import org.tgov.improvement.RequirementView;

/** A notice or direction as pages read it, with requirements lettered from (a). */
public final class InterventionViewBuilder {

    private Long id = 5L;
    private InterventionKind kind = InterventionKind.IMPROVEMENT_NOTICE;
    private String title = "Non-statutory improvement notice";
    private LocalDate issuedOn = LocalDate.of(2021, 5, 18);
    private final List<RequirementView> requirements = new ArrayList<>();

    public static InterventionViewBuilder aNotice() {
        return new InterventionViewBuilder();
    }

    public static RequirementView requirement(Long id, String label, String text, Compliance compliance, String evidence,
            LocalDate reviewOn, long version) {
        return new RequirementView(id, 5L, label, text, compliance, evidence, reviewOn, version);
    }

    public InterventionViewBuilder id(Long id) {
        this.id = id;
        return this;
    }

    public InterventionViewBuilder direction(String title, LocalDate issuedOn) {
        this.kind = InterventionKind.STATUTORY_DIRECTION;
        this.title = title;
        this.issuedOn = issuedOn;
        return this;
    }

    public InterventionViewBuilder requiring(Long requirementId, String text, Compliance compliance) {
        requirements.add(new RequirementView(requirementId, id, String.valueOf((char) ('a' + requirements.size())), text,
                compliance, compliance == Compliance.NOT_ASSESSED ? null : "Evidence for " + text, null, 0));
        return this;
    }

    public InterventionView build() {
        return new InterventionView(id, 7L, kind, title, "Department for Education", issuedOn, null, List.copyOf(requirements), 4);
    }
}
