package org.tabled.build;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tabled.diag.Diagnostics;

/**
 * How a build went.
 *
 * @param ok true if nothing was wrong with the content and everything was written
 * @param diagnostics every problem and warning, for printing
 * @param files the number of files written (0 when checking only or failed)
 * @param bytes their total size
 * @param nextChange for a public build, the next day after its day on which the public output
 *     changes by itself (an agenda or paper is published), if any
 * @param reused the output paths of the PDFs taken whole from the build cache, neither laid out nor
 *     painted again (every other PDF was rendered)
 * @param replayed the meetings ("committee/date") whose PDFs were all taken from what an earlier
 *     build recorded of them, their papers not even read again as their files had not changed
 * @param committeesReplayed the committees whose part of the website (their pages, trackers, work
 *     programmes and meetings' pages) was taken from what an earlier build recorded of it, its
 *     files linked from the last output unread
 * @param pagesRendered in a build with a cache, the pages of the committees' parts rendered (not
 *     taken from a record) whose templates ran; every other page of those parts was made from a
 *     model the last build had made it from, and taken from the last output unread
 * @param issued one line for each pack issue the build recorded in the content folder, or, for a
 *     check or a build that records nothing, would record ("issue 1 of the agenda pack for …")
 * @param recorded true if those issues were written to the content folder
 * @param upToDate true if nothing was done: the inputs and options were those of the last build,
 *     whose output folder was unchanged ({@link UpToDate}); the other fields are that build's
 */
public record BuildResult(
    boolean ok,
    Diagnostics diagnostics,
    int files,
    long bytes,
    Optional<LocalDate> nextChange,
    Set<String> reused,
    Set<String> replayed,
    Set<String> committeesReplayed,
    Set<String> pagesRendered,
    List<String> issued,
    boolean recorded,
    boolean upToDate) {

  public BuildResult {
    reused = Set.copyOf(reused);
    replayed = Set.copyOf(replayed);
    committeesReplayed = Set.copyOf(committeesReplayed);
    pagesRendered = Set.copyOf(pagesRendered);
    issued = List.copyOf(issued);
  }

  public BuildResult(
      boolean ok,
      Diagnostics diagnostics,
      int files,
      long bytes,
      Optional<LocalDate> nextChange,
      Set<String> reused,
      List<String> issued,
      boolean recorded) {
    this(
        ok,
        diagnostics,
        files,
        bytes,
        nextChange,
        reused,
        Set.of(),
        Set.of(),
        Set.of(),
        issued,
        recorded,
        false);
  }

  public BuildResult(
      boolean ok,
      Diagnostics diagnostics,
      int files,
      long bytes,
      Optional<LocalDate> nextChange,
      Set<String> reused) {
    this(ok, diagnostics, files, bytes, nextChange, reused, List.of(), false);
  }

  public BuildResult(boolean ok, Diagnostics diagnostics, int files, long bytes) {
    this(ok, diagnostics, files, bytes, Optional.empty(), Set.of());
  }

  static BuildResult failed(Diagnostics d) {
    return new BuildResult(false, d, 0, 0);
  }
}
