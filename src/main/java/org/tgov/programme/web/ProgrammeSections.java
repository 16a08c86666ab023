package org.tgov.programme.web;

import java.util.List;
import org.springframework.stereotype.Component;

/** The sections of a programme shown under its heading ({@code fragments/programme :: sections}). */
@Component("programmeSections")
public class ProgrammeSections {

    /** @param path appended to /programmes/{id} */
    public record Section(String key, String label, String path) {
    }

    private static final List<Section> SECTIONS = List.of(
            new Section("overview", "Overview", ""),
            new Section("finance", "Finance", "/finance"),
            new Section("resources-board", "Resources Board view", "/resources-board"),
            new Section("workstreams", "Workstreams", "/workstreams"),
            new Section("funding", "Funding", "/funding"),
            new Section("cost-lines", "Cost lines", "/cost-lines"),
            new Section("imports", "Spend imports", "/spend-imports"),
            new Section("change-requests", "Change requests", "/change-requests"),
            new Section("savings", "Savings", "/savings"),
            new Section("establishment", "Establishment", "/establishment"));

    public List<Section> all() {
        return SECTIONS;
    }
}
