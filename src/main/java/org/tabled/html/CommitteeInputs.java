package org.tabled.html;

import java.util.Set;
import org.tabled.model.CommitteeId;

/**
 * What the build knows of the content a committee's part of the website can be made from, for
 * {@link SiteRenderer#withRecords}.
 *
 * @param digest a digest of every content file the part can read (the build's {@code
 *     MeetingInputs}: the files outside any committee's {@code meetings/} folder, and the {@code
 *     meetings/} folders of the committee and of every committee its texts reach by references)
 * @param reach the committees whose meetings those are: the part's pages link to their PDFs
 */
public record CommitteeInputs(String digest, Set<CommitteeId> reach) {

  public CommitteeInputs {
    reach = Set.copyOf(reach);
  }
}
