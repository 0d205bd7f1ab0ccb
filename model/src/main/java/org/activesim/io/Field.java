package org.activesim.io;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One key of a scenario block: its name, what kind of value it takes and what values are allowed.
 *
 * @param key the YAML key, the record component's name
 * @param kind the kind of value
 * @param range allowed values; for {@link Kind#NUMBERS}, {@link Kind#SHARES} and {@link
 *     Kind#INTEGERS} of each element, for {@link Kind#NAMES} and {@link Kind#BLOCKS} of the number
 *     of entries
 * @param length exact number of entries of a numeric list, or {@code -1} for any
 * @param required whether the key must be present
 * @param choices the allowed values of a {@link Kind#CHOICE}, or of each entry of a {@link
 *     Kind#NAMES} list that takes labels (case as written here; empty for any)
 */
record Field(
    String key, Kind kind, Range range, int length, boolean required, List<String> choices) {

  Field {
    choices = List.copyOf(choices);
  }

  private Field(String key, Kind kind, Range range, int length) {
    this(key, kind, range, length, false, List.of());
  }

  /** What a key holds; the reader checks the YAML node against it. */
  enum Kind {
    /** Any finite number. */
    NUMBER,
    /** A 32-bit integer; a float such as 2.5 or 2.0 is refused. */
    INTEGER,
    /** A 64-bit integer. */
    LONG,
    BOOLEAN,
    /** Any string, including empty. */
    TEXT,
    /** A non-blank string. */
    NAME,
    /** A string usable as a folder name: letters, digits, '-', '_', '.'. */
    FOLDER_NAME,
    /** A name with the characters of a folder name, used in results (lever names). */
    IDENTIFIER,
    /** One of an enum's constants, case-insensitive. */
    CHOICE,
    /** A list of numbers. */
    NUMBERS,
    /** A list of numbers in [0, 1] that sum to 1. */
    SHARES,
    /** A list of 32-bit integers. */
    INTEGERS,
    /** A list of distinct non-blank strings. */
    NAMES,
    /** A nested mapping. */
    BLOCK,
    /** A list of mappings. */
    BLOCKS
  }

  static final Range UNIT = Range.closed(0, 1);

  static Field number(String key, Range range) {
    return new Field(key, Kind.NUMBER, range, -1);
  }

  static Field integer(String key, Range range) {
    return new Field(key, Kind.INTEGER, range, -1);
  }

  static Field longInteger(String key) {
    return new Field(key, Kind.LONG, Range.ANY, -1);
  }

  static Field bool(String key) {
    return new Field(key, Kind.BOOLEAN, Range.ANY, -1);
  }

  static Field text(String key) {
    return new Field(key, Kind.TEXT, Range.ANY, -1);
  }

  static Field name(String key) {
    return new Field(key, Kind.NAME, Range.ANY, -1);
  }

  static Field folderName(String key) {
    return new Field(key, Kind.FOLDER_NAME, Range.ANY, -1);
  }

  static Field identifier(String key) {
    return new Field(key, Kind.IDENTIFIER, Range.ANY, -1);
  }

  /** One of an enum's constants, written in lower case (the loader ignores case). */
  static Field choice(String key, Class<? extends Enum<?>> type) {
    List<String> names =
        Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
    return choice(key, names);
  }

  /** One of the given words. */
  static Field choice(String key, List<String> choices) {
    return new Field(key, Kind.CHOICE, Range.ANY, -1, false, choices);
  }

  /** {@code length} numbers each in {@code range}; {@code length = -1} for any number of them. */
  static Field numbers(String key, int length, Range range) {
    return new Field(key, Kind.NUMBERS, range, length);
  }

  static Field shares(String key, int length) {
    return new Field(key, Kind.SHARES, UNIT, length);
  }

  /** Any number of integers, each in {@code range}. */
  static Field integers(String key, Range range) {
    return new Field(key, Kind.INTEGERS, range, -1);
  }

  static Field names(String key, Range count) {
    return new Field(key, Kind.NAMES, count, -1);
  }

  static Field block(String key) {
    return new Field(key, Kind.BLOCK, Range.ANY, -1);
  }

  static Field blocks(String key, Range count) {
    return new Field(key, Kind.BLOCKS, count, -1);
  }

  Field asRequired() {
    return new Field(key, kind, range, length, true, choices);
  }

  /** A list of names whose entries must be among {@code labels}. */
  Field withChoices(List<String> labels) {
    if (kind != Kind.NAMES) {
      throw new IllegalStateException("only a list of names takes labels: " + key);
    }
    return new Field(key, kind, range, length, required, labels);
  }
}
