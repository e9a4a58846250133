package com.mdm.adapter.in.file;

/** Tells a person how an import is going: per file, bytes of the file read and events so far. */
public interface ImportProgress {

  ImportProgress NONE =
      new ImportProgress() {
        @Override
        public void started(String file, long sizeBytes) {}

        @Override
        public void advanced(long bytesRead, long events) {}

        @Override
        public void finished(String file, long lines, long events) {}
      };

  void started(String file, long sizeBytes);

  /** Called often; an implementation decides how often to show it. */
  void advanced(long bytesRead, long events);

  void finished(String file, long lines, long events);
}
