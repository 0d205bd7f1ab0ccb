package org.activesim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.activesim.sensitivity.Parameter;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a calibration: {@code calibration.csv} (each parameter's bounds, fitted value and
 * approximate sd from the curvature), {@code fit.csv} (each target: observed, sd, the model's
 * replicate mean at the fit, z = (model − observed) / sd) and {@code trace.csv} (every evaluation
 * of the objective, parameter values and χ², in order).
 */
public final class CalibrationWriter {

  private CalibrationWriter() {}

  public static List<Path> write(
      List<Parameter> parameters,
      double[] fitted,
      double[] sd,
      List<String> targets,
      double[] observed,
      double[] observedSd,
      double[] model,
      List<double[]> trace,
      Path dir)
      throws IOException {
    Path calibration = dir.resolve("calibration.csv");
    try (Writer out = Files.newBufferedWriter(calibration, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, CsvFiles.FORMAT)) {
      csv.printRecord("parameter", "min", "max", "fitted", "sd_curvature");
      for (int i = 0; i < parameters.size(); i++) {
        Parameter p = parameters.get(i);
        csv.printRecord(
            p.name(),
            cell(p.prior().min()),
            cell(p.prior().max()),
            SensitivityWriter.significant(fitted[i]),
            SensitivityWriter.significant(sd[i]));
      }
    }
    Path fit = dir.resolve("fit.csv");
    try (Writer out = Files.newBufferedWriter(fit, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, CsvFiles.FORMAT)) {
      csv.printRecord("target", "observed", "sd", "model_mean", "z");
      for (int t = 0; t < targets.size(); t++) {
        csv.printRecord(
            targets.get(t),
            cell(observed[t]),
            cell(observedSd[t]),
            cell(model[t]),
            SensitivityWriter.significant((model[t] - observed[t]) / observedSd[t]));
      }
    }
    Path traceFile = dir.resolve("trace.csv");
    try (Writer out = Files.newBufferedWriter(traceFile, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, CsvFiles.FORMAT)) {
      List<String> header = new ArrayList<>(List.of("evaluation"));
      parameters.forEach(p -> header.add(p.name()));
      header.add("chi_squared");
      csv.printRecord(header);
      for (int e = 0; e < trace.size(); e++) {
        double[] row = trace.get(e);
        List<String> cells = new ArrayList<>(List.of(Integer.toString(e + 1)));
        for (int i = 0; i < parameters.size(); i++) {
          Parameter p = parameters.get(i);
          cells.add(
              SensitivityWriter.significant(
                  p.prior().min() + row[i] * (p.prior().max() - p.prior().min())));
        }
        cells.add(SensitivityWriter.significant(row[parameters.size()]));
        csv.printRecord(cells);
      }
    }
    return new ArrayList<>(List.of(calibration, fit, traceFile));
  }

  private static String cell(double v) {
    return SensitivityWriter.cell(v);
  }
}
