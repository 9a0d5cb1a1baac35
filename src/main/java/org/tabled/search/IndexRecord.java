package org.tabled.search;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * What an index's shards were made from and how they were cut, so that a later build can take the
 * shards an edit did not reach as they are ({@link SearchIndex#update}): how many documents each
 * part had, the documents' average length (as {@link SearchIndex#bucket}), and each shard's first
 * key, whether it starts by its content, and its name. Immutable.
 */
public final class IndexRecord {

  private static final int FORMAT = 0x54534902; // "TSI", version 2

  private final List<Integer> partSizes;
  private final int average;
  private final List<Shards.Shard> shards;

  IndexRecord(List<Integer> partSizes, int average, List<Shards.Shard> shards) {
    this.partSizes = List.copyOf(partSizes);
    this.average = average;
    this.shards = List.copyOf(shards);
  }

  List<Integer> partSizes() {
    return partSizes;
  }

  int average() {
    return average;
  }

  List<Shards.Shard> shards() {
    return shards;
  }

  /** Every shard's file, relative to the search folder. */
  public List<String> shardFiles() {
    return shards.stream().map(s -> Shards.file(s.name()) + ".js").toList();
  }

  /** The record as bytes, compressed. */
  public byte[] encode() {
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try (DataOutputStream out =
        new DataOutputStream(new DeflaterOutputStream(packed, deflater, 1 << 16))) {
      out.writeInt(FORMAT);
      out.writeInt(average);
      out.writeInt(partSizes.size());
      for (int n : partSizes) {
        out.writeInt(n);
      }
      out.writeInt(shards.size());
      for (Shards.Shard s : shards) {
        text(out, s.firstKey());
        out.writeBoolean(s.byContent());
        text(out, s.name());
      }
    } catch (IOException x) {
      throw new IllegalStateException(x); // in memory: never
    } finally {
      deflater.end();
    }
    return packed.toByteArray();
  }

  /** The record {@link #encode} wrote; an exception if the bytes are not one. */
  public static IndexRecord decode(byte[] bytes) throws IOException {
    try (DataInputStream in =
        new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(bytes)))) {
      if (in.readInt() != FORMAT) {
        throw new IOException("not a search index record");
      }
      int average = in.readInt();
      int parts = count(in);
      List<Integer> sizes = new ArrayList<>();
      for (int i = 0; i < parts; i++) {
        sizes.add(in.readInt());
      }
      int n = count(in);
      List<Shards.Shard> shards = new ArrayList<>();
      String last = null;
      for (int i = 0; i < n; i++) {
        String key = text(in);
        if (last != null && last.compareTo(key) >= 0) {
          throw new IOException("a search index record's keys out of order");
        }
        last = key;
        shards.add(new Shards.Shard(key, in.readBoolean(), text(in)));
      }
      if (in.read() >= 0) {
        throw new IOException("longer than a search index record");
      }
      return new IndexRecord(sizes, average, shards);
    }
  }

  private static int count(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > (1 << 24)) {
      throw new IOException("not a search index record");
    }
    return n;
  }

  private static void text(DataOutputStream out, String s) throws IOException {
    SearchPart.text(out, s);
  }

  private static String text(DataInputStream in) throws IOException {
    return SearchPart.text(in);
  }
}
