package org.tgov.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request that sends the same parameter twice. Spring would join the values of a text
 * field with a comma ({@code amount=5&amount=7} became "5,7" and then £57.00) or quietly keep the
 * first of a number. Only a list of checkboxes legitimately sends several values, and its form
 * says so with Spring's {@code _name} marker field (see the checkboxes fragment).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class SingleValuedParameters extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SingleValuedParameters.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (parameter.getValue().length > 1 && request.getParameter("_" + name) == null) {
                log.warn("Refused {} {}: parameter '{}' sent {} times", request.getMethod(), request.getRequestURI(),
                        name.length() > 100 ? name.substring(0, 100) : name, parameter.getValue().length);
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
