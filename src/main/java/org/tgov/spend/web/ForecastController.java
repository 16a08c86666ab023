package org.tgov.spend.web;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tgov.budget.ForecastManagement;
import org.tgov.budget.ForecastView;
import org.tgov.identity.CanForecast;
import org.tgov.identity.UserDirectory;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;
import org.tgov.shared.web.FormRefusals;
import org.tgov.shared.web.Formats;
import org.tgov.shared.web.Notices;

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
    private final Notices notices;
    private final UserDirectory people;

    ForecastController(ForecastManagement forecasts, CostLinePage page, Formats formats, Notices notices,
            UserDirectory people) {
        this.forecasts = forecasts;
        this.page = page;
        this.formats = formats;
        this.notices = notices;
        this.people = people;
    }

    @ModelAttribute("navigation")
    String navigation() {
        return "programmes";
    }

    @PostMapping("/cost-lines/{costLineId}/forecasts")
    @CanForecast
    String set(@PathVariable Long costLineId, @Valid @ModelAttribute("forecastForm") ForecastForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (form.getYear() == null || form.getYear() < 1900 || form.getYear() > 2999) {
            binding.reject("forecast.year.required");
            return page.show(costLineId, model);
        }
        FinancialYear year = new FinancialYear(form.getYear());
        Money amount = form.amount(binding, year.label());
        if (binding.hasErrors()) {
            return page.show(costLineId, model);
        }
        try {
            forecasts.set(costLineId, year, amount, form.getVersion(), form.getReason());
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            model.addAttribute("askReason", refused.has("forecast.belowSpend"));
            return page.show(costLineId, model);
        } catch (StaleEditException stale) {
            return showCurrent(costLineId, year, amount, stale, model);
        }
        notices.success(redirect, "forecast.set", year.label(), amount.format());
        // No #forecasts: scrolling to a fragment moves focus off the success banner that GOV.UK Frontend focuses.
        return "redirect:/cost-lines/" + costLineId;
    }

    /** A colleague changed the forecast first: show their figure, keep it, and say what was not saved. */
    private String showCurrent(Long costLineId, FinancialYear year, Money unsaved, StaleEditException stale, Model model) {
        ForecastView current = forecasts.of(costLineId).stream()
                .filter(f -> f.year().equals(year)).findFirst().orElse(null);
        ForecastForm fresh = current == null ? new ForecastForm() : ForecastForm.of(current);
        fresh.setYear(year.startYear());
        BindingResult binding = new BeanPropertyBindingResult(fresh, "forecastForm");
        binding.reject(stale.code(), stale.arguments(), null);
        if (current == null) {
            binding.reject("forecast.stale.none", new Object[] {year, unsaved}, null);
        } else {
            // the colleague by name, as everywhere else on the page
            String colleague = people.displayNames(List.of(current.updatedBy()))
                    .getOrDefault(current.updatedBy(), current.updatedBy());
            binding.reject("forecast.stale.now", new Object[] {current.amount(), colleague,
                    formats.dateTime(current.updatedAt()), unsaved}, null);
        }
        model.addAttribute("forecastForm", fresh);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "forecastForm", binding);
        return page.show(costLineId, model);
    }
}
