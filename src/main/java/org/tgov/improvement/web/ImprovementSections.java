package org.tgov.improvement.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tgov.programme.ProgrammeSection;

/** The sections this module contributes to a programme's pages. */
@Configuration(proxyBeanMethods = false)
class ImprovementSections {

    @Bean
    ProgrammeSection planSection() {
        return new ProgrammeSection("plan", "section.plan", "/plan", 150);
    }

    @Bean
    ProgrammeSection actionsSection() {
        return new ProgrammeSection("actions", "section.actions", "/actions", 160);
    }

    @Bean
    ProgrammeSection measuresSection() {
        return new ProgrammeSection("measures", "section.measures", "/measures", 170);
    }

    @Bean
    ProgrammeSection inspectionsSection() {
        return new ProgrammeSection("inspections", "section.inspections", "/inspections", 190);
    }

    @Bean
    ProgrammeSection interventionsSection() {
        return new ProgrammeSection("interventions", "section.interventions", "/interventions", 200);
    }
}
