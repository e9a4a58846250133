package com.mdm.application.service.audit;

import com.mdm.domain.metadata.CompletenessCertificate;
import com.mdm.domain.metadata.MissingRange;
import com.mdm.domain.port.in.CoverageHole;
import com.mdm.domain.port.in.CoverageHole.Reason;
import com.mdm.domain.port.in.RangeCoverage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What keeps {@code [from, to)} from being certified complete, hour by hour: an hour without a
 * certificate is uncertified (adjacent ones merged); an incomplete hour contributes its missing
 * ranges that meet the range, or, when none does (the hour is short for an open gap, or elsewhere),
 * its part of the range as incomplete. Hours in a complete state contribute nothing.
 */
final class CoverageHoles {

  private static final Duration HOUR = Duration.ofHours(1);

  private CoverageHoles() {}

  static RangeCoverage of(Instant from, Instant to, List<CompletenessCertificate> certified) {
    Map<Instant, CompletenessCertificate> byHour = new HashMap<>();
    certified.forEach(c -> byHour.put(c.hourStart(), c));
    List<CoverageHole> holes = new ArrayList<>();
    for (Instant hour = from.truncatedTo(ChronoUnit.HOURS);
        hour.isBefore(to);
        hour = hour.plus(HOUR)) {
      Instant start = hour.isBefore(from) ? from : hour;
      Instant end = hour.plus(HOUR).isAfter(to) ? to : hour.plus(HOUR);
      CompletenessCertificate certificate = byHour.get(hour);
      if (certificate == null) {
        add(holes, new CoverageHole(start, end, null, Reason.UNCERTIFIED));
        continue;
      }
      if (certificate.state().complete()) {
        continue;
      }
      int before = holes.size();
      for (MissingRange range : certificate.missing()) {
        if (range.overlaps(start, end)) {
          holes.add(new CoverageHole(range.start(), range.end(), range.count(), Reason.MISSING));
        }
      }
      if (holes.size() == before) {
        add(holes, new CoverageHole(start, end, null, Reason.INCOMPLETE));
      }
    }
    return new RangeCoverage(holes.isEmpty(), holes);
  }

  /** Adds {@code hole}, joining it to the last one when that one ends where it starts. */
  private static void add(List<CoverageHole> holes, CoverageHole hole) {
    if (!holes.isEmpty()) {
      CoverageHole last = holes.getLast();
      if (last.reason() == hole.reason() && last.end().equals(hole.start())) {
        holes.set(
            holes.size() - 1, new CoverageHole(last.start(), hole.end(), null, hole.reason()));
        return;
      }
    }
    holes.add(hole);
  }
}
