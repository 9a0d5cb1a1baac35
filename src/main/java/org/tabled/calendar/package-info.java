/**
 * Working days and the notice an agenda gives: the bank holidays of the three UK jurisdictions
 * (from GOV.UK, in {@code bank-holidays.tsv}), the council's own closures, and the check that every
 * agenda and supplementary paper is published enough clear working days before its meeting ({@link
 * org.tabled.calendar.Deadlines}). Depends on the model, {@code diag}, {@code format} and {@code
 * publish} (which pack each paper is published in).
 */
package org.tabled.calendar;
