package org.tgov.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * What a page says about a form, read as a person reads it rather than as a string search: the
 * error next to a field and its link in the error summary, the summary's general errors, and what
 * a field holds.
 */
public final class FormPages {

    private FormPages() {
    }

    /** The sentence is beside the field (its {@code <field>-error} message) and links to it from the summary. */
    public static ResultMatcher errorOn(String field, String sentence) {
        return result -> {
            Document page = page(result.getResponse().getContentAsString());
            assertThat(summaryLinks(page)).as("error summary links").anySatisfy(link -> {
                assertThat(link.attr("href")).isEqualTo("#" + field);
                assertThat(link.text()).isEqualTo(sentence);
            });
            Element message = page.getElementById(field + "-error");
            assertThat(message).as("the error message beside %s", field).isNotNull();
            assertThat(message.text()).contains(sentence);
        };
    }

    /** The sentence is in the error summary without a field to link to: it is about the form as a whole. */
    public static ResultMatcher errorAtTop(String sentence) {
        return result -> {
            Document page = page(result.getResponse().getContentAsString());
            assertThat(page.select(".govuk-error-summary__list li")).as("error summary")
                    .anySatisfy(item -> {
                        assertThat(item.select("a")).isEmpty();
                        assertThat(item.text()).isEqualTo(sentence);
                    });
        };
    }

    /** The sentence is somewhere in the error summary, linked to a field or not. */
    public static ResultMatcher errorInSummary(String sentence) {
        return result -> assertThat(page(result.getResponse().getContentAsString())
                .select(".govuk-error-summary__list li").eachText()).as("error summary").contains(sentence);
    }

    /** The page has no error summary at all. */
    public static ResultMatcher noErrors() {
        return result -> assertThat(page(result.getResponse().getContentAsString()).select(".govuk-error-summary")).isEmpty();
    }

    /** The text input or text area of this name holds this value. */
    public static ResultMatcher fieldHolds(String name, String value) {
        return result -> {
            Document page = page(result.getResponse().getContentAsString());
            List<Element> fields = page.getElementsByAttributeValue("name", name);
            assertThat(fields).as("fields named %s", name).isNotEmpty();
            Element field = fields.get(0);
            assertThat(field.is("textarea") ? field.text() : field.attr("value")).isEqualTo(value);
        };
    }

    /** The page's title, as the browser tab shows it. */
    public static ResultMatcher titleStartsWith(String start) {
        return result -> assertThat(page(result.getResponse().getContentAsString()).title()).startsWith(start);
    }

    public static Document page(String html) {
        return Jsoup.parse(html);
    }

    private static List<Element> summaryLinks(Document page) {
        return page.select(".govuk-error-summary__list a");
    }
}
