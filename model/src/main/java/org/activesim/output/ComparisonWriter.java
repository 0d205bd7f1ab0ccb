package org.activesim.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.activesim.evaluation.Comparison;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes the files of a comparison of scenarios into one folder: {@link ComparisonCsv}, {@link
 * EconomicsCsv}, {@link CmoCsv}, and the comparison charts as PNG (for viewing) and SVG (for
 * reports): {@code inactivity_fan}, {@code moved_out_of_inactivity}, {@code
 * cost_effectiveness_plane}, {@code inequality_gap}, {@code inactivity_by_place} and one {@code
 * mechanism_heat_map_<scenario>} per scenario besides the baseline. The charts that compare with
 * the baseline are not drawn when there is only the baseline.
 *
 * <p>{@link SpendingByLeverCsv}: what each lever spent. Programmes (MODEL.md §5): {@link
 * ProgrammeReachCsv} over every replicate, and for each scenario with programmes, replicate 0's
 * {@code decisions_<NN>-<scenario>.csv} ({@link DecisionsCsv}) and {@code
 * rollout_timeline_<NN>-<scenario>} ({@link RolloutTimelineComparisonChart}), NN the scenario's
 * index from 00, the baseline, as in {@code scenarios/NN-<name>.yaml}.
 *
 * <p>Scenario names go into CSV fields as they are (Commons CSV quotes them where needed) and into
 * file names made safe ({@link #fileNamePart}).
 */
public final class ComparisonWriter {

  private ComparisonWriter() {}

  /**
   * Writes every file into {@code dir}, replacing files of the same names.
   *
   * @param places the places of the runs, in scenario order (the rows of {@code cmo.csv})
   * @param dir an existing folder
   * @return the files written, sorted
   * @throws NoSuchFileException if {@code dir} is not an existing folder
   * @throws IllegalArgumentException if two scenarios have the same name or {@code places} does not
   *     match the comparison
   */
  public static List<Path> write(Comparison comparison, List<String> places, Path dir)
      throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new NoSuchFileException(dir.toString(), null, "not an existing folder");
    }
    if (new HashSet<>(comparison.scenarios()).size() != comparison.scenarios().size()) {
      throw new IllegalArgumentException("scenario names must differ: " + comparison.scenarios());
    }
    CmoCsv.checkPlaces(comparison, places);
    Path table = dir.resolve(ComparisonCsv.FILE_NAME);
    Path economics = dir.resolve(EconomicsCsv.FILE_NAME);
    Path cmo = dir.resolve(CmoCsv.FILE_NAME);
    ComparisonCsv.write(comparison, table);
    EconomicsCsv.write(comparison, economics);
    CmoCsv.write(comparison, places, cmo);
    Path reach = dir.resolve(ProgrammeReachCsv.FILE_NAME);
    ProgrammeReachCsv.write(comparison, places.size(), reach);
    Path spending = dir.resolve(SpendingByLeverCsv.FILE_NAME);
    SpendingByLeverCsv.write(comparison, spending);
    List<Path> written = new ArrayList<>(List.of(table, economics, cmo, reach, spending));
    written.addAll(writeDecisions(comparison, dir));
    written.addAll(drawAll(figures(comparison), comparison, places, dir));
    written.sort(null);
    return List.copyOf(written);
  }

  /** The figures of a comparison, the heat maps last in scenario order. */
  static List<ComparisonFigure> figures(Comparison comparison) {
    List<ComparisonFigure> figures = new ArrayList<>();
    figures.add(new InactivityFanChart());
    figures.add(new MovedOutOfInactivityChart());
    figures.add(new CostEffectivenessPlaneChart());
    figures.add(new InequalityGapChart());
    figures.add(new InactivityByPlaceComparisonChart());
    List<String> parts = fileNameParts(comparison.scenarios());
    for (int s = 1; s < parts.size(); s++) {
      figures.add(new MechanismHeatMapChart(s, parts.get(s)));
    }
    for (int s = 0; s < parts.size(); s++) {
      figures.add(new RolloutTimelineComparisonChart(s, parts.get(s)));
    }
    return figures;
  }

  /** Replicate 0's decisions of each scenario with programmes. */
  private static List<Path> writeDecisions(Comparison comparison, Path dir) throws IOException {
    List<String> parts = fileNameParts(comparison.scenarios());
    List<Path> written = new ArrayList<>();
    for (int s = 0; s < parts.size(); s++) {
      var rollout = comparison.rollout(s);
      if (rollout.isPresent()) {
        Path file = dir.resolve(decisionsFileName(s, parts.get(s)));
        DecisionsCsv.write(rollout.get().decisions(), file);
        written.add(file);
      }
    }
    return written;
  }

  /** {@code decisions_<NN>-<part>.csv} of a scenario. */
  public static String decisionsFileName(int scenario, String fileNamePart) {
    return RolloutTimelineComparisonChart.fileName("decisions", scenario, fileNamePart) + ".csv";
  }

  /** {@code rollout_timeline_<NN>-<part>} of a scenario, without extension. */
  public static String rolloutTimelineName(int scenario, String fileNamePart) {
    return RolloutTimelineComparisonChart.fileName("rollout_timeline", scenario, fileNamePart);
  }

  private static List<Path> drawAll(
      List<ComparisonFigure> figures, Comparison comparison, List<String> places, Path dir)
      throws IOException {
    // A run on a server has no display; AWT must be headless before its first use.
    System.setProperty("java.awt.headless", "true");
    // As in Charts.writeAll: figures are independent, each file's bytes depend only on its
    // figure, so drawing them in parallel cannot change the output.
    List<List<Path>> perFigure;
    try {
      perFigure = figures.parallelStream().map(f -> draw(f, comparison, places, dir)).toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    List<Path> written = new ArrayList<>();
    perFigure.forEach(written::addAll);
    return written;
  }

  private static List<Path> draw(
      ComparisonFigure figure, Comparison comparison, List<String> places, Path dir) {
    Optional<? extends Chart<?, ?>> chart = figure.build(comparison, places);
    if (chart.isEmpty()) {
      return List.of();
    }
    try {
      return List.of(
          Charts.writePng(chart.get(), dir.resolve(figure.name() + ".png")),
          Charts.writeSvg(chart.get(), dir.resolve(figure.name() + ".svg")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A scenario name made safe for a file name on every platform: each character outside {@code
   * [A-Za-z0-9_-]} becomes {@code _} ({@code "Bikes: 40,000"} → {@code "Bikes__40_000"}); an empty
   * name becomes {@code _}.
   */
  static String fileNamePart(String name) {
    String safe = name.replaceAll("[^A-Za-z0-9_-]", "_");
    return safe.isEmpty() ? "_" : safe;
  }

  /**
   * {@link #fileNamePart} of every scenario, made unique: a name whose safe form was already taken
   * by an earlier scenario (or, as file systems may ignore case, differs from one only in case)
   * gets {@code _<scenario index>} appended, so no figure overwrites another.
   */
  public static List<String> fileNameParts(List<String> scenarios) {
    List<String> parts = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (int s = 0; s < scenarios.size(); s++) {
      String part = fileNamePart(scenarios.get(s));
      while (!taken.add(part.toLowerCase(Locale.ROOT))) {
        part = part + "_" + s;
      }
      parts.add(part);
    }
    return parts;
  }
}
