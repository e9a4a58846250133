package com.mdm.decoder.binance;

import com.fasterxml.jackson.databind.JsonNode;
import com.mdm.decoder.binance.EventFields.Context;
import com.mdm.decoder.binance.EventFields.Invalid;
import com.mdm.domain.market.MarketEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decodes one NATS message carrying Binance USD-M futures events into market events. It accepts the
 * producer's envelope, Binance combined-stream frames, bare events and arrays of events; it routes
 * by the event type {@code e} and uses the stream name only where the event cannot say. It never
 * throws for bad input: whatever cannot be decoded comes back as a {@link Rejection}. Thread-safe.
 */
public final class BinanceMessageDecoder {

  private final DecoderLimits limits;
  private final long skewMillis;
  private final JsonFrameParser parser;

  public BinanceMessageDecoder(DecoderLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits must not be null");
    this.skewMillis = limits.maxFutureSkew().toMillis();
    this.parser = new JsonFrameParser(limits);
  }

  /**
   * Decodes {@code payload}; {@code receivedAt} stamps every event and bounds how far in the future
   * an event time may lie.
   */
  public DecodeResult decode(byte[] payload, Instant receivedAt) {
    Objects.requireNonNull(receivedAt, "receivedAt must not be null");
    if (payload == null) {
      return rejected(RejectReason.MALFORMED_JSON, "payload is null");
    }
    if (payload.length > limits.maxFrameBytes()) {
      return rejected(
          RejectReason.OVERSIZED_FRAME,
          "payload is " + payload.length + " bytes, over the limit of " + limits.maxFrameBytes());
    }
    try {
      return decodeTree(parser.parse(payload), receivedAt);
    } catch (Invalid e) {
      return rejected(e.reason(), e.getMessage());
    } catch (RuntimeException e) {
      return rejected(RejectReason.INVALID_VALUE, "unexpected failure: " + e);
    }
  }

  private DecodeResult decodeTree(JsonNode root, Instant receivedAt) {
    List<MarketEvent> events = new ArrayList<>(2);
    List<Rejection> rejections = new ArrayList<>();
    if (root.isArray()) {
      BinanceEventRouter.mapArray(root, "", context(receivedAt, null, false), events, rejections);
    } else if (!root.isObject()) {
      throw new Invalid(
          RejectReason.MALFORMED_JSON,
          "expected a JSON object or array but got " + root.getNodeType());
    } else {
      JsonNode stream = root.get("stream");
      Context context =
          context(
              receivedAt,
              stream != null && stream.isTextual() ? stream.textValue() : null,
              !isProducerEnvelope(root));
      JsonNode data = root.get("data");
      if (data == null) {
        BinanceEventRouter.map(root, "", context, events, rejections);
      } else if (data.isObject()) {
        BinanceEventRouter.map(data, "", context, events, rejections);
      } else if (data.isArray()) {
        BinanceEventRouter.mapArray(data, "data", context, events, rejections);
      } else if (data.isNull()) {
        throw new Invalid(RejectReason.MISSING_FIELD, "field 'data' is null");
      } else {
        throw new Invalid(
            RejectReason.MALFORMED_JSON,
            "field 'data' must be a JSON object or array but was " + data.getNodeType());
      }
    }
    return new DecodeResult(events, rejections);
  }

  /**
   * The producer rebuilds {@code stream} from {@code e} and {@code s} and names every depth event
   * {@code @depth20@100ms}, so its stream cannot tell diff from partial depth; Binance's own
   * combined-stream frames carry the stream actually subscribed to.
   */
  private static boolean isProducerEnvelope(JsonNode root) {
    return root.has("message_id") || root.has("source") || root.has("version");
  }

  private Context context(Instant receivedAt, String stream, boolean streamTrusted) {
    long received = receivedAt.toEpochMilli();
    long latest = received > Long.MAX_VALUE - skewMillis ? Long.MAX_VALUE : received + skewMillis;
    return new Context(receivedAt, latest, limits.maxDepthLevels(), stream, streamTrusted);
  }

  private static DecodeResult rejected(RejectReason reason, String detail) {
    return new DecodeResult(List.of(), List.of(BinanceEventRouter.rejection(reason, detail)));
  }
}
