package org.tgov.reporting.web;

import java.util.List;
import java.util.stream.Stream;
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

    /**
     * The board views, each named after the council's own body that reads it: the body that decides change
     * requests, the operational improvement board (the SRO's) and the independent improvement board (such as
     * the DfE Improvement Board). The bodies are read once a request, for the three tabs and the view.
     */
    @Bean
    ProgrammeSection.OfTheRequest boardSections(BodiesOfTheRequest bodies) {
        return () -> {
            List<BodySummary> all = bodies.all();
            return List.of(
                    new ProgrammeSection("resources-board", named(all.stream().filter(BodySummary::decidesChangeRequests),
                            "section.financeBoard.unnamed"), "/resources-board", 20),
                    new ProgrammeSection("delivery-board", named(all.stream().filter(b -> b.type() == BodyType.OPERATIONAL_BOARD),
                            "section.deliveryBoard.unnamed"), "/delivery-board", 21),
                    new ProgrammeSection("improvement-board", named(all.stream()
                            .filter(b -> b.type() == BodyType.INDEPENDENT_IMPROVEMENT_BOARD), "section.improvementBoard.unnamed"),
                            "/improvement-board", 22));
        };
    }

    private static DefaultMessageSourceResolvable named(Stream<BodySummary> bodies, String unnamed) {
        return bodies.findFirst().map(body -> label("section.financeBoard", body.name())).orElse(label(unnamed));
    }

    private static DefaultMessageSourceResolvable label(String code, Object... values) {
        return new DefaultMessageSourceResolvable(new String[] {code}, values);
    }
}
