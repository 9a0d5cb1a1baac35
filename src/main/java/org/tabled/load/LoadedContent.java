package org.tabled.load;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.tabled.files.KnownFiles;
import org.tabled.source.SourcePos;

/**
 * Everything read from a content folder, before it is checked: parsed YAML and Markdown with
 * positions, arranged by the folder layout. Nothing here is a domain type; files that could not be
 * read are absent (their problems are already in the diagnostics).
 *
 * @param root the content folder
 * @param site {@code site.yaml}
 * @param people {@code people/*.yaml} that could be read
 * @param personFiles the names of every file in {@code people/}, read or not: a reference to a
 *     person whose file is broken is not reported a second time
 * @param committees one entry per {@code committees/ID/} folder
 * @param texts the text of every YAML and Markdown file read, by the path shown to authors: checks
 *     that concern every character written (can it be printed?) read it with exact positions
 * @param files what the system said of the content folder's entries as they were read, for the
 *     checks of the files documents name; for this build only
 */
public record LoadedContent(
    Path root,
    Optional<RawYaml> site,
    List<RawYaml> people,
    List<String> personFiles,
    List<Committee> committees,
    SortedMap<String, String> texts,
    KnownFiles files) {

  public LoadedContent {
    people = List.copyOf(people);
    personFiles = List.copyOf(personFiles);
    committees = List.copyOf(committees);
    texts = Collections.unmodifiableSortedMap(new TreeMap<>(texts));
  }

  /**
   * A committee folder.
   *
   * @param id the folder name
   * @param pos the folder, for "missing committee.yaml" style errors
   * @param committee {@code committee.yaml}
   * @param terms {@code terms-of-reference.md}
   * @param meetings one entry per {@code meetings/YYYY-MM-DD/} folder
   * @param tracker {@code tracker/*.md}: responses to recommendations and actions
   * @param workProgrammes {@code work-programme/*.yaml}
   */
  public record Committee(
      String id,
      SourcePos pos,
      Optional<RawYaml> committee,
      Optional<RawMarkdown> terms,
      List<Meeting> meetings,
      List<RawMarkdown> tracker,
      List<RawYaml> workProgrammes) {
    public Committee {
      meetings = List.copyOf(meetings);
      tracker = List.copyOf(tracker);
      workProgrammes = List.copyOf(workProgrammes);
    }
  }

  /**
   * A meeting folder.
   *
   * @param folder the folder name, normally the meeting date
   * @param pos the folder
   * @param meeting {@code meeting.yaml}
   * @param minutes {@code minutes.md}, if it could be read
   * @param minutesFile true if {@code minutes.md} exists, read or not
   * @param papers one entry per {@code papers/ID/} folder
   * @param dir the folder on disk
   * @param issued {@code issued.yaml}, which Tabled writes when it issues a pack, if there is one
   * @param kept the files in the folder {@code issued/} (the PDFs Tabled kept), as paths relative
   *     to the meeting's folder ({@code issued/NAME.pdf}), sorted
   */
  public record Meeting(
      String folder,
      SourcePos pos,
      Optional<RawYaml> meeting,
      Optional<RawMarkdown> minutes,
      boolean minutesFile,
      List<Paper> papers,
      Path dir,
      Optional<RawYaml> issued,
      List<String> kept) {
    public Meeting {
      papers = List.copyOf(papers);
      kept = List.copyOf(kept);
    }
  }

  /**
   * A paper folder.
   *
   * @param id the folder name
   * @param pos the folder
   * @param dir the folder on disk, for reading appendices and images
   * @param paper {@code paper.md}
   * @param files every other file in the folder, as paths relative to it, sorted
   * @param markdownFiles the Markdown files among them, read, keyed by relative path
   * @param digest a digest of every file in the folder, {@code paper.md} included ({@link
   *     FolderDigest})
   */
  public record Paper(
      String id,
      SourcePos pos,
      Path dir,
      Optional<RawMarkdown> paper,
      List<String> files,
      Map<String, RawMarkdown> markdownFiles,
      String digest) {
    public Paper {
      files = List.copyOf(files);
      markdownFiles = Map.copyOf(markdownFiles);
    }
  }
}
