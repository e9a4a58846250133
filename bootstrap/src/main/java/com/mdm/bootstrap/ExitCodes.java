package com.mdm.bootstrap;

/** The exit codes of the command line, as its help lists them. */
final class ExitCodes {

  static final int OK = 0;
  static final int FAILED = 1;
  static final int REJECTED = 1;
  static final int USAGE = 2;
  static final int STORE_FAILED = 3;

  private ExitCodes() {}
}
