package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/** The command line refuses what it does not know and explains what it does. */
class CommandLineTest {

  @Test
  void helpListsTheCommandsAndTheExitCodes() {
    Run run = run(() -> MdmCommand.execute("--help"));

    assertThat(run.code).isZero();
    assertThat(run.out).contains("serve").contains("import").contains("Exit codes:");
    assertThat(run.out).contains("2   usage or configuration error");
  }

  @Test
  void eachCommandHasItsOwnHelp() {
    Run serve = run(() -> MdmCommand.execute("serve", "--help"));
    Run imports = run(() -> MdmCommand.execute("import", "--help"));

    assertThat(serve.code).isZero();
    assertThat(serve.out).contains("--dev").contains("--data-dir").contains("--feed");
    assertThat(imports.code).isZero();
    assertThat(imports.out).contains("--speed").contains("--symbols").contains("--types");
  }

  @Test
  void anUnknownArgumentIsAUsageErrorNotAStartedService() {
    Run run = run(() -> MdmCommand.execute("--subject", "other"));

    assertThat(run.code).isEqualTo(2);
    assertThat(run.err).contains("Unknown options: '--subject', 'other'").contains("Usage:");
  }

  @Test
  void anUnknownFeedIsAUsageErrorNamingTheChoices() {
    Run run = run(() -> MdmCommand.execute("serve", "--dev", "--feed", "kafka"));

    assertThat(run.code).isEqualTo(2);
    assertThat(run.err).contains("kafka").contains("NATS, SYNTHETIC, NONE");
  }

  @Test
  void importWithoutFilesOrWithABadSpeedIsAUsageError() {
    assertThat(run(() -> MdmCommand.execute("import")).code).isEqualTo(2);
    Run speed = run(() -> MdmCommand.execute("import", "--speed", "0", "x.jsonl"));
    assertThat(speed.code).isEqualTo(2);
    assertThat(speed.err).contains("--speed must be max or a number > 0 but was '0'");
    Run type = run(() -> MdmCommand.execute("import", "--types", "candels", "x.jsonl"));
    assertThat(type.err).contains("'candels' is not one of");
    Run missing = run(() -> MdmCommand.execute("import", "/no/such/capture.jsonl"));
    assertThat(missing.code).isEqualTo(2);
    assertThat(missing.err).contains("cannot read the file /no/such/capture.jsonl");
  }

  private record Run(int code, String out, String err) {}

  private static Run run(IntSupplier command) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
    ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
      int code = command.getAsInt();
      return new Run(
          code,
          capturedOut.toString(StandardCharsets.UTF_8),
          capturedErr.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }
}
