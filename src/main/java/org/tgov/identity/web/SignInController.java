package org.tgov.identity.web;

import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tgov.identity.internal.SignInThrottledException;

@Controller
class SignInController {

    @GetMapping("/sign-in")
    String signIn(@RequestParam(name = "error", required = false) String error,
            @RequestParam(name = "signed-out", required = false) String signedOut,
            @RequestParam(name = "ended", required = false) String ended, HttpSession session, Model model) {
        if (error != null) {
            Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            model.addAttribute("error", messageFor(failure));
        }
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("ended", ended != null);
        return "identity/sign-in";
    }

    /** A throttled attempt's message says how long to wait and nothing about the account. */
    private static String messageFor(Object failure) {
        if (failure instanceof SignInThrottledException throttled) {
            return "You have tried to sign in too many times. Wait " + inWords(throttled.retryAfter())
                    + ", then try again.";
        }
        if (failure instanceof DisabledException) {
            return "This account has been disabled. Ask your administrator if you need access.";
        }
        return "The username or password is not correct. Check them and try again.";
    }

    /** "1 minute", "3 minutes", "2 hours": rounded up, so that waiting as long as it says is enough. */
    static String inWords(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        long minutes = Math.max(1, (seconds + 59) / 60);
        if (minutes < 60) {
            return minutes == 1 ? "1 minute" : minutes + " minutes";
        }
        long hours = (minutes + 59) / 60;
        return hours == 1 ? "1 hour" : hours + " hours";
    }
}
