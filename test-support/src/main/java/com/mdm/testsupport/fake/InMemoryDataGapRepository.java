package com.mdm.testsupport.fake;

import static com.mdm.testsupport.fake.Millis.floor;

import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapFate;
import com.mdm.domain.metadata.GapFilter;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.out.DataGapRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Gaps in memory, kept as the Jdbi repository keeps them: a known gap's start, detection time and
 * status and fate stay (its cause is updated) when it is recorded again, times to the millisecond,
 * listed newest first.
 */
public final class InMemoryDataGapRepository implements DataGapRepository {

  private static final Comparator<DataGap> NEWEST_FIRST =
      Comparator.comparing(DataGap::detectedAt)
          .thenComparing(DataGap::start)
          .reversed()
          .thenComparing(DataGap::gapId);

  private final Map<String, DataGap> gaps = new LinkedHashMap<>();

  @Override
  public synchronized boolean upsert(DataGap gap) {
    Objects.requireNonNull(gap, "gap must not be null");
    DataGap known = gaps.get(gap.gapId());
    DataGap kept = known == null ? gap : known;
    gaps.put(
        gap.gapId(),
        new DataGap(
            gap.gapId(),
            kept.series(),
            floor(kept.start()),
            floor(gap.end()),
            gap.expectedMissing(),
            gap.severity(),
            kept.status(),
            gap.details(),
            floor(kept.detectedAt()),
            floor(gap.updatedAt()),
            gap.cause(),
            kept.fate()));
    return known == null;
  }

  @Override
  public synchronized Optional<DataGap> get(String gapId) {
    Objects.requireNonNull(gapId, "gapId must not be null");
    return Optional.ofNullable(gaps.get(gapId));
  }

  @Override
  public synchronized List<DataGap> list(GapFilter filter, PageRequest page) {
    Objects.requireNonNull(filter, "filter must not be null");
    Objects.requireNonNull(page, "page must not be null");
    return gaps.values().stream()
        .filter(filter::matches)
        .sorted(NEWEST_FIRST)
        .skip(page.offset())
        .limit(page.limit())
        .toList();
  }

  @Override
  public synchronized boolean updateFate(String gapId, GapFate fate, Instant now) {
    Objects.requireNonNull(gapId, "gapId must not be null");
    Objects.requireNonNull(fate, "fate must not be null");
    Objects.requireNonNull(now, "now must not be null");
    DataGap gap = gaps.get(gapId);
    if (gap == null) {
      return false;
    }
    gaps.put(gapId, gap.withFate(fate, floor(now)));
    return true;
  }

  /** Every gap in the order first recorded: what a test looks at. */
  public synchronized List<DataGap> all() {
    return List.copyOf(gaps.values());
  }
}
