package com.mdm.adapter.in.synthetic;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.mdm.domain.market.Symbol;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Writes frames byte for byte as they travel: the producer's envelope (its {@code
 * to_nats_message()} serialised compactly by orjson, keys in its order, {@code timestamp} as
 * Python's {@code utcnow().isoformat() + "Z"}, a uuid4 {@code message_id}, optionally {@code
 * _otel_trace_headers} last), or Binance's own combined-stream frame {@code {"stream","data"}}.
 */
final class FrameWriter {

  /** What the producer writes in every envelope. */
  static final String SOURCE = "binance-websocket";

  static final String VERSION = "1.0";

  private static final JsonFactory JSON = new JsonFactory();
  private static final HexFormat HEX = HexFormat.of();

  /** Writes the Binance event, the frame's {@code data}. */
  @FunctionalInterface
  interface Data {
    void write(JsonGenerator json) throws IOException;
  }

  private final RandomGenerator random;
  private final boolean traceHeaders;

  FrameWriter(RandomGenerator random, boolean traceHeaders) {
    this.random = random;
    this.traceHeaders = traceHeaders;
  }

  /** A frame in the producer's envelope, on the stream the producer names for the event. */
  SyntheticFrame envelope(SyntheticEventType type, Symbol symbol, long eventTime, Data data) {
    String stream = ProducerStreams.stream(type.binanceName(), symbol);
    // the producer stamps the message when it takes it, a little after the event time
    Instant received = Instant.ofEpochMilli(eventTime).plusNanos(random.nextLong(200, 5000) * 1000);
    byte[] bytes =
        write(
            json -> {
              json.writeStringField("stream", stream);
              json.writeFieldName("data");
              data.write(json);
              json.writeStringField("timestamp", ProducerStreams.timestamp(received));
              json.writeStringField("message_id", uuid4().toString());
              json.writeStringField("source", SOURCE);
              json.writeStringField("version", VERSION);
              if (traceHeaders) {
                json.writeObjectFieldStart("_otel_trace_headers");
                json.writeStringField("traceparent", traceparent());
                json.writeEndObject();
              }
            });
    return new SyntheticFrame(Instant.ofEpochMilli(eventTime), symbol, type, stream, bytes);
  }

  /** A Binance combined-stream frame, for what the producer cannot carry faithfully. */
  SyntheticFrame combined(
      SyntheticEventType type, Symbol symbol, String stream, long eventTime, Data data) {
    byte[] bytes =
        write(
            json -> {
              json.writeStringField("stream", stream);
              json.writeFieldName("data");
              data.write(json);
            });
    return new SyntheticFrame(Instant.ofEpochMilli(eventTime), symbol, type, stream, bytes);
  }

  private static byte[] write(Data fields) {
    try (ByteArrayBuilder out = new ByteArrayBuilder(512)) {
      try (JsonGenerator json = JSON.createGenerator(out)) {
        json.writeStartObject();
        fields.write(json);
        json.writeEndObject();
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a synthetic frame", e);
    }
  }

  private UUID uuid4() {
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & ~(0xC000_0000_0000_0000L)) | 0x8000_0000_0000_0000L;
    return new UUID(high, low);
  }

  /** A W3C trace context header: version, 16-byte trace id, 8-byte span id, sampled. */
  private String traceparent() {
    byte[] trace = new byte[16];
    byte[] span = new byte[8];
    random.nextBytes(trace);
    random.nextBytes(span);
    return "00-" + HEX.formatHex(trace) + "-" + HEX.formatHex(span) + "-01";
  }
}
