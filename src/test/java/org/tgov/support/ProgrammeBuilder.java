package org.tgov.support;

import java.time.LocalDate;
import java.util.List;
import org.tgov.programme.Programme;
import org.tgov.programme.ProgrammeDetails;
import org.tgov.programme.ProgrammeStatus;
import org.tgov.programme.Workstream;

/** A programme as its pages read it: by default id 7, April 2021 to March 2024 (2021/22 to 2023/24). */
public final class ProgrammeBuilder {

    private Long id = 7L;
    private String name = "Children's services transformation";
    private LocalDate start = LocalDate.of(2021, 4, 1);
    private LocalDate end = LocalDate.of(2024, 3, 31);

    public static ProgrammeBuilder aProgramme() {
        return new ProgrammeBuilder();
    }

    public ProgrammeBuilder id(Long id) {
        this.id = id;
        return this;
    }

    public ProgrammeBuilder named(String name) {
        this.name = name;
        return this;
    }

    /** The programme's financial years, from the one starting in {@code first} to the one starting in {@code last}. */
    public ProgrammeBuilder years(int first, int last) {
        this.start = LocalDate.of(first, 4, 1);
        this.end = LocalDate.of(last + 1, 3, 31);
        return this;
    }

    public Programme build() {
        return EntityIds.withId(new Programme(new ProgrammeDetails(name, "Corporate Director", start, end,
                List.of("Improve outcomes"), ProgrammeStatus.ACTIVE)), id);
    }

    /** A workstream of a programme, with its id. */
    public static Workstream workstream(Long id, Long programmeId, String name) {
        return EntityIds.withId(new Workstream(programmeId, name, null, null), id);
    }
}
