package org.tgov.programme.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tgov.programme.ProgrammeHeadline;

/** The headlines on a programme's overview ({@code ${@programmeHeadlines.of(programme.id)}}), from every module that has some. */
@Component("programmeHeadlines")
public class ProgrammeHeadlines {

    private final ObjectProvider<ProgrammeHeadline> headlines;
    private final MessageSource messages;

    ProgrammeHeadlines(ObjectProvider<ProgrammeHeadline> headlines, MessageSource messages) {
        this.headlines = headlines;
        this.messages = messages;
    }

    /** A headline as the page shows it. */
    public record Shown(String heading, List<Row> rows) {
    }

    public record Row(String label, String value, String path) {
    }

    public List<Shown> of(Long programmeId) {
        return headlines.orderedStream().sorted(Comparator.comparingInt(ProgrammeHeadline::order))
                .map(h -> new Shown(messages.getMessage(h.heading(), LocaleContextHolder.getLocale()),
                        h.figures(programmeId).stream().map(f -> new Row(messages.getMessage(f.label(), LocaleContextHolder.getLocale()),
                                messages.getMessage(f.value(), LocaleContextHolder.getLocale()), f.path())).toList()))
                .filter(shown -> !shown.rows().isEmpty()).toList();
    }
}
