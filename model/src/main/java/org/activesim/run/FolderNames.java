package org.activesim.run;

import java.util.regex.Pattern;

/**
 * Names from scenario files that become folder or file names ({@code results/<name>/…}, a
 * comparison's {@code <baseline>-vs-<scenario>}, its copies {@code scenarios/NN-<name>.yaml}): one
 * path component of letters, digits, '-', '_' and '.', starting with a letter or digit, so that no
 * name can climb out of the output folder ({@code ..}, separators), hide ({@code .name}) or be
 * absolute. The loader refuses other names with a position; this is the check for scenarios built
 * in code, the last guard before a path is made.
 */
final class FolderNames {

  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  private FolderNames() {}

  /**
   * @return {@code name}
   * @throws IllegalArgumentException if it cannot be one path component inside the output folder
   */
  static String checked(String name) {
    if (!SAFE.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "'"
              + name
              + "' cannot name a results folder: use 1 to 100 letters, digits, '-', '_' or '.',"
              + " starting with a letter or digit");
    }
    return name;
  }
}
