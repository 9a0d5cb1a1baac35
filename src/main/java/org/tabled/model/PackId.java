package org.tabled.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One agenda pack of a meeting: the agenda pack itself ({@code supplement} 0), published on the
 * agenda's date, or supplementary agenda 1, 2 … for papers and items published after it.
 *
 * @param meeting the meeting
 * @param supplement 0 for the agenda pack, else the supplementary agenda's number
 */
public record PackId(MeetingId meeting, int supplement) implements Comparable<PackId> {

  public PackId {
    Objects.requireNonNull(meeting, "meeting");
    if (supplement < 0) {
      throw new IllegalArgumentException("supplement must be 0 or more: " + supplement);
    }
  }

  /** The agenda pack of {@code m}. */
  public static PackId agenda(MeetingId m) {
    return new PackId(m, 0);
  }

  /** True for a supplementary agenda. */
  public boolean isSupplement() {
    return supplement > 0;
  }

  /** The key written in {@code issued.yaml} and in content: "agenda", "supplement-1". */
  public String key() {
    return supplement == 0 ? "agenda" : "supplement-" + supplement;
  }

  /** The pack whose {@link #key} is {@code key}, if it is one. */
  public static Optional<Integer> supplementOf(String key) {
    if (key.equals("agenda")) {
      return Optional.of(0);
    }
    if (key.matches("supplement-[1-9][0-9]{0,2}")) {
      return Optional.of(Integer.parseInt(key.substring("supplement-".length())));
    }
    return Optional.empty();
  }

  @Override
  public int compareTo(PackId o) {
    int c = meeting.compareTo(o.meeting);
    return c != 0 ? c : Integer.compare(supplement, o.supplement);
  }

  @Override
  public String toString() {
    return meeting + "#" + key();
  }
}
