package org.tabled.search;

/**
 * Numbers written as characters that need no escaping in JSON, for compact postings: a digit is one
 * of 64 characters; a number is a varint of digits, five bits each, least significant first, with
 * 32 added to every digit but the last. {@code assets/search.js} reads them back.
 */
final class Codec {

  static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  private Codec() {}

  /** Appends one digit, 0 to 63. */
  static void digit(StringBuilder s, int v) {
    if (v < 0 || v > 63) {
      throw new IllegalArgumentException("digit out of range: " + v);
    }
    s.append(ALPHABET.charAt(v));
  }

  /** Appends a number, 0 or more. */
  static void number(StringBuilder s, int v) {
    if (v < 0) {
      throw new IllegalArgumentException("negative: " + v);
    }
    while (v >= 32) {
      s.append(ALPHABET.charAt(32 + (v & 31)));
      v >>>= 5;
    }
    s.append(ALPHABET.charAt(v));
  }
}
