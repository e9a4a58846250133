package com.mdm.application.service.audit;

import com.mdm.domain.metadata.CertificateState;
import com.mdm.domain.metadata.CompletenessCertificate;
import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapFate;
import com.mdm.domain.metadata.GapStatus;
import com.mdm.domain.metadata.MissingRange;
import java.util.List;

/**
 * Decides the state of an hour from what its records show missing and from the gaps the auditor
 * recorded in it:
 *
 * <ul>
 *   <li>{@code incomplete} while records are missing or a gap of the hour is open or unrecoverable,
 *       unless every missing range lies in a gap the REST history confirmed empty: then {@code
 *       confirmed_empty}, as also for an hour without records inside such a gap;
 *   <li>otherwise {@code repaired} when a gap of the hour was backfilled or filled late, or an
 *       earlier version was not complete, and {@code complete} when neither.
 * </ul>
 *
 * {@code reconciled} is never decided here: only a reconciliation raises an hour to it.
 */
final class CertificateStates {

  private CertificateStates() {}

  /** {@code gaps} are the recorded gaps overlapping the hour; {@code previous} may be null. */
  static CertificateState decide(
      List<MissingRange> missing,
      long present,
      List<DataGap> gaps,
      CompletenessCertificate previous) {
    boolean unresolved = gaps.stream().anyMatch(CertificateStates::unresolved);
    List<DataGap> empty = gaps.stream().filter(CertificateStates::confirmedEmpty).toList();
    if (!missing.isEmpty() || unresolved) {
      boolean allConfirmed =
          !unresolved
              && missing.stream()
                  .allMatch(range -> empty.stream().anyMatch(gap -> covers(gap, range)));
      return allConfirmed ? CertificateState.CONFIRMED_EMPTY : CertificateState.INCOMPLETE;
    }
    if (present == 0 && !empty.isEmpty()) {
      return CertificateState.CONFIRMED_EMPTY;
    }
    boolean repairedGap = gaps.stream().anyMatch(CertificateStates::repaired);
    boolean wasShort =
        previous != null
            && (previous.state() == CertificateState.INCOMPLETE
                || previous.state() == CertificateState.REPAIRED);
    return repairedGap || wasShort ? CertificateState.REPAIRED : CertificateState.COMPLETE;
  }

  private static boolean unresolved(DataGap gap) {
    return gap.status() == GapStatus.OPEN || gap.fate().kind() == GapFate.Kind.UNRECOVERABLE;
  }

  private static boolean confirmedEmpty(DataGap gap) {
    return gap.fate().kind() == GapFate.Kind.CONFIRMED_EMPTY;
  }

  private static boolean repaired(DataGap gap) {
    return gap.fate().kind() == GapFate.Kind.BACKFILLED || gap.fate().kind() == GapFate.Kind.FILLED;
  }

  private static boolean covers(DataGap gap, MissingRange range) {
    return !gap.start().isAfter(range.start()) && !gap.end().isBefore(range.end());
  }
}
