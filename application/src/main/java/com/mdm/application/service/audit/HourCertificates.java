package com.mdm.application.service.audit;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.metadata.CompletenessCertificate;
import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapFilter;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.out.CertificateRepository;
import com.mdm.domain.port.out.DataGapRepository;
import com.mdm.domain.port.out.SeriesStore;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the completeness certificates of a series' closed hours current. An hour is closed once its
 * last record is due (for klines: its last candle has closed) and the gap tolerance has passed.
 * Each cycle a closed hour of the window is certified when it has no certificate yet, when its
 * record count differs from the newest version's, or when a gap overlapping it changed (its fate: a
 * backfill, a confirmation) since that version; a new version is kept only when the findings
 * differ.
 */
public final class HourCertificates {

  private static final int PAGE = PageRequest.MAX_LIMIT;
  private static final Duration HOUR = Duration.ofHours(1);

  /**
   * Hours certified per series and cycle, newest first: a fresh deployment's 24 uncertified hours
   * are spread over several cycles instead of holding one cycle (and the next audit) back.
   */
  static final int MAX_CERTIFIED_PER_CYCLE = 4;

  private final SeriesStore series;
  private final DataGapRepository gaps;
  private final CertificateRepository certificates;
  private final AuditSettings settings;
  private final HourCertifier certifier;

  /**
   * When each hour was last certified by this instance, so that a gap change that left the findings
   * as they were is not looked at again every cycle; a new leader looks once more.
   */
  private final Map<String, Instant> checked = new ConcurrentHashMap<>();

  public HourCertificates(
      SeriesStore series,
      DataGapRepository gaps,
      CertificateRepository certificates,
      AuditSettings settings) {
    this.series = Objects.requireNonNull(series, "series must not be null");
    this.gaps = Objects.requireNonNull(gaps, "gaps must not be null");
    this.certificates = Objects.requireNonNull(certificates, "certificates must not be null");
    this.settings = Objects.requireNonNull(settings, "settings must not be null");
    this.certifier = new HourCertifier(series, certificates, settings.pageSize());
  }

  /** Certifies the closed hours of {@code window} that need it; returns the versions written. */
  public int certify(SeriesKey key, TimeRange window, Instant now) {
    List<Instant> hours = closedHours(key, window, now);
    if (hours.isEmpty()) {
      return 0;
    }
    List<DataGap> recorded = gaps(key.datasetId(), hours.getFirst(), hours.getLast().plus(HOUR));
    int written = 0;
    int certified = 0;
    for (Instant hour : hours.reversed()) {
      CompletenessCertificate latest = certificates.latest(key.datasetId(), hour).orElse(null);
      if (latest != null && !stale(key, hour, latest, recorded)) {
        continue;
      }
      if (certified++ == MAX_CERTIFIED_PER_CYCLE) {
        break;
      }
      CompletenessCertificate after = certifier.certify(key, hour, recorded, now);
      checked.put(slot(key, hour), now);
      if (latest == null || after.version() != latest.version()) {
        written++;
      }
    }
    Instant oldest = hours.getFirst();
    String prefix = key.datasetId() + "@";
    checked
        .entrySet()
        .removeIf(e -> e.getKey().startsWith(prefix) && hourOf(e.getKey()).isBefore(oldest));
    return written;
  }

  /** Certifies the hour starting at {@code hourStart} now, whatever the newest version says. */
  public CompletenessCertificate recertify(SeriesKey key, Instant hourStart, Instant now) {
    Instant hour = hourStart.truncatedTo(ChronoUnit.HOURS);
    return certifier.certify(key, hour, gaps(key.datasetId(), hour, hour.plus(HOUR)), now);
  }

  private boolean stale(
      SeriesKey key, Instant hour, CompletenessCertificate latest, List<DataGap> recorded) {
    TimeRange range = TimeRange.of(hour, hour.plus(HOUR));
    if (series.repository(key.type()).count(key, range) != latest.present()) {
      return true;
    }
    Instant seen = checked.getOrDefault(slot(key, hour), latest.computedAt());
    Instant since = seen.isAfter(latest.computedAt()) ? seen : latest.computedAt();
    return recorded.stream()
        .anyMatch(gap -> HourCertifier.overlaps(gap, range) && gap.updatedAt().isAfter(since));
  }

  private static String slot(SeriesKey key, Instant hour) {
    return key.datasetId() + "@" + hour.toEpochMilli();
  }

  private static Instant hourOf(String slot) {
    return Instant.ofEpochMilli(Long.parseLong(slot.substring(slot.lastIndexOf('@') + 1)));
  }

  private List<Instant> closedHours(SeriesKey key, TimeRange window, Instant now) {
    Duration settle = settings.gapTolerance();
    if (key.type().hasTimeframe()) {
      settle = settle.plus(key.timeframe().duration());
    }
    Instant first = window.from().truncatedTo(ChronoUnit.HOURS);
    if (first.isBefore(window.from())) {
      first = first.plus(HOUR);
    }
    List<Instant> hours = new ArrayList<>();
    for (Instant hour = first; !hour.plus(HOUR).plus(settle).isAfter(now); hour = hour.plus(HOUR)) {
      hours.add(hour);
    }
    return hours;
  }

  /** The recorded gaps of the dataset overlapping {@code [from, to)}. */
  private List<DataGap> gaps(String datasetId, Instant from, Instant to) {
    TimeRange range = TimeRange.of(from, to);
    GapFilter filter = new GapFilter(datasetId, null, null, null);
    List<DataGap> found = new ArrayList<>();
    for (int offset = 0; ; offset += PAGE) {
      List<DataGap> page = gaps.list(filter, new PageRequest(offset, PAGE));
      page.stream().filter(gap -> HourCertifier.overlaps(gap, range)).forEach(found::add);
      if (page.size() < PAGE) {
        return found;
      }
    }
  }
}
