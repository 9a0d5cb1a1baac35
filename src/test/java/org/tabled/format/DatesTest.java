package org.tabled.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tabled.model.HouseStyle;

class DatesTest {

  @Test
  void printsDatesAndTimesAsCouncilsDo() {
    assertEquals("Tuesday 4 March 2025", Dates.long_(LocalDate.of(2025, 3, 4)));
    assertEquals("4 March 2025", Dates.medium(LocalDate.of(2025, 3, 4)));
    assertEquals("6.30 pm", Dates.time(LocalTime.of(18, 30)));
    assertEquals("7 pm", Dates.time(LocalTime.of(19, 0)));
    assertEquals("10.05 am", Dates.time(LocalTime.of(10, 5)));
    assertEquals("12 noon", Dates.time(LocalTime.of(12, 0)));
    assertEquals("12.15 am", Dates.time(LocalTime.of(0, 15)));
  }

  @Test
  void municipalYearRunsFromMay() {
    assertEquals("2024-25", Dates.municipalYear(LocalDate.of(2025, 4, 30)));
    assertEquals("2025-26", Dates.municipalYear(LocalDate.of(2025, 5, 1)));
    assertEquals("2099-00", Dates.municipalYear(LocalDate.of(2099, 6, 1)));
  }

  private static HouseStyle style(
      HouseStyle.DateStyle date, HouseStyle.TimeStyle time, MonthDay start) {
    return new HouseStyle(date, time, start, Map.of());
  }

  @Test
  void theHouseStyleChoosesTheDateFormat() {
    HouseStyle ordinal =
        style(HouseStyle.DateStyle.ORDINAL, HouseStyle.TimeStyle.SHORT, HouseStyle.MAY_1);
    assertEquals("Monday 9th May, 2016", Dates.long_(LocalDate.of(2016, 5, 9), ordinal));
    assertEquals("1st June, 2016", Dates.medium(LocalDate.of(2016, 6, 1), ordinal));
    assertEquals("2nd June, 2016", Dates.medium(LocalDate.of(2016, 6, 2), ordinal));
    assertEquals("3rd June, 2016", Dates.medium(LocalDate.of(2016, 6, 3), ordinal));
    assertEquals("11th June, 2016", Dates.medium(LocalDate.of(2016, 6, 11), ordinal));
    assertEquals("12th June, 2016", Dates.medium(LocalDate.of(2016, 6, 12), ordinal));
    assertEquals("13th June, 2016", Dates.medium(LocalDate.of(2016, 6, 13), ordinal));
    assertEquals("21st June, 2016", Dates.medium(LocalDate.of(2016, 6, 21), ordinal));
    assertEquals("22nd June, 2016", Dates.medium(LocalDate.of(2016, 6, 22), ordinal));
    assertEquals("31st May, 2016", Dates.medium(LocalDate.of(2016, 5, 31), ordinal));
    assertEquals("Tuesday 4 March 2025", Dates.long_(LocalDate.of(2025, 3, 4), HouseStyle.DEFAULT));
  }

  @Test
  void theHouseStyleChoosesTheTimeFormat() {
    LocalTime seven = LocalTime.of(19, 0);
    LocalTime half = LocalTime.of(18, 30);
    for (Object[] c :
        new Object[][] {
          {HouseStyle.TimeStyle.SHORT, "7 pm", "6.30 pm", "12 noon", "9 am"},
          {HouseStyle.TimeStyle.DOTTED, "7.00 pm", "6.30 pm", "12 noon", "9.00 am"},
          {HouseStyle.TimeStyle.COMPACT, "7pm", "6.30pm", "12 noon", "9am"},
          {HouseStyle.TimeStyle.CLOCK, "19:00", "18:30", "12:00", "09:00"}
        }) {
      HouseStyle s =
          style(HouseStyle.DateStyle.PLAIN, (HouseStyle.TimeStyle) c[0], HouseStyle.MAY_1);
      assertEquals(c[1], Dates.time(seven, s));
      assertEquals(c[2], Dates.time(half, s));
      assertEquals(c[3], Dates.time(LocalTime.NOON, s));
      assertEquals(c[4], Dates.time(LocalTime.of(9, 0), s));
      assertEquals(
          c[1], ((HouseStyle.TimeStyle) c[0]).key(), "each style is named by how it prints 7 pm");
    }
  }

