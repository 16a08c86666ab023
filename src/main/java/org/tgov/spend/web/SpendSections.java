package org.tgov.spend.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tgov.programme.ProgrammeSection;

/** The section this module contributes to a programme's pages. */
@Configuration(proxyBeanMethods = false)
class SpendSections {

    @Bean
    ProgrammeSection spendImportsSection() {
        return new ProgrammeSection("imports", "section.imports", "/spend-imports", 70);
    }
}
