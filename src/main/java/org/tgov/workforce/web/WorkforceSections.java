package org.tgov.workforce.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tgov.programme.ProgrammeSection;

/** The sections this module contributes to a programme's pages. */
@Configuration(proxyBeanMethods = false)
class WorkforceSections {

    @Bean
    ProgrammeSection establishmentSection() {
        return new ProgrammeSection("establishment", "section.establishment", "/establishment", 100);
    }
}
