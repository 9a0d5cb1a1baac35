/**
 * The command line: a thin shell over {@link org.tabled.build.Pipeline}. Commands take their
 * writers from picocli and return an exit code; only {@link org.tabled.Tabled#main} exits.
 */
package org.tabled.cli;
