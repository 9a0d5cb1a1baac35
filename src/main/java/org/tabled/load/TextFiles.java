package org.tabled.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.function.Consumer;
import org.tabled.diag.Diagnostics;
import org.tabled.source.SourcePos;

/**
 * Reads content text files strictly: UTF-8 without a byte order mark, no NUL characters, and no
 * larger than {@link #MAX_TEXT_BYTES}. Each problem becomes a diagnostic pointing at the line where
 * it occurs, never an exception.
 */
final class TextFiles {

  /** Largest Markdown or YAML file accepted. A committee report is rarely over 200 KB. */
  static final long MAX_TEXT_BYTES = 2L * 1024 * 1024;

  private TextFiles() {}

  static Optional<String> read(Path file, String display, Diagnostics d) {
    return read(file, display, d, null);
  }

  /**
   * {@link #read(Path, String, Diagnostics)}, giving {@code bytesRead} (if not null) the file's
   * bytes, valid UTF-8, when a text is made from them.
   */
  static Optional<String> read(
      Path file, String display, Diagnostics d, Consumer<byte[]> bytesRead) {
    return read(file, null, display, d, bytesRead);
  }

  /**
   * {@link #read(Path, String, Diagnostics, Consumer)}, with the file's attributes, links followed,
   * if they are already known ({@code known}, else null).
   */
  static Optional<String> read(
      Path file,
      BasicFileAttributes known,
      String display,
      Diagnostics d,
      Consumer<byte[]> bytesRead) {
    byte[] bytes;
    try {
      // The attributes of what the file is, links followed (those of its real path), read without
      // opening it: opening a named pipe would wait for a writer forever.
      BasicFileAttributes a =
          known != null ? known : Files.readAttributes(file, BasicFileAttributes.class);
      if (!a.isRegularFile()) {
        d.error(
            SourcePos.file(display),
            "this is not a regular file (a pipe, a device or a socket?); Tabled will not read it");
        return Optional.empty();
      }
      long size = a.size();
      if (size > MAX_TEXT_BYTES) {
        d.error(
            SourcePos.file(display),
            "file is too large ("
                + size / 1024
                + " KB); the limit for a"
                + " text file is "
                + MAX_TEXT_BYTES / 1024
                + " KB",
            "split it, or attach large documents as PDF appendices");
        return Optional.empty();
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      d.error(SourcePos.file(display), "cannot read this file: " + e.getMessage());
      return Optional.empty();
    }
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      d.error(
          new SourcePos(display, 1, 1),
          "file starts with a byte order mark (BOM)",
          "save the file as UTF-8 without BOM");
      return Optional.empty();
    }
    // one pass over the bytes: UTF-8 never writes a NUL or a carriage return inside a character,
    // so the text is searched for them, and its line ends made plain, only if the bytes hold one
    int kinds = kinds(bytes);
    String text;
    try {
      text = (kinds & NOT_ASCII) == 0 ? new String(bytes, StandardCharsets.US_ASCII) : utf8(bytes);
    } catch (CharacterCodingException e) {
      SourcePos where = firstBadByte(bytes, display);
      d.error(
          where,
          "file is not valid UTF-8 text",
          "save it as UTF-8; text pasted from Word is often saved as Windows-1252");
      return Optional.empty();
    }
    int nul = (kinds & NUL) == 0 ? -1 : text.indexOf('\0');
    if (nul >= 0) {
      d.error(position(text, nul, display), "file contains a NUL character; is it a binary file?");
      return Optional.empty();
    }
    if (bytesRead != null) {
      bytesRead.accept(bytes);
    }
    return Optional.of((kinds & CR) == 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n'));
  }

  /** A byte of 0x80 or over: the text is not ASCII. */
  static final int NOT_ASCII = 1;

  /** A NUL byte. */
  static final int NUL = 2;

  /** A carriage return. */
  static final int CR = 4;

  /** Which of {@link #NOT_ASCII}, {@link #NUL} and {@link #CR} {@code bytes} hold, or'ed. */
  static int kinds(byte[] bytes) {
    int kinds = 0;
    for (byte b : bytes) {
      if (b < 0) {
        kinds |= NOT_ASCII;
      } else if (b == 0) {
        kinds |= NUL;
      } else if (b == '\r') {
        kinds |= CR;
      }
    }
    return kinds;
  }

  /** {@code bytes} decoded as UTF-8, strictly: a malformed sequence throws. */
  static String utf8(byte[] bytes) throws CharacterCodingException {
    return strict().decode(ByteBuffer.wrap(bytes)).toString();
  }

  /** A UTF-8 decoder that reports what is not UTF-8 rather than replacing it. */
  private static CharsetDecoder strict() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The line and column (in characters) of the first byte that is not valid UTF-8. */
  private static SourcePos firstBadByte(byte[] bytes, String display) {
    CharsetDecoder decoder = strict();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    out.flip();
    return position(out.toString(), out.length(), display);
  }

  /** Converts a character offset to a 1-based line and column. */
  static SourcePos position(String text, int offset, String display) {
    int line = 1;
    int col = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        col = 1;
      } else {
        col++;
      }
    }
    return new SourcePos(display, line, col);
  }
}
