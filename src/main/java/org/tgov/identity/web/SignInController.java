package org.tgov.identity.web;

import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tgov.identity.internal.SignInThrottledException;

@Controller
class SignInController {

    private final MessageSource messages;

    SignInController(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping("/sign-in")
    String signIn(@RequestParam(name = "error", required = false) String error,
            @RequestParam(name = "signed-out", required = false) String signedOut,
            @RequestParam(name = "ended", required = false) String ended, HttpSession session, Model model) {
        if (error != null) {
            Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            model.addAttribute("error", messages.getMessage(messageFor(failure), LocaleContextHolder.getLocale()));
        }
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("ended", ended != null);
        return "identity/sign-in";
    }

    /** A throttled attempt's message says how long to wait and nothing about the account. */
    private static MessageSourceResolvable messageFor(Object failure) {
        if (failure instanceof SignInThrottledException throttled) {
            return sentence("signIn.throttled", inWords(throttled.retryAfter()));
        }
        if (failure instanceof DisabledException) {
            return sentence("signIn.disabled");
        }
        return sentence("signIn.failed");
    }

    /** "1 minute", "3 minutes", "2 hours": rounded up, so that waiting as long as it says is enough. */
    static MessageSourceResolvable inWords(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        long minutes = Math.max(1, (seconds + 59) / 60);
        if (minutes < 60) {
            return sentence("signIn.wait.minutes", minutes);
        }
        return sentence("signIn.wait.hours", (minutes + 59) / 60);
    }

    private static MessageSourceResolvable sentence(String code, Object... values) {
        return new DefaultMessageSourceResolvable(new String[] {code}, values);
    }
}
