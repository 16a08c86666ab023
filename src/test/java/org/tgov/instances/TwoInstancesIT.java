package org.tgov.instances;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.tgov.TgovApplication;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.identity.Tenancy;
import org.tgov.identity.UserManagement;
import org.tgov.spend.SpendManagement;
import org.tgov.spend.internal.ExpiredUploads;
import org.tgov.support.FinanceFixture;
import org.tgov.support.FinanceFixture.FinanceSetup;
import org.tgov.support.PostgresInitializer;
import org.tgov.support.TestData;
import org.tgov.support.TestData.Council;

/**
 * Two instances of the application on one PostgreSQL database, as behind the councils' load
 * balancer: whatever a person is in the middle of carries on whichever instance their next request
 * reaches. Instance A is the test's own application context (the one other tests with this
 * configuration share); instance B is a second application started beside it on the same database.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = PostgresInitializer.class)
class TwoInstancesIT {

    private static final String CSV = """
            cost line code,month,amount,reference,description
            AG-1,2022-04,100.00,INV-1,Agency April
            RC-1,2022-04,10.00,INV-2,Recruitment
            RC-1,2022-05,12.34,INV-3,Recruitment
            """;

    static ConfigurableApplicationContext instanceB;
    static int b;

    @LocalServerPort
    int a;

    @Autowired TestData data;
    @Autowired FinanceFixture fixture;
    @Autowired SpendManagement spend;
    @Autowired ExpiredUploads expiredUploadsOnA;
    @Autowired JdbcTemplate jdbc;

    Council council;
    final Visitor browser = new Visitor();

    @BeforeAll
    static void startInstanceB() {
        instanceB = new SpringApplicationBuilder(TgovApplication.class).profiles("test")
                .initializers(new PostgresInitializer()).properties("server.port=0").run();
        b = Integer.parseInt(instanceB.getEnvironment().getRequiredProperty("local.server.port"));
    }

    @AfterAll
    static void stopInstanceB() {
        if (instanceB != null) {
            instanceB.close();
        }
    }

    @BeforeEach
    void setUp() {
        council = data.council();
    }

    @Test
    void signsInOnOneInstanceAndImportsASpendFileOnTheOther() {
        FinanceSetup money = fixture.create(council);
        SignedInUser priya = data.user(council, Role.FINANCE);
        String imports = "/programmes/" + money.programmeId() + "/spend-imports";

        assertThat(browser.signIn(a, priya.getUsername(), TestData.PASSWORD).location()).doesNotContain("sign-in");
        assertThat(browser.get(b, "/").body()).contains(priya.getDisplayName());

        Visitor.Response uploaded = browser.upload(a, imports, "april.csv", CSV.getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).isEqualTo(302);
        String preview = uploaded.location();
        assertThat(preview).startsWith(imports + "/");
        assertThat(browser.get(b, preview).body()).contains("Import 3 rows totalling £122.34");

        Visitor.Response confirmed = browser.submit(b, preview, preview, Map.of());
        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(confirmed.location()).isEqualTo(imports);
        // the confirmation message, kept in the session by B, is shown by A
        assertThat(browser.get(a, imports).body()).contains("Imported 3 rows totalling £122.34 from april.csv");
        Tenancy.runAs(council.id(), () -> {
            assertThat(spend.spendOn(money.chargedLineId())).hasSize(1);
            assertThat(spend.spendOn(money.otherLineId())).hasSize(2);
        });
    }

    @Test
    void signingOutOnOneInstanceEndsTheSessionOnTheOther() {
        SignedInUser officer = data.user(council, Role.OFFICER);
        browser.signIn(b, officer.getUsername(), TestData.PASSWORD);
        assertThat(browser.get(a, "/").status()).isEqualTo(200);

        Visitor.Response signedOut = browser.submit(b, "/", "/sign-out", Map.of());
        assertThat(signedOut.location()).endsWith("/sign-in?signed-out");

        Visitor.Response next = browser.get(a, "/programmes");
        assertThat(next.status()).isEqualTo(302);
        assertThat(next.location()).endsWith("/sign-in");
    }

    @Test
    void disablingAUserOnOneInstanceEndsTheSessionTheyHaveOnTheOther() {
        SignedInUser officer = data.user(council, Role.OFFICER);
        browser.signIn(a, officer.getUsername(), TestData.PASSWORD);
        assertThat(browser.get(a, "/").status()).isEqualTo(200);

        UserManagement usersOnB = instanceB.getBean(UserManagement.class);
        Tenancy.runAs(council.id(), () -> usersOnB.disable(officer.getId()));

        Visitor.Response next = browser.get(a, "/");
        assertThat(next.status()).isEqualTo(302);
        assertThat(next.location()).endsWith("/sign-in?ended");
    }

    @Test
    void theCleanUpOfExpiredUploadsRunsOnceWhenBothInstancesScheduleIt() throws Exception {
        Long programme = data.programme(council);
        String expired = pendingUpload(programme, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1));
        String alsoExpired = pendingUpload(programme, OffsetDateTime.now(ZoneOffset.UTC).minusDays(1));
        String waiting = pendingUpload(programme, OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(20));
        // a scheduled run of an earlier test's instance may still hold the lock: let it go
        jdbc.update("update shedlock set lock_until = locked_at where name = 'expired-spend-uploads'");

        List<Optional<Integer>> runs = atTheSameMoment(expiredUploadsOnA::removeOnOneInstance,
                instanceB.getBean(ExpiredUploads.class)::removeOnOneInstance);

        assertThat(runs).filteredOn(Optional::isPresent).as("instances that ran the clean-up").hasSize(1);
        assertThat(runs).filteredOn(Optional::isPresent).first().satisfies(removed -> assertThat(removed).get()
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.INTEGER).isGreaterThanOrEqualTo(2));
        assertThat(jdbc.queryForList("select token from pending_spend_upload where token in (?, ?, ?)", String.class,
                expired, alsoExpired, waiting)).containsExactly(waiting);
    }

    private String pendingUpload(Long programme, OffsetDateTime expiresAt) {
        String token = TestData.unique("token");
        jdbc.update("""
                insert into pending_spend_upload (organisation_id, programme_id, token, uploaded_by, file_name, content,
                uploaded_at, expires_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", council.id(), programme, token,
                council.adminUsername(), "april.csv", CSV.getBytes(StandardCharsets.UTF_8), expiresAt.minusMinutes(30),
                expiresAt);
        return token;
    }

    /** Calls each at once on its own thread, as two instances' schedulers do at the same moment. */
    @SafeVarargs
    private static <T> List<T> atTheSameMoment(Callable<T>... calls) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(calls.length);
        try {
            CountDownLatch ready = new CountDownLatch(calls.length);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> results = java.util.Arrays.stream(calls).map(call -> threads.submit(() -> {
                ready.countDown();
                go.await();
                return call.call();
            })).toList();
            ready.await(10, TimeUnit.SECONDS);
            go.countDown();
            List<T> answers = new java.util.ArrayList<>();
            for (Future<T> result : results) {
                answers.add(result.get(30, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }
}
