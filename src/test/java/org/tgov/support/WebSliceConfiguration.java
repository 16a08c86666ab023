package org.tgov.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.tgov.identity.internal.WebSecurityForSlices;
import org.tgov.programme.web.ProgrammeHeadlines;
import org.tgov.programme.web.ProgrammeSections;
import org.tgov.shared.web.Formats;

/**
 * What a programme's pages need in a {@code @WebMvcTest} slice besides their controller and the
 * mocked façades: the application's own security rules and sentences, en-GB formats, the section
 * tabs under a programme's heading, and a clock fixed in the 2022/23 financial year, so that "today"
 * on a page never depends on when the test runs.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ WebSecurityForSlices.class, Formats.class, ProgrammeSections.class, ProgrammeHeadlines.class })
public class WebSliceConfiguration {

    public static final ZoneId UK = ZoneId.of("Europe/London");
    /** 15 September 2022, 11:00 in London. */
    public static final Instant NOW = Instant.parse("2022-09-15T10:00:00Z");

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, UK);
    }
}
