package org.tabled.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

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
}
