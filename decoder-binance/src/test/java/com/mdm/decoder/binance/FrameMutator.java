package com.mdm.decoder.binance;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Mutates frames the way a broken producer, a flaky link or a hostile peer would: bytes flipped,
 * cut, repeated or spliced from another frame, hostile tokens put in, numbers swapped for extremes.
 * Seeded, so a failure is reproduced by its seed and iteration.
 */
final class FrameMutator {

  private static final List<byte[]> TOKENS =
      List.of(
          bytes("\"\\ud800\""),
          bytes("\"BTCÜSDT\""),
          bytes("1e309"),
          bytes("-0"),
          bytes("123456789012345678901234567890123456789012"),
          bytes("99999999999999999999"),
          bytes("null"),
          bytes("[]"),
          bytes("{}"),
          bytes("\"\""),
          bytes("\"NaN\""),
          bytes("true"),
          bytes("\"\\u0000\""),
          bytes("\uFEFF"),
          bytes("[[[[[[[[[[[[[[[[[[[["),
          bytes("\"p\":\"1\","),
          bytes("\"e\":\"kline\","),
          bytes("\"$where.\""),
          new byte[] {(byte) 0xff, (byte) 0xfe},
          new byte[] {(byte) 0xc3},
          new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80});

  private final SplittableRandom random;
  private final List<byte[]> seeds;

  FrameMutator(long seed, List<byte[]> seeds) {
    this.random = new SplittableRandom(seed);
    this.seeds = seeds;
  }

  /** A seed frame with one to four mutations applied. */
  byte[] next() {
    byte[] frame = seeds.get(random.nextInt(seeds.size()));
    int mutations = 1 + random.nextInt(4);
    for (int i = 0; i < mutations; i++) {
      frame = mutate(frame);
    }
    return frame;
  }

  private byte[] mutate(byte[] frame) {
    if (frame.length == 0) {
      return pick(TOKENS);
    }
    int at = random.nextInt(frame.length);
    int length = 1 + random.nextInt(Math.min(frame.length - at, 16));
    return switch (random.nextInt(7)) {
      case 0 -> flip(frame, at);
      case 1 -> splice(frame, at, at + length, new byte[0]);
      case 2 -> splice(frame, at, at, slice(frame, at, at + length));
      case 3 -> splice(frame, at, at + (random.nextBoolean() ? 0 : length), pick(TOKENS));
      case 4 -> slice(frame, 0, at);
      case 5 -> {
        byte[] other = pick(seeds);
        int from = random.nextInt(Math.max(1, other.length));
        yield splice(frame, at, frame.length, slice(other, from, other.length));
      }
      default -> replaceNumber(frame, at);
    };
  }

  private byte[] flip(byte[] frame, int at) {
    byte[] copy = frame.clone();
    copy[at] = (byte) (copy[at] ^ (1 << random.nextInt(8)));
    return copy;
  }

  /** The first run of digits at or after {@code at}, replaced by a hostile token. */
  private byte[] replaceNumber(byte[] frame, int at) {
    int start = at;
    while (start < frame.length && (frame[start] < '0' || frame[start] > '9')) {
      start++;
    }
    int end = start;
    while (end < frame.length && frame[end] >= '0' && frame[end] <= '9') {
      end++;
    }
    return splice(frame, start, end, pick(TOKENS));
  }

  private byte[] pick(List<byte[]> from) {
    return from.get(random.nextInt(from.size()));
  }

  private static byte[] slice(byte[] frame, int from, int to) {
    byte[] out = new byte[Math.max(0, to - from)];
    System.arraycopy(frame, from, out, 0, out.length);
    return out;
  }

  private static byte[] splice(byte[] frame, int from, int to, byte[] insert) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(frame.length + insert.length);
    out.write(frame, 0, from);
    out.writeBytes(insert);
    out.write(frame, to, frame.length - to);
    return out.toByteArray();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
