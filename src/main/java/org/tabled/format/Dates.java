package org.tabled.format;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times the way council papers print them, in one place so that every page and pack
 * agrees (the reference packs show six date formats for one meeting; Tabled has one of each kind).
 */
public final class Dates {

  private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);
  private static final DateTimeFormatter MEDIUM = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);

  private Dates() {}

  /** "Tuesday 4 March 2025". */
  public static String long_(LocalDate d) {
    return LONG.format(d);
  }

  /** "4 March 2025". */
  public static String medium(LocalDate d) {
    return MEDIUM.format(d);
  }

  /** "March 2025". */
  public static String month(LocalDate d) {
    return MONTH.format(d);
  }

  /** "6.30 pm", "7 pm", "12 noon". */
  public static String time(LocalTime t) {
    if (t.getHour() == 12 && t.getMinute() == 0) {
      return "12 noon";
    }
    int h = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
    String suffix = t.getHour() < 12 ? " am" : " pm";
    return t.getMinute() == 0 ? h + suffix : h + "." + String.format("%02d", t.getMinute()) + suffix;
  }

  /** The municipal year a date falls in, "2025-26" (years run from May to April). */
  public static String municipalYear(LocalDate d) {
    int start = d.getMonthValue() >= 5 ? d.getYear() : d.getYear() - 1;
    return start + "-" + String.format("%02d", (start + 1) % 100);
  }
}
