/**
 * The single way out of a build: renderers add files to an in-memory {@link
 * org.tabled.output.OutputTree}; {@link org.tabled.output.AtomicReplace} writes it into a staging
 * folder and swaps it into place only when the whole build has succeeded, into a folder kept apart
 * from the folders the build reads ({@link org.tabled.output.OutputFolders}).
 */
package org.tabled.output;
