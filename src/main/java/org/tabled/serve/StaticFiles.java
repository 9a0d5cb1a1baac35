package org.tabled.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.tabled.output.OutputFolders;

/**
 * Serves a built site from a folder the way a static web host would: a folder's {@code index.html},
 * a redirect from {@code /folder} to {@code /folder/}, the site's {@code 404.html} with status 404,
 * and nothing outside the folder ({@code ..} gets 403).
 *
 * <p>Only a folder that Tabled built for the public is served: one holding the marker ({@code
 * AtomicReplace.MARKER}) of a public build. Until then, and for any folder that is not a build (the
 * content folder, {@code /}), every address answers "nothing here yet", so the preview can never
 * serve raw content or other files of the machine. A file is served only if its real path lies
 * inside the folder.
 *
 * <p>HTML pages pass through {@code htmlFilter} on the way out, which the preview server uses to
 * add its live-reload script and any build errors. Nothing is cached, so a rebuilt page is always
 * the one served.
 */
public final class StaticFiles implements HttpHandler {

  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("json", "application/json"),
          Map.entry("ics", "text/calendar; charset=utf-8"),
          Map.entry("atom", "application/atom+xml"),
          Map.entry("xml", "application/xml"),
          Map.entry("pdf", "application/pdf"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("webp", "image/webp"));

  private final Path root;
  private final UnaryOperator<String> htmlFilter;

  /**
   * @param root the site folder
   * @param htmlFilter applied to every HTML page served (identity for none)
   */
  public StaticFiles(Path root, UnaryOperator<String> htmlFilter) {
    this.root = root.toAbsolutePath().normalize();
    this.htmlFilter = htmlFilter;
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    try {
      serve(ex);
    } catch (IllegalArgumentException e) {
      send(ex, 400, "text/plain; charset=utf-8", "Bad request\n".getBytes(StandardCharsets.UTF_8));
    } finally {
      ex.close();
    }
  }

  private void serve(HttpExchange ex) throws IOException {
    if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
      send(
          ex,
          405,
          "text/plain; charset=utf-8",
          "Method not allowed\n".getBytes(StandardCharsets.UTF_8));
      return;
    }
    String path = URI.create(ex.getRequestURI().getRawPath()).getPath();
    Path file = root.resolve(path.replaceFirst("^/+", "")).normalize();
    if (!file.startsWith(root)) {
      send(ex, 403, "text/plain; charset=utf-8", "Forbidden\n".getBytes(StandardCharsets.UTF_8));
      return;
    }
    if (!OutputFolders.builtFor(root, "public")) {
      notBuilt(ex);
      return;
    }
    if (Files.isDirectory(file)) {
      if (!path.endsWith("/")) {
        ex.getResponseHeaders().set("Location", path + "/");
        send(ex, 301, "text/plain; charset=utf-8", new byte[0]);
        return;
      }
      file = file.resolve("index.html");
    }
    int status = 200;
    if (!servable(file)) {
      status = 404;
      file = root.resolve("404.html");
      if (!servable(file)) {
        notBuilt(ex);
        return;
      }
    }
    String type = TYPES.getOrDefault(extension(file), "application/octet-stream");
    byte[] body = Files.readAllBytes(file);
    if (type.startsWith("text/html")) {
      body =
          htmlFilter
              .apply(new String(body, StandardCharsets.UTF_8))
              .getBytes(StandardCharsets.UTF_8);
    }
    send(ex, status, type, body);
  }

  /** True if {@code file} is a regular file whose real path is inside the site folder. */
  private boolean servable(Path file) {
    try {
      return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
          && file.toRealPath().startsWith(root.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  private void notBuilt(HttpExchange ex) throws IOException {
    byte[] page =
        htmlFilter
            .apply(
                "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not built"
                    + "</title></head><body><h1>Nothing here yet</h1></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    send(ex, 404, TYPES.get("html"), page);
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
