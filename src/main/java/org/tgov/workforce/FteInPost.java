package org.tgov.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The posts filled in a month, by permanent and by agency staff. */
public record FteInPost(LocalDate month, BigDecimal permanent, BigDecimal agency) {

    public BigDecimal total() {
        return permanent.add(agency);
    }
}
