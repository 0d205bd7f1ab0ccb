package org.activesim.scenario.lever;

/**
 * Active environments (MODEL.md §4): capital spent in each targeted place raises the place's
 * environment score E after a build delay, phased in over a ramp ("effects modest and slow: 5–10
 * years", domain-facts §7). Capital is spent evenly over the lever's window; E is capped at 1.
 *
 * @param capitalPerPlaceGbp capital spent in each targeted place over the window
 * @param buildDelayYears years from the window's start until the effect begins
 * @param effectRampYears years over which the effect phases in
 * @param environmentGainPerMillionGbp rise in E per £1m of capital
 */
public record ActiveEnvironment(
    LeverBasics basics,
    double capitalPerPlaceGbp,
    double buildDelayYears,
    double effectRampYears,
    double environmentGainPerMillionGbp)
    implements Lever {

  public ActiveEnvironment {
    Checks.nonNegative(capitalPerPlaceGbp, "capitalPerPlaceGbp");
    Checks.nonNegative(buildDelayYears, "buildDelayYears");
    if (!(effectRampYears > 0)) {
      throw new IllegalArgumentException("effectRampYears must be > 0");
    }
    Checks.nonNegative(environmentGainPerMillionGbp, "environmentGainPerMillionGbp");
  }

  /**
   * £1.7m a place (the Clacton–Jaywick cycle path upgrade in Essex Pedal Power, domain-facts §2);
   * build delay 2 years and a 5-year ramp (ASSUMPTION within "5–10 years", §7); E +0.05 per £1m
   * (ASSUMPTION: with b_env = 0.1 a £1.7m scheme raises the up-hazard by about 0.85%, inside the
   * +0.5–2% of [D]).
   */
  public static ActiveEnvironment defaults() {
    return new ActiveEnvironment(
        LeverBasics.of(LeverType.ACTIVE_ENVIRONMENT.key()), 1_700_000, 2, 5, 0.05);
  }

  @Override
  public LeverType type() {
    return LeverType.ACTIVE_ENVIRONMENT;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.activeEnvironment(this);
  }
}
