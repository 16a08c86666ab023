package org.tgov.reporting.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.tgov.identity.Can;
import org.tgov.identity.Permission;
import org.tgov.identity.Tenancy;
import org.tgov.shared.DataRevisions;

/**
 * Board views rendered once and kept while the organisation's data stays as it was: the body of a
 * board (everything under the programme's heading and tabs) is kept against the organisation's data
 * revision, the day (overdue actions, "as at"), the reader's permissions and what the reader chose
 * (year, units, the board's name). Any write to the organisation's data raises the revision in the
 * database (see {@link DataRevisions}), so every instance stops serving what it kept at once: the
 * revision is read on every request. The programme is still read on every request, for its heading
 * and to check it is the reader's.
 */
@Component
class RenderedBoards {

    static final String VIEW = "reporting/board";
    private static final int KEPT = 500;

    private final Map<String, String> bodies = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEPT;
        }
    });
    private final ViewResolver views;
    private final DataRevisions revisions;
    private final Can can;
    private final Clock clock;

    RenderedBoards(@Qualifier("thymeleafViewResolver") ViewResolver views, DataRevisions revisions, Can can, Clock clock) {
        this.views = views;
        this.revisions = revisions;
        this.can = can;
        this.clock = clock;
    }

    /**
     * Puts the board's body in the model, kept or rendered now from the model {@code build} fills,
     * and answers the view that shows it under the programme's heading and tabs.
     *
     * @param template the board's template, whose {@code main} element holds its body
     * @param chosen   what the reader chose that changes the body (the programme, year, units, board's name)
     */
    String show(String template, List<?> chosen, Supplier<Map<String, ?>> build, Model model, HttpServletRequest request,
            HttpServletResponse response) throws Exception {
        Long organisationId = Tenancy.currentOrganisationId();
        String key = template + '|' + organisationId + '|' + revisions.current(organisationId) + '|' + LocalDate.now(clock) + '|'
                + Arrays.stream(Permission.values()).filter(can::has).map(Enum::name).collect(Collectors.joining(",")) + '|' + chosen;
        String body = bodies.get(key);
        if (body == null) {
            Map<String, Object> variables = new LinkedHashMap<>(model.asMap());
            variables.putAll(build.get());
            View view = views.resolveViewName(template + " :: main/content()", Locale.UK);
            Captured captured = new Captured(response);
            view.render(variables, request, captured);
            body = captured.text();
            // a body holding a form's token belongs to one session: shown, never kept for another reader
            if (!body.contains("name=\"_csrf\"")) {
                bodies.put(key, body);
            }
        }
        model.addAttribute("boardBody", body);
        return VIEW;
    }

    /** How many board bodies are kept. */
    int kept() {
        return bodies.size();
    }

    /** A response whose body is written to a string, for the part of a page rendered on its own. */
    private static final class Captured extends HttpServletResponseWrapper {

        private final StringWriter text = new StringWriter();
        private final PrintWriter writer = new PrintWriter(text);

        Captured(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public void setContentType(String type) {
            // the page that shows the body sets it
        }

        @Override
        public void flushBuffer() {
            writer.flush();
        }

        String text() {
            writer.flush();
            return text.toString();
        }
    }
}
