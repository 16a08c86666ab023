package org.tgov.identity;

/**
 * What text typed into a form may hold. Control characters (a null byte, a tab, a line break) never
 * belong in a name, a username or a password: they come from pasting or from a forged request, and
 * PostgreSQL refuses a null byte outright. Invisible format characters are kept, because some are
 * part of how names are written (a right-to-left mark in a name written in Arabic or Hebrew).
 */
public final class PlainText {

    private PlainText() {
    }

    public static boolean hasControlCharacters(String text) {
        return text != null && text.codePoints().anyMatch(PlainText::isControl);
    }

    /** Blank when nothing but spaces and invisible format characters would show. */
    static boolean isBlank(String text) {
        return text == null || text.codePoints()
                .allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT);
    }

    /** Counts characters as a person does (and as PostgreSQL does), not Java's UTF-16 units. */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static boolean isControl(int codePoint) {
        int type = Character.getType(codePoint);
        // a lone half of a surrogate pair is no character at all; line and paragraph separators are line breaks
        return type == Character.CONTROL || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
