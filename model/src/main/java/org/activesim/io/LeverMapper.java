package org.activesim.io;

import static org.activesim.io.ScenarioFields.AUDIENCE;
import static org.activesim.io.ScenarioFields.PATHWAY;
import static org.activesim.io.ScenarioFields.SETTING_EFFORT;
import static org.activesim.io.ScenarioFields.TARGETING;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.activesim.scenario.ActivityLevel;
import org.activesim.scenario.PopulationSpec;
import org.activesim.scenario.ScaleAndReplicateSpec;
import org.activesim.scenario.ScaleRule;
import org.activesim.scenario.lever.AbcdTraining;
import org.activesim.scenario.lever.ActiveEnvironment;
import org.activesim.scenario.lever.ActiveTravel;
import org.activesim.scenario.lever.Champions;
import org.activesim.scenario.lever.Evaluation;
import org.activesim.scenario.lever.Hardwiring;
import org.activesim.scenario.lever.Lever;
import org.activesim.scenario.lever.LeverBasics;
import org.activesim.scenario.lever.LeverChecks;
import org.activesim.scenario.lever.LeverType;
import org.activesim.scenario.lever.Microgrants;
import org.activesim.scenario.lever.Partnership;
import org.activesim.scenario.lever.PolicyInfluence;
import org.activesim.scenario.lever.PolicyInfluence.SettingEffort;
import org.activesim.scenario.lever.ReferralPathway;
import org.activesim.scenario.lever.SocialMarketing;
import org.activesim.scenario.lever.SocialMarketing.Audience;
import org.activesim.scenario.lever.Targeting;
import org.activesim.scenario.lever.Window;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Maps the {@code levers} list onto the lever records. Each lever's {@code type} is read first and
 * chooses the block of keys the rest is read against ({@link ScenarioFields#lever(LeverType)}).
 *
 * <p>Besides the ranges, this reports with positions what {@code LeverChecks} would otherwise
 * refuse without one when the scenario is built: duplicate lever names, places, settings and
 * segments that the scenario does not have, and targeting criteria a lever cannot use. Names are
 * checked only against parts of the scenario that were read without problems, so that one mistake
 * is not reported again at every lever that names it.
 */
final class LeverMapper {

  /** Labels of the activity levels in {@code target.levels}, in {@link ActivityLevel} order. */
  static final List<String> LEVEL_LABELS = List.of("inactive", "fairlyActive", "active");

  /** The criteria of a target that concern residents rather than places. */
  private static final List<String> RESIDENT_KEYS =
      List.of("quintiles", "ageBands", "condition", "sex", "levels");

  /** What a lever's target may restrict. */
  private enum Reach {
    /** Residents: every criterion. */
    RESIDENTS,
    /** Whole places: places, priority and maxPlaces. */
    PLACES,
    /** County-wide settings: no places and no resident criteria. */
    COUNTY
  }

  private final Problems problems;
  private final int years;
  private final Set<String> places;
  private final List<String> settings;
  private final List<String> segments;

  /**
   * @param years the scenario's horizon, the default end of every lever's window
   * @param places the scenario's place names, or null if the places had problems (not checked)
   * @param settings {@code stocks.settings}, or null if the stocks had problems (not checked)
   * @param segments {@code stocks.segments}, or null if the stocks had problems (not checked)
   */
  LeverMapper(
      Problems problems,
      int years,
      Set<String> places,
      List<String> settings,
      List<String> segments) {
    this.problems = problems;
    this.years = years;
    this.places = places;
    this.settings = settings;
    this.segments = segments;
  }

  /** The levers of the root block, in file order; those with problems are left out. */
  List<Lever> levers(BlockReader root) {
    List<Lever> levers = new ArrayList<>();
    Map<String, Node> names = new HashMap<>();
    List<Node> items = root.items("levers");
    for (int i = 0; i < items.size(); i++) {
      Lever lever = lever(items.get(i), root.path("levers") + "[" + i + "]", names);
      if (lever != null) {
        levers.add(lever);
      }
    }
    declared.addAll(names.keySet());
    for (ProgrammeRef ref : programmeRefs) {
      programme(ref, levers, declared);
    }
    return levers;
  }

  /** A lever name that must be a programme (checked once every lever has been read). */
  private record ProgrammeRef(String name, Node at, String path) {}

  private final List<ProgrammeRef> programmeRefs = new ArrayList<>();

  /** Every lever name declared, including levers that had problems. */
  private final Set<String> declared = new java.util.HashSet<>();

  /**
   * Reports a programme reference that does not name a microgrants, hardwiring or activeTravel
   * lever; names of levers that had problems of their own are not reported again.
   */
  private void programme(ProgrammeRef ref, List<Lever> levers, Set<String> declared) {
    for (Lever l : levers) {
      if (l.name().equals(ref.name())) {
        if (!LeverChecks.isProgramme(l)) {
          problems.add(
              ref.at(),
              ref.path(),
              "'"
                  + ref.name()
                  + "' is a lever of type "
                  + l.type()
                  + "; only microgrants, hardwiring and activeTravel levers reach residents"
                  + " one by one, so that an evaluation can follow them");
        }
        return;
      }
    }
    if (!declared.contains(ref.name())) {
      String hint =
          Suggestions.closest(ref.name(), declared)
              .map(x -> " (did you mean '" + x + "'?)")
              .orElse("");
      problems.add(ref.at(), ref.path(), "no lever named '" + ref.name() + "'" + hint);
    }
  }

  /**
   * The {@code scaleAndReplicate} block, read after the levers it names.
   *
   * @param levers the levers read without problems
   */
  ScaleAndReplicateSpec scaleAndReplicate(BlockReader root, List<Lever> levers) {
    if (!root.has("scaleAndReplicate")) {
      return ScaleAndReplicateSpec.none();
    }
    BlockReader block = root.block("scaleAndReplicate", ScenarioFields.SCALE_AND_REPLICATE);
    List<ScaleRule> rules = new ArrayList<>();
    Map<String, Node> seen = new HashMap<>();
    if (block.has("rules")) {
      for (BlockReader r : block.blocks("rules", ScenarioFields.SCALE_RULE)) {
        ScaleRule rule = rule(r, levers, seen);
        if (rule != null) {
          rules.add(rule);
        }
      }
    }
    double budget = block.number("budgetGbp", Double.POSITIVE_INFINITY);
    return block.build(
        () -> new ScaleAndReplicateSpec(rules, budget), ScaleAndReplicateSpec.none());
  }

  private ScaleRule rule(BlockReader r, List<Lever> levers, Map<String, Node> seen) {
    String programme = r.string("programme", null);
    if (programme == null) {
      return null;
    }
    Node at = r.valueNode("programme");
    Node first = seen.putIfAbsent(programme, at);
    if (first != null) {
      r.problem(
          "programme",
          "a second rule for '" + programme + "' (first at line " + BlockReader.line(first) + ")");
    }
    programme(new ProgrammeRef(programme, at, r.path("programme")), levers, declared);
    ScaleRule d = ScaleRule.defaults(programme);
    boolean useEvidence = r.bool("useEvidence", d.useEvidence());
    double threshold = r.number("evidenceThreshold", d.evidenceThreshold());
    double decideAfter = r.number("decideAfterYears", d.decideAfterYears());
    double review = r.number("reviewEveryYears", d.reviewEveryYears());
    int maxNew = r.integer("maxNewPlacesPerYear", d.maxNewPlacesPerYear());
    ScaleRule.Order order = r.choice("order", ScaleRule.Order.class, d.order());
    List<String> ruleplaces = r.names("places", d.places());
    if (r.has("places")) {
      List<Node> items = r.listItems("places");
      for (int i = 0; i < ruleplaces.size() && i < items.size(); i++) {
        known(
            items.get(i),
            r.path("places") + "[" + i + "]",
            ruleplaces.get(i),
            "place",
            places,
            "places");
      }
    }
    if (order == ScaleRule.Order.LIST && ruleplaces.isEmpty()) {
      r.problem(r.has("order") ? "order" : "programme", "order: list needs the places, in order");
    }
    double delay = r.number("adaptationDelayYears", d.adaptationDelayYears());
    double fidelity = r.number("fidelity", d.fidelity());
    double decommissionAfter = r.number("decommissionAfterYears", d.decommissionAfterYears());
    double decommissionBelow = r.number("decommissionBelow", d.decommissionBelow());
    int trainers = r.integer("trainers", d.trainers());
    int evaluators = r.integer("evaluators", d.evaluators());
    double budget = r.number("budgetGbp", d.budgetGbp());
    // Only for a programme that exists: a misspelt name has already been reported.
    boolean known = levers.stream().anyMatch(l -> l.name().equals(programme));
    if (useEvidence && known && !evaluated(levers, programme)) {
      r.problem(
          r.has("useEvidence") ? "useEvidence" : "programme",
          "the rule waits for evidence but no enabled evaluation lever evaluates '"
              + programme
              + "': add one (type: evaluation, programme: "
              + programme
              + ") or set useEvidence: false");
    }
    return r.build(
        () ->
            new ScaleRule(
                programme,
                useEvidence,
                threshold,
                decideAfter,
                review,
                maxNew,
                order,
                ruleplaces,
                delay,
                fidelity,
                decommissionAfter,
                decommissionBelow,
                trainers,
                evaluators,
                budget),
        null);
  }

  private static boolean evaluated(List<Lever> levers, String programme) {
    for (Lever l : levers) {
      if (l.enabled() && l instanceof Evaluation e && e.programme().equals(programme)) {
        return true;
      }
    }
    return false;
  }

  /** Everything a lever has besides its type's own keys. */
  private record Basics(
      String name, boolean enabled, double start, double end, Targeting target, double fixed) {
    LeverBasics build() {
      return new LeverBasics(name, enabled, new Window(start, end), target, fixed);
    }
  }

  private Lever lever(Node node, String path, Map<String, Node> names) {
    if (!(node instanceof MappingNode mapping)) {
      problems.add(node, path, "found " + Scalars.describe(node) + ", expected a mapping");
      return null;
    }
    Node typeNode = typeNode(mapping);
    if (typeNode == null) {
      problems.add(mapping, path, "missing required key 'type'");
      return null;
    }
    LeverType type = type(typeNode, path + ".type");
    if (type == null) {
      return null; // its keys cannot be checked without knowing the type
    }
    BlockReader r = new BlockReader(ScenarioFields.lever(type), mapping, path, problems);
    Basics basics = basics(r, type, typeNode, names);
    return switch (type) {
      case ABCD_TRAINING -> abcdTraining(r, basics);
      case MICROGRANTS -> microgrants(r, basics);
      case HARDWIRING -> hardwiring(r, basics);
      case POLICY_INFLUENCE -> policyInfluence(r, basics);
      case ACTIVE_ENVIRONMENT -> activeEnvironment(r, basics);
      case ACTIVE_TRAVEL -> activeTravel(r, basics);
      case SOCIAL_MARKETING -> socialMarketing(r, basics);
      case PARTNERSHIP -> partnership(r, basics);
      case CHAMPIONS -> champions(r, basics);
      case EVALUATION -> evaluation(r, basics);
    };
  }

  /** The value of the first {@code type} key (a second one is reported by the block reader). */
  private static Node typeNode(MappingNode mapping) {
    for (NodeTuple t : mapping.getValue()) {
      if ("type".equals(Scalars.text(t.getKeyNode()))) {
        return t.getValueNode();
      }
    }
    return null;
  }

  /** The lever type named by a node, case-insensitive, or null after recording a problem. */
  private LeverType type(Node v, String at) {
    String text = Scalars.hasTag(v, Tag.STR) ? ((ScalarNode) v).getValue() : null;
    List<String> keys = Arrays.stream(LeverType.values()).map(LeverType::key).toList();
    if (text != null) {
      for (LeverType t : LeverType.values()) {
        if (t.key().equalsIgnoreCase(text)) {
          return t;
        }
      }
    }
    String hint =
        text == null
            ? ""
            : Suggestions.closest(text, keys).map(s -> " (did you mean '" + s + "'?)").orElse("");
    Values.expected(v, at, "a lever type, one of " + String.join(", ", keys) + hint, problems);
    return null;
  }

  private Basics basics(BlockReader r, LeverType type, Node typeNode, Map<String, Node> names) {
    LeverBasics d = LeverBasics.of(type.key());
    String name = r.has("name") ? r.string("name", null) : d.name();
    if (name != null) {
      Node at = r.has("name") ? r.valueNode("name") : typeNode;
      Node first = names.putIfAbsent(name, at);
      if (first != null) {
        String why = r.has("name") ? "" : "; a lever without a name is named after its type";
        problems.add(
            at,
            r.path(r.has("name") ? "name" : "type"),
            "duplicate lever name '"
                + name
                + "' (first at line "
                + BlockReader.line(first)
                + why
                + ")");
      }
    }
    boolean enabled = r.bool("enabled", d.enabled());
    int before = problems.count();
    double start = r.number("start", d.window().start());
    double end = r.number("end", years);
    if (problems.count() == before && !(end > start)) {
      if (r.has("end")) {
        r.problem("end", "must be after start (" + fmt(start) + "), was " + fmt(end));
      } else {
        r.problem(
            "start",
            "must be before the default end, the scenario's years ("
                + years
                + "), was "
                + fmt(start));
      }
    } else if (problems.count() == before) {
      horizon(r, start, end);
    }
    double fixed = r.number("fixedCostPerYearGbp", d.fixedCostPerYearGbp());
    Reach reach =
        switch (type) {
          case ABCD_TRAINING, ACTIVE_ENVIRONMENT, PARTNERSHIP -> Reach.PLACES;
          case POLICY_INFLUENCE, EVALUATION -> Reach.COUNTY;
          case MICROGRANTS, HARDWIRING, ACTIVE_TRAVEL, SOCIAL_MARKETING, CHAMPIONS ->
              Reach.RESIDENTS;
        };
    Targeting target = targeting(r.block("target", TARGETING), d.target(), reach, type);
    return new Basics(name, enabled, start, end, target, fixed);
  }

  /**
   * A lever window must lie inside the horizon: a lever that starts at or after the last week never
   * acts, and an end beyond it is most likely a mistyped year. ({@code --years} may still shorten
   * the horizon of a run; the lever is then cut at its end.)
   */
  private void horizon(BlockReader r, double start, double end) {
    if (start >= years) {
      r.problem(
          "start",
          "must be before the end of the horizon (years: " + years + "), was " + fmt(start));
    } else if (end > years) {
      r.problem(
          "end",
          "must not be after the end of the horizon (years: "
              + years
              + "), was "
              + fmt(end)
              + "; the lever window must lie inside the run");
    }
  }

  private static String fmt(double v) {
    return Range.format(v);
  }

  /**
   * A targeting block; absent keys take the values of {@code d}.
   *
   * @param type the lever type, for messages about criteria it cannot use
   */
  private Targeting targeting(BlockReader r, Targeting d, Reach reach, LeverType type) {
    List<String> givenPlaces = r.names("places", null);
    List<String> placeNames = givenPlaces == null ? d.places() : givenPlaces;
    List<Integer> quintiles = r.integers("quintiles", d.quintiles());
    List<Integer> ageBands =
        labels(
            r,
            "ageBands",
            Arrays.asList(PopulationSpec.AGE_BAND_LABELS),
            false,
            Function.identity(),
            d.ageBands());
    Targeting.Condition condition = r.choice("condition", Targeting.Condition.class, d.condition());
    Targeting.Sex sex = r.choice("sex", Targeting.Sex.class, d.sex());
    List<ActivityLevel> levels =
        labels(r, "levels", LEVEL_LABELS, true, ActivityLevel::of, d.levels());
    Targeting.Priority priority = r.choice("priority", Targeting.Priority.class, d.priority());
    int maxPlaces = r.integer("maxPlaces", d.maxPlaces());
    if (givenPlaces != null) {
      List<Node> items = r.listItems("places");
      for (int i = 0; i < placeNames.size() && i < items.size(); i++) {
        known(
            items.get(i),
            r.path("places") + "[" + i + "]",
            placeNames.get(i),
            "place",
            places,
            "places");
      }
    }
    if (reach == Reach.COUNTY && !placeNames.isEmpty()) {
      r.problem("places", type + " acts county-wide: its target takes no places");
    }
    if (reach != Reach.RESIDENTS) {
      Map<String, Boolean> given =
          Map.of(
              "quintiles", !quintiles.isEmpty(),
              "ageBands", !ageBands.isEmpty(),
              "condition", condition != Targeting.Condition.ANY,
              "sex", sex != Targeting.Sex.ANY,
              "levels", !levels.isEmpty());
      for (String key : RESIDENT_KEYS) {
        if (given.get(key)) {
          r.problem(
              key,
              reach == Reach.PLACES
                  ? type
                      + " acts on whole places: its target takes only places, priority and"
                      + " maxPlaces, not resident criteria"
                  : type + " acts county-wide: its target takes no resident criteria");
        }
      }
    }
    return r.build(
        () ->
            new Targeting(
                placeNames, quintiles, ageBands, condition, sex, levels, priority, maxPlaces),
        d);
  }

  /**
   * A list of labels mapped to their index in {@code labels}, then through {@code value}; every
   * unknown label is reported at its entry.
   */
  private <T> List<T> labels(
      BlockReader r,
      String key,
      List<String> labels,
      boolean ignoreCase,
      Function<Integer, T> value,
      List<T> fallback) {
    List<String> given = r.names(key, null);
    if (given == null) {
      return fallback;
    }
    List<Node> items = r.listItems(key);
    List<T> values = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < given.size(); i++) {
      int index = indexOf(labels, given.get(i), ignoreCase);
      if (index >= 0) {
        values.add(value.apply(index));
        continue;
      }
      ok = false;
      String hint =
          Suggestions.closest(given.get(i), labels)
              .map(s -> " (did you mean '" + s + "'?)")
              .orElse("");
      Values.expected(
          items.get(i),
          r.path(key) + "[" + i + "]",
          "one of " + String.join(", ", labels) + hint,
          problems);
    }
    return ok ? values : fallback;
  }

  private static int indexOf(List<String> labels, String s, boolean ignoreCase) {
    for (int i = 0; i < labels.size(); i++) {
      if (ignoreCase ? labels.get(i).equalsIgnoreCase(s) : labels.get(i).equals(s)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Records a problem at {@code at} if {@code name} is not among {@code known}; nothing if {@code
   * known} is null (its part of the scenario had problems of its own).
   *
   * @param what "place", "setting" or "segment"
   * @param where where the known names are listed, for the message
   */
  private void known(
      Node at, String path, String name, String what, Collection<String> known, String where) {
    if (known == null || known.contains(name)) {
      return;
    }
    String hint =
        Suggestions.closest(name, known)
            .map(s -> " (did you mean '" + s + "'?)")
            .orElse(
                known.isEmpty()
                    ? "; " + where + " is empty"
                    : "; " + where + " has: " + String.join(", ", known));
    problems.add(at, path, "unknown " + what + " '" + Scalars.shown(name) + "'" + hint);
  }

  private Lever abcdTraining(BlockReader r, Basics b) {
    AbcdTraining d = AbcdTraining.defaults();
    double trainees = r.number("traineesPerYear", d.traineesPerYear());
    double cost = r.number("costPerTraineeGbp", d.costPerTraineeGbp());
    return r.build(() -> new AbcdTraining(b.build(), trainees, cost), null);
  }

  private Lever microgrants(BlockReader r, Basics b) {
    Microgrants d = Microgrants.defaults();
    double grants = r.number("grantsPerYear", d.grantsPerYear());
    int before = problems.count();
    double min = r.number("minGrantGbp", d.minGrantGbp());
    double max = r.number("maxGrantGbp", d.maxGrantGbp());
    double mean = r.number("meanGrantGbp", d.meanGrantGbp());
    double concentration = r.number("sizeConcentration", d.sizeConcentration());
    int weeks = r.integer("fundingWeeks", d.fundingWeeks());
    double newGroups = r.number("newGroupShare", d.newGroupShare());
    double perPlace = r.number("gbpPerExtraPlace", d.gbpPerExtraPlace());
    int maxPlaces = r.integer("maxExtraPlaces", d.maxExtraPlaces());
    boolean sizesRead = problems.count() == before;
    if (sizesRead && !(min < mean)) {
      r.problem(
          r.has("minGrantGbp") ? "minGrantGbp" : "meanGrantGbp",
          "minGrantGbp (" + fmt(min) + ") must be below meanGrantGbp (" + fmt(mean) + ")");
    }
    if (sizesRead && !(mean < max)) {
      r.problem(
          r.has("maxGrantGbp") ? "maxGrantGbp" : "meanGrantGbp",
          "meanGrantGbp (" + fmt(mean) + ") must be below maxGrantGbp (" + fmt(max) + ")");
    }
    return r.build(
        () ->
            new Microgrants(
                b.build(),
                grants,
                min,
                max,
                mean,
                concentration,
                weeks,
                newGroups,
                perPlace,
                maxPlaces),
        null);
  }

  private Lever hardwiring(BlockReader r, Basics b) {
    List<ReferralPathway> pathways = new ArrayList<>();
    if (r.has("pathways")) {
      Map<String, Node> seen = new HashMap<>();
      for (BlockReader p : r.blocks("pathways", PATHWAY)) {
        String setting = setting(p, seen);
        ReferralPathway pathway = pathway(p, setting);
        if (pathway != null) {
          pathways.add(pathway);
        }
      }
    } else {
      pathways = Hardwiring.defaults().pathways();
      defaultNames(
          r,
          "pathways",
          "setting",
          pathways.stream().map(ReferralPathway::setting).toList(),
          settings,
          "stocks.settings");
    }
    List<ReferralPathway> all = pathways;
    return r.build(() -> new Hardwiring(b.build(), all), null);
  }

  /**
   * The required {@code setting} of a pathway or effort, checked against {@code stocks.settings}
   * and against the lever's other entries; null if absent or wrong.
   */
  private String setting(BlockReader r, Map<String, Node> seen) {
    String setting = r.string("setting", null);
    if (setting == null) {
      return null;
    }
    Node at = r.valueNode("setting");
    known(at, r.path("setting"), setting, "setting", settings, "stocks.settings");
    Node first = seen.putIfAbsent(setting, at);
    if (first != null) {
      r.problem(
          "setting",
          "setting '"
              + Scalars.shown(setting)
              + "' listed twice in this lever (first at line "
              + BlockReader.line(first)
              + "); one entry per setting");
    }
    return setting;
  }

  private ReferralPathway pathway(BlockReader r, String setting) {
    ReferralPathway d = ReferralPathway.defaults(setting == null ? "" : setting);
    Targeting eligible =
        targeting(
            r.block("eligible", TARGETING), d.eligible(), Reach.RESIDENTS, LeverType.HARDWIRING);
    int before = problems.count();
    double contact = r.number("annualContactRate", d.annualContactRate());
    double referral = r.number("maxReferralProbability", d.maxReferralProbability());
    double coverage = r.number("fundedCoverage", d.fundedCoverage());
    double enrol = r.number("enrolShare", d.enrolShare());
    double silo = r.number("siloLoss", d.siloLoss());
    int toEngage = r.integer("weeksToEngage", d.weeksToEngage());
    double engage = r.number("engageShare", d.engageShare());
    int toAdherence = r.integer("weeksToAdherence", d.weeksToAdherence());
    double dropout = r.number("sixMonthDropout", d.sixMonthDropout());
    double adherentFactor = r.number("adherentDropoutFactor", d.adherentDropoutFactor());
    int pathwayWeeks = r.integer("pathwayWeeks", d.pathwayWeeks());
    double cost = r.number("costPerEnrolmentGbp", d.costPerEnrolmentGbp());
    boolean numbersRead = problems.count() == before;
    if (numbersRead && pathwayWeeks <= toEngage + toAdherence) {
      r.problem(
          r.has("pathwayWeeks")
              ? "pathwayWeeks"
              : r.has("weeksToAdherence") ? "weeksToAdherence" : "weeksToEngage",
          "pathwayWeeks ("
              + pathwayWeeks
              + ") must exceed weeksToEngage + weeksToAdherence ("
              + (toEngage + toAdherence)
              + ")");
    }
    if (numbersRead && !(engage > 1 - dropout)) {
      r.problem(
          r.has("engageShare") ? "engageShare" : "sixMonthDropout",
          "engageShare ("
              + fmt(engage)
              + ") must exceed 1 - sixMonthDropout ("
              + fmt(1 - dropout)
              + "): more would have dropped out at engagement than at six months");
    }
    return r.build(
        () ->
            new ReferralPathway(
                setting,
                eligible,
                contact,
                referral,
                coverage,
                enrol,
                silo,
                toEngage,
                engage,
                toAdherence,
                dropout,
                adherentFactor,
                pathwayWeeks,
                cost),
        null);
  }

  private Lever policyInfluence(BlockReader r, Basics b) {
    List<SettingEffort> efforts = new ArrayList<>();
    if (r.has("efforts")) {
      Map<String, Node> seen = new HashMap<>();
      for (BlockReader e : r.blocks("efforts", SETTING_EFFORT)) {
        String setting = setting(e, seen);
        SettingEffort d = SettingEffort.defaults(setting == null ? "" : setting);
        double effort = e.number("effort", d.effort());
        double cost = e.number("costPerEffortPerYearGbp", d.costPerEffortPerYearGbp());
        SettingEffort built = e.build(() -> new SettingEffort(setting, effort, cost), null);
        if (built != null) {
          efforts.add(built);
        }
      }
    } else {
      efforts = PolicyInfluence.defaults().efforts();
      defaultNames(
          r,
          "efforts",
          "setting",
          efforts.stream().map(SettingEffort::setting).toList(),
          settings,
          "stocks.settings");
    }
    List<SettingEffort> all = efforts;
    return r.build(() -> new PolicyInfluence(b.build(), all), null);
  }

  private Lever activeEnvironment(BlockReader r, Basics b) {
    ActiveEnvironment d = ActiveEnvironment.defaults();
    double capital = r.number("capitalPerPlaceGbp", d.capitalPerPlaceGbp());
    double delay = r.number("buildDelayYears", d.buildDelayYears());
    double ramp = r.number("effectRampYears", d.effectRampYears());
    double gain = r.number("environmentGainPerMillionGbp", d.environmentGainPerMillionGbp());
    return r.build(() -> new ActiveEnvironment(b.build(), capital, delay, ramp, gain), null);
  }

  private Lever activeTravel(BlockReader r, Basics b) {
    ActiveTravel d = ActiveTravel.defaults();
    double bikes = r.number("bikesPerYear", d.bikesPerYear());
    double cost = r.number("costPerBikeGbp", d.costPerBikeGbp());
    int loanWeeks = r.integer("loanWeeks", d.loanWeeks());
    double lapse = r.number("weeklyLapseProbability", d.weeklyLapseProbability());
    double stop = r.number("annualStopRidingAfterLoan", d.annualStopRidingAfterLoan());
    return r.build(() -> new ActiveTravel(b.build(), bikes, cost, loanWeeks, lapse, stop), null);
  }

  private Lever evaluation(BlockReader r, Basics b) {
    Evaluation d = Evaluation.defaults();
    String programme = r.string("programme", null);
    if (programme != null) {
      programmeRefs.add(new ProgrammeRef(programme, r.valueNode("programme"), r.path("programme")));
    }
    double period = r.number("periodYears", d.periodYears());
    double budget = r.number("budgetPerPeriodGbp", d.budgetPerPeriodGbp());
    double cost = r.number("costPerFollowUpGbp", d.costPerFollowUpGbp());
    int followUp = r.integer("followUpWeeks", d.followUpWeeks());
    List<Evaluation.DeepDive> dives = new ArrayList<>();
    if (r.has("deepDives")) {
      for (BlockReader dd : r.blocks("deepDives", ScenarioFields.DEEP_DIVE)) {
        String place = dd.string("place", null);
        if (place != null) {
          known(dd.valueNode("place"), dd.path("place"), place, "place", places, "places");
        }
        double year = dd.number("year", 0);
        double gbp = dd.number("budgetGbp", 0);
        Evaluation.DeepDive built = dd.build(() -> new Evaluation.DeepDive(place, year, gbp), null);
        if (built != null) {
          dives.add(built);
        }
      }
    }
    return r.build(
        () -> new Evaluation(b.build(), programme, period, budget, cost, followUp, dives), null);
  }

  private Lever socialMarketing(BlockReader r, Basics b) {
    List<Audience> audiences = new ArrayList<>();
    if (r.has("audiences")) {
      for (BlockReader a : r.blocks("audiences", AUDIENCE)) {
        String segment = a.string("segment", null);
        if (segment != null) {
          known(
              a.valueNode("segment"),
              a.path("segment"),
              segment,
              "segment",
              segments,
              "stocks.segments");
        }
        Audience d = Audience.defaults(segment == null ? "" : segment);
        Targeting members =
            targeting(
                a.block("members", TARGETING),
                d.members(),
                Reach.RESIDENTS,
                LeverType.SOCIAL_MARKETING);
        double reach = a.number("reachPerWeek", d.reachPerWeek());
        int weeks = a.integer("campaignWeeksPerYear", d.campaignWeeksPerYear());
        double cost = a.number("costPerPersonReachedGbp", d.costPerPersonReachedGbp());
        Audience built = a.build(() -> new Audience(segment, members, reach, weeks, cost), null);
        if (built != null) {
          audiences.add(built);
        }
      }
    } else {
      audiences = SocialMarketing.defaults().audiences();
      defaultNames(
          r,
          "audiences",
          "segment",
          audiences.stream().map(Audience::segment).toList(),
          segments,
          "stocks.segments");
    }
    List<Audience> all = audiences;
    return r.build(() -> new SocialMarketing(b.build(), all), null);
  }

  private Lever partnership(BlockReader r, Basics b) {
    Partnership d = Partnership.defaults();
    double effort = r.number("conveningEffort", d.conveningEffort());
    double cost = r.number("costPerEffortPerPlacePerYearGbp", d.costPerEffortPerPlacePerYearGbp());
    return r.build(() -> new Partnership(b.build(), effort, cost), null);
  }

  private Lever champions(BlockReader r, Basics b) {
    Champions d = Champions.defaults();
    double perYear = r.number("championsPerYear", d.championsPerYear());
    double cost = r.number("costPerChampionGbp", d.costPerChampionGbp());
    double invitations = r.number("invitationsPerYear", d.invitationsPerYear());
    double accept = r.number("acceptShare", d.acceptShare());
    double starts = r.number("groupStartsPerYear", d.groupStartsPerYear());
    return r.build(
        () -> new Champions(b.build(), perYear, cost, invitations, accept, starts), null);
  }

  /**
   * When a list is left to its defaults, the settings or segments those name must exist too; the
   * problem is then at the lever, as there is nothing else to point at.
   */
  private void defaultNames(
      BlockReader r,
      String key,
      String what,
      List<String> names,
      List<String> known,
      String where) {
    if (known == null) {
      return;
    }
    List<String> missing = names.stream().filter(n -> !known.contains(n)).toList();
    if (!missing.isEmpty()) {
      r.blockProblem(
          "without '"
              + key
              + "' the defaults name "
              + what
              + (missing.size() == 1 ? " '" : "s '")
              + String.join("', '", missing)
              + "', not in "
              + where
              + "; give '"
              + key
              + "' explicitly");
    }
  }
}
