package org.tgov.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A grouped bar chart drawn on the server as SVG (no script), laid out here so the template only
 * places shapes: bars with their values above them, a value axis with its scale, and the group
 * labels under the baseline. The same figures always appear in a table beside the chart.
 *
 * @param series    the names of the bars in each group, with the CSS modifier that colours them
 * @param unit      how values are written: "£000" (values in pounds, shown in thousands) or "FTE"
 */
public record BarChart(String title, List<Series> series, List<Group> groups, String unit) {

    public static final int WIDTH = 640;
    public static final int AXIS_WIDTH = 64;
    public static final int TOP = 30;
    public static final int PLOT_HEIGHT = 200;
    public static final int LABEL_HEIGHT = 24;
    private static final int TICKS = 4;

    public record Series(String name, String css) {
    }

    /** One cluster of bars, one per series, with its label under it. */
    public record Group(String label, List<BigDecimal> values) {
    }

    /** A bar ready to draw, with its value written above it. */
    public record Bar(String css, String label, String value, int x, int y, int width, int height) {

        public int valueX() {
            return x + width / 2;
        }

        public int valueY() {
            return y - 3;
        }
    }

    public record Label(String text, int x, int y) {
    }

    /** A line across the plot at a value of the scale, with the value on the axis. */
    public record Tick(String text, int y) {
    }

    public int height() {
        return TOP + PLOT_HEIGHT + LABEL_HEIGHT;
    }

    public int baseline() {
        return TOP + PLOT_HEIGHT;
    }

    public int plotLeft() {
        return AXIS_WIDTH;
    }

    public int plotRight() {
        return WIDTH;
    }

    public List<Bar> bars() {
        BigDecimal top = scaleTop();
        List<Bar> bars = new ArrayList<>();
        if (groups.isEmpty() || top.signum() == 0) {
            return bars;
        }
        int groupWidth = (WIDTH - AXIS_WIDTH) / groups.size();
        int barWidth = Math.max(4, (groupWidth - 16) / series.size());
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            for (int s = 0; s < series.size(); s++) {
                BigDecimal value = group.values().get(s);
                int height = value.abs().multiply(BigDecimal.valueOf(PLOT_HEIGHT)).divide(top, 0, RoundingMode.HALF_UP).intValue();
                int x = AXIS_WIDTH + g * groupWidth + 8 + s * barWidth;
                bars.add(new Bar(series.get(s).css(), series.get(s).name() + ", " + group.label(), format(value), x,
                        baseline() - height, barWidth - 2, height));
            }
        }
        return bars;
    }

    public List<Label> labels() {
        List<Label> labels = new ArrayList<>();
        if (groups.isEmpty()) {
            return labels;
        }
        int groupWidth = (WIDTH - AXIS_WIDTH) / groups.size();
        for (int g = 0; g < groups.size(); g++) {
            labels.add(new Label(groups.get(g).label(), AXIS_WIDTH + g * groupWidth + groupWidth / 2, baseline() + 18));
        }
        return labels;
    }

    /** The scale on the value axis: nothing, then equal steps up to a round number above the largest value. */
    public List<Tick> ticks() {
        BigDecimal top = scaleTop();
        List<Tick> ticks = new ArrayList<>();
        if (top.signum() == 0) {
            return ticks;
        }
        for (int i = 0; i <= TICKS; i++) {
            BigDecimal value = top.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(TICKS), 2, RoundingMode.HALF_UP);
            ticks.add(new Tick(format(value), baseline() - PLOT_HEIGHT * i / TICKS));
        }
        return ticks;
    }

    /** A round number (1, 2 or 5 times a power of ten) at or above the largest value, in the unit shown. */
    BigDecimal scaleTop() {
        BigDecimal max = groups.stream().flatMap(g -> g.values().stream()).map(BigDecimal::abs)
                .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        if (max.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal shown = inUnit(max);
        BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(shown.precision() - shown.scale() - 1);
        for (int step : new int[] {1, 2, 5, 10}) {
            BigDecimal candidate = power.multiply(BigDecimal.valueOf(step));
            if (candidate.compareTo(shown) >= 0) {
                return "£000".equals(unit) ? candidate.multiply(BigDecimal.valueOf(1000)) : candidate;
            }
        }
        return max;
    }

    private BigDecimal inUnit(BigDecimal value) {
        return "£000".equals(unit) ? value.divide(BigDecimal.valueOf(1000), 3, RoundingMode.HALF_UP) : value;
    }

    /** A value as the chart writes it: 11,487 (in £000) or 122.75 (FTE). */
    String format(BigDecimal value) {
        DecimalFormatSymbols uk = DecimalFormatSymbols.getInstance(Locale.UK);
        if ("£000".equals(unit)) {
            return new DecimalFormat("#,##0", uk).format(value.divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP));
        }
        return new DecimalFormat("#,##0.00", uk).format(value);
    }
}
