package org.activesim.output.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of a scenario file with the comments beside them, read line by line from the file's
 * bytes (the copy in the result folder), for the report's "Assumptions and evidence" section.
 *
 * <p>The file is not parsed as YAML: the loader has already accepted it, and comments are not part
 * of YAML's data model. A line {@code key: value # comment} gives a {@link Value} whose path is
 * built from the indentation, in the notation of the loader's messages ({@code
 * places[name=Tendring].population}, {@code levers[name=champions].start}). List items are named by
 * their {@code name}, else their {@code setting}, else (for levers) their {@code type}, else their
 * index. Block scalars ({@code description: >-}) are skipped; comment-only lines are kept as {@link
 * #notes} paragraphs.
 */
final class ScenarioNotes {

  /** Marks a value as an assumption in the scenario files' comments. */
  static final String ASSUMPTION = "ASSUMPTION";

  private static final Pattern KEY = Pattern.compile("([A-Za-z_][\\w-]*)\\s*:(?:\\s+(.*))?$");
  private static final Pattern CITATION = Pattern.compile("\\[[^\\]]+\\]|\\bDERIVED\\b");

  /** One value with its comment; {@code value} is empty for a key whose value is a block. */
  record Value(String path, String value, String comment) {

    boolean isAssumption() {
      return comment.contains(ASSUMPTION);
    }

    /** A comment that cites a source ({@code [n]}, {@code [D]}) or derives the value. */
    boolean isSourced() {
      return !isAssumption() && CITATION.matcher(comment).find();
    }
  }

  private final List<Value> values;
  private final List<String> notes;

  private ScenarioNotes(List<Value> values, List<String> notes) {
    this.values = List.copyOf(values);
    this.notes = List.copyOf(notes);
  }

  /** Every value that has a comment, in file order. */
  List<Value> values() {
    return values;
  }

  /** Comment-only paragraphs, each joined into one line, in file order. */
  List<String> notes() {
    return notes;
  }

  /** The values and notes of a scenario file's text. */
  static ScenarioNotes parse(String text) {
    return new Parser().parse(text);
  }

  // --- the tree built from the indentation ------------------------------------------------------

  private static final class Entry {
    final String key;
    final String value;
    final String comment;
    final List<Entry> children = new ArrayList<>();
    final List<List<Entry>> items = new ArrayList<>();
    int itemColumn = -1;

    Entry(String key, String value, String comment) {
      this.key = key;
      this.value = value;
      this.comment = comment;
    }
  }

  private record Frame(int column, List<Entry> entries) {}

  private static final class Parser {
    private final List<Entry> root = new ArrayList<>();
    private final List<Frame> stack = new ArrayList<>(List.of(new Frame(0, root)));
    private final List<String> notes = new ArrayList<>();
    private final StringBuilder note = new StringBuilder();

    ScenarioNotes parse(String text) {
      String[] lines = text.split("\r?\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i];
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.equals("---")) {
          endNote();
          continue;
        }
        if (trimmed.startsWith("#")) {
          note.append(note.length() > 0 ? " " : "").append(trimmed.substring(1).strip());
          continue;
        }
        endNote();
        int column = line.indexOf(trimmed.charAt(0));
        if (trimmed.startsWith("- ") || trimmed.equals("-")) {
          String rest = trimmed.substring(1).stripLeading();
          int keyColumn = line.length() - rest.length();
          startItem(column, keyColumn);
          if (!rest.isEmpty() && !rest.startsWith("#")) {
            i = entry(lines, i, keyColumn, rest);
          }
        } else {
          i = entry(lines, i, column, trimmed);
        }
      }
      endNote();
      List<Value> values = new ArrayList<>();
      walk(root, "", values);
      return new ScenarioNotes(values, notes);
    }

    private void endNote() {
      if (note.length() > 0) {
        notes.add(note.toString());
        note.setLength(0);
      }
    }

    private void popDeeperThan(int column) {
      while (stack.size() > 1 && stack.get(stack.size() - 1).column() > column) {
        stack.remove(stack.size() - 1);
      }
    }

    private Frame top() {
      return stack.get(stack.size() - 1);
    }

    private void startItem(int dashColumn, int keyColumn) {
      popDeeperThan(dashColumn);
      List<Entry> entries = top().entries();
      if (entries.isEmpty()) {
        return; // a list at the top level: not a scenario
      }
      Entry parent = entries.get(entries.size() - 1);
      parent.itemColumn = dashColumn;
      List<Entry> item = new ArrayList<>();
      parent.items.add(item);
      stack.add(new Frame(keyColumn, item));
    }

    /** Reads the entry on line {@code i}; returns the last line it used. */
    private int entry(String[] lines, int i, int column, String content) {
      String[] valueAndComment = splitComment(content);
      Matcher m = KEY.matcher(valueAndComment[0].strip());
      if (!m.matches()) {
        return i; // a scalar list item or a continuation: nothing to name
      }
      String value = m.group(2) == null ? "" : m.group(2).strip();
      String comment = valueAndComment[1];
      int last = i;
      if (value.startsWith(">") || value.startsWith("|")) {
        while (last + 1 < lines.length && indentOf(lines[last + 1], column) > column) {
          last++;
        }
        value = "(text)";
      } else if (value.startsWith("[") || value.startsWith("{")) {
        StringBuilder flow = new StringBuilder(value);
        while (!balanced(flow) && last + 1 < lines.length) {
          last++;
          String[] more = splitComment(lines[last].strip());
          flow.append(' ').append(more[0].strip());
          comment = (comment + " " + more[1]).strip();
        }
        value = flow.toString();
      }
      popDeeperThan(column);
      Frame top = top();
      if (top.column() < column && !top.entries().isEmpty()) {
        Entry parent = top.entries().get(top.entries().size() - 1);
        stack.add(new Frame(column, parent.children));
      }
      top().entries().add(new Entry(m.group(1), value, comment));
      return last;
    }
  }

  private static int indentOf(String line, int blankIndent) {
    String t = line.strip();
    return t.isEmpty() ? blankIndent + 1 : line.indexOf(t.charAt(0));
  }

  private static boolean balanced(CharSequence s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      depth += c == '[' || c == '{' ? 1 : c == ']' || c == '}' ? -1 : 0;
    }
    return depth <= 0;
  }

  /** The content before a {@code #} that starts a comment (outside quotes), and the comment. */
  static String[] splitComment(String content) {
    char quote = 0;
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '#' && (i == 0 || Character.isWhitespace(content.charAt(i - 1)))) {
        return new String[] {content.substring(0, i), content.substring(i + 1).strip()};
      }
    }
    return new String[] {content, ""};
  }

  private static void walk(List<Entry> entries, String prefix, List<Value> out) {
    for (Entry e : entries) {
      String path = prefix.isEmpty() ? e.key : prefix + "." + e.key;
      if (!e.comment.isEmpty()) {
        out.add(new Value(path, e.value, e.comment));
      }
      walk(e.children, path, out);
      for (int i = 0; i < e.items.size(); i++) {
        List<Entry> item = e.items.get(i);
        walk(item, path + "[" + itemLabel(e.key, item, i) + "]", out);
      }
    }
  }

  private static String itemLabel(String listKey, List<Entry> item, int index) {
    for (String key : List.of("name", "setting", "segment")) {
      for (Entry e : item) {
        if (e.key.equals(key) && !e.value.isEmpty()) {
          return key + "=" + unquote(e.value);
        }
      }
    }
    if (listKey.equals("levers")) {
      for (Entry e : item) {
        if (e.key.equals("type")) {
          return "name=" + unquote(e.value);
        }
      }
    }
    return Integer.toString(index);
  }

  private static String unquote(String v) {
    boolean quoted =
        v.length() >= 2
            && (v.charAt(0) == '"' || v.charAt(0) == '\'')
            && v.charAt(v.length() - 1) == v.charAt(0);
    if (!quoted) {
      return v;
    }
    String inner = v.substring(1, v.length() - 1);
    return v.charAt(0) == '"'
        ? inner.replace("\\\"", "\"").replace("\\\\", "\\")
        : inner.replace("''", "'");
  }
}
