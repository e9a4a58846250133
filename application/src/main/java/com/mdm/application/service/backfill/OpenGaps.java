package com.mdm.application.service.backfill;

import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapStatus;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.out.DataGapRepository;
import java.util.ArrayList;
import java.util.List;

/** Every open gap of every dataset, read page by page. */
final class OpenGaps {

  private static final int PAGE = 500;

  private OpenGaps() {}

  static List<DataGap> all(DataGapRepository gaps) {
    List<DataGap> open = new ArrayList<>();
    for (int offset = 0; ; offset += PAGE) {
      List<DataGap> page = gaps.list(null, GapStatus.OPEN, new PageRequest(offset, PAGE));
      open.addAll(page);
      if (page.size() < PAGE) {
        return open;
      }
    }
  }
}
