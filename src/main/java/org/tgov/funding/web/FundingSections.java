package org.tgov.funding.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tgov.programme.ProgrammeSection;

/** The sections this module contributes to a programme's pages. */
@Configuration(proxyBeanMethods = false)
class FundingSections {

    @Bean
    ProgrammeSection fundingSection() {
        return new ProgrammeSection("funding", "section.funding", "/funding", 50);
    }
}
