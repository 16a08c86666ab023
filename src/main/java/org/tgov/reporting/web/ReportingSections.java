package org.tgov.reporting.web;

import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.tgov.boards.BodyManagement;
import org.tgov.boards.BodySummary;
import org.tgov.programme.ProgrammeSection;

/** The sections this module contributes to a programme's pages. */
@Configuration(proxyBeanMethods = false)
class ReportingSections {

    @Bean
    ProgrammeSection financeSection() {
        return new ProgrammeSection("finance", "section.finance", "/finance", 10);
    }

    /** Named after the body that decides change requests, which reads it: its name is known only per organisation. */
    @Bean
    Supplier<ProgrammeSection> financeBoardSection(BodyManagement bodies) {
        return () -> new ProgrammeSection("resources-board", bodies.decidingBody().map(BodySummary::name)
                .map(name -> label("section.financeBoard", name)).orElse(label("section.financeBoard.unnamed")),
                "/resources-board", 20);
    }

    private static DefaultMessageSourceResolvable label(String code, Object... values) {
        return new DefaultMessageSourceResolvable(new String[] {code}, values);
    }
}
