/**
 * Issued packs (issue 15): once a pack's publication date has passed, members hold it and cite its
 * pages, so a build records what it issued ({@code issued.yaml} and a kept copy of the PDF in the
 * meeting's folder, {@link IssuedFile}) and fails if a later build would change it without a
 * reissue recorded in the content ({@link IssuedPacks}); {@link PackDiff} says what changed, for
 * those errors and for {@code tabled diff}. Runs after the renderers and before the output is
 * written; writes the content folder only after the site is.
 */
package org.tabled.issued;
