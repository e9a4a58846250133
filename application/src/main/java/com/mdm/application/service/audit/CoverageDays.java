package com.mdm.application.service.audit;

import com.mdm.domain.metadata.CertificateState;
import com.mdm.domain.metadata.CompletenessCertificate;
import com.mdm.domain.metadata.MissingRange;
import com.mdm.domain.port.in.CoverageDay;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The per-day summary of a coverage report: hours in range, certified, complete, by state. */
final class CoverageDays {

  private static final Duration HOUR = Duration.ofHours(1);

  private CoverageDays() {}

  static List<CoverageDay> of(Instant from, Instant to, List<CompletenessCertificate> hours) {
    List<CoverageDay> days = new ArrayList<>();
    for (Instant day = from.truncatedTo(ChronoUnit.DAYS);
        day.isBefore(to);
        day = day.plus(1, ChronoUnit.DAYS)) {
      Instant dayEnd = day.plus(1, ChronoUnit.DAYS);
      int inRange = 0;
      for (Instant hour = day; hour.isBefore(dayEnd); hour = hour.plus(HOUR)) {
        if (hour.plus(HOUR).isAfter(from) && hour.isBefore(to)) {
          inRange++;
        }
      }
      Map<CertificateState, Integer> states = new EnumMap<>(CertificateState.class);
      int certified = 0;
      int complete = 0;
      long present = 0;
      long missing = 0;
      for (CompletenessCertificate hour : hours) {
        if (hour.hourStart().isBefore(day) || !hour.hourStart().isBefore(dayEnd)) {
          continue;
        }
        certified++;
        complete += hour.state().complete() ? 1 : 0;
        states.merge(hour.state(), 1, Integer::sum);
        present += hour.present();
        for (MissingRange range : hour.missing()) {
          missing += range.count() == null ? 0 : range.count();
        }
      }
      days.add(new CoverageDay(day, inRange, certified, complete, states, present, missing));
    }
    return days;
  }
}
