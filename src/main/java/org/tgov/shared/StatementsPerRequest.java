package org.tgov.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The benchmark's statement count (profile {@code bench} only): logs how many SQL statements Hibernate
 * prepared for a request that asks with the header {@value #HEADER}, as
 * {@code [bench] GET /path?query statements=N}. {@code bench/run} opens each page once so and reads the
 * line; the load that follows does not ask, so it writes no log. The count is what
 * {@code StatementsPerPageIT} asserts.
 * Hibernate is told to use {@link Counter} in {@code application-bench.yml}.
 */
@Component
@Profile("bench")
@Order(Ordered.HIGHEST_PRECEDENCE)
class StatementsPerRequest extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(StatementsPerRequest.class);
    static final String HEADER = "X-Bench-Statements";
    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    /** Counts each statement prepared on the request's thread, leaving the SQL as it is. */
    public static final class Counter implements StatementInspector {

        @Override
        public String inspect(String sql) {
            int[] count = COUNT.get();
            if (count != null) {
                count[0]++;
            }
            return sql;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getHeader(HEADER) == null) {
            chain.doFilter(request, response);
            return;
        }
        int[] count = new int[1];
        COUNT.set(count);
        try {
            chain.doFilter(request, response);
        } finally {
            COUNT.remove();
            String query = request.getQueryString();
            log.info("[bench] {} {}{} statements={}", request.getMethod(), request.getRequestURI(),
                    query == null ? "" : "?" + query, count[0]);
        }
    }
}
