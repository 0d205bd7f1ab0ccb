package org.activesim.sensitivity;

/**
 * An estimate with a 95% interval (bootstrap percentile or t-based, as the producer says).
 *
 * @param estimate the point estimate
 * @param low lower end
 * @param high upper end
 */
public record Interval95(double estimate, double low, double high) {}
