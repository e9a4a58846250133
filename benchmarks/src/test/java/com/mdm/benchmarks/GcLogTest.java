package com.mdm.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GcLogTest {

  @Test
  void thePeaksAreTheLargestHeapBeforeAndAfterAnyCollectionAndTheLargestReservation(
      @TempDir Path dir) throws Exception {
    Path log = dir.resolve("gc.log");
    Files.write(
        log,
        List.of(
            "[0.005s][info][gc] Using G1",
            "[1.382s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 22M->6M(380M) 9.5ms",
            "[3.604s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 301M->90M(512M) 23ms",
            "[3.945s][info][gc] GC(2) Concurrent Mark Cycle",
            "[4.100s][info][gc] GC(3) Pause Remark 120M->95M(450M) 3.1ms"));

    GcLog read = GcLog.read(log);

    assertThat(read.collections()).isEqualTo(3);
    assertThat(read.peakBeforeMb()).isEqualTo(301);
    assertThat(read.peakAfterMb()).isEqualTo(95);
    assertThat(read.peakCommittedMb()).isEqualTo(512);
  }
}
