package org.tgov.spend.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.FormPages.page;
import static org.tgov.support.FormPages.titleStartsWith;
import static org.tgov.support.SignedInUsers.FINANCE;
import static org.tgov.support.SignedInUsers.OFFICER;
import static org.tgov.support.SignedInUsers.PLATFORM;
import static org.tgov.support.SignedInUsers.SCRUTINY;
import static org.tgov.support.TestData.as;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;
import org.tgov.identity.SignedInUser;
import org.tgov.shared.Money;
import org.tgov.shared.NotFoundException;
import org.tgov.spend.CommitmentView;

/** The cost line page without a database: its details, figures by year and history, and the forms each role gets. */
@WebMvcTest(CostLinePageController.class)
class CostLinePageControllerTests extends CostLinePageSlice {

    @Autowired
    MockMvc mvc;

    @Test
    void showsTheLineItsFiguresByYearAndWhereItsBudgetCameFromWithPeopleByName() throws Exception {
        Document page = show(SCRUTINY);

        assertThat(page.title()).startsWith("AG-1 Agency social workers – Children's services transformation");
        assertThat(page.select("[data-test=streams]").text()).isEqualTo("2022/23: Reserve (Reserve)");
        assertThat(page.select("[data-test=decision]").text())
                .isEqualTo("CAB-1: Cabinet, 31 March 2022 £600.00 released in tranches so far, of £1,000.00");
        assertThat(page.select("[data-test=years] tbody tr").eachText()).containsExactly(
                "2021/22 None set £0.00 £0.00 £0.00 £0.00 budget, no forecast set",
                "2022/23 Reserve £1,000.00 £250.00 £0.00 £1,000.00 budget, no forecast set",
                "2023/24 None set £0.00 £0.00 £0.00 £0.00 budget, no forecast set");
        assertThat(page.select("[data-test=budget-history] tbody tr").eachText())
                .containsExactly("1 April 2022 at 9:00am Fred Finance 2022/23 Original budget £1,000.00");
    }

    @Test
    void readersGetNoFormsOfficersRecordSpendAndFinanceAlsoForecasts() throws Exception {
        given(spend.commitmentsOn(11L)).willReturn(List.of(new CommitmentView(61L, 11L, LocalDate.of(2022, 5, 1), Y2022,
                Money.pounds(400), "Agency Ltd", "PO-9", null, true)));
        Document reader = show(SCRUTINY);
        Document officer = show(OFFICER);
        Document finance = show(FINANCE);

        assertThat(reader.select("[data-test=spend-form], [data-test=commitment-form], #forecast-2022")).isEmpty();
        assertThat(reader.select("[data-test=change-cost-line], form[action$=/close]")).isEmpty();
        assertThat(officer.select("[data-test=change-cost-line], form[action$=/close]")).hasSize(2);
        assertThat(officer.select("[data-test=spend-form], [data-test=commitment-form]")).hasSize(2);
        assertThat(officer.select("#forecast-2022")).isEmpty();
        assertThat(finance.select("#forecast-2022")).hasSize(1);
        assertThat(officer.select("[data-test=tranche-note]").text()).isEqualTo("This cost line is charged to CAB-1: spend "
                + "and commitments on every cost line charged to it cannot exceed the £600.00 released in its tranches so far.");
    }

    @Test
    void onlyPeopleOfTheLinesOrganisationSeeIt() throws Exception {
        given(costLines.get(99L)).willThrow(new NotFoundException("Cost line"));

        mvc.perform(get("/cost-lines/11").with(as(PLATFORM))).andExpect(status().isForbidden());
        mvc.perform(get("/cost-lines/99").with(as(OFFICER))).andExpect(status().isNotFound());
        mvc.perform(get("/cost-lines/eleven").with(as(OFFICER))).andExpect(status().isBadRequest());
    }

    private Document show(SignedInUser user) throws Exception {
        return page(mvc.perform(get("/cost-lines/11").with(as(user)))
                .andExpect(status().isOk())
                .andExpect(titleStartsWith("AG-1"))
                .andReturn().getResponse().getContentAsString());
    }
}
