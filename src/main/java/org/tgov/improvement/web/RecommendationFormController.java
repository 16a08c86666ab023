package org.tgov.improvement.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tgov.identity.CanManageImprovement;
import org.tgov.improvement.InspectionManagement;
import org.tgov.improvement.InspectionView;
import org.tgov.improvement.InspectionView.RecommendationView;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;
import org.tgov.shared.web.FormRefusals;
import org.tgov.shared.web.Notices;
import org.tgov.shared.web.StaleEdits;

/** Adding a recommendation to an inspection, numbered after its last, and changing what one says. */
@Controller
@RequestMapping("/programmes/{id}")
class RecommendationFormController {

    private static final String FORM = "improvement/inspections/recommendation-form";

    private final InspectionManagement inspections;
    private final ProgrammeManagement programmes;
    private final Notices notices;

    RecommendationFormController(InspectionManagement inspections, ProgrammeManagement programmes, Notices notices) {
        this.inspections = inspections;
        this.programmes = programmes;
        this.notices = notices;
    }

    @ModelAttribute("navigation")
    String navigation() {
        return "programmes";
    }

    @GetMapping("/inspections/{inspectionId}/recommendations/new")
    @CanManageImprovement
    String addForm(@PathVariable Long id, @PathVariable Long inspectionId, Model model) {
        model.addAttribute("form", new RecommendationForm());
        return form(id, inspections.inspection(id, inspectionId), null, model);
    }

    @PostMapping("/inspections/{inspectionId}/recommendations")
    @CanManageImprovement
    String add(@PathVariable Long id, @PathVariable Long inspectionId, @Valid @ModelAttribute("form") RecommendationForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        InspectionView inspection = inspections.inspection(id, inspectionId);
        if (binding.hasErrors()) {
            return form(id, inspection, null, model);
        }
        try {
            Long added = inspections.recommend(id, inspectionId, form.getRecommendation());
            notices.success(redirect, "improvement.recommendation.added", inspections.recommendation(id, added).position());
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return form(id, inspection, null, model);
        }
        return "redirect:/programmes/" + id + "/inspections";
    }

    @GetMapping("/inspection-recommendations/{recommendationId}/edit")
    @CanManageImprovement
    String changeForm(@PathVariable Long id, @PathVariable Long recommendationId, Model model) {
        RecommendationView recommendation = inspections.recommendation(id, recommendationId);
        model.addAttribute("form", RecommendationForm.of(recommendation));
        return form(id, inspectionOf(id, recommendationId), recommendation, model);
    }

    @PostMapping("/inspection-recommendations/{recommendationId}/edit")
    @CanManageImprovement
    String change(@PathVariable Long id, @PathVariable Long recommendationId, @Valid @ModelAttribute("form") RecommendationForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        RecommendationView recommendation = inspections.recommendation(id, recommendationId);
        InspectionView inspection = inspectionOf(id, recommendationId);
        if (binding.hasErrors()) {
            return form(id, inspection, recommendation, model);
        }
        try {
            inspections.reword(id, recommendationId, form.getVersion(), form.getRecommendation());
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return form(id, inspection, recommendation, model);
        } catch (StaleEditException stale) {
            RecommendationView saved = inspections.recommendation(id, recommendationId);
            StaleEdits.showSaved(model, "form", RecommendationForm.of(saved), form, stale);
            return form(id, inspection, saved, model);
        }
        notices.success(redirect, "improvement.recommendation.changed", recommendation.position());
        return "redirect:/programmes/" + id + "/inspections";
    }

    private InspectionView inspectionOf(Long id, Long recommendationId) {
        return inspections.inspection(id, inspections.inspectionOfRecommendation(id, recommendationId));
    }

    private String form(Long id, InspectionView inspection, RecommendationView recommendation, Model model) {
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("inspection", inspection);
        model.addAttribute("recommendation", recommendation);
        return FORM;
    }
}
