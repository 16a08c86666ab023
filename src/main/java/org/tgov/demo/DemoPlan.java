package org.tgov.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.tgov.identity.SignedInUser;
import org.tgov.improvement.ActionProgress;
import org.tgov.improvement.ActionStatus;
import org.tgov.improvement.NewAction;
import org.tgov.improvement.PlanDetails;
import org.tgov.improvement.PlanManagement;
import org.tgov.improvement.PlanStatus;
import org.tgov.improvement.ProgressDetails;
import org.tgov.improvement.Rating;
import org.tgov.programme.WorkstreamManagement;

/**
 * The demo's improvement plan from the council papers: v1.0 (October 2021), v2 (2022) and the
 * post-inspection action plan (December 2022), its priority areas, and actions in the seven delivery
 * projects, including those the Scrutiny Committee asked for. Due dates, ratings and progress
 * updates the papers do not give are illustrative, and their commentary says so.
 */
@Component
@Profile("demo")
class DemoPlan {

    private final PlanManagement plans;
    private final ActionProgress progress;
    private final WorkstreamManagement workstreams;
    private final UserDetailsService accounts;
    /** The action references that answer each ILACS recommendation (illustrative). */
    private static final Map<String, Integer> ANSWERS = Map.of("A4", 1, "A6", 2, "A5", 2, "A10", 3, "A11", 3, "A1", 4, "A2", 4, "A8", 5);
    private Map<Integer, Long> recommendations = Map.of();

    DemoPlan(PlanManagement plans, ActionProgress progress, WorkstreamManagement workstreams, UserDetailsService accounts) {
        this.plans = plans;
        this.progress = progress;
        this.workstreams = workstreams;
        this.accounts = accounts;
    }

