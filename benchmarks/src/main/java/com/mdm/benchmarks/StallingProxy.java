package com.mdm.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A loopback TCP proxy in front of the store that can hold every byte in both directions for a
 * while, as a stalled server would: connections stay open, nothing gets through, then everything
 * does.
 */
final class StallingProxy implements AutoCloseable {

  private final ServerSocket server;
  private final String host;
  private final int port;
  private final Object gate = new Object();
  private volatile boolean held;
  private volatile boolean closed;

  StallingProxy(String host, int port) throws IOException {
    this.host = host;
    this.port = port;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread.ofPlatform().daemon().name("stalling-proxy").start(this::accept);
  }

  int port() {
    return server.getLocalPort();
  }

  void hold() {
    held = true;
  }

  void release() {
    synchronized (gate) {
      held = false;
      gate.notifyAll();
    }
  }

  private void accept() {
    while (!closed) {
      try {
        Socket client = server.accept();
        Socket upstream = new Socket(host, port);
        pipe(client, upstream);
        pipe(upstream, client);
      } catch (IOException e) {
        if (closed) {
          return;
        }
      }
    }
  }

  private void pipe(Socket from, Socket to) {
    Thread.ofPlatform()
        .daemon()
        .start(
            () -> {
              byte[] buffer = new byte[64 * 1024];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                  awaitOpen();
                  out.write(buffer, 0, read);
                  out.flush();
                }
              } catch (IOException | InterruptedException e) {
                // a closed peer ends the pipe
              } finally {
                closeQuietly(from);
                closeQuietly(to);
              }
            });
  }

  private void awaitOpen() throws InterruptedException {
    synchronized (gate) {
      while (held && !closed) {
        gate.wait(100);
      }
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    closed = true;
    release();
    server.close();
  }
}
