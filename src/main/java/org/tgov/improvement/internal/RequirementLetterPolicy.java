package org.tgov.improvement.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tgov.shared.Refusal;

/**
 * Each requirement of a notice or direction has its own letter, because the papers, the board and
 * the actions answering it cite it by that letter alone: two requirements (c) of one notice would
 * make every citation of (c) ambiguous. A letter is how the notice numbers it, such as {@code c},
 * {@code 4} or {@code iv}: letters and digits, at most 10 of them; (c) and (C) are the same letter.
 */
public final class RequirementLetterPolicy {

    private static final Pattern LETTER = Pattern.compile("[\\p{IsLatin}0-9]{1,10}");

    private RequirementLetterPolicy() {
    }

    /** The letter as it is kept: without the brackets that citations wrap it in, nor surrounding spaces. */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String letter = typed.strip();
        if (letter.startsWith("(") && letter.endsWith(")") && letter.length() >= 2) {
            letter = letter.substring(1, letter.length() - 1).strip();
        }
        return letter;
    }

    public static List<Optional<Refusal>> allows(Intervention intervention, String letter) {
        if (letter.isEmpty()) {
            return List.of(Refusal.about("label", "improvement.requirement.label.required").asOptional());
        }
        if (!LETTER.matcher(letter).matches()) {
            return List.of(Refusal.about("label", "improvement.requirement.label.format").asOptional());
        }
        return List.of(intervention.hasRequirementLettered(letter)
                ? Refusal.about("label", "improvement.requirement.label.taken", letter).asOptional() : Optional.empty());
    }
}
