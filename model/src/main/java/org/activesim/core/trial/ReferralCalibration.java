package org.activesim.core.trial;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.activesim.core.ProgressListener;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.TooManyEvaluationsException;

/**
 * Calibrates the referral effect {@code b_ref} so that the in-model trial reproduces a target risk
 * ratio (MODEL.md §4 "Hardwiring": calibrate b_ref so an in-model trial reproduces exercise
 * referral RR 1.16 vs usual care, Pavey et al. 2011; §7.3).
 *
 * <p>Root of {@code f(b) = ln RR_MH(b) − ln target}, where RR_MH(b) is the Mantel–Haenszel RR of an
 * ensemble run with {@code b_ref = b}, by Brent's method (commons-math3 {@link BrentSolver}) in a
 * bracket. Every evaluation runs the same replicate seeds (common random numbers): the population,
 * network, burn-in (where nobody is in a pathway, so b does not enter) and every draw are the same,
 * and only b differs. f is then a non-decreasing step function of b up to the model's feedbacks
 * (peers, relapse), and the solver converges on its crossing of zero; the stochastic error of the
 * answer is that of the ensemble at the calibrated value, which is why the result reports the RR's
 * interval. Evaluations are memoised, so the bracket check is not repeated.
 */
public final class ReferralCalibration {

  /** Pavey et al. (2011): pooled RR of exercise referral vs usual care (domain-facts §6). */
  public static final double PAVEY_RR = 1.16;

  /** Pavey et al. (2011): lower 95% limit. */
  public static final double PAVEY_LOWER = 1.03;

  /** Pavey et al. (2011): upper 95% limit. */
  public static final double PAVEY_UPPER = 1.30;

  /**
   * Ensemble evaluations the solver may spend (Brent needs about 10 at accuracy 1e-3 on [0, 3]).
   */
  private static final int MAX_EVALUATIONS = 40;

  private final ReferralTrial trial;
  private final int replicates;
  private final int threads;
  private final ProgressListener progress;
  private final Map<Double, EnsembleOutcome> evaluated = new LinkedHashMap<>();

  /**
   * @param trial the design (its scenario's own b_ref is ignored)
   * @param replicates replicates per evaluation
   * @param threads threads in all
   */
  public ReferralCalibration(
      ReferralTrial trial, int replicates, int threads, ProgressListener progress) {
    if (replicates < 1 || threads < 1) {
      throw new IllegalArgumentException("replicates and threads must be >= 1");
    }
    this.trial = trial;
    this.replicates = replicates;
    this.threads = threads;
    this.progress = progress;
  }

  /**
   * The calibrated value and what the trial gives there.
   *
   * @param bReferral the calibrated b_ref
   * @param outcome the ensemble at that value
   * @param evaluations ensembles run
   */
  public record Result(double bReferral, EnsembleOutcome outcome, int evaluations) {}

  /**
   * Finds b in [lower, upper] with RR_MH(b) = target, to within {@code accuracy} in b.
   *
   * @throws TrialException if the target lies outside the RRs the bracket's ends give, or the
   *     solver does not converge within its evaluation budget
   */
  public Result calibrate(double targetRr, double lower, double upper, double accuracy) {
    if (!(targetRr > 0) || !(lower < upper) || !(accuracy > 0)) {
      throw new IllegalArgumentException(
          "need target RR > 0, lower < upper and accuracy > 0; was "
              + targetRr
              + ", ["
              + lower
              + ", "
              + upper
              + "], "
              + accuracy);
    }
    double logTarget = Math.log(targetRr);
    double atLower = logRr(lower);
    double atUpper = logRr(upper);
    if (atLower > logTarget || atUpper < logTarget) {
      throw new TrialException(
          String.format(
              "target RR %.3f is outside the trial's RR over b_ref in [%s, %s]: %.3f to %.3f",
              targetRr, lower, upper, Math.exp(atLower), Math.exp(atUpper)));
    }
    double b;
    if (atLower == logTarget) {
      b = lower;
    } else if (atUpper == logTarget) {
      b = upper;
    } else {
      try {
        b =
            new BrentSolver(accuracy)
                .solve(MAX_EVALUATIONS, x -> logRr(x) - logTarget, lower, upper);
      } catch (TooManyEvaluationsException e) {
        throw new TrialException(
            "the calibration did not converge in " + MAX_EVALUATIONS + " evaluations");
      }
    }
    return new Result(b, ensemble(b), evaluated.size());
  }

  /** ln RR_MH of the ensemble at b. */
  private double logRr(double b) {
    double rr = ensemble(b).pooledRiskRatio().estimate();
    if (!(rr > 0) || Double.isInfinite(rr)) {
      throw new TrialException(
          "an arm had nobody at the activity target at b_ref = "
              + b
              + ": the risk ratio is undefined; use more participants or replicates");
    }
    return Math.log(rr);
  }

  private EnsembleOutcome ensemble(double b) {
    EnsembleOutcome known = evaluated.get(b);
    if (known != null) {
      return known;
    }
    int k = evaluated.size() + 1;
    ProgressListener labelled =
        (stage, done, total) ->
            progress.progress("calibration run " + k + ": " + stage, done, total);
    EnsembleOutcome out = TrialEnsemble.run(trial.withBReferral(b), replicates, threads, labelled);
    evaluated.put(b, out);
    return out;
  }

  /** Every evaluation so far, b_ref → ensemble, in the order run. */
  public Map<Double, EnsembleOutcome> evaluations() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(evaluated));
  }
}
