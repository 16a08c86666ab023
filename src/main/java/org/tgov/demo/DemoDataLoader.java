package org.tgov.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tgov.boards.BodyDetails;
import org.tgov.boards.BodyManagement;
import org.tgov.boards.BodyType;
import org.tgov.boards.Cadence;
import org.tgov.identity.NewUser;
import org.tgov.identity.Organisation;
import org.tgov.identity.OrganisationManagement;
import org.tgov.identity.Role;
import org.tgov.identity.Tenancy;
import org.tgov.identity.UserManagement;
import org.tgov.programme.ProgrammeDetails;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.programme.ProgrammeStatus;

/**
 * Loads the demo programme the first time the application starts in the demo profile. The demo
 * profile is the default, but on PostgreSQL the loader only runs when the profile was chosen
 * explicitly, so a production database never receives demo data by accident.
 *
 * <p>It loads while the application starts, after every bean exists and before the web server
 * opens its port, so nobody can try the demo sign-ins before their accounts exist, and readiness
 * stays down until it is done. Each step is one transaction that is skipped once done, and the
 * whole load is tried again when the database is briefly unavailable (a restart), so that a
 * half-loaded demo is completed rather than left behind or stopping the application.
 */
@Component
@Profile("demo")
class DemoDataLoader implements SmartInitializingSingleton {

    static final String ORGANISATION = "Herefordshire Council";
    static final String PASSWORD = "demo-password";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final OrganisationManagement organisations;
    private final UserManagement users;
    private final ProgrammeManagement programmes;
    private final BodyManagement bodies;
    private final DemoFinance finance;
    private final DemoImprovement improvement;
    private final TransactionTemplate transaction;
    private final DataSource dataSource;
    private final Environment environment;

    DemoDataLoader(OrganisationManagement organisations, UserManagement users, ProgrammeManagement programmes,
            BodyManagement bodies, DemoFinance finance, DemoImprovement improvement, TransactionTemplate transaction, DataSource dataSource, Environment environment) {
        this.organisations = organisations;
        this.users = users;
        this.programmes = programmes;
        this.bodies = bodies;
        this.finance = finance;
        this.improvement = improvement;
        this.transaction = transaction;
        this.dataSource = dataSource;
        this.environment = environment;
    }

    @Override
    public void afterSingletonsInstantiated() {
        boolean chosenExplicitly = Arrays.asList(environment.getActiveProfiles()).contains("demo");
        if (!chosenExplicitly && !embeddedDatabase()) {
            log.warn("Demo data not loaded: the database is not the embedded one and the demo profile was not "
                    + "chosen explicitly (SPRING_PROFILES_ACTIVE=demo).");
            return;
        }
        StartupRetry.run("Loading the demo data", this::load);
    }

    private void load() {
        organisations.addPlatformAdministratorIfAbsent("platform", "Pat Platform", PASSWORD);
        Long organisationId = organisations.findByName(ORGANISATION).map(Organisation::getId)
                .orElseGet(() -> organisations.create(ORGANISATION,
                        new NewUser("admin", "Ada Morgan", "admin@example.org", PASSWORD, Set.of(Role.ADMIN))));
        boolean loaded = Tenancy.callAs(organisationId,
                () -> programmes.list(Pageable.ofSize(1)).getTotalElements() > 0);
        if (loaded) {
            log.info("Demo data already loaded");
            return;
        }
        Tenancy.runAs(organisationId, () -> transaction.executeWithoutResult(status -> loadProgramme()));
        log.info("Loaded the demo programme for {}: sign in as admin, officer, finance, sro, adviser, resources, "
                + "councillor, cabinet or platform with password {}", ORGANISATION, PASSWORD);
    }

    private void loadProgramme() {
        Map<String, Long> people = new HashMap<>();
        people.put("officer", user("officer", "Sam Taylor", Role.OFFICER));
        people.put("finance", user("finance", "Priya Shah", Role.FINANCE));
        people.put("sro", user("sro", "Dana Price", Role.CHAIR));
        people.put("adviser", user("adviser", "Chris Ellis", Role.CHAIR));
        people.put("resources", user("resources", "Robin Hale", Role.CHAIR));
        people.put("councillor", user("councillor", "Cllr Jo Bevan", Role.SCRUTINY_MEMBER));
        people.put("cabinet", user("cabinet", "Cllr Lee Ward", Role.BOARD_MEMBER));

        Long programmeId = programmes.create(new ProgrammeDetails(
                "Children's Services Transformation Programme",
                "Corporate Director, Children and Young People",
                LocalDate.of(2021, 4, 1), LocalDate.of(2024, 3, 31),
                List.of("Improving outcomes for children, young people and their families.",
                        "Making working in Herefordshire an attractive and rewarding career choice.",
                        "Embedding systemic partnership approaches and exploring alternative models of delivery.",
                        "Making the service financially viable for the future across a range of services the Council delivers."),
                ProgrammeStatus.ACTIVE));
        finance.load(programmeId);
        improvement.load(programmeId, people);

        body("Operational Improvement Board", BodyType.OPERATIONAL_BOARD, false, people.get("sro"),
                "Corporate Director, Children and Young People (SRO)", Cadence.MONTHLY,
                "Regular oversight, decision and recommendation making on the development, delivery and progress of "
                        + "the Transformation Programme, along with the Children and Families Improvement Plan programmes of work.",
                people.get("officer"), people.get("finance"));
        body("DfE Improvement Board", BodyType.INDEPENDENT_IMPROVEMENT_BOARD, false, people.get("adviser"),
                "Independent chair (DfE Improvement Adviser)", Cadence.MONTHLY,
                "Ensures compliance with the non-statutory improvement notice issued by the Department for Education "
                        + "and oversees improvement plan progress; the Improvement Adviser reports to the DfE every 6 weeks.",
                people.get("sro"));
        body("Resources Board", BodyType.RESOURCES_BOARD, true, people.get("resources"), "Finance and resources lead",
                Cadence.MONTHLY,
                "Monitors spend and value for money, along with change request approval for changes extending beyond "
                        + "the approved scope and value of the programme.",
                people.get("finance"), people.get("sro"));
        body("Corporate Leadership Team", BodyType.LEADERSHIP_TEAM, false, null, "Chief Executive", Cadence.AS_NEEDED,
                "Acts as critical friend, providing scrutiny and challenge.", people.get("sro"));
        body("Children and Young People Scrutiny Committee", BodyType.SCRUTINY_COMMITTEE, false, null, "Committee chairperson",
                Cadence.BI_MONTHLY,
                "Reviews progress of the transformation programme at bi-monthly meetings focused on the Improvement Plan, "
                        + "with a key performance indicator report each quarter.",
                people.get("councillor"));
        body("Cabinet", BodyType.EXECUTIVE, false, null, "Leader of the council", Cadence.QUARTERLY,
                "Responsible for ensuring progress is made as set out in the Improvement Notice; reviews progress of the "
                        + "Improvement Plan and of the transformation funding quarterly.",
                people.get("cabinet"));
    }

    private Long user(String username, String name, Role role) {
        return users.create(new NewUser(username, name, username + "@example.org", PASSWORD, Set.of(role)));
    }

    private void body(String name, BodyType type, boolean decidesChangeRequests, Long chair, String chairRole,
            Cadence cadence, String remit, Long... members) {
        Long id = bodies.create(new BodyDetails(name, type, chair, chairRole, cadence, remit, decidesChangeRequests));
        bodies.replaceMembers(id, 0, Set.of(members));
    }

    private boolean embeddedDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            return false;
        }
    }
}
