package org.activesim.core.stocks;

import java.util.List;
import org.activesim.core.Rates;
import org.activesim.scenario.Scenario;
import org.activesim.scenario.StockSpec;

/**
 * The system-level stocks of MODEL.md §2 as one state vector and its equations. Layout of {@code
 * y}: per place {@code trainedPractitioners}, {@code partnership} S, {@code environment} E; then
 * {@code policyAdoption} A per setting (county-wide); then {@code awareness} W per segment.
 *
 * <pre>
 * dP/dt = training − turnover·P
 * dS/dt = (e0 + effort)(1 − S) − S/τ_S      e0 keeps S at its initial value without levers
 * dE/dt = environment investment effect
 * dA/dt = (p·effort + q·A)(1 − A)          Bass diffusion (MODEL.md §4), p and q annual / 52
 * dW/dt = reach·(1 − W) − W/τ_W            (MODEL.md §4, τ ≈ 13 weeks)
 * </pre>
 *
 * Time is in weeks. Lever drivers ({@link Drivers}) are held constant within a week and are zero
 * without levers. Then, from the default initial values (no practitioners, no adoption, 0 ≤ S &lt;
 * 1), every stock stays where it started: the baseline is stationary. Other starting values evolve
 * as the equations say (practitioners leave, adoption spreads by imitation).
 */
public final class SystemStocks implements StockFlowEquations {
  private static final int PER_PLACE = 3;

  private final int places;
  private final int settings;
  private final int segments;
  private final double turnover;
  private final double[] baselineConvening;
  private final double partnershipDecayWeeks;
  private final double bassP;
  private final double bassQ;
  private final double awarenessDecayWeeks;
  private final Drivers drivers;

  /**
   * @param spec stock parameters
   * @param places number of places
   */
  public SystemStocks(StockSpec spec, int places) {
    this.places = places;
    this.settings = spec.settings().size();
    this.segments = spec.segments().size();
    this.turnover = Rates.weeklyHazard(spec.annualPractitionerTurnover());
    this.partnershipDecayWeeks = spec.partnershipDecayWeeks();
    this.baselineConvening = new double[places];
    double s0 = spec.initialPartnership();
    for (int p = 0; p < places; p++) {
      baselineConvening[p] = s0 < 1 ? s0 / (partnershipDecayWeeks * (1 - s0)) : 0;
    }
    // Bass coefficients are annual, like every rate in a scenario file (MODEL.md §2).
    this.bassP = spec.bassInnovation() / Scenario.WEEKS_PER_YEAR;
    this.bassQ = spec.bassImitation() / Scenario.WEEKS_PER_YEAR;
    this.awarenessDecayWeeks = spec.awarenessDecayWeeks();
    this.drivers = new Drivers(places, settings, segments);
  }

  /** Initial state: practitioners from the per-10k rate and each place's adults. */
  public double[] initialState(StockSpec spec, double[] adultsPerPlace, double[] environment) {
    double[] y = new double[dimension()];
    for (int p = 0; p < places; p++) {
      y[practitioners(p)] = spec.initialPractitionersPer10k() * adultsPerPlace[p] / 10_000;
      y[partnership(p)] = spec.initialPartnership();
      y[environment(p)] = environment[p];
    }
    double[] a0 = spec.initialPolicyAdoption();
    for (int s = 0; s < settings; s++) {
      y[policyAdoption(s)] = a0[s];
    }
    return y;
  }

  /**
   * The baseline convening effort of a place: what holds partnership S at its initial value without
   * levers ({@code e0 = S0 / (τ_S (1 − S0))}, per week).
   */
  public double baselineConvening(int place) {
    return baselineConvening[place];
  }

  /** The lever drivers of the current week (zero unless a lever sets them). */
  public Drivers drivers() {
    return drivers;
  }

  @Override
  public int dimension() {
    return places * PER_PLACE + settings + segments;
  }

  @Override
  public void derivatives(double t, double[] y, double[] yDot) {
    for (int p = 0; p < places; p++) {
      int pr = practitioners(p);
      yDot[pr] = drivers.trainingPerWeek[p] - turnover * y[pr];
      int s = partnership(p);
      double effort = baselineConvening[p] + drivers.conveningEffort[p];
      yDot[s] = effort * (1 - y[s]) - y[s] / partnershipDecayWeeks;
      yDot[environment(p)] = drivers.environmentGainPerWeek[p];
    }
    for (int k = 0; k < settings; k++) {
      int a = policyAdoption(k);
      yDot[a] = (bassP * drivers.policyEffort[k] + bassQ * y[a]) * (1 - y[a]);
    }
    for (int g = 0; g < segments; g++) {
      int w = awareness(g);
      yDot[w] = drivers.reachPerWeek[g] * (1 - y[w]) - y[w] / awarenessDecayWeeks;
    }
  }

  /** Index of trainedPractitioners of a place. */
  public int practitioners(int place) {
    return place * PER_PLACE;
  }

  /** Index of partnership S of a place. */
  public int partnership(int place) {
    return place * PER_PLACE + 1;
  }

  /** Index of the environment score E of a place. */
  public int environment(int place) {
    return place * PER_PLACE + 2;
  }

  /** Index of policyAdoption of a setting. */
  public int policyAdoption(int setting) {
    return places * PER_PLACE + setting;
  }

  /** Index of awareness of a segment. */
  public int awareness(int segment) {
    return places * PER_PLACE + settings + segment;
  }

  /** Stock names in state order, for recording (e.g. {@code policy_adoption:primaryCare}). */
  public static List<String> countyMetricNames(StockSpec spec) {
    var names = new java.util.ArrayList<String>();
    spec.settings().forEach(s -> names.add("policy_adoption:" + s));
    spec.segments().forEach(s -> names.add("awareness:" + s));
    return names;
  }

  /**
   * What levers push into the stocks each week; all zero without levers. Arrays are indexed by
   * place, setting or segment.
   */
  public static final class Drivers {
    public final double[] trainingPerWeek;
    public final double[] conveningEffort;
    public final double[] environmentGainPerWeek;
    public final double[] policyEffort;
    public final double[] reachPerWeek;

    Drivers(int places, int settings, int segments) {
      trainingPerWeek = new double[places];
      conveningEffort = new double[places];
      environmentGainPerWeek = new double[places];
      policyEffort = new double[settings];
      reachPerWeek = new double[segments];
    }

    /** Zeroes every driver; the levers then add this week's. */
    public void clear() {
      java.util.Arrays.fill(trainingPerWeek, 0);
      java.util.Arrays.fill(conveningEffort, 0);
      java.util.Arrays.fill(environmentGainPerWeek, 0);
      java.util.Arrays.fill(policyEffort, 0);
      java.util.Arrays.fill(reachPerWeek, 0);
    }
  }
}
