package com.mdm.adapter.in.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A request written byte for byte on a socket, for what {@code java.net.http} refuses to send:
 * headers beyond any sane size and header values that are not ASCII.
 */
final class RawHttp {

  private RawHttp() {}

  /** The head of the answer (status line and headers) to {@code head} plus {@code body}. */
  static String exchange(int port, String head, byte[] body) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().write(body);
      socket.getOutputStream().flush();
      return readHead(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The answer's status code. */
  static int status(String head) {
    return Integer.parseInt(head.substring(9, 12));
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0) {
      out.write(b);
      String text = out.toString(StandardCharsets.ISO_8859_1);
      if (text.endsWith("\r\n\r\n")) {
        return text;
      }
    }
    return out.toString(StandardCharsets.ISO_8859_1);
  }
}
