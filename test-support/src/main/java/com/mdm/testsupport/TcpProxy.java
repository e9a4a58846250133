package com.mdm.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP proxy in front of a service, for fault injection: {@link #cut()} drops every
 * connection and refuses new ones until {@link #restore()}, as a store outage would; {@link
 * #hold()} keeps every connection open but forwards no byte until {@link #release()}, as a stalled
 * (paused, overloaded) store would.
 */
public final class TcpProxy implements AutoCloseable {

  private final ServerSocket server;
  private final InetSocketAddress target;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final Object gate = new Object();
  private volatile boolean cut;
  private volatile boolean held;
  private volatile boolean closed;

  public TcpProxy(String targetHost, int targetPort) throws IOException {
    this.target = new InetSocketAddress(targetHost, targetPort);
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread.ofPlatform().daemon().name("tcp-proxy-" + port()).start(this::acceptLoop);
  }

  /** A proxy in front of the first host of a {@code mongodb://} connection string. */
  public static TcpProxy forMongoUri(String uri) throws IOException {
    String hostPart = uri.substring("mongodb://".length()).split("[/?,]")[0];
    if (hostPart.contains("@")) {
      hostPart = hostPart.substring(hostPart.indexOf('@') + 1);
    }
    URI parsed = URI.create("tcp://" + hostPart);
    return new TcpProxy(parsed.getHost(), parsed.getPort() == -1 ? 27017 : parsed.getPort());
  }

  public int port() {
    return server.getLocalPort();
  }

  /** Drops every open connection and refuses new ones. */
  public void cut() {
    cut = true;
    for (Socket socket : open) {
      closeQuietly(socket);
    }
  }

  /** Accepts and forwards connections again. */
  public void restore() {
    cut = false;
  }

  /** Stops forwarding, in both directions, without closing anything: bytes wait in the proxy. */
  public void hold() {
    held = true;
  }

  /** Forwards again what was held and everything after it. */
  public void release() {
    synchronized (gate) {
      held = false;
      gate.notifyAll();
    }
  }

  private void awaitRelease() throws InterruptedException {
    synchronized (gate) {
      while (held && !closed) {
        gate.wait(1_000);
      }
    }
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket client = server.accept();
        if (cut) {
          closeQuietly(client);
          continue;
        }
        Socket upstream = new Socket(target.getAddress(), target.getPort());
        open.add(client);
        open.add(upstream);
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
              byte[] buffer = new byte[16 * 1024];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                  awaitRelease();
                  out.write(buffer, 0, read);
                  out.flush();
                }
              } catch (IOException e) {
                // a cut or a closed peer ends the pipe
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
              }
            });
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
    cut();
    server.close();
  }
}
