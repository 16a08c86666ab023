package org.tgov.home;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tgov.boards.BodyManagement;
import org.tgov.boards.BodySummary;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.programme.ProgrammeManagement;

@Controller
class HomeController {

    private final ProgrammeManagement programmes;
    private final BodyManagement bodies;

    HomeController(ProgrammeManagement programmes, BodyManagement bodies) {
        this.programmes = programmes;
        this.bodies = bodies;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal SignedInUser user, Model model) {
        if (user.has(Role.PLATFORM_ADMIN)) {
            return "redirect:/platform/organisations";
        }
        var myBodies = bodies.bodiesOf(user.getId());
        model.addAttribute("navigation", "home");
        model.addAttribute("programmes", programmes.open());
        model.addAttribute("bodies", myBodies);
        model.addAttribute("chaired", myBodies.stream().filter(b -> user.getId().equals(b.chairUserId()))
                .map(BodySummary::id).toList());
        return "home/home";
    }
}
