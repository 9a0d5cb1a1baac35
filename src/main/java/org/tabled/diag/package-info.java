/**
 * Problems found in the content ({@link org.tabled.diag.Diagnostic}), the collector every stage
 * reports into ({@link org.tabled.diag.Diagnostics}), and "did you mean" hints.
 *
 * <p>Content problems are values, never exceptions: a stage records them and carries on, so one run
 * reports everything that is wrong. Exceptions are kept for programmer errors.
 */
package org.tabled.diag;
