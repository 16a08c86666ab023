package org.tgov.reporting.web;

import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.tgov.boards.BodySummary;
import org.tgov.boards.BodyType;
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
    Supplier<ProgrammeSection> financeBoardSection(BoardNames bodies) {
        return () -> new ProgrammeSection("resources-board", bodies.decidingBody().map(BodySummary::name)
                .map(name -> label("section.financeBoard", name)).orElse(label("section.financeBoard.unnamed")),
                "/resources-board", 20);
    }

    /** Named after the council's independent improvement board (such as the DfE Improvement Board), which reads it. */
    @Bean
    Supplier<ProgrammeSection> improvementBoardSection(BoardNames bodies) {
        return () -> new ProgrammeSection("improvement-board", bodies.ofType(BodyType.INDEPENDENT_IMPROVEMENT_BOARD)
                .map(BodySummary::name).map(name -> label("section.financeBoard", name))
                .orElse(label("section.improvementBoard.unnamed")), "/improvement-board", 22);
    }

    /** Named after the council's operational improvement board (the SRO's), which reads it. */
    @Bean
    Supplier<ProgrammeSection> deliveryBoardSection(BoardNames bodies) {
        return () -> new ProgrammeSection("delivery-board", bodies.ofType(BodyType.OPERATIONAL_BOARD)
                .map(BodySummary::name).map(name -> label("section.financeBoard", name))
                .orElse(label("section.deliveryBoard.unnamed")), "/delivery-board", 21);
    }

    private static DefaultMessageSourceResolvable label(String code, Object... values) {
        return new DefaultMessageSourceResolvable(new String[] {code}, values);
    }
}
