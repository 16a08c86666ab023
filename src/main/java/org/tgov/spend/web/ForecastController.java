package org.tgov.spend.web;

import org.tgov.identity.CanForecast;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tgov.budget.ForecastManagement;
import org.tgov.budget.ForecastOutturn;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.RuleViolation;
import org.tgov.shared.StaleEditException;
import org.tgov.shared.web.Formats;

/**
 * Finance sets a cost line's forecast outturn for a year. The form carries the version of the
 * forecast the person saw: if a colleague changed it since, nothing is overwritten and the page
 * shows the colleague's figure.
 */
@Controller
class ForecastController {


    private final ForecastManagement forecasts;
    private final CostLinePage page;
    private final Formats formats;

    ForecastController(ForecastManagement forecasts, CostLinePage page, Formats formats) {
        this.forecasts = forecasts;
        this.page = page;
        this.formats = formats;
    }

    @ModelAttribute("navigation")
    String navigation() {
        return "programmes";
    }

    @PostMapping("/cost-lines/{costLineId}/forecasts")
    @CanForecast
    String set(@PathVariable Long costLineId, @ModelAttribute("forecastForm") ForecastForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (binding.hasErrors() || form.getYear() == null || form.getYear() < 1900 || form.getYear() > 2999) {
            binding.reject("year", "Choose the financial year of the forecast");
            return page.show(costLineId, model);
        }
        FinancialYear year = new FinancialYear(form.getYear());
        Money amount = form.amount(binding, year.label());
        if (binding.hasErrors()) {
            return page.show(costLineId, model);
        }
        try {
            forecasts.set(costLineId, year, amount, form.getVersion());
        } catch (RuleViolation violation) {
            violation.addTo(binding);
            return page.show(costLineId, model);
        } catch (StaleEditException stale) {
            return showCurrent(costLineId, year, amount, stale, model);
        }
        redirect.addFlashAttribute("success", "Forecast outturn for " + year.label() + " set to " + amount.format());
        return "redirect:/cost-lines/" + costLineId + "#forecasts";
    }

    /** A colleague changed the forecast first: show their figure, keep it, and say what was not saved. */
    private String showCurrent(Long costLineId, FinancialYear year, Money unsaved, StaleEditException stale, Model model) {
        ForecastOutturn current = forecasts.of(costLineId).stream()
                .filter(f -> f.financialYear().equals(year)).findFirst().orElse(null);
        ForecastForm fresh = current == null ? new ForecastForm() : ForecastForm.of(current);
        fresh.setYear(year.startYear());
        String now = current == null ? "There is now no forecast for " + year.label() + "."
                : "It is now " + current.amount().format() + ", set by " + current.getUpdatedBy() + " on "
                        + formats.dateTime(current.getUpdatedAt()) + ".";
        BindingResult binding = new BeanPropertyBindingResult(fresh, "forecastForm");
        binding.reject("stale", stale.getMessage() + " " + now + " Your figure was " + unsaved.format()
                + ": enter it again if it should still replace the current forecast.");
        model.addAttribute("forecastForm", fresh);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "forecastForm", binding);
        return page.show(costLineId, model);
    }
}
