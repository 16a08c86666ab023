package org.tgov.shared.web;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every text a form or address sends is plain text: a null byte or another control character
 * (which PostgreSQL refuses, and nobody types) is a field error, shown beside the field with the
 * message {@code typeMismatch.java.lang.String}, rather than a failed save. Tabs and line breaks are
 * text. The forms' own validation then reports the field like any other mistake.
 */
@ControllerAdvice
class PlainText {

    @InitBinder
    void refuseControlCharacters(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new Editor());
    }

    /** Whether the text holds a character that is neither printable nor a tab or line break. */
    public static boolean hasControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    static final class Editor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            if (text != null && hasControlCharacters(text)) {
                throw new IllegalArgumentException("Text holds a control character");
            }
            setValue(text);
        }
    }
}
