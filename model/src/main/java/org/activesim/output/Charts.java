package org.activesim.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.activesim.core.Recording;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/** Draws the standard figures of a run, each as PNG (for viewing) and SVG (for reports). */
public final class Charts {

  /** Folder of a result where charts go. */
  public static final String DIR = "charts";

  /** Legend label of the all-places aggregate. */
  static final String ALL_PLACES = "All places";

  private static final List<Figure> FIGURES =
      List.of(
          new InactivityOverallChart(),
          new InactivityByPlaceChart(),
          new GroupsAndMembersChart(),
          new GroupsByOriginChart(),
          new PractitionersChart(),
          new SpendingByLeverChart(),
          new ReferralFunnelChart(),
          new RolloutTimelineChart(),
          new EvidenceChart());

  private Charts() {}

  /**
   * Writes every figure the recording has data for into {@code chartsDir} (created if needed);
   * figures whose metrics were not recorded are skipped.
   *
   * @return the files written, in figure order, PNG before SVG
   */
  public static List<Path> writeAll(Recording recording, Path chartsDir) throws IOException {
    // A run on a server has no display; AWT must be headless before its first use.
    System.setProperty("java.awt.headless", "true");
    Files.createDirectories(chartsDir);
    // Figures are independent: each is drawn and encoded on its own task (rendering is most of
    // the writing time). Every file's bytes depend only on its figure, so the order of the work
    // does not matter; the list returned is in figure order.
    List<List<Path>> perFigure;
    try {
      perFigure = FIGURES.parallelStream().map(f -> draw(f, recording, chartsDir)).toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    List<Path> written = new ArrayList<>();
    perFigure.forEach(written::addAll);
    return List.copyOf(written);
  }

  private static List<Path> draw(Figure figure, Recording recording, Path chartsDir) {
    Optional<? extends Chart<?, ?>> chart = figure.build(recording);
    if (chart.isEmpty()) {
      return List.of();
    }
    try {
      return List.of(
          writePng(chart.get(), chartsDir.resolve(figure.name() + ".png")),
          writeSvg(chart.get(), chartsDir.resolve(figure.name() + ".svg")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path writePng(Chart<?, ?> chart, Path file) throws IOException {
    // The stream overloads: the String ones append an extension to names that lack it.
    try (OutputStream out = Files.newOutputStream(file)) {
      BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
    }
    return file;
  }

  static Path writeSvg(Chart<?, ?> chart, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      VectorGraphicsEncoder.saveVectorGraphic(
          chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    }
    return file;
  }
}
