package org.tgov.budget.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tgov.programme.ProgrammeSection;

/** The sections this module contributes to a programme's pages. */
@Configuration(proxyBeanMethods = false)
class BudgetSections {

    @Bean
    ProgrammeSection costLinesSection() {
        return new ProgrammeSection("cost-lines", "section.costLines", "/cost-lines", 60);
    }

    @Bean
    ProgrammeSection changeRequestsSection() {
        return new ProgrammeSection("change-requests", "section.changeRequests", "/change-requests", 80);
    }
}