    /** @param notice the requirements of the improvement notice by letter */
    /** @param recommendations the ILACS inspection's recommendations by number */
    void load(Long programmeId, Map<String, Long> people, Map<String, Long> notice, Map<Integer, Long> recommendations) {
        this.recommendations = recommendations;
        plans.addPlan(programmeId, new PlanDetails("Children and Families Strategic Improvement Plan", "1.0", PlanStatus.SUPERSEDED,
                "Cabinet", LocalDate.of(2021, 10, 28), null));
        plans.addPlan(programmeId, new PlanDetails("Children and Families Strategic Improvement Plan", "2", PlanStatus.SUPERSEDED,
                "Cabinet", LocalDate.of(2022, 5, 26), null));
        Long plan = plans.addPlan(programmeId, new PlanDetails("Post-inspection improvement action plan", "December 2022",
                PlanStatus.SUBMITTED, "Cabinet", LocalDate.of(2022, 12, 15), LocalDate.of(2022, 12, 20)));

        Long leadership = plans.addPriorityArea(programmeId, "Leadership, management oversight and supervision");
        Long help = plans.addPriorityArea(programmeId, "Children who need help and protection");
        Long care = plans.addPriorityArea(programmeId, "Children in care and care leavers");
        Long workforce = plans.addPriorityArea(programmeId, "A stable, skilled workforce");
        Long quality = plans.addPriorityArea(programmeId, "Quality assurance and performance");

        Map<String, Long> ws = new HashMap<>();
        workstreams.of(programmeId).forEach(w -> ws.put(w.getName(), w.getId()));
        if (!ws.containsKey("Commissioning resources")) {
            ws.put("Commissioning resources", workstreams.create(programmeId, "Commissioning resources", "Head of Commissioning",
                    "Placements and services commissioned for children and families."));
        }
        Long officer = people.get("officer");
        Long sro = people.get("sro");
        Long admin = ((SignedInUser) accounts.loadUserByUsername("admin")).getId();

        Map<String, Long> a = new HashMap<>();
        a.put("A1", action(programmeId, plan, workforce, ws.get("Workforce"), "A1", "Recruitment campaign for permanent social workers to reduce reliance on agency staff", officer, LocalDate.of(2023, 3, 31), notice.get("b")));
        a.put("A2", action(programmeId, plan, workforce, ws.get("Workforce"), "A2", "Bring average caseloads down towards 15 to 18 children per social worker", officer, LocalDate.of(2023, 9, 30), null));
        a.put("A3", action(programmeId, plan, workforce, ws.get("Workforce"), "A3", "Trauma awareness training for all relevant staff and members, signposted at the right times", officer, LocalDate.of(2023, 6, 30), null));
        a.put("A4", action(programmeId, plan, leadership, ws.get("Service and practice development"), "A4", "Practice standards and regular, recorded supervision for every social worker", sro, LocalDate.of(2023, 1, 31), null));
        a.put("A5", action(programmeId, plan, help, ws.get("Early help and partnerships"), "A5", "Develop and launch a Family Group Conference model by April 2023", sro, LocalDate.of(2023, 4, 30), null));
        a.put("A6", action(programmeId, plan, help, ws.get("Service and practice development"), "A6", "Advise families properly on Public Law Outline meetings and pre-court proceedings, with links to the Family Rights Group", sro, LocalDate.of(2023, 3, 31), null));
        a.put("A7", action(programmeId, plan, leadership, ws.get("Workforce"), "A7", "Human rights and equality training for staff working with children and families", officer, LocalDate.of(2023, 5, 31), null));
        a.put("A8", action(programmeId, plan, quality, ws.get("Performance and quality assurance"), "A8", "Monthly case audit programme with moderation, reported to the Improvement Board", admin, LocalDate.of(2023, 2, 28), notice.get("d")));
        a.put("A9", action(programmeId, plan, leadership, ws.get("Performance and quality assurance"), "A9", "Monthly DfE Improvement Board with an independent chair, with papers and minutes published", sro, LocalDate.of(2022, 6, 30), notice.get("c")));
        a.put("A10", action(programmeId, plan, care, ws.get("Corporate parenting"), "A10", "Refresh the Corporate Parenting Strategy with children in care and care leavers", sro, LocalDate.of(2023, 7, 31), null));
        a.put("A11", action(programmeId, plan, care, ws.get("Commissioning resources"), "A11", "Placement sufficiency strategy and local foster carer recruitment", admin, LocalDate.of(2027, 3, 31), null));
        a.put("A12", action(programmeId, plan, help, ws.get("Special educational needs and disabilities"), "A12", "Respond to the SEND peer review recommendations with partners", admin, LocalDate.of(2027, 6, 30), null));

        actingAs("officer", () -> {
            update(programmeId, a.get("A1"), LocalDate.of(2022, 10, 31), ActionStatus.IN_PROGRESS, Rating.AMBER, Rating.AMBER, "Illustrative: campaign launched; 9 offers made, 4 starters so far.");
            update(programmeId, a.get("A1"), LocalDate.of(2023, 3, 31), ActionStatus.COMPLETE, Rating.BLUE, Rating.GREEN, "Illustrative: campaign complete; agency share falling month on month.");
            update(programmeId, a.get("A2"), LocalDate.of(2023, 1, 31), ActionStatus.IN_PROGRESS, Rating.RED, Rating.RED, "Illustrative: average caseload still above 20; new team starts in March.");
            update(programmeId, a.get("A3"), LocalDate.of(2023, 2, 28), ActionStatus.IN_PROGRESS, Rating.AMBER, Rating.AMBER, "Illustrative: first cohorts trained; members' session booked.");
            update(programmeId, a.get("A7"), LocalDate.of(2023, 1, 31), ActionStatus.NOT_STARTED, Rating.AMBER, Rating.AMBER, "Illustrative: provider being chosen.");
        });
        actingAs("admin", () -> {
            update(programmeId, a.get("A4"), LocalDate.of(2023, 1, 31), ActionStatus.COMPLETE, Rating.BLUE, Rating.AMBER, "Illustrative: standards published; supervision audit shows 85% on time.");
            update(programmeId, a.get("A5"), LocalDate.of(2023, 3, 31), ActionStatus.IN_PROGRESS, Rating.AMBER, Rating.AMBER, "Illustrative: model agreed; coordinators being recruited.");
            update(programmeId, a.get("A6"), LocalDate.of(2023, 2, 28), ActionStatus.COMPLETE, Rating.BLUE, Rating.GREEN, "Illustrative: leaflets and web pages live, linking to the Family Rights Group.");
            update(programmeId, a.get("A8"), LocalDate.of(2023, 2, 28), ActionStatus.IN_PROGRESS, Rating.GREEN, Rating.AMBER, "Illustrative: audits running monthly; 38% of audited cases good or better.");
            update(programmeId, a.get("A9"), LocalDate.of(2022, 6, 30), ActionStatus.COMPLETE, Rating.BLUE, Rating.GREEN, "Board established and meeting monthly.");
            update(programmeId, a.get("A10"), LocalDate.of(2023, 3, 31), ActionStatus.IN_PROGRESS, Rating.RED, Rating.AMBER, "Illustrative: engagement with the Children in Care Council delayed.");
            update(programmeId, a.get("A11"), LocalDate.of(2023, 3, 31), ActionStatus.IN_PROGRESS, Rating.GREEN, Rating.AMBER, "Illustrative: strategy drafted; recruitment campaign planned.");
        });
    }

    private Long action(Long programmeId, Long plan, Long area, Long workstream, String reference, String title, Long owner,
            LocalDate due, Long requirement) {
        Integer answers = ANSWERS.get(reference);
        return plans.addAction(programmeId, new NewAction(plan, area, workstream, reference, title, owner, due, requirement,
                answers == null ? null : recommendations.get(answers), null));
    }

    private void update(Long programmeId, Long actionId, LocalDate on, ActionStatus status, Rating progressRating, Rating impact,
            String commentary) {
        long version = progress.action(programmeId, actionId).version();
        progress.record(programmeId, actionId, version, new ProgressDetails(on, status, progressRating, impact, commentary, null));
    }

    /** Progress is recorded by people, as they would in the browser: the demo signs in as one for a moment. */
    private void actingAs(String username, Runnable work) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

}
