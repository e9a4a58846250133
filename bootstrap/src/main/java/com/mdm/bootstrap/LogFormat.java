package com.mdm.bootstrap;

/**
 * {@code LOG_FORMAT}: human-readable lines (the default) or one JSON object per line for log
 * shippers. Logback picks the encoder through {@link LogFormatProperty} before anything logs; the
 * configuration loader reads it again so that a wrong value stops the service with its name.
 */
enum LogFormat {
  TEXT,
  JSON
}
