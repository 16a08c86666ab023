package org.tgov.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A form's rows are numbered by the page that shows them ({@code lines[0]} to {@code lines[7]}); a
 * request naming a row far beyond them ({@code lines[5000]}) cannot come from the page. Past 256 rows
 * Spring's binder throws instead of reporting a field error, which ended as a server error. Such a
 * request is answered as what it is, one the service cannot read (400, as a repeated answer is:
 * see {@link SingleValuedParameters}), with nothing saved.
 */
@ControllerAdvice
class RowsBeyondTheForm {

    private static final Logger log = LoggerFactory.getLogger(RowsBeyondTheForm.class);

    @ExceptionHandler(InvalidPropertyException.class)
    void refuse(InvalidPropertyException unreadable, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String property = unreadable.getPropertyName();
        log.warn("Refused {} {}: unreadable answer '{}'", request.getMethod(), request.getRequestURI(),
                property.length() > 100 ? property.substring(0, 100) : property);
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
}
