package org.tgov.programme.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tgov.programme.ProgrammeSection;

/** The sections this module contributes to a programme's pages. */
@Configuration(proxyBeanMethods = false)
class ProgrammeSectionsOfProgramme {

    @Bean
    ProgrammeSection workstreamsSection() {
        return new ProgrammeSection("workstreams", "section.workstreams", "/workstreams", 40);
    }
}
