/**
 * The PDF benchmark: {@link org.tabled.pdf.bench.PackBenchmark} renders the agenda pack of a
 * synthetic council ({@link org.tabled.pdf.bench.SyntheticCouncil}) of more than 200 pages, warm
 * and cold, and reports pages per second and peak heap. Figures and method: docs/performance.md.
 */
package org.tabled.pdf.bench;
