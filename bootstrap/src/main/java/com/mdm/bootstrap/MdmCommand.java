package com.mdm.bootstrap;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The service jar's command line: {@code serve} (the default) and {@code import}. */
@Command(
    name = "market-data-manager",
    mixinStandardHelpOptions = true,
    versionProvider = MdmCommand.Version.class,
    description = {
      "Keeps Binance USD-M futures market data exactly and completely: from NATS (or the synthetic"
          + " market, or recorded captures) into MongoDB, with metadata in MySQL.",
      "Without a command it serves, configured by environment variables (see the README)."
    },
    subcommands = {ServeCommand.class, ImportCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done: served until stopped, or imported every line",
      "1:start-up failed, or some input lines were rejected (import)",
      "2:usage or configuration error",
      "3:the stores kept failing (import stopped early)"
    })
final class MdmCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    return new ServeCommand().call();
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = MdmCommand.class.getPackage().getImplementationVersion();
      return new String[] {"market-data-manager " + (version == null ? "(development)" : version)};
    }
  }

  /** Parses {@code args} and runs the command; returns its exit code. */
  static int execute(String... args) {
    CommandLine line = new CommandLine(new MdmCommand());
    line.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
    line.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          cmd.getErr().println("error: " + ServiceLauncher.rootMessage(e));
          return e instanceof ConfigException || e instanceof DataDirectoryLock.InUseException
              ? ExitCodes.USAGE
              : ExitCodes.FAILED;
        });
    return line.execute(args);
  }
}
