package com.mdm.application.service.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MetadataWriterTest {

  private MetadataWriter writer;

  @AfterEach
  void close() {
    writer.close();
  }

  @Test
  void writesRunInOrderOnTheWritersThread() throws Exception {
    writer = new MetadataWriter(10);
    List<String> done = new CopyOnWriteArrayList<>();

    writer.submit(MetadataWrite.of("a", () -> done.add("a")));
    writer.submit(MetadataWrite.of("b", () -> done.add("b")));

    assertThat(writer.drain(Duration.ofSeconds(5))).isTrue();
    assertThat(done).containsExactly("a", "b");
    assertThat(writer.writtenCount()).isEqualTo(2);
  }

  @Test
  void aFailingWriteIsKeptAndRetriedUntilTheDatabaseIsBack() throws Exception {
    writer = new MetadataWriter(10);
    AtomicInteger attempts = new AtomicInteger();
    List<String> done = new CopyOnWriteArrayList<>();

    writer.submit(
        MetadataWrite.of(
            "flaky",
            () -> {
              if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException("MySQL is down");
              }
              done.add("flaky");
            }));
    writer.submit(MetadataWrite.of("after", () -> done.add("after")));

    assertThat(writer.drain(Duration.ofSeconds(10))).isTrue();
    assertThat(done).containsExactly("flaky", "after");
    assertThat(writer.deferredCount()).isEqualTo(2);
    assertThat(writer.droppedCount()).isZero();
    assertThat(writer.healthy()).isTrue();
  }

  @Test
  void whenTheQueueIsFullTheOldestWriteIsDroppedAndCounted() throws Exception {
    writer = new MetadataWriter(2);
    CountDownLatch hanging = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(1);
    List<String> done = new CopyOnWriteArrayList<>();
    writer.submit(
        MetadataWrite.of(
            "hangs, then fails",
            () -> {
              started.countDown();
              awaitQuietly(hanging);
              throw new IllegalStateException("down");
            }));
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
    writer.submit(MetadataWrite.of("second", () -> done.add("second")));
    writer.submit(MetadataWrite.of("third", () -> done.add("third")));
    hanging.countDown();

    assertThat(writer.drain(Duration.ofSeconds(5))).isTrue();
    assertThat(writer.droppedCount()).isEqualTo(1);
    assertThat(done).containsExactly("second", "third");
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
