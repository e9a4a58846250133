package com.mdm.adapter.out.mongo;

import com.mongodb.WriteConcern;
import java.util.Locale;

/** Turns the configured write concern text into the driver's {@link WriteConcern}. */
final class WriteConcerns {

  private WriteConcerns() {}

  /**
   * Parses {@code majority} or a positive member count; unacknowledged writes are refused because
   * they could not report duplicates.
   */
  static WriteConcern parse(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          "writeConcern must not be blank: expected 'majority' or a member count such as '1'");
    }
    String text = value.trim().toLowerCase(Locale.ROOT);
    if (text.equals("majority")) {
      return WriteConcern.MAJORITY;
    }
    if (text.equals("acknowledged")) {
      return WriteConcern.ACKNOWLEDGED;
    }
    int members;
    try {
      members = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "writeConcern '"
              + value
              + "' is invalid: expected 'majority' or a member count such as '1'",
          e);
    }
    if (members < 1) {
      throw new IllegalArgumentException(
          "writeConcern '"
              + value
              + "' is invalid: at least 1 member must acknowledge, or duplicates go unnoticed");
    }
    return new WriteConcern(members);
  }
}
