package org.activesim.output;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.activesim.evaluation.Comparison;
import org.knowm.xchart.XYChart;

/**
 * {@code rollout_timeline_<NN>-<scenario>}: a scenario's rollout timeline in a comparison, drawn as
 * the run chart ({@link RolloutTimelineChart}) from replicate 0, the one realisation a comparison
 * keeps ({@link Comparison#rollout}). Other replicates may scale at other times; the report and
 * {@code programme_reach.csv} summarise them all. Not drawn for a scenario without programmes, or
 * whose programmes ran nowhere.
 */
final class RolloutTimelineComparisonChart implements ComparisonFigure {

  /** Longest scenario name shown in full in the title. */
  private static final int TITLE_NAME_LENGTH = 40;

  private final int scenario;
  private final String name;

  /**
   * @param scenario index of a scenario, the baseline (0) included
   * @param fileNamePart the scenario's name made safe for a file name
   */
  RolloutTimelineComparisonChart(int scenario, String fileNamePart) {
    if (scenario < 0) {
      throw new IllegalArgumentException("scenario index must be >= 0, was " + scenario);
    }
    this.scenario = scenario;
    this.name = ComparisonWriter.rolloutTimelineName(scenario, fileNamePart);
  }

  /** {@code <prefix>_<NN>-<part>}: NN the scenario's index from 00, the baseline. */
  static String fileName(String prefix, int scenario, String fileNamePart) {
    return String.format(Locale.ROOT, "%s_%02d-%s", prefix, scenario, fileNamePart);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Optional<XYChart> build(Comparison comparison, List<String> places) {
    String scenarioName = comparison.scenarios().get(scenario);
    String title =
        "Programme rollout by place: "
            + (scenarioName.length() <= TITLE_NAME_LENGTH
                ? scenarioName
                : scenarioName.substring(0, TITLE_NAME_LENGTH - 1) + "…")
            + " (replicate 0)";
    return comparison
        .rollout(scenario)
        .flatMap(rollout -> RolloutTimelineChart.draw(rollout, title));
  }
}
