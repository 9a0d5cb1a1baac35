/**
 * Runs the stages in order: {@link org.tabled.build.Pipeline#run} is the whole product in one page.
 */
package org.tabled.build;
