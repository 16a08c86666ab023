package org.tgov.improvement.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.tgov.improvement.MeasureValueView;
import org.tgov.shared.UkDates;

/**
 * A measure's values over time as a line drawn on the server as SVG (no script), laid out here so the
 * template only places shapes: points with their values beside them, a value axis with its scale,
 * the periods under the baseline and the target as a dashed line. The same figures are in a table beside it.
 */
public record TrendChart(List<Point> points, List<Tick> ticks, Integer targetY, String targetLabel) {

    public static final int WIDTH = 640;
    public static final int AXIS_WIDTH = 56;
    public static final int TOP = 20;
    public static final int PLOT_HEIGHT = 200;
    public static final int LABEL_HEIGHT = 40;
    private static final int TICKS = 4;

    public record Point(int x, int y, String value, String period) {
    }

    public record Tick(String text, int y) {
    }

    public static TrendChart of(List<MeasureValueView> values, BigDecimal target) {
        BigDecimal max = values.stream().map(MeasureValueView::value).reduce(target == null ? BigDecimal.ONE : target, BigDecimal::max);
        BigDecimal top = niceCeiling(max.max(BigDecimal.ONE));
        int n = values.size();
        int plotWidth = WIDTH - AXIS_WIDTH - 20;
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            MeasureValueView v = values.get(i);
            int x = AXIS_WIDTH + (n == 1 ? plotWidth / 2 : 10 + i * (plotWidth - 20) / (n - 1));
            points.add(new Point(x, y(v.value(), top), v.value().stripTrailingZeros().toPlainString(),
                    UkDates.format(v.periodOn()).replaceFirst("^\\d+ ", "")));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= TICKS; i++) {
            BigDecimal value = top.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(TICKS), 2, RoundingMode.HALF_UP);
            ticks.add(new Tick(value.stripTrailingZeros().toPlainString(), y(value, top)));
        }
        return new TrendChart(points, ticks, target == null ? null : y(target, top),
                target == null ? null : target.stripTrailingZeros().toPlainString());
    }

    public int height() {
        return TOP + PLOT_HEIGHT + LABEL_HEIGHT;
    }

    public int baseline() {
        return TOP + PLOT_HEIGHT;
    }

    public int left() {
        return AXIS_WIDTH;
    }

    public int right() {
        return WIDTH - 10;
    }

    /** The polyline's points attribute. */
    public String line() {
        StringBuilder line = new StringBuilder();
        points.forEach(p -> line.append(p.x()).append(',').append(p.y()).append(' '));
        return line.toString().strip();
    }

    private static int y(BigDecimal value, BigDecimal top) {
        return TOP + PLOT_HEIGHT - value.multiply(BigDecimal.valueOf(PLOT_HEIGHT)).divide(top, 0, RoundingMode.HALF_UP).intValue();
    }

    /** 1, 2, 4, 6 or 8 times a power of ten, at least the value: a scale in four even steps people read at a glance. */
    static BigDecimal niceCeiling(BigDecimal value) {
        BigDecimal power = BigDecimal.ONE;
        while (power.multiply(BigDecimal.TEN).compareTo(value) < 0) {
            power = power.multiply(BigDecimal.TEN);
        }
        for (int step : new int[] {1, 2, 4, 6, 8, 10}) {
            BigDecimal candidate = power.multiply(BigDecimal.valueOf(step));
            if (candidate.compareTo(value) >= 0) {
                return candidate;
            }
        }
        return power.multiply(BigDecimal.TEN);
    }
}
