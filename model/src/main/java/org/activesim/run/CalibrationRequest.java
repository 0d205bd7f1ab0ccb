package org.activesim.run;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code activesim calibrate} was asked.
 *
 * @param scenario the scenario file to fit
 * @param targets the targets file
 * @param replicates replicates per evaluation (common random numbers: the same seeds every time)
 * @param maxEvaluations CMA-ES budget
 * @param out result folder, or null for the default
 * @param seed root seed, or null for the scenario's
 * @param years horizon, or null for the scenario's
 * @param scale residents per agent, or null for the scenario's
 * @param threads threads (the result does not depend on it)
 * @param force replace an existing folder
 * @param command the argument list that repeats the fit (seed added by the job)
 */
public record CalibrationRequest(
    Path scenario,
    Path targets,
    int replicates,
    int maxEvaluations,
    Path out,
    Long seed,
    Integer years,
    Double scale,
    int threads,
    boolean force,
    List<String> command) {}
