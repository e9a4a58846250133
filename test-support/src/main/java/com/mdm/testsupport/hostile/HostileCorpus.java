package com.mdm.testsupport.hostile;

import java.util.ArrayList;
import java.util.List;

/**
 * The hostile-input corpus: every frame a broken or malicious peer might send, each with the reason
 * the service must refuse it for. The decoder's unit test and the end-to-end IT read this one list;
 * the expectations hold for the service's default limits (see {@code docs/reliability.md}).
 */
public final class HostileCorpus {

  /** The symbol of hostile events that carry a valid one; nothing of it may be stored. */
  public static final String SYMBOL = HostileTemplates.SYMBOL;

  private HostileCorpus() {}

  /** Every case, in a fixed order. */
  public static List<HostileCase> all() {
    List<HostileCase> cases = new ArrayList<>();
    cases.addAll(FramingCases.all());
    cases.addAll(EventCases.all());
    cases.addAll(ValueCases.all());
    return List.copyOf(cases);
  }

  /** A sound trade of {@code symbol}, the good neighbour of the hostile frames. */
  public static String goodTrade(String symbol, long id, long time) {
    return HostileTemplates.TRADE
        .replace(SYMBOL, symbol)
        .replace("\"t\":7", "\"t\":" + id)
        .replace("1714564800000", Long.toString(time));
  }
}
