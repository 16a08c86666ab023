package org.tgov.identity.web;

import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInController {

    private final Duration lockout;

    SignInController(@Value("${tgov.security.lockout:15m}") Duration lockout) {
        this.lockout = lockout;
    }

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

    private String messageFor(Object failure) {
        if (failure instanceof LockedException) {
            return "This account is locked because of too many failed sign-in attempts. Try again " + waitFor()
                    + ", or ask your administrator to unlock it.";
        }
        if (failure instanceof DisabledException) {
            return "This account has been disabled. Ask your administrator if you need access.";
        }
        return "The username or password is not correct. Check them and try again.";
    }

    /** "in 15 minutes", from the configured lockout rather than a number written into the message. */
    private String waitFor() {
        long minutes = (lockout.toSeconds() + 59) / 60;
        if (minutes <= 1) {
            return "in a minute";
        }
        if (minutes % 60 == 0) {
            long hours = minutes / 60;
            return "in " + hours + (hours == 1 ? " hour" : " hours");
        }
        return "in " + minutes + " minutes";
    }
}
