package org.tgov.programme;

import java.util.List;
import org.springframework.context.MessageSourceResolvable;

/**
 * A module's headline figures on a programme's overview page (money, the plan, measures): each module
 * that has them contributes a bean; the programme module knows none of them. Each costs a fixed
 * number of queries, so the overview does too.
 */
public interface ProgrammeHeadline {

    /** Where the headline stands among the others, lowest first. */
    int order();

    /** Its heading: a message code with its values. */
    MessageSourceResolvable heading();

    /** Its figures for the programme; empty when the programme has none of this kind. */
    List<Figure> figures(Long programmeId);

    /**
     * @param label what the figure is, as a message code with its values
     * @param value the figure: a sentence by its code, or text as the page writes it ({@link #text})
     * @param path  appended to /programmes/{id} for the page with the detail, or null
     */
    record Figure(MessageSourceResolvable label, MessageSourceResolvable value, String path) {

        /** A figure written as it is, such as an amount of money already formatted. */
        public static MessageSourceResolvable text(String written) {
            return new org.springframework.context.support.DefaultMessageSourceResolvable(new String[0], null, written);
        }
    }
}
