package com.mdm.bootstrap;

/**
 * Entry point of the service jar: {@code serve} (the default) or {@code import}; see {@link
 * MdmCommand}.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
    org.slf4j.bridge.SLF4JBridgeHandler.install();
    int code = MdmCommand.execute(args);
    // after SIGTERM the JVM is already exiting: System.exit would wait for itself
    if (!ServiceLauncher.signalled()) {
      System.exit(code);
    }
  }
}
