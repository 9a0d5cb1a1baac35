package org.tabled.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Server-sent events that tell open pages to reload after a rebuild. Each page keeps one request
 * open to {@link #PATH}; {@link #reload()} writes an event to all of them. A client that has gone
 * away is dropped the next time writing to it fails.
 */
final class LiveReload implements HttpHandler {

  /** Where pages listen. */
  static final String PATH = "/__tabled/livereload";

  /** Added before {@code </body>} of every page the preview server sends. */
  static final String SCRIPT =
      "<script>(function(){var s=new EventSource('"
          + PATH
          + "');"
          + "s.onmessage=function(){location.reload();};}());</script>";

  private final List<OutputStream> clients = new ArrayList<>();

  @Override
  public void handle(HttpExchange ex) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "text/event-stream");
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    ex.sendResponseHeaders(200, 0);
    OutputStream out = ex.getResponseBody();
    out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
    out.flush();
    synchronized (clients) {
      clients.add(out); // kept open: the exchange ends when the browser leaves the page
    }
  }

  /** Tells every open page to reload. */
  void reload() {
    send("data: reload\n\n");
  }

  /** Keeps idle connections open through proxies, and finds clients that have gone. */
  void ping() {
    send(": ping\n\n");
  }

  private void send(String event) {
    byte[] bytes = event.getBytes(StandardCharsets.UTF_8);
    synchronized (clients) {
      clients.removeIf(
          out -> {
            try {
              out.write(bytes);
              out.flush();
              return false;
            } catch (IOException e) {
              try {
                out.close();
              } catch (IOException ignored) {
                // already gone
              }
              return true;
            }
          });
    }
  }

  /** Pages listening now. */
  int clients() {
    synchronized (clients) {
      return clients.size();
    }
  }
}
