package org.tabled.model;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The council's house style, from {@code house_style} in {@code site.yaml}: how dates and times are
 * printed, the day its municipal year starts, and the fixed wording of its packs and pages. Every
 * default is what Tabled printed before a council could change it.
 *
 * <p>A wording is a key of {@link #WORDS} with its default; adding one is one line there, which the
 * reader of {@code site.yaml}, the JSON Schema and the templates (as {@code words.KEY}) pick up,
 * plus a line in docs/authoring.md.
 *
 * @param date how dates are printed
 * @param time how times are printed
 * @param yearStart the first day of the municipal year
 * @param words every wording, each key of {@link #WORDS} with the council's text or the default
 * @param yearStarts the days municipal years started, when the council names them ({@code
 *     municipal_years}, or the dates of meetings marked {@code annual: true}), in date order: a
 *     year runs from one to the day before the next; outside them {@code yearStart} decides
 */
public record HouseStyle(
    DateStyle date,
    TimeStyle time,
    MonthDay yearStart,
    Map<String, String> words,
    List<LocalDate> yearStarts) {

  /**
   * The wordings a council may change, in the order docs/authoring.md lists them, with their
   * defaults.
   */
  public static final Map<String, String> WORDS;

  static {
    Map<String, String> w = new LinkedHashMap<>();
    w.put("to_follow", "To follow");
    w.put("verbal_update", "Verbal update");
    w.put("blank_page", "This page is intentionally left blank");
    w.put("front_sheet_title", "Committee Agenda");
    w.put("members", "Members");
    w.put("councillors", "Councillors");
    w.put("co_opted_voting", "Co-opted members (voting)");
    w.put("co_opted_non_voting", "Co-opted members (non-voting)");
    w.put("agenda", "AGENDA");
    w.put("part_1", "PART 1 (IN PUBLIC)");
    w.put("part_2", "PART 2 (IN PRIVATE)");
    w.put("draft_minutes", "Draft: these minutes have not yet been approved by the committee.");
    // members branch: attendance headings
    w.put("members_present", "Councillors present");
    w.put("co_opted_present", "Co-opted members present");
    w.put("also_present", "Also present");
    w.put("apologies", "Apologies for absence");
    w.put("also_apologies", "Apologies from others");
    w.put("also_expected", "Also expected to attend");
    w.put("reissued", "Reissued");
    w.put("items_changed", "Items changed since the previous issue:");
    w.put("issue", "Issue");
    WORDS = Collections.unmodifiableMap(w);
  }

  /** Where the municipal year starts unless the council says otherwise: 1 May. */
  public static final MonthDay MAY_1 = MonthDay.of(5, 1);

  /** The house style of a council that sets none: today's output. */
  public static final HouseStyle DEFAULT =
      new HouseStyle(DateStyle.PLAIN, TimeStyle.SHORT, MAY_1, WORDS, List.of());

  /** A house style with municipal years starting on {@code yearStart} each year, named by none. */
  public HouseStyle(DateStyle date, TimeStyle time, MonthDay yearStart, Map<String, String> words) {
    this(date, time, yearStart, words, List.of());
  }

  /** The same style with {@code starts} added to the days municipal years started. */
  public HouseStyle withYearStarts(Collection<LocalDate> starts) {
    TreeSet<LocalDate> all = new TreeSet<>(yearStarts);
    all.addAll(starts);
    return new HouseStyle(date, time, yearStart, words, List.copyOf(all));
  }

  /**
   * The first day of the municipal year that {@code day} falls in: the latest named start on or
   * before it, unless the yearly day ({@code yearStart}) has come round since; before any named
   * start, the yearly day.
   */
  public LocalDate yearOf(LocalDate day) {
    LocalDate yearly = day.with(yearStart);
    if (yearly.isAfter(day)) {
      yearly = yearly.minusYears(1).with(yearStart);
    }
    LocalDate named = null;
    for (LocalDate s : yearStarts) {
      if (!s.isAfter(day)) {
        named = s;
      }
    }
    if (named != null && named.getYear() >= yearly.getYear()) {
      return named;
    }
    int year = yearly.getYear();
    // The yearly day has come round, but a year the council names as starting later that calendar
    // year has not begun yet.
    if (yearStarts.stream().anyMatch(s -> s.getYear() == year && s.isAfter(day))) {
      return yearStarting(year - 1);
    }
    return yearly;
  }

  /**
   * The first day of the municipal year that starts in calendar year {@code first}: the named start
   * in that year, or the yearly day.
   */
  public LocalDate yearStarting(int first) {
    return yearStarts.stream()
        .filter(s -> s.getYear() == first)
        .findFirst()
        .orElse(LocalDate.of(first, 1, 1).with(yearStart));
  }

  public HouseStyle {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(yearStart, "yearStart");
    yearStarts = List.copyOf(new TreeSet<>(yearStarts));
    Map<String, String> all = new LinkedHashMap<>(WORDS);
    all.putAll(words);
    words = Collections.unmodifiableMap(all);
  }

  /** The council's wording for {@code key}, one of {@link #WORDS}. */
  public String word(String key) {
    String w = words.get(key);
    if (w == null) {
      throw new IllegalArgumentException("no wording '" + key + "'");
    }
    return w;
  }

  /** How dates are printed, each named in {@code site.yaml} by how it prints Monday 9 May 2016. */
  public enum DateStyle {
    /** "Monday 9 May 2016", "9 May 2016". */
    PLAIN("Monday 9 May 2016"),
    /** "Monday 9th May, 2016", "9th May, 2016". */
    ORDINAL("Monday 9th May, 2016");

    private final String example;

    DateStyle(String example) {
      this.example = example;
    }

    /** How it prints Monday 9 May 2016: the value written in {@code site.yaml}. */
    public String key() {
      return example;
    }
  }

  /** How times are printed, each named in {@code site.yaml} by how it prints 7 in the evening. */
  public enum TimeStyle {
    /** "7 pm", "6.30 pm", "12 noon". */
    SHORT("7 pm"),
    /** "7.00 pm", "6.30 pm", "12 noon". */
    DOTTED("7.00 pm"),
    /** "7pm", "6.30pm", "12 noon". */
    COMPACT("7pm"),
    /** "19:00", "18:30". */
    CLOCK("19:00");

    private final String example;

    TimeStyle(String example) {
      this.example = example;
    }

    /** How it prints 7 in the evening: the value written in {@code site.yaml}. */
    public String key() {
      return example;
    }
  }

  /** The style whose {@code site.yaml} value is {@code key}, ignoring case. */
  public static DateStyle dateStyle(String key) {
    for (DateStyle s : DateStyle.values()) {
      if (s.key().toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    return DateStyle.PLAIN;
  }

  /** The style whose {@code site.yaml} value is {@code key}, ignoring case. */
  public static TimeStyle timeStyle(String key) {
    for (TimeStyle s : TimeStyle.values()) {
      if (s.key().toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    return TimeStyle.SHORT;
  }
}
