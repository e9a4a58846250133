package com.mdm.adapter.in.synthetic;

import com.mdm.domain.market.Timeframe;
import java.util.List;

/**
 * A symbol's open kline on every timeframe: fills go into all of them, an update is sent on a tick
 * only for those a fill changed, and each is closed ({@code x:true}, once) at its close time, in
 * the same millisecond as the next one opens. A first kline opening before the start holds only the
 * fills since the start.
 */
final class KlineSet {

  private static final long MINUTE = 60_000;

  private final List<Timeframe> timeframes;
  private final KlineBar[] bars;
  private final KlineFrames frames;
  private final SyntheticFaults faults;
  private final long startMinute;

  KlineSet(
      List<Timeframe> timeframes,
      long start,
      long startTicks,
      KlineFrames frames,
      SyntheticFaults faults) {
    this.timeframes = List.copyOf(timeframes);
    this.frames = frames;
    this.faults = faults;
    this.startMinute = Math.floorDiv(start, MINUTE) * MINUTE;
    this.bars = new KlineBar[timeframes.size()];
    for (int i = 0; i < bars.length; i++) {
      long length = timeframes.get(i).duration().toMillis();
      bars[i] = new KlineBar(Math.floorDiv(start, length) * length, startTicks);
    }
  }

  void add(Fill fill) {
    for (KlineBar bar : bars) {
      bar.add(fill);
    }
  }

  /** An update of each kline a fill changed since the last tick. */
  void update(long time, List<SyntheticFrame> out) {
    for (int i = 0; i < bars.length; i++) {
      if (bars[i].takeChanged() && !withheld(i)) {
        out.add(frames.kline(time, timeframes.get(i), bars[i], false));
      }
    }
  }

  /** At a minute boundary: closes each kline ending now and opens its successor. */
  void close(long time, long lastTicks, List<SyntheticFrame> out) {
    for (int i = 0; i < bars.length; i++) {
      Timeframe timeframe = timeframes.get(i);
      if (bars[i].openTime() + timeframe.duration().toMillis() == time) {
        if (!withheld(i)) {
          out.add(frames.kline(time, timeframe, bars[i], true));
        }
        bars[i] = new KlineBar(time, lastTicks);
      }
    }
  }

  /** A 1m kline in a minute the faults drop is never sent. */
  private boolean withheld(int i) {
    return timeframes.get(i) == Timeframe.MINUTE_1
        && faults.dropsKlineMinute((bars[i].openTime() - startMinute) / MINUTE);
  }
}
