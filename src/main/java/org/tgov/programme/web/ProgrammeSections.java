package org.tgov.programme.web;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tgov.programme.ProgrammeSection;

/**
 * The tabs under a programme's heading ({@code fragments/programme :: sections}): the overview,
 * then every section the modules contribute, in their order. A module contributes either a
 * {@link ProgrammeSection} bean or a {@link ProgrammeSection.OfTheRequest} bean, for tabs whose labels are
 * only known at the time of the request (the names of the council's bodies).
 */
@Component("programmeSections")
public class ProgrammeSections {

    private static final ProgrammeSection OVERVIEW = new ProgrammeSection("overview", "section.overview", "", 0);

    private final ObjectProvider<ProgrammeSection> sections;
    private final ObjectProvider<ProgrammeSection.OfTheRequest> dynamicSections;
    private final MessageSource messages;

    ProgrammeSections(ObjectProvider<ProgrammeSection> sections, ObjectProvider<ProgrammeSection.OfTheRequest> dynamicSections,
            MessageSource messages) {
        this.sections = sections;
        this.dynamicSections = dynamicSections;
        this.messages = messages;
    }

    /** A tab as the page shows it. */
    public record Tab(String key, String label, String path) {
    }

    public List<Tab> all() {
        return Stream.concat(Stream.of(OVERVIEW), Stream.concat(sections.orderedStream(),
                        dynamicSections.orderedStream().flatMap(d -> d.sections().stream())))
                .sorted(Comparator.comparingInt(ProgrammeSection::order))
                .map(s -> new Tab(s.key(), messages.getMessage(s.label(), LocaleContextHolder.getLocale()), s.path()))
                .toList();
    }
}
