package org.activesim.io;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.ComposerException;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * Sits between the YAML parser and the composer and enforces limits that SnakeYAML Engine 2.10 does
 * not offer, or offers without a position.
 *
 * <p>The composer builds nodes recursively, so without a nesting limit a file of ten thousand
 * {@code [} ends in a StackOverflowError; 2.10 has no nesting setting, hence the depth count here,
 * checked before the composer descends. The alias count duplicates {@code maxAliasesForCollections}
 * only to report the position of the offending alias. Explicit tags outside the standard set are
 * recorded (not thrown) so that all of them are listed.
 */
final class GuardedParser implements Parser {

  private static final Set<String> STANDARD_TAGS =
      Set.of(
          "!",
          Tag.STR.getValue(),
          Tag.INT.getValue(),
          Tag.FLOAT.getValue(),
          Tag.BOOL.getValue(),
          Tag.NULL.getValue(),
          Tag.SEQ.getValue(),
          Tag.MAP.getValue());

  private final Parser inner;
  private final Problems problems;
  private final int maxDepth;
  private final int maxCollectionAliases;
  private final Set<Anchor> collectionAnchors = new HashSet<>();
  private int depth;
  private int collectionAliases;

  GuardedParser(Parser inner, Problems problems, int maxDepth, int maxCollectionAliases) {
    this.inner = inner;
    this.problems = problems;
    this.maxDepth = maxDepth;
    this.maxCollectionAliases = maxCollectionAliases;
  }

  @Override
  public boolean checkEvent(Event.ID id) {
    return inner.checkEvent(id);
  }

  @Override
  public Event peekEvent() {
    return inner.peekEvent();
  }

  @Override
  public boolean hasNext() {
    return inner.hasNext();
  }

  @Override
  public Event next() {
    Event event = inner.next();
    if (event instanceof CollectionStartEvent start) {
      if (++depth > maxDepth) {
        throw new ComposerException(
            "lists and mappings are nested more than " + maxDepth + " deep", start.getStartMark());
      }
      checkTag(start.getTag(), event);
      start.getAnchor().ifPresent(collectionAnchors::add);
    } else if (event instanceof CollectionEndEvent) {
      depth--;
    } else if (event instanceof ScalarEvent scalar) {
      checkTag(scalar.getTag(), event);
      // A scalar may reuse an anchor name; aliases to it are then cheap again.
      scalar.getAnchor().ifPresent(collectionAnchors::remove);
    } else if (event instanceof AliasEvent alias && collectionAnchors.contains(alias.getAlias())) {
      if (++collectionAliases > maxCollectionAliases) {
        throw new ComposerException(
            "more than "
                + maxCollectionAliases
                + " aliases to lists or mappings; refused to guard against alias bombs",
            alias.getStartMark());
      }
    }
    return event;
  }

  private void checkTag(Optional<String> tag, Event event) {
    if (tag.isPresent() && !STANDARD_TAGS.contains(tag.get())) {
      problems.add(
          event.getStartMark(),
          Problems.DOCUMENT,
          "tag '" + tag.get() + "' is not allowed; use plain values without tags");
    }
  }
}
