package com.mdm.testsupport.fake;

import com.mdm.domain.metadata.CaptureMinute;
import com.mdm.domain.port.out.CaptureLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The receipt log in memory, kept as the Jdbi one keeps it: counts summed per subject and minute,
 * subjects linked to datasets once, minutes of a dataset's subjects read in time order (then by
 * subject) within {@code [from, to)}.
 */
public final class InMemoryCaptureLog implements CaptureLog {

  private record Slot(String subject, Instant minute) {}

  private final Map<Slot, CaptureMinute> minutes = new LinkedHashMap<>();
  private final Map<String, Set<String>> subjectsOf = new HashMap<>();

  @Override
  public synchronized void add(List<CaptureMinute> added) {
    Objects.requireNonNull(added, "minutes must not be null");
    for (CaptureMinute minute : added) {
      Objects.requireNonNull(minute, "minutes must not hold null");
      minutes.merge(
          new Slot(minute.subject(), minute.minute()),
          minute,
          (kept, more) ->
              new CaptureMinute(
                  kept.subject(),
                  kept.minute(),
                  kept.received() + more.received(),
                  kept.deadLettered() + more.deadLettered()));
    }
  }

  @Override
  public synchronized void link(String datasetId, String subject, Instant seen) {
    Objects.requireNonNull(datasetId, "datasetId must not be null");
    Objects.requireNonNull(subject, "subject must not be null");
    Objects.requireNonNull(seen, "seen must not be null");
    subjectsOf.computeIfAbsent(datasetId, d -> new HashSet<>()).add(subject);
  }

  @Override
  public synchronized List<CaptureMinute> minutes(String datasetId, Instant from, Instant to) {
    Objects.requireNonNull(datasetId, "datasetId must not be null");
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    Set<String> subjects = subjectsOf.getOrDefault(datasetId, Set.of());
    List<CaptureMinute> found = new ArrayList<>();
    for (CaptureMinute minute : minutes.values()) {
      if (subjects.contains(minute.subject())
          && !minute.minute().isBefore(from)
          && minute.minute().isBefore(to)) {
        found.add(minute);
      }
    }
    found.sort(Comparator.comparing(CaptureMinute::minute).thenComparing(CaptureMinute::subject));
    return List.copyOf(found);
  }

  /** Every kept minute in the order first added: what a test looks at. */
  public synchronized List<CaptureMinute> all() {
    return List.copyOf(minutes.values());
  }

  /** The subjects linked to {@code datasetId}. */
  public synchronized Set<String> subjectsOf(String datasetId) {
    return Set.copyOf(subjectsOf.getOrDefault(datasetId, Set.of()));
  }
}
