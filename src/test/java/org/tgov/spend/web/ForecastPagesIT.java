package org.tgov.spend.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.TestData.as;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tgov.budget.ForecastManagement;
import org.tgov.budget.ForecastView;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.identity.Tenancy;
import org.tgov.shared.Money;
import org.tgov.support.FinanceFixture.FinanceSetup;
import org.tgov.support.FinanceFixture;
import org.tgov.support.IntegrationTest;
import org.tgov.support.TestData.Council;
import org.tgov.support.TestData;

/** Priya updates forecast outturns; one changed by a colleague meanwhile is not overwritten. */
@IntegrationTest
class ForecastPagesIT {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired FinanceFixture fixture;
    @Autowired ForecastManagement forecasts;

    @Test
    void setsAndChangesAForecastAndShowsItsHistory() throws Exception {
        Council council = data.council();
        FinanceSetup money = fixture.create(council);
        SignedInUser priya = data.user(council, Role.FINANCE);

        mvc.perform(get("/cost-lines/{id}", money.chargedLineId()).with(as(priya)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Not set (budget stands as forecast)")))
                .andExpect(content().string(containsString("No forecast has been set for this cost line yet")))
                .andExpect(content().string(containsString("id=\"forecast-2022\"")));

        mvc.perform(forecast(money.chargedLineId(), "2022", "", "1,100").with(as(priya)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/cost-lines/" + money.chargedLineId()))
                .andExpect(flash().attribute("success", "Forecast outturn for 2022/23 set to £1,100.00"));
        long version = current(council, money).version();
        mvc.perform(forecast(money.chargedLineId(), "2022", Long.toString(version), "1200").with(as(priya)))
                .andExpect(status().is3xxRedirection());

        assertThat(current(council, money).amount()).isEqualTo(Money.pounds(1200));
        mvc.perform(get("/cost-lines/{id}", money.chargedLineId()).with(as(priya)))
                .andExpect(content().string(containsString("Set by " + priya.getDisplayName())))
                .andExpect(content().string(containsString("data-test=\"forecast-history\"")))
                .andExpect(content().string(containsString("£1,100.00")))
                .andExpect(content().string(containsString("£1,200.00")));
    }

    @Test
    void refusesToOverwriteAForecastAColleagueChangedAMinuteAgo() throws Exception {
        Council council = data.council();
        FinanceSetup money = fixture.create(council);
        SignedInUser priya = data.user(council, Role.FINANCE);
        Tenancy.runAs(council.id(), () -> forecasts.set(money.chargedLineId(), FinanceFixture.YEAR, Money.pounds(900), null, null));
        long seenByPriya = current(council, money).version();
        // a colleague changes it after Priya opened the page
        Tenancy.runAs(council.id(), () -> forecasts.set(money.chargedLineId(), FinanceFixture.YEAR, Money.pounds(950),
                seenByPriya, null));

        mvc.perform(forecast(money.chargedLineId(), "2022", Long.toString(seenByPriya), "1000").with(as(priya)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: ")))
                .andExpect(content().string(containsString("The forecast for 2022/23 was changed by someone else")))
                .andExpect(content().string(containsString("It is now £950.00")))
                .andExpect(content().string(containsString("Your figure was £1,000.00")))
                .andExpect(content().string(containsString("href=\"#forecast-2022\"")))
                .andExpect(content().string(containsString("value=\"950.00\"")));
        assertThat(current(council, money).amount()).isEqualTo(Money.pounds(950));

        // the same when a colleague set the first forecast while Priya's page still said "Not set"
        mvc.perform(forecast(money.otherLineId(), "2022", "", "1").with(as(priya))).andExpect(status().is3xxRedirection());
        mvc.perform(forecast(money.otherLineId(), "2022", "", "2").with(as(priya)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The forecast for 2022/23 was changed by someone else")));
    }

    @Test
    void onlyFinanceAndAdministratorsSetForecasts() throws Exception {
        Council council = data.council();
        FinanceSetup money = fixture.create(council);
        SignedInUser officer = data.user(council, Role.OFFICER);
        SignedInUser scrutiny = data.user(council, Role.SCRUTINY_MEMBER);
        mvc.perform(get("/cost-lines/{id}", money.chargedLineId()).with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"forecast-2022\""))));
        mvc.perform(forecast(money.chargedLineId(), "2022", "", "10").with(as(officer))).andExpect(status().isForbidden());
        mvc.perform(forecast(money.chargedLineId(), "2022", "", "10").with(as(scrutiny))).andExpect(status().isForbidden());
        mvc.perform(forecast(fixture.create(data.council()).chargedLineId(), "2022", "", "10")
                .with(as(data.user(council, Role.FINANCE)))).andExpect(status().isNotFound());
        assertThat(Tenancy.callAs(council.id(), () -> forecasts.of(money.chargedLineId()))).isEmpty();
    }

    private ForecastView current(Council council, FinanceSetup money) {
        return Tenancy.callAs(council.id(), () -> forecasts.of(money.chargedLineId()).get(0));
    }

    private static MockHttpServletRequestBuilder forecast(Long costLineId, String year, String version, String amount) {
        return post("/cost-lines/{id}/forecasts", costLineId).with(csrf())
                .param("year", year).param("version", version).param("amount", amount);
    }
}
