package org.tgov.budget;

import java.util.List;

/** A cost line's figures by year and its forecasts as finance set them, read together. */
public record LineYears(List<LineFigures> figures, List<ForecastView> forecasts) {
}
