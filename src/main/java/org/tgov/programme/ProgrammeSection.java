package org.tgov.programme;

/**
 * A section of a programme's pages, shown as a tab under its heading. Each module that has pages
 * about a programme contributes its own sections as beans; the programme module knows none of them.
 *
 * @param key   what a page passes to say it is this section, such as "funding"
 * @param label the tab's text
 * @param path  appended to /programmes/{id}, such as "/funding"
 * @param order where the tab stands among the others, lowest first
 */
public record ProgrammeSection(String key, String label, String path, int order) {
}