  @Test
  void theMunicipalYearStartsOnTheCouncilsDay() {
    HouseStyle lateMay =
        style(HouseStyle.DateStyle.PLAIN, HouseStyle.TimeStyle.SHORT, MonthDay.of(5, 27));
    assertEquals("2015-16", Dates.municipalYear(LocalDate.of(2016, 5, 9), lateMay));
    assertEquals("2015-16", Dates.municipalYear(LocalDate.of(2016, 5, 26), lateMay));
    assertEquals("2016-17", Dates.municipalYear(LocalDate.of(2016, 5, 27), lateMay));
    assertEquals("2016-17", Dates.municipalYear(LocalDate.of(2016, 5, 9), HouseStyle.DEFAULT));
    assertEquals("2015-16", Dates.municipalYear(LocalDate.of(2016, 1, 1), lateMay));
  }

  @Test
  void namedYearStartsDecideTheYearBetweenThemAndTheYearlyDayOutside() {
    HouseStyle named =
        style(HouseStyle.DateStyle.PLAIN, HouseStyle.TimeStyle.SHORT, HouseStyle.MAY_1)
            .withYearStarts(List.of(LocalDate.of(2016, 5, 25), LocalDate.of(2015, 5, 20)));
    assertEquals(
        List.of(LocalDate.of(2015, 5, 20), LocalDate.of(2016, 5, 25)),
        named.yearStarts(),
        "kept in date order");
    // Before the first named start, the yearly day: 1 May 2015 began 2015-16 ...
    assertEquals("2014-15", Dates.municipalYear(LocalDate.of(2015, 4, 30), named));
    // ... but the council says 2015-16 began on 20 May, so early May is still 2014-15.
    assertEquals("2014-15", Dates.municipalYear(LocalDate.of(2015, 5, 19), named));
    assertEquals("2015-16", Dates.municipalYear(LocalDate.of(2015, 5, 20), named));
    // Between two named starts, the earlier decides, whatever the yearly day says.
    assertEquals("2015-16", Dates.municipalYear(LocalDate.of(2016, 5, 9), named));
    assertEquals("2015-16", Dates.municipalYear(LocalDate.of(2016, 5, 24), named));
    assertEquals("2016-17", Dates.municipalYear(LocalDate.of(2016, 5, 25), named));
    // After the last, the yearly day comes round again.
    assertEquals("2016-17", Dates.municipalYear(LocalDate.of(2017, 4, 30), named));
    assertEquals("2017-18", Dates.municipalYear(LocalDate.of(2017, 5, 1), named));
  }

  @Test
  void aYearsBoundsAreItsNamedStartAndTheDayBeforeTheNext() {
    HouseStyle named =
        style(HouseStyle.DateStyle.PLAIN, HouseStyle.TimeStyle.SHORT, HouseStyle.MAY_1)
            .withYearStarts(List.of(LocalDate.of(2015, 5, 20), LocalDate.of(2016, 5, 25)));
    LocalDate[] b = Dates.yearBounds("2015-16", named).orElseThrow();
    assertEquals(LocalDate.of(2015, 5, 20), b[0]);
    assertEquals(LocalDate.of(2016, 5, 24), b[1]);
    b = Dates.yearBounds("2016-17", named).orElseThrow();
    assertEquals(LocalDate.of(2016, 5, 25), b[0]);
    assertEquals(LocalDate.of(2017, 4, 30), b[1]);
    assertTrue(Dates.yearBounds("2016-18", named).isEmpty());
    assertTrue(Dates.yearBounds("2016", named).isEmpty());
    b = Dates.yearBounds("2099-00", HouseStyle.DEFAULT).orElseThrow();
    assertEquals(LocalDate.of(2100, 4, 30), b[1]);
  }
}
