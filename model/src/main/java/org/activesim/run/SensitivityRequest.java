package org.activesim.run;

import java.nio.file.Path;
import java.util.List;
import org.activesim.sensitivity.Method;

/**
 * What {@code activesim sensitivity} was asked.
 *
 * @param scenario the scenario file varied
 * @param params the params file
 * @param baseline --baseline, or null for the params file's {@code baseline} (or none)
 * @param method the method
 * @param replicates replicates per design point (common random numbers across points)
 * @param samples Morris trajectories or Sobol base samples N (ignored by OAT)
 * @param bootstrap resamples for the intervals
 * @param out result folder, or null for the default
 * @param seed root seed, or null for the scenario's
 * @param years horizon, or null for the scenario's
 * @param scale residents per agent, or null for the scenario's
 * @param threads threads (the result does not depend on it)
 * @param force replace an existing folder
 * @param command the argument list that repeats the study (seed added by the job)
 */
public record SensitivityRequest(
    Path scenario,
    Path params,
    Path baseline,
    Method method,
    int replicates,
    int samples,
    int bootstrap,
    Path out,
    Long seed,
    Integer years,
    Double scale,
    int threads,
    boolean force,
    List<String> command) {}
