package org.tgov.spend.web;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tgov.budget.CostLineManagement;
import org.tgov.identity.CanEditProgrammeData;
import org.tgov.identity.UserDirectory;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.web.Notices;
import org.tgov.spend.ImportPreview;
import org.tgov.spend.PendingSpendUploads;
import org.tgov.spend.SpendImportView;
import org.tgov.spend.SpendManagement;

/**
 * Importing actual spend from a finance-system CSV: upload, preview every row and problem, then
 * confirm. Nothing is saved until the confirmed file is good as a whole.
 */
@Controller
@RequestMapping("/programmes/{id}/spend-imports")
class SpendImportController {

    /** Why the upload page is shown again: the code of the sentence on its file field. */
    static final String EXPIRED = "spend.upload.expired";

    private final SpendManagement spend;
    private final ProgrammeManagement programmes;
    private final CostLineManagement costLines;
    private final PendingSpendUploads pending;
    private final Notices notices;
    private final UserDirectory people;

    SpendImportController(SpendManagement spend, ProgrammeManagement programmes, CostLineManagement costLines,
            PendingSpendUploads pending, Notices notices, UserDirectory people) {
        this.spend = spend;
        this.programmes = programmes;
        this.costLines = costLines;
        this.pending = pending;
        this.notices = notices;
        this.people = people;
    }

    @ModelAttribute("navigation")
    String navigation() {
        return "programmes";
    }

    @GetMapping
    String page(@PathVariable Long id, Model model) {
        UploadForm form = new UploadForm();
        model.addAttribute("form", form);
        if (model.getAttribute("uploadError") instanceof String code) {
            // an expired or unknown token sent the user back here: show why on the file field
            BindingResult binding = new BeanPropertyBindingResult(form, "form");
            binding.rejectValue("file", code);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", binding);
        }
        return page(id, model, "spend/imports/list");
    }

    @PostMapping
    @CanEditProgrammeData
    String upload(@PathVariable Long id, @ModelAttribute("form") UploadForm form, BindingResult binding,
            Model model) {
        byte[] content = form.content(binding);
        if (content == null) {
            return page(id, model, "spend/imports/list");
        }
        return "redirect:/programmes/" + id + "/spend-imports/" + pending.keep(id, form.fileName(), content);
    }

    @GetMapping("/{token}")
    @CanEditProgrammeData
    String preview(@PathVariable Long id, @PathVariable String token, Model model, RedirectAttributes redirect) {
        model.addAttribute("programme", programmes.get(id));
        Optional<ImportPreview> preview = pending.preview(id, token);
        if (preview.isEmpty()) {
            return expired(id, redirect);
        }
        showPreview(preview.get(), model);
        model.addAttribute("token", token);
        return "spend/imports/preview";
    }

    @PostMapping("/{token}")
    @CanEditProgrammeData
    String confirm(@PathVariable Long id, @PathVariable String token, Model model, RedirectAttributes redirect) {
        model.addAttribute("programme", programmes.get(id));
        Optional<ImportPreview> imported = pending.importFile(id, token);
        if (imported.isEmpty()) {
            return expired(id, redirect);
        }
        ImportPreview result = imported.get();
        if (!result.canImport()) {
            // something changed since the preview (a tranche, a cost line, the same file imported): say what
            showPreview(result, model);
            model.addAttribute("refused", true);
            return "spend/imports/preview";
        }
        notices.success(redirect, "spend.imported", result.rows().size(), result.total().format(), result.fileName());
        return "redirect:/programmes/" + id + "/spend-imports";
    }

    private String page(Long id, Model model, String view) {
        model.addAttribute("programme", programmes.get(id));
        List<SpendImportView> imports = spend.recentImports(id);
        model.addAttribute("imports", imports);
        model.addAttribute("names", people.displayNames(imports.stream().map(SpendImportView::importedBy).toList()));
        model.addAttribute("costLines", costLines.of(id));
        return view;
    }

    /** The preview, and whoever imported the same file before by name. */
    private void showPreview(ImportPreview preview, Model model) {
        model.addAttribute("preview", preview);
        model.addAttribute("names", people.displayNames(preview.alreadyImported() == null ? List.of()
                : List.of(preview.alreadyImported().importedBy())));
    }

    private static String expired(Long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("uploadError", EXPIRED);
        return "redirect:/programmes/" + id + "/spend-imports";
    }
}
