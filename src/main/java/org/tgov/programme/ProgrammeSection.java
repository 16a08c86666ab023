package org.tgov.programme;

import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A section of a programme's pages, shown as a tab under its heading. Each module that has pages
 * about a programme contributes its own sections as beans; the programme module knows none of them.
 *
 * @param key   what a page passes to say it is this section, such as "funding"
 * @param label the tab's text: a message code with its values
 * @param path  appended to /programmes/{id}, such as "/funding"
 * @param order where the tab stands among the others, lowest first
 */
public record ProgrammeSection(String key, MessageSourceResolvable label, String path, int order) {

    /** @param labelCode the message code of the tab's text, such as section.funding */
    public ProgrammeSection(String key, String labelCode, String path, int order) {
        this(key, new DefaultMessageSourceResolvable(labelCode), path, order);
    }

    /**
     * Sections whose labels are known only at the time of the request, such as tabs named after the bodies
     * a council has; a module contributes one bean that reads what it needs once for all of them.
     */
    @FunctionalInterface
    public interface OfTheRequest {
        List<ProgrammeSection> sections();
    }
}
