package org.tgov.benefits.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tgov.programme.ProgrammeSection;

/** The sections this module contributes to a programme's pages. */
@Configuration(proxyBeanMethods = false)
class BenefitsSections {

    @Bean
    ProgrammeSection savingsSection() {
        return new ProgrammeSection("savings", "section.savings", "/savings", 90);
    }
}
