/**
 * {@code tabled init}: a new council's folder, ready to build, with the editor settings that map
 * the content schemas ({@link org.tabled.schema}) to its files.
 */
package org.tabled.init;
