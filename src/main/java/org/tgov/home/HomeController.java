package org.tgov.home;

import java.util.List;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tgov.boards.BodyManagement;
import org.tgov.boards.BodySummary;
import org.tgov.budget.ChangeRequestManagement;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.programme.ProgrammeManagement;

@Controller
class HomeController {

    private final ProgrammeManagement programmes;
    private final BodyManagement bodies;
    private final ChangeRequestManagement changeRequests;

    HomeController(ProgrammeManagement programmes, BodyManagement bodies, ChangeRequestManagement changeRequests) {
        this.programmes = programmes;
        this.bodies = bodies;
        this.changeRequests = changeRequests;
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
        // a member of the body that decides change requests sees what is waiting for it
        Optional<BodySummary> decidingBody = bodies.decidingBody()
                .filter(body -> myBodies.stream().anyMatch(mine -> mine.id().equals(body.id())));
        model.addAttribute("decidingBody", decidingBody.orElse(null));
        model.addAttribute("awaitingDecision", decidingBody.isPresent() ? changeRequests.awaitingDecision() : List.of());
        return "home/home";
    }
}
