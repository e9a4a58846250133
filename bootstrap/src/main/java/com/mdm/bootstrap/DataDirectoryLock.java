package com.mdm.bootstrap;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Holds the development data directory for this process, so a second process on the same directory
 * (a dev service already running, an import beside it) is told so plainly instead of meeting a
 * locked store file deep inside H2.
 */
final class DataDirectoryLock implements AutoCloseable {

  private final FileChannel channel;
  private final FileLock lock;

  private DataDirectoryLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the directory, creating it; a {@link ConfigException} names it when it is in use. */
  static DataDirectoryLock take(Path directory) {
    try {
      Files.createDirectories(directory);
      FileChannel channel =
          FileChannel.open(
              directory.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw inUse(directory);
      }
      return new DataDirectoryLock(channel, lock);
    } catch (IOException e) {
      throw new ConfigException(
          "--data-dir", directory.toString(), "a directory this user can write: " + e.getMessage());
    }
  }

  private static InUseException inUse(Path directory) {
    return new InUseException(
        "the data directory "
            + directory.toAbsolutePath()
            + " is in use by another market-data-manager (a dev service or an import running on"
            + " it): stop that one first, or give another --data-dir");
  }

  /** Another process holds the directory. */
  static final class InUseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InUseException(String message) {
      super(message);
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      // the process is ending; the operating system drops the lock with it
    }
  }
}
