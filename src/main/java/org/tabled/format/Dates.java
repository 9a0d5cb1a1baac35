package org.tabled.format;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tabled.model.HouseStyle;

/**
 * Dates and times the way council papers print them, in one place so that every page and pack
 * agrees (the reference packs show six date formats for one meeting; Tabled has one of each kind).
 * The methods without a style print the default house style; those with one print the council's
 * ({@code house_style} in {@code site.yaml}).
 */
public final class Dates {

  private static final DateTimeFormatter LONG =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);
  private static final DateTimeFormatter MEDIUM =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);
  private static final DateTimeFormatter DAY_NAME = DateTimeFormatter.ofPattern("EEEE", Locale.UK);
  private static final DateTimeFormatter MONTH_NAME =
      DateTimeFormatter.ofPattern("MMMM", Locale.UK);

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
    return t.getMinute() == 0
        ? h + suffix
        : h + "." + String.format("%02d", t.getMinute()) + suffix;
  }

  /** The municipal year a date falls in, "2025-26" (years run from 1 May to 30 April). */
  public static String municipalYear(LocalDate d) {
    return municipalYear(d, HouseStyle.MAY_1);
  }

  /** The municipal year a date falls in, "2025-26", for years that start on {@code start}. */
  public static String municipalYear(LocalDate d, MonthDay start) {
    int first = MonthDay.from(d).isBefore(start) ? d.getYear() - 1 : d.getYear();
    return first + "-" + String.format("%02d", (first + 1) % 100);
  }

  /**
   * The municipal year a date falls in, "2025-26", for the council's house style: the one decision
   * of which year a date belongs to (named year starts, else the yearly day).
   */
  public static String municipalYear(LocalDate d, HouseStyle s) {
    int first = s.yearOf(d).getYear();
    return first + "-" + String.format("%02d", (first + 1) % 100);
  }

  /**
   * The first and last days of municipal year {@code year} ("2025-26") in the council's house
   * style, or empty if {@code year} does not name one.
   */
  public static Optional<LocalDate[]> yearBounds(String year, HouseStyle s) {
    Matcher m = YEAR.matcher(year);
    if (!m.matches() || (Integer.parseInt(m.group(1)) + 1) % 100 != Integer.parseInt(m.group(2))) {
      return Optional.empty();
    }
    int first = Integer.parseInt(m.group(1));
    return Optional.of(
        new LocalDate[] {s.yearStarting(first), s.yearStarting(first + 1).minusDays(1)});
  }

  private static final Pattern YEAR = Pattern.compile("(\\d{4})-(\\d{2})");

  /** "Tuesday 4 March 2025", or "Tuesday 4th March, 2025", as the house style prints it. */
  public static String long_(LocalDate d, HouseStyle s) {
    return s.date() == HouseStyle.DateStyle.PLAIN
        ? long_(d)
        : DAY_NAME.format(d) + " " + medium(d, s);
  }

  /** "4 March 2025", or "4th March, 2025", as the house style prints it. */
  public static String medium(LocalDate d, HouseStyle s) {
    return s.date() == HouseStyle.DateStyle.PLAIN
        ? medium(d)
        : ordinal(d.getDayOfMonth()) + " " + MONTH_NAME.format(d) + ", " + d.getYear();
  }

  /** "1st", "2nd", "3rd", "4th" … "11th", "12th", "13th" … "21st". */
  static String ordinal(int n) {
    String suffix =
        n % 100 >= 11 && n % 100 <= 13
            ? "th"
            : switch (n % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return n + suffix;
  }

  /**
   * "6.30 pm" and "7 pm", "7.00 pm", "7pm" or "19:00", as the house style prints it; "12 noon"
   * except on the clock.
   */
  public static String time(LocalTime t, HouseStyle s) {
    return switch (s.time()) {
      case SHORT -> time(t);
      case CLOCK -> String.format("%02d:%02d", t.getHour(), t.getMinute());
      case DOTTED ->
          t.getHour() == 12 && t.getMinute() == 0
              ? "12 noon"
              : hour(t) + "." + String.format("%02d", t.getMinute()) + suffix(t);
      case COMPACT -> time(t).replace(" am", "am").replace(" pm", "pm");
    };
  }

  private static int hour(LocalTime t) {
    return t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
  }

  private static String suffix(LocalTime t) {
    return t.getHour() < 12 ? " am" : " pm";
  }
}
