package org.tgov.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of a Java source file, each with the code of its statement up to it (from the
 * last {@code ;}, <code>{</code> or <code>}</code> before it, comments left out), so that a check can
 * tell a sentence written for a page from a log message, an exception's message or a date pattern.
 * A small lexer of comments, character literals, strings and text blocks: enough for our own code.
 */
final class JavaStrings {

    /** @param statement the code of the literal's statement before it, other literals shown as "" */
    record Literal(String text, String statement, int line) {
    }

    private JavaStrings() {
    }

    static List<Literal> of(String source) {
        List<Literal> literals = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        int i = 0;
        int line = 1;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                line += count(source, i, end + 2);
                i = end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                literals.add(new Literal(source.substring(source.indexOf('\n', i) + 1, end).strip(), statement.toString(), line));
                line += count(source, i, end + 3);
                statement.append("\"\"");
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int end = closing(source, i, c);
                if (c == '"') {
                    literals.add(new Literal(unescape(source.substring(i + 1, end)), statement.toString(), line));
                }
                statement.append(c).append(c);
                i = end + 1;
            } else {
                if (c == ';' || c == '{' || c == '}') {
                    statement.setLength(0);
                } else {
                    statement.append(c);
                }
                line += c == '\n' ? 1 : 0;
                i++;
            }
        }
        return literals;
    }

    private static int closing(String source, int start, char quote) {
        int i = start + 1;
        while (source.charAt(i) != quote) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }

    private static int count(String source, int from, int to) {
        return (int) source.substring(from, to).chars().filter(ch -> ch == '\n').count();
    }

    /** Enough unescaping to read a sentence: \" \\ \' and \n. */
    private static String unescape(String text) {
        return text.replace("\\\"", "\"").replace("\\'", "'").replace("\\n", "\n").replace("\\\\", "\\");
    }
}
