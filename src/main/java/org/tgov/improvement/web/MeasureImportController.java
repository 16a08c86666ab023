package org.tgov.improvement.web;

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
import org.tgov.identity.CanRecordProgress;
import org.tgov.improvement.MeasureImportPreview;
import org.tgov.improvement.MeasureManagement;
import org.tgov.improvement.PendingMeasureUploads;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.web.Notices;

/**
 * Importing measure values from a CSV file or an Excel workbook: upload, preview every row and
 * problem, then confirm. Nothing is saved unless the confirmed file is good as a whole. Recording
 * values is progress, as recording one value by hand is, so the same people may do it.
 */
@Controller
@RequestMapping("/programmes/{id}/measure-imports")
class MeasureImportController {

    /** Why the upload page is shown again: the code of the sentence on its file field. */
    static final String EXPIRED = "spend.upload.expired";

    private final PendingMeasureUploads pending;
    private final MeasureManagement measures;
    private final ProgrammeManagement programmes;
    private final Notices notices;

    MeasureImportController(PendingMeasureUploads pending, MeasureManagement measures, ProgrammeManagement programmes,
            Notices notices) {
        this.pending = pending;
        this.measures = measures;
        this.programmes = programmes;
        this.notices = notices;
    }

    @ModelAttribute("navigation")
    String navigation() {
        return "programmes";
    }

    @GetMapping
    String page(@PathVariable Long id, Model model) {
        MeasureUploadForm form = new MeasureUploadForm();
        model.addAttribute("form", form);
        if (model.getAttribute("uploadError") instanceof String code) {
            // an expired or unknown token sent the user back here: show why on the file field
            BindingResult binding = new BeanPropertyBindingResult(form, "form");
            binding.rejectValue("file", code);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", binding);
        }
        return uploadPage(id, model);
    }

    @PostMapping
    @CanRecordProgress
    String upload(@PathVariable Long id, @ModelAttribute("form") MeasureUploadForm form, BindingResult binding, Model model) {
        byte[] content = form.content(binding);
        if (content == null) {
            return uploadPage(id, model);
        }
        return "redirect:/programmes/" + id + "/measure-imports/" + pending.keep(id, form.fileName(), content);
    }

    @GetMapping("/{token}")
    @CanRecordProgress
    String preview(@PathVariable Long id, @PathVariable String token, Model model, RedirectAttributes redirect) {
        model.addAttribute("programme", programmes.get(id));
        Optional<MeasureImportPreview> preview = pending.preview(id, token);
        if (preview.isEmpty()) {
            return expired(id, redirect);
        }
        model.addAttribute("preview", preview.get());
        model.addAttribute("token", token);
        return "improvement/measures/import-preview";
    }

    @PostMapping("/{token}")
    @CanRecordProgress
    String confirm(@PathVariable Long id, @PathVariable String token, Model model, RedirectAttributes redirect) {
        model.addAttribute("programme", programmes.get(id));
        Optional<MeasureImportPreview> imported = pending.importFile(id, token);
        if (imported.isEmpty()) {
            return expired(id, redirect);
        }
        MeasureImportPreview result = imported.get();
        if (!result.canImport()) {
            // a measure was renamed since the preview: say what, nothing saved
            model.addAttribute("preview", result);
            model.addAttribute("refused", true);
            return "improvement/measures/import-preview";
        }
        notices.success(redirect, "improvement.import.imported", result.rows().size(), result.fileName());
        return "redirect:/programmes/" + id + "/measures";
    }

    private String uploadPage(Long id, Model model) {
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("measures", measures.measures(id));
        return "improvement/measures/import";
    }

    private static String expired(Long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("uploadError", EXPIRED);
        return "redirect:/programmes/" + id + "/measure-imports";
    }
}
