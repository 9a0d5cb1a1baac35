/**
 * Synthetic councils for benchmarks and large tests: {@link org.tabled.bench.ArchiveGenerator}
 * writes a valid archive of any number of meetings, from the text of {@link org.tabled.bench.Prose}
 * (shared with the PDF benchmark in {@code org.tabled.pdf.bench}). See docs/performance.md.
 */
package org.tabled.bench;
