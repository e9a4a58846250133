package com.mdm.benchmarks;

import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.nats.client.Connection;
import io.nats.client.IterableConsumer;
import io.nats.client.Message;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The baseline of the whole path with nothing of the service in it: one durable pull consumer
 * ({@code iterate}, batches of 500), each message's document taken ready-made (the one the service
 * stored for that message), written per collection in unordered {@code insertMany} of up to {@link
 * #BATCH} messages, at most {@link #IN_FLIGHT} writes at once, every message acknowledged once its
 * batch is written. Broker, store and loop share the machine as they do with the service; no
 * decoding, mapping, idempotency, versioning or bookkeeping. Messages whose document a later one
 * replaced (kline updates) are acknowledged with their batch and write nothing.
 */
final class BareConsumeInsertLoop {

  static final int BATCH = 1_000;
  static final int IN_FLIGHT = 8;

  private static final InsertManyOptions UNORDERED = new InsertManyOptions().ordered(false);

  private BareConsumeInsertLoop() {}

  /** A ready-made document and the collection it goes to. */
  record Stored(String collection, Document document) {}

  /**
   * Drains {@code messages} from {@code stream} into {@code database}; {@code bySequence} maps the
   * stream sequence of a message to its document.
   */
  static BenchStream.Drain drain(
      Connection nats,
      BenchStream stream,
      MongoDatabase database,
      Map<Long, Stored> bySequence,
      int messages)
      throws Exception {
    IterableConsumer consumer = BareJetStreamLoop.consumer(nats, stream);
    Semaphore writes = new Semaphore(IN_FLIGHT);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread loop =
        Thread.ofPlatform()
            .name("bare-consume-insert-loop")
            .start(
                () -> {
                  int seen = 0;
                  List<Message> batch = new ArrayList<>(BATCH);
                  try {
                    while (seen < messages && failure.get() == null) {
                      Message message = consumer.nextMessage(Duration.ofMillis(20));
                      if (message != null) {
                        batch.add(message);
                        seen++;
                      }
                      if (batch.size() == BATCH || (message == null && !batch.isEmpty())) {
                        writes.acquire();
                        write(database, bySequence, batch, writes, failure);
                        batch = new ArrayList<>(BATCH);
                      }
                    }
                    if (!batch.isEmpty()) {
                      writes.acquire();
                      write(database, bySequence, batch, writes, failure);
                    }
                    writes.tryAcquire(IN_FLIGHT, 10, TimeUnit.MINUTES);
                  } catch (Exception e) {
                    failure.compareAndSet(null, e);
                  }
                });
    try {
      return stream.awaitDrained(messages, Duration.ofMinutes(10));
    } finally {
      consumer.stop();
      loop.join(Duration.ofSeconds(5));
      if (failure.get() != null) {
        throw new IllegalStateException("the bare consume-insert loop failed", failure.get());
      }
    }
  }

  private static void write(
      MongoDatabase database,
      Map<Long, Stored> bySequence,
      List<Message> batch,
      Semaphore writes,
      AtomicReference<Throwable> failure) {
    Map<String, List<Document>> byCollection = new HashMap<>();
    for (Message message : batch) {
      Stored stored = bySequence.get(message.metaData().streamSequence());
      if (stored != null) {
        byCollection
            .computeIfAbsent(stored.collection(), c -> new ArrayList<>())
            .add(stored.document());
      }
    }
    Flux.fromIterable(byCollection.entrySet())
        .flatMap(
            entry ->
                Mono.from(
                    database.getCollection(entry.getKey()).insertMany(entry.getValue(), UNORDERED)))
        .then()
        .subscribe(
            done -> {},
            error -> {
              failure.compareAndSet(null, error);
              writes.release();
            },
            () -> {
              batch.forEach(Message::ack);
              writes.release();
            });
  }
}
