package org.activesim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.activesim.scenario.EconomicsSpec;
import org.activesim.scenario.ScaleRule;
import org.activesim.scenario.lever.AbcdTraining;
import org.activesim.scenario.lever.ActiveEnvironment;
import org.activesim.scenario.lever.ActiveTravel;
import org.activesim.scenario.lever.Champions;
import org.activesim.scenario.lever.Evaluation;
import org.activesim.scenario.lever.Hardwiring;
import org.activesim.scenario.lever.Lever;
import org.activesim.scenario.lever.LeverType;
import org.activesim.scenario.lever.Microgrants;
import org.activesim.scenario.lever.Partnership;
import org.activesim.scenario.lever.PolicyInfluence;
import org.activesim.scenario.lever.ReferralPathway;
import org.activesim.scenario.lever.SocialMarketing;
import org.activesim.scenario.lever.Targeting;
import org.junit.jupiter.api.Test;

/** The key table agrees with the records: lever keys are the record components' names. */
class ScenarioFieldsTest {

  static List<String> components(Class<?> record) {
    return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
  }

  @Test
  void eachLeverTypesKeysAreTheCommonKeysThenItsRecordsComponents() {
    List<Lever> levers =
        List.of(
            AbcdTraining.defaults(),
            Microgrants.defaults(),
            Hardwiring.defaults(),
            PolicyInfluence.defaults(),
            ActiveEnvironment.defaults(),
            ActiveTravel.defaults(),
            SocialMarketing.defaults(),
            Partnership.defaults(),
            Champions.defaults(),
            Evaluation.defaults());
    Set<LeverType> seen = EnumSet.noneOf(LeverType.class);
    for (Lever lever : levers) {
      seen.add(lever.type());
      List<String> own = components(lever.getClass());
      assertEquals("basics", own.get(0));
      List<String> expected = new ArrayList<>(ScenarioFields.LEVER.keys());
      expected.addAll(own.subList(1, own.size()));
      assertEquals(expected, ScenarioFields.lever(lever.type()).keys(), lever.type().key());
    }
    assertEquals(EnumSet.allOf(LeverType.class), seen);
  }

  @Test
  void nestedLeverBlocksAreTheirRecordsComponents() {
    assertEquals(components(Targeting.class), ScenarioFields.TARGETING.keys());
    assertEquals(components(ReferralPathway.class), ScenarioFields.PATHWAY.keys());
    assertEquals(
        components(PolicyInfluence.SettingEffort.class), ScenarioFields.SETTING_EFFORT.keys());
    assertEquals(components(SocialMarketing.Audience.class), ScenarioFields.AUDIENCE.keys());
    assertEquals(components(Evaluation.DeepDive.class), ScenarioFields.DEEP_DIVE.keys());
  }

  @Test
  void scaleRuleKeysAreItsRecordsComponents() {
    assertEquals(components(ScaleRule.class), ScenarioFields.SCALE_RULE.keys());
  }

  @Test
  void economicsKeysAreTheRecordsComponents() {
    assertEquals(components(EconomicsSpec.class), ScenarioFields.ECONOMICS.keys());
  }

  @Test
  void everyBlockIsListedOnceWithADistinctName() {
    Set<String> names = new HashSet<>();
    for (Block b : ScenarioFields.ALL) {
      assertTrue(names.add(b.name()), b.name());
    }
    for (LeverType t : LeverType.values()) {
      assertTrue(ScenarioFields.ALL.contains(ScenarioFields.lever(t)), t.key());
    }
    assertTrue(ScenarioFields.ALL.contains(ScenarioFields.PATHWAY));
  }
}
