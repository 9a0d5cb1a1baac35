package org.tabled.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Text for synthetic councils: titles, sentences, paragraphs and Markdown tables made from a fixed
 * word list with a seeded random sequence, so that the same seed always writes the same content.
 * The words are council business words in no particular order: the text is not meant to be read,
 * only to be laid out like real reports.
 */
public final class Prose {

  private static final String[] WORDS =
      ("council committee report budget service plan review housing children "
              + "school transport parks waste contract staff cost demand funding grant policy officer resident ward "
              + "district community local partner health care support scheme target risk quarter year month figure "
              + "increase decrease forecast saving pressure programme project delivery progress outcome action")
          .split(" ");
  private static final String[] GLUE =
      "the of and to in for with on by from that this which as at".split(" ");

  private final Random random;

  /** Text from the random sequence of {@code seed}. */
  public Prose(long seed) {
    this.random = new Random(seed);
  }

  /** A number in {@code [0, bound)} from the same sequence, for choices about the content. */
  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** A number in {@code [from, to]}. */
  public int between(int from, int to) {
    return from + random.nextInt(to - from + 1);
  }

  /** Three words, the first capitalised: "Budget grant pressure". */
  public String title() {
    return capital(word()) + " " + word() + " " + word();
  }

  /** One word of the list. */
  public String word() {
    return WORDS[random.nextInt(WORDS.length)];
  }

  /**
   * A sentence of {@code words} words, every third a short joining word, ending with a full stop.
   */
  public String sentence(int words) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String w =
          i % 3 == 1 ? GLUE[random.nextInt(GLUE.length)] : WORDS[random.nextInt(WORDS.length)];
      s.append(i == 0 ? capital(w) : w).append(i == words - 1 ? "." : " ");
    }
    return s.toString();
  }

  /**
   * {@code count} paragraphs of three to five sentences of 12 to 25 words, each followed by a blank
   * line.
   */
  public String paragraphs(int count) {
    StringBuilder s = new StringBuilder();
    for (int p = 0; p < count; p++) {
      for (int i = 0; i < 3 + random.nextInt(3); i++) {
        s.append(sentence(12 + random.nextInt(14))).append(' ');
      }
      s.append("\n\n");
    }
    return s.toString();
  }

  /**
   * A Markdown table with a caption ("Table: …"), a header row and {@code rows} rows: an area name,
   * then {@code columns - 1} right-aligned numbers.
   */
  public String table(int rows, int columns) {
    StringBuilder t = new StringBuilder("Table: ").append(title()).append("\n\n|");
    for (int c = 0; c < columns; c++) {
      t.append(c == 0 ? " Area |" : " " + capital(WORDS[random.nextInt(WORDS.length)]) + " |");
    }
    t.append("\n|---|");
    t.append("--:|".repeat(columns - 1)).append('\n');
    for (int r = 0; r < rows; r++) {
      t.append("| ").append(title());
      for (int c = 1; c < columns; c++) {
        t.append(" | ").append(random.nextInt(100000));
      }
      t.append(" |\n");
    }
    return t.append('\n').toString();
  }

  /** {@code w} with its first letter in capitals. */
  public static String capital(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  /** Writes a 480 × 240 bar chart as a PNG (the same picture every time). */
  public static void chart(Path file) throws IOException {
    BufferedImage img = new BufferedImage(480, 240, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 480, 240);
    g.setColor(new Color(0x2b6cb0));
    for (int i = 0; i < 12; i++) {
      int h = 40 + (i * 37) % 160;
      g.fillRect(20 + i * 38, 220 - h, 28, h);
    }
    g.dispose();
    Files.createDirectories(file.getParent());
    ImageIO.write(img, "png", file.toFile());
  }

  /** Writes {@code text} to {@code file} in UTF-8, creating its folders. */
  public static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
