package org.tgov.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A grouped bar chart drawn on the server as SVG (no script), laid out here so the template only
 * places rectangles. The same figures always appear in a table beside the chart.
 *
 * @param series the names of the bars in each group, with the CSS modifier that colours them
 */
public record BarChart(String title, List<Series> series, List<Group> groups) {

    public static final int WIDTH = 640;
    public static final int PLOT_HEIGHT = 200;
    public static final int LABEL_HEIGHT = 24;

    public record Series(String name, String css) {
    }

    /** One cluster of bars, one per series, with its label under it. */
    public record Group(String label, List<BigDecimal> values) {
    }

    /** A bar ready to draw: position and size in SVG units. */
    public record Bar(String css, String label, int x, int y, int width, int height) {
    }

    public record Label(String text, int x, int y) {
    }

    public int height() {
        return PLOT_HEIGHT + LABEL_HEIGHT;
    }

    public List<Bar> bars() {
        BigDecimal max = groups.stream().flatMap(g -> g.values().stream()).map(BigDecimal::abs)
                .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        List<Bar> bars = new ArrayList<>();
        if (groups.isEmpty() || max.signum() == 0) {
            return bars;
        }
        int groupWidth = WIDTH / groups.size();
        int barWidth = Math.max(4, (groupWidth - 16) / series.size());
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            for (int s = 0; s < series.size(); s++) {
                BigDecimal value = group.values().get(s).abs();
                int height = value.multiply(BigDecimal.valueOf(PLOT_HEIGHT - 10)).divide(max, 0, RoundingMode.HALF_UP).intValue();
                int x = g * groupWidth + 8 + s * barWidth;
                bars.add(new Bar(series.get(s).css(), series.get(s).name() + ", " + group.label(), x,
                        PLOT_HEIGHT - height, barWidth - 2, height));
            }
        }
        return bars;
    }

    public List<Label> labels() {
        List<Label> labels = new ArrayList<>();
        if (groups.isEmpty()) {
            return labels;
        }
        int groupWidth = WIDTH / groups.size();
        for (int g = 0; g < groups.size(); g++) {
            labels.add(new Label(groups.get(g).label(), g * groupWidth + groupWidth / 2, PLOT_HEIGHT + 18));
        }
        return labels;
    }
}
