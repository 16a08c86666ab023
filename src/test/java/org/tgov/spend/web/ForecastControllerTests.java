package org.tgov.spend.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.FormPages.errorInSummary;
import static org.tgov.support.FormPages.errorOn;
import static org.tgov.support.FormPages.page;
import static org.tgov.support.SignedInUsers.ADMIN;
import static org.tgov.support.SignedInUsers.FINANCE;
import static org.tgov.support.SignedInUsers.OFFICER;
import static org.tgov.support.SignedInUsers.SCRUTINY;
import static org.tgov.support.TestData.as;

import java.time.Instant;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tgov.budget.ForecastView;
import org.tgov.shared.Money;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;

/** Setting a forecast outturn on the cost line page without a database: who may, and every kind of "no". */
@WebMvcTest(ForecastController.class)
class ForecastControllerTests extends CostLinePageSlice {

    @Autowired
    MockMvc mvc;

    @Test
    void setsTheForecastForTheYearAndSaysSo() throws Exception {
        mvc.perform(forecast("2022", "", "900").with(as(ADMIN)))
                .andExpect(redirectedUrl("/cost-lines/11"))
                .andExpect(flash().attribute("success", "Forecast outturn for 2022/23 set to £900.00"));

        then(forecasts).should().set(11L, Y2022, Money.pounds(900), null, "");
    }

    @Test
    void onlyFinanceAndAdministratorsSetForecasts() throws Exception {
        mvc.perform(forecast("2022", "", "900").with(as(OFFICER))).andExpect(status().isForbidden());
        mvc.perform(forecast("2022", "", "900").with(as(SCRUTINY))).andExpect(status().isForbidden());

        then(forecasts).should(never()).set(any(), any(), any(), any(), any());
    }

    @Test
    void aForecastBelowSpendIsRefusedAndAsksWhy() throws Exception {
        willThrow(new Refused(Refusal.about("reason", "forecast.belowSpend", Y2022, Money.pounds(250), Money.pounds(100))))
                .given(forecasts).set(eq(11L), eq(Y2022), eq(Money.pounds(100)), any(), any());

        Document page = page(mvc.perform(forecast("2022", "", "100").with(as(FINANCE)))
                .andExpect(status().isOk())
                .andExpect(errorOn("forecast-2022", "Actual spend in 2022/23 is already £250.00, more than the forecast of "
                        + "£100.00. Explain why the forecast is lower, for example a credit that is expected"))
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select("#forecast-2022").val()).isEqualTo("100");
        assertThat(page.select("#forecast-2022-reason")).as("the reason's box").hasSize(1);
    }

    @Test
    void aColleaguesNewerForecastIsShownByNameAndKept() throws Exception {
        willThrow(new StaleEditException("record.forecast", Y2022)).given(forecasts)
                .set(eq(11L), eq(Y2022), eq(Money.pounds(1000)), eq(2L), any());
        given(forecasts.of(11L)).willReturn(List.of(new ForecastView(Y2022, Money.pounds(950), 3L,
                Instant.parse("2022-09-14T08:00:00Z"), "fred.finance", null)));

        Document page = page(mvc.perform(forecast("2022", "2", "1000").with(as(FINANCE)))
                .andExpect(status().isOk())
                .andExpect(errorInSummary("The forecast for 2022/23 was changed by someone else while you were editing it. "
                        + "Your changes have not been saved."))
                .andExpect(errorInSummary("It is now £950.00, set by Fred Finance on 14 September 2022 at 9:00am. "
                        + "Your figure was £1,000.00: enter it again if it should still replace the current forecast."))
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select("#forecast-2022").val()).isEqualTo("950.00");
        assertThat(page.select("form:has(#forecast-2022) input[name=version]").val()).isEqualTo("3");
    }

    @Test
    void anUnreadableForecastOrYearIsAMistakeOnThePageAndNothingIsSaved() throws Exception {
        mvc.perform(forecast("2022", "", "12.345").with(as(FINANCE)))
                .andExpect(status().isOk())
                .andExpect(errorOn("forecast-2022", "Forecast outturn for 2022/23 must not have more than 2 decimal places"));
        mvc.perform(forecast("2022", "", "").with(as(FINANCE)))
                .andExpect(status().isOk())
                .andExpect(errorOn("forecast-2022", "Enter the forecast outturn for 2022/23"));
        mvc.perform(forecast("twenty", "", "100").with(as(FINANCE)))
                .andExpect(status().isOk())
                .andExpect(errorInSummary("Choose the financial year of the forecast"));
        mvc.perform(forecast("1066", "", "100").with(as(FINANCE)))
                .andExpect(status().isOk())
                .andExpect(errorInSummary("Choose the financial year of the forecast"));

        then(forecasts).should(never()).set(any(), any(), any(), any(), any());
    }

    private static MockHttpServletRequestBuilder forecast(String year, String version, String amount) {
        return post("/cost-lines/11/forecasts").with(csrf()).param("year", year).param("version", version)
                .param("amount", amount).param("reason", "");
    }
}
