package org.tabled.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.tabled.model.Jurisdiction;

/**
 * The bank holidays of England and Wales, Scotland and Northern Ireland, as GOV.UK publishes them,
 * read once from {@code bank-holidays.tsv} (its sources are in the README beside it).
 */
public final class BankHolidays {

  private static final String TABLE = "/org/tabled/calendar/bank-holidays.tsv";
  private static final Map<Jurisdiction, TreeMap<LocalDate, String>> DAYS = read();

  private BankHolidays() {}

  /** The title of the bank holiday on {@code day} in {@code where}, if it is one. */
  public static Optional<String> on(Jurisdiction where, LocalDate day) {
    return Optional.ofNullable(DAYS.get(where).get(day));
  }

  /**
   * True if the table covers {@code year} for {@code where}: outside it, no day is known to be a
   * holiday.
   */
  public static boolean covers(Jurisdiction where, int year) {
    TreeMap<LocalDate, String> days = DAYS.get(where);
    return year >= days.firstKey().getYear() && year <= days.lastKey().getYear();
  }

  /** The last year the table covers for {@code where}. */
  public static int lastYear(Jurisdiction where) {
    return DAYS.get(where).lastKey().getYear();
  }

  /** Every bank holiday of {@code where}, in date order. */
  public static Map<LocalDate, String> all(Jurisdiction where) {
    return Collections.unmodifiableMap(DAYS.get(where));
  }

  private static Map<Jurisdiction, TreeMap<LocalDate, String>> read() {
    Map<Jurisdiction, TreeMap<LocalDate, String>> out = new EnumMap<>(Jurisdiction.class);
    for (Jurisdiction j : Jurisdiction.values()) {
      out.put(j, new TreeMap<>());
    }
    try (InputStream in = BankHolidays.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IllegalStateException(TABLE + " is missing from this build of Tabled");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        Jurisdiction j = Jurisdiction.valueOf(f[0].toUpperCase(Locale.ROOT).replace('-', '_'));
        out.get(j).put(LocalDate.parse(f[1]), f[2]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
