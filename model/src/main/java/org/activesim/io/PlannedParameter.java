package org.activesim.io;

import org.activesim.sensitivity.Parameter;

/**
 * A parameter of a sensitivity or calibration file: its belief, and overrides that put a value at
 * its key path with the positions of its entry (any value), its {@code min} and its {@code max}, so
 * that the bounds can be checked against the scenario's ranges where the user wrote them.
 *
 * @param parameter name (the key path) and prior
 * @param at an override at the entry's {@code path}, to be given each design value
 * @param atMin the minimum, positioned at {@code min}
 * @param atMax the maximum, positioned at {@code max}
 */
public record PlannedParameter(
    Parameter parameter, ParameterOverride at, ParameterOverride atMin, ParameterOverride atMax) {}
