package org.tgov.spend.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tgov.identity.CanEditProgrammeData;
import org.tgov.shared.Money;
import org.tgov.shared.NotFoundException;
import org.tgov.shared.Refused;
import org.tgov.shared.web.Formats;
import org.tgov.shared.web.Notices;
import org.tgov.spend.CommitmentView;
import org.tgov.spend.SpendManagement;
import org.tgov.spend.internal.Commitment;

/**
 * The cost line page's spend forms: recording a month's spend, adding a commitment and closing
 * one. A refusal (the tranche limit above all) is shown on the form with nothing saved.
 */
@Controller
class SpendController {

    private final SpendManagement spend;
    private final CostLinePage page;
    private final Formats formats;
    private final Notices notices;

    SpendController(SpendManagement spend, CostLinePage page, Formats formats, Notices notices) {
        this.spend = spend;
        this.page = page;
        this.formats = formats;
        this.notices = notices;
    }

    @ModelAttribute("navigation")
    String navigation() {
        return "programmes";
    }

    @PostMapping("/cost-lines/{costLineId}/spend")
    @CanEditProgrammeData
    String record(@PathVariable Long costLineId, @Valid @ModelAttribute("spendForm") SpendForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        LocalDate month = form.month(binding);
        Money amount = form.amount(binding);
        if (binding.hasErrors()) {
            return page.show(costLineId, model);
        }
        try {
            spend.record(costLineId, month, amount, form.getSpendReference(), form.getSpendDescription());
        } catch (Refused refused) {
            SpendForm.show(refused, binding);
            return page.show(costLineId, model);
        }
        notices.success(redirect, "spend.recorded", amount.format(), formats.month(month));
        return backToCostLine(costLineId);
    }

    @PostMapping("/cost-lines/{costLineId}/commitments")
    @CanEditProgrammeData
    String commit(@PathVariable Long costLineId, @Valid @ModelAttribute("commitmentForm") CommitmentForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        LocalDate date = form.date(binding);
        Money amount = form.amount(binding);
        if (binding.hasErrors()) {
            return page.show(costLineId, model);
        }
        try {
            spend.commit(costLineId, date, amount, form.getCommitmentSupplier(), form.getCommitmentReference(),
                    form.getCommitmentDescription());
        } catch (Refused refused) {
            CommitmentForm.show(refused, binding);
            return page.show(costLineId, model);
        }
        notices.success(redirect, "commitment.added", amount.format(), form.getCommitmentSupplier().strip());
        return backToCostLine(costLineId);
    }

    /** The order or contract has been paid (its spend recorded) or cancelled. */
    @PostMapping("/cost-lines/{costLineId}/commitments/{commitmentId}/close")
    @CanEditProgrammeData
    String close(@PathVariable Long costLineId, @PathVariable Long commitmentId, RedirectAttributes redirect) {
        CommitmentView commitment = spend.commitmentsOn(costLineId).stream()
                .filter(c -> c.id().equals(commitmentId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Commitment"));
        spend.closeCommitment(costLineId, commitmentId);
        notices.success(redirect, "commitment.closed", commitment.amount().format(), commitment.supplier());
        return backToCostLine(costLineId);
    }

    /**
     * The cost line page, without a #section: scrolling to a fragment would take keyboard focus off
     * the success banner, where GOV.UK Frontend puts it so that the banner is announced.
     */
    private static String backToCostLine(Long costLineId) {
        return "redirect:/cost-lines/" + costLineId;
    }
}
