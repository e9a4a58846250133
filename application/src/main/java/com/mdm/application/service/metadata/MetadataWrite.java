package com.mdm.application.service.metadata;

/** One metadata write, retried as a whole until it succeeds. */
public interface MetadataWrite {

  /** Performs the write; throws when it did not happen. */
  void run();

  /** What it writes, for logs. */
  String description();

  static MetadataWrite of(String description, Runnable action) {
    return new MetadataWrite() {
      @Override
      public void run() {
        action.run();
      }

      @Override
      public String description() {
        return description;
      }
    };
  }
}
