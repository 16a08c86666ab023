package org.tgov.improvement.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.validation.BindingResult;
import org.tgov.improvement.InspectionDetails;
import org.tgov.improvement.InspectionType;
import org.tgov.improvement.InspectionView;
import org.tgov.improvement.OfstedJudgement;
import org.tgov.shared.FieldName;
import org.tgov.shared.web.DateInput;

/**
 * The "record an inspection" and "change it" screen: its type, title, dates, a judgement per area and
 * the overall judgement. Areas come as a fixed number of rows, so the page needs no JavaScript; rows
 * left blank are ignored. Recommendations are added and changed on their own screen.
 */
public class InspectionForm {

    static final int ROWS = 5;

    @NotNull(message = "{improvement.inspection.type.required}")
    private InspectionType type;

    @NotBlank(message = "{improvement.inspection.title.required}")
    @Size(max = 200, message = "{improvement.inspection.title.tooLong}")
    private String title = "";

    private DateInput inspectedOn = new DateInput();

    private DateInput publishedOn = new DateInput();

    private List<Area> judgements = new ArrayList<>();

    private OfstedJudgement overall;

    private long version;

    public InspectionForm() {
        padRows();
    }

    static InspectionForm of(InspectionView inspection) {
        InspectionForm form = new InspectionForm();
        form.type = inspection.type();
        form.title = inspection.title();
        form.inspectedOn = DateInput.of(inspection.inspectedOn());
        form.publishedOn = DateInput.of(inspection.publishedOn());
        form.judgements = new ArrayList<>(inspection.judgements().stream().map(Area::of).toList());
        form.overall = inspection.overall();
        form.version = inspection.version();
        form.padRows();
        return form;
    }

    /** At least {@link #ROWS} rows, and always two blank ones to add areas to. */
    void padRows() {
        int wanted = Math.max(ROWS, (int) judgements.stream().filter(row -> !row.isBlank()).count() + 2);
        while (judgements.size() < wanted) {
            judgements.add(new Area());
        }
    }

    /** The details, or null when the form has errors (added to {@code binding}, a row's against its own field). */
    InspectionDetails toDetails(BindingResult binding) {
        LocalDate inspected = inspectedOn.toDate(binding, "inspectedOn", FieldName.of("improvement.field.inspectedOn"), true);
        LocalDate published = publishedOn.toDate(binding, "publishedOn", FieldName.of("improvement.field.publishedOn"), false);
        List<InspectionDetails.Judgement> areas = new ArrayList<>();
        for (int i = 0; i < judgements.size(); i++) {
            Area row = judgements.get(i);
            if (row == null || row.isBlank()) {
                continue;
            }
            Object[] number = {i + 1};
            String field = "judgements[" + i + "].";
            if (row.area == null || row.area.isBlank()) {
                binding.rejectValue(field + "area", "improvement.inspection.area.required", number, null);
            } else if (row.area.strip().length() > 300) {
                binding.rejectValue(field + "area", "improvement.inspection.area.tooLong", number, null);
            }
            if (row.judgement == null && !binding.hasFieldErrors(field + "judgement")) {
                binding.rejectValue(field + "judgement", "improvement.inspection.area.judgementRequired", number, null);
            }
            if (row.area != null && !row.area.isBlank() && row.judgement != null) {
                areas.add(new InspectionDetails.Judgement(row.area.strip(), row.judgement));
            }
        }
        if (binding.hasErrors()) {
            return null;
        }
        return new InspectionDetails(type, title.strip(), inspected, published, areas, overall, List.of(), false);
    }

    /** One area judged, such as the experiences and progress of children in care, and its judgement. */
    public static class Area {

        private String area = "";
        private OfstedJudgement judgement;

        static Area of(InspectionDetails.Judgement judgement) {
            Area row = new Area();
            row.area = judgement.area();
            row.judgement = judgement.judgement();
            return row;
        }

        boolean isBlank() {
            return (area == null || area.isBlank()) && judgement == null;
        }

        public String getArea() {
            return area;
        }

        public void setArea(String area) {
            this.area = area;
        }

        public OfstedJudgement getJudgement() {
            return judgement;
        }

        public void setJudgement(OfstedJudgement judgement) {
            this.judgement = judgement;
        }
    }

    public InspectionType getType() {
        return type;
    }

    public void setType(InspectionType type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public DateInput getInspectedOn() {
        return inspectedOn;
    }

    public void setInspectedOn(DateInput inspectedOn) {
        this.inspectedOn = inspectedOn;
    }

    public DateInput getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(DateInput publishedOn) {
        this.publishedOn = publishedOn;
    }

    public List<Area> getJudgements() {
        return judgements;
    }

    public void setJudgements(List<Area> judgements) {
        this.judgements = judgements;
    }

    public OfstedJudgement getOverall() {
        return overall;
    }

    public void setOverall(OfstedJudgement overall) {
        this.overall = overall;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
