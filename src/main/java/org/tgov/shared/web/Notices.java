package org.tgov.shared.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tgov.shared.Refusal;

/**
 * The banner the next page shows after a change ("Funding stream added"), or a refusal shown on the
 * page a change redirects to: the sentence comes from the messages files by its code, and is kept as
 * text in the flash attributes (fragments/notices.html shows {@code success}).
 */
@Component
public class Notices {

    private final MessageSource messages;

    Notices(MessageSource messages) {
        this.messages = messages;
    }

    public void success(RedirectAttributes redirect, String code, Object... values) {
        redirect.addFlashAttribute("success", sentence(code, values));
    }

    /** @param attribute the flash attribute the next page shows the refusal from, such as "problem" */
    public void refusal(RedirectAttributes redirect, String attribute, Refusal refusal) {
        redirect.addFlashAttribute(attribute, sentence(refusal.code(), refusal.argumentArray()));
    }

    private String sentence(String code, Object... values) {
        return messages.getMessage(code, values, LocaleContextHolder.getLocale());
    }
}
