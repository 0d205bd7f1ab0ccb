package org.activesim.output;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.activesim.core.Recording;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

/**
 * {@code referral_funnel}: for each setting of the hardwiring lever, the residents who entered each
 * stage of the referral pathway (referred → enrolled → engaged → adherent, ODD 7.10.4) over the
 * whole run, all places, from the {@code referral_flow:<stage>:<setting>} metrics. Bars within a
 * setting read left to right as a funnel. Settings where nobody was referred are left out; the
 * chart is not drawn when no flow was recorded or every flow is zero.
 */
final class ReferralFunnelChart implements Figure {

  static final String PREFIX = "referral_flow:";

  /** Pathway stages, in pathway order. */
  static final List<String> STAGES = List.of("referred", "enrolled", "engaged", "adherent");

  private static final List<String> LABELS = List.of("Referred", "Enrolled", "Engaged", "Adherent");

  /** One colour per stage, darkest first, from the colour-blind-safe palette. */
  private static final Color[] COLOURS = {
    ChartStyle.OKABE_ITO[4],
    ChartStyle.OKABE_ITO[3],
    ChartStyle.OKABE_ITO[2],
    ChartStyle.OKABE_ITO[1]
  };

  @Override
  public String name() {
    return "referral_funnel";
  }

  @Override
  public Optional<CategoryChart> build(Recording recording) {
    // Settings where nobody entered any stage (no pathway there) are left out, not drawn empty.
    List<String> drawn = new ArrayList<>();
    List<double[]> totals = new ArrayList<>();
    for (String setting : settings(recording)) {
      double[] stageTotals = totals(recording, setting);
      if (Arrays.stream(stageTotals).anyMatch(v -> v != 0)) {
        drawn.add(setting);
        totals.add(stageTotals);
      }
    }
    if (drawn.isEmpty()) {
      return Optional.empty();
    }
    CategoryChart chart =
        ChartStyle.barChart(
            "Referral pathways: residents reaching each stage",
            "Setting",
            "Residents entering the stage over the run");
    chart.getStyler().setYAxisDecimalPattern("#,##0");
    for (int s = 0; s < STAGES.size(); s++) {
      List<Double> y = new ArrayList<>();
      for (double[] stageTotals : totals) {
        y.add(stageTotals[s]);
      }
      CategorySeries series = chart.addSeries(LABELS.get(s), drawn, y);
      series.setFillColor(COLOURS[s]);
    }
    return Optional.of(chart);
  }

  /** Residents entering each stage of a setting's pathway over the run (0 if not recorded). */
  private static double[] totals(Recording recording, String setting) {
    double[] totals = new double[STAGES.size()];
    for (int s = 0; s < STAGES.size(); s++) {
      String metric = PREFIX + STAGES.get(s) + ":" + setting;
      if (recording.metricIndex(metric) >= 0) {
        totals[s] =
            RecordedMetrics.runTotal(
                recording, recording.allPlaces(), Recording.ALL_QUINTILES, metric);
      }
    }
    return totals;
  }

  /** Settings named in the flow metrics of known stages, in order of first appearance. */
  static List<String> settings(Recording recording) {
    Set<String> settings = new LinkedHashSet<>();
    for (String metric : RecordedMetrics.withPrefix(recording, PREFIX)) {
      String rest = metric.substring(PREFIX.length());
      int colon = rest.indexOf(':');
      if (colon > 0 && STAGES.contains(rest.substring(0, colon))) {
        settings.add(rest.substring(colon + 1));
      }
    }
    return List.copyOf(settings);
  }
}
