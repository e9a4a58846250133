package com.mdm.adapter.in.nats;

/**
 * NATS subject matching: whether a stream's subject, with {@code *} (one token) and {@code >} (one
 * or more trailing tokens) wildcards, captures every subject another one names.
 */
final class SubjectPattern {

  private SubjectPattern() {}

  /** Whether every subject matched by {@code subject} is also matched by {@code pattern}. */
  static boolean captures(String pattern, String subject) {
    String[] wanted = pattern.split("\\.", -1);
    String[] given = subject.split("\\.", -1);
    for (int i = 0; i < wanted.length; i++) {
      if (wanted[i].equals(">")) {
        return i < given.length;
      }
      if (i >= given.length || given[i].equals(">")) {
        return false;
      }
      if (!wanted[i].equals("*") && (given[i].equals("*") || !wanted[i].equals(given[i]))) {
        return false;
      }
    }
    return wanted.length == given.length;
  }

  /** Whether any of {@code patterns} captures {@code subject}. */
  static boolean anyCaptures(Iterable<String> patterns, String subject) {
    for (String pattern : patterns) {
      if (captures(pattern, subject)) {
        return true;
      }
    }
    return false;
  }
}
