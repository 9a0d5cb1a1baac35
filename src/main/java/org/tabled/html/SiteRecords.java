package org.tabled.html;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.tabled.diag.Diagnostics;
import org.tabled.diag.Timings;
import org.tabled.model.CommitteeId;
import org.tabled.output.BuildCache;
import org.tabled.output.OutputTree;
import org.tabled.output.PdfFile;
import org.tabled.output.SitePaths;
import org.tabled.search.IndexRecord;
import org.tabled.search.SearchDocument;
import org.tabled.search.SearchIndex;
import org.tabled.search.SearchPart;
import org.tabled.template.ModelDigest;

/**
 * What each committee's part of the website was made from and what it wrote, kept in the build
 * cache, so that a later build whose inputs for that committee are the same takes the part whole:
 * its files linked from the last build's output unread, its pages listed for the sitemap and its
 * documents for the search index as recorded, its images published again.
 *
 * <p>A committee's part is its page, its tracker, its work programmes, its listed meetings' pages
 * (meeting, papers, appendices, minutes) and its open data (the tracker's JSON, the committee's
 * calendar, each meeting's calendar and JSON) ({@link SiteRenderer}). A record is kept under
 *
 * <ul>
 *   <li>the build's environment, given by the build: Tabled's code, the templates and fonts (as for
 *       the PDFs), where the content folder is and whether PDFs are made;
 *   <li>the day the build publishes for;
 *   <li>the committee and the digest of every content file its pages can be made from ({@link
 *       CommitteeInputs}: every file its meetings' PDFs can read, and the texts of all its papers);
 *   <li>the PDFs of the committees those files reach, which its pages link to with their pages and
 *       sizes: each one's path, pages, size and the pages its items start on.
 * </ul>
 *
 * <p>A record is two entries. The first holds the pages the part listed, its search entries and the
 * files it had published, written as the part is rendered (its memory is not held to the end). The
 * second, written once the build has written its output, holds the first's length and CRC-32C and
 * the stamp of every file the part wrote as the output folder then held it ({@link
 * OutputTree.Stamp}); a first entry that another build wrote under the same key, by content that
 * changed while it ran, does not pair with it and is not used. A record is used only if every one
 * of those files is still in the previous output with the same stamp; else the part is rendered.
 *
 * <p>A record is kept only for a part that reported nothing (a warning would not be reported again
 * from a record), by a build that wrote its output and in which no content file changed while it
 * ran. Thread-safe: committees are rendered in parallel.
 */
final class SiteRecords {

  /** Keeps and finds nothing. */
  static final SiteRecords NONE =
      new SiteRecords(BuildCache.NONE, "", c -> Optional.empty(), RecordMemory.NONE);

  private static final int FORMAT = 0x54535202; // "TSR", version 2

  /** What a part listed, from its record. */
  record Listed(List<String> pages, List<SearchPage.Entry> search, List<Path> published) {}

  /** What a build rendered of one committee, to be stamped once the output is written. */
  private record Rendered(String key, List<String> written, long length, long crc) {}

  private final BuildCache cache;
  private final String environment;
  private final Function<CommitteeId, Optional<CommitteeInputs>> inputs;
  private final RecordMemory memory;
  private final Map<CommitteeId, Rendered> rendered = new ConcurrentHashMap<>();
  private final Map<String, byte[]> searchParts = new ConcurrentHashMap<>(); // by cache key
  private final Map<String, List<String>> passages = new ConcurrentHashMap<>(); // by cache key
  private final Map<String, SearchPart> previousParts = new ConcurrentHashMap<>(); // this build's
  private final Set<CommitteeId> replayed = ConcurrentHashMap.newKeySet();
  private volatile SearchIndexWritten searchIndex; // to be kept, or null

  /** How this build wrote the search index, to be stamped once the output is written. */
  private record SearchIndexWritten(List<String> keys, IndexRecord index) {}

  SiteRecords(
      BuildCache cache,
      String environment,
      Function<CommitteeId, Optional<CommitteeInputs>> inputs,
      RecordMemory memory) {
    this.cache = cache;
    this.environment = environment;
    this.inputs = inputs;
    this.memory = memory;
    memory.buildStarts();
  }

  /**
   * The HTML of the page that {@code template} renders from {@code model}: as this preview's last
   * build rendered it from a model with the same digest ({@link ModelDigest}, which stands for
   * everything a template can read) under the same environment (Tabled's code, the templates), or
   * rendered by {@code render} now, into diagnostics of its own added to {@code d}, and kept if it
   * reported nothing. A build without a memory renders every page.
   */
  Optional<String> page(
      Optional<String> pageKey, Function<Diagnostics, Optional<String>> render, Diagnostics d) {
    if (!remembersPages() || pageKey.isEmpty()) {
      return render.apply(d); // no memory, or a model it cannot digest: rendered
    }
    String key = pageKey.get();
    Optional<String> held = memory.get(key, String.class);
    if (held.isPresent()) {
      return held;
    }
    Diagnostics own = new Diagnostics(Integer.MAX_VALUE);
    Optional<String> html = render.apply(own);
    d.addAll(own);
    if (html.isPresent() && own.all().isEmpty()) {
      memory.putPage(key, html.get());
    }
    return html;
  }

  /** Whether {@link #page} takes pages from a preview's memory (else it renders every one). */
  boolean remembersPages() {
    return memory.enabled() && cache.enabled();
  }

  /**
   * The key of the page that {@code template} renders from {@code model}: the digest of the model
   * ({@link ModelDigest}, which stands for everything a template can read) under this build's
   * environment (Tabled's code, the templates); empty without a cache, or for a model it cannot
   * digest.
   */
  Optional<String> pageKey(String template, PageModel model) {
    if (!cache.enabled()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          BuildCache.key(
              utf8("site page"),
              utf8(environment),
              utf8(template),
              utf8(ModelDigest.of(model, s -> null, s -> s))));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // a model it cannot digest: rendered, as every page once was
    }
  }

  /**
   * The pages of one committee's part, for a build that renders the part (its record not found):
   * each page the last build that rendered it wrote, with the key of the model it was made from
   * ({@link #pageKey}) and its stamp in the output folder then; and what this build wrote.
   *
   * <p>A page whose model has the same key is taken from the previous output unread, if the file is
   * there as stamped ({@link OutputTree#putSeen}): under the same environment the same model gives
   * the same HTML, and a stamp stands for the file's bytes. So an edit to one paper renders its
   * committee's pages that show it, not the hundreds of others. Kept only for a part that reported
   * nothing (a taken page replays no warning), by a build that wrote its output and in which no
   * content file changed while it ran.
   */
  static final class Pages {
    private final Map<String, Seen> before;
    private final Map<String, String> now = new ConcurrentHashMap<>(); // path to model key
    private final Set<String> rendered = ConcurrentHashMap.newKeySet();

    /** A page as the last build wrote it. */
    private record Seen(String key, OutputTree.Stamp stamp) {}

    private Pages(Map<String, Seen> before) {
      this.before = before;
    }

    /**
     * Adds the page at {@code path} unread if the last build wrote it from a model of {@code key}.
     */
    boolean take(String path, String key, OutputTree out) {
      Seen s = before.get(path);
      if (s == null || !s.key().equals(key) || !out.putSeen(List.of(s.stamp()))) {
        return false;
      }
      now.put(path, key);
      return true;
    }

    /** The page at {@code path} was rendered from a model of {@code key}. */
    void rendered(String path, String key) {
      now.put(path, key);
      rendered.add(path);
    }
  }

  private final Map<CommitteeId, Pages> pagesWritten = new ConcurrentHashMap<>();
  private final Set<String> pagesRendered = ConcurrentHashMap.newKeySet(); // this build's

  /** The pages of the parts rendered in this build whose templates ran ({@link Pages}). */
  Set<String> pagesRendered() {
    return Set.copyOf(pagesRendered);
  }

  /** The pages of committee {@code c}'s part as the last build kept them; null without a cache. */
  Pages pages(CommitteeId c) {
    if (!cache.enabled()) {
      return null;
    }
    Map<String, Pages.Seen> before = new HashMap<>();
    cache
        .get(pagesKey(c))
        .ifPresent(
            bytes -> {
              try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
                if (in.readInt() != FORMAT) {
                  return;
                }
                List<String> keys = new ArrayList<>();
                for (int i = in.readInt(); i > 0; i--) {
                  keys.add(text(in));
                }
                List<OutputTree.Stamp> stamps = OutputTree.Stamp.decode(in.readAllBytes());
                if (stamps.size() != keys.size()) {
                  return;
                }
                for (int i = 0; i < keys.size(); i++) {
                  before.put(stamps.get(i).path(), new Pages.Seen(keys.get(i), stamps.get(i)));
                }
              } catch (IOException | RuntimeException e) {
                before.clear(); // of another format: every page rendered
              }
            });
    return new Pages(before);
  }

  /**
   * Committee {@code c}'s part was rendered in {@code part}: its pages are stamped and kept by
   * {@link #keep}, unless it reported something.
   */
  void pagesRendered(CommitteeId c, SiteContext part) {
    if (part.seenPages() != null) {
      pagesRendered.addAll(part.seenPages().rendered);
    }
    if (cache.enabled() && recordable(part) && part.seenPages() != null) {
      pagesWritten.put(c, part.seenPages());
    }
  }

  private String pagesKey(CommitteeId c) {
    return BuildCache.key(utf8("site pages"), utf8(environment), utf8(c.value()));
  }

  /** Keeps the stamp of each page of {@code pages} as {@code outDir} holds it, with its key. */
  private void keepPages(Path outDir, CommitteeId c, Pages pages) {
    List<String> keys = new ArrayList<>();
    List<OutputTree.Stamp> stamps = new ArrayList<>();
    for (Map.Entry<String, String> p : new TreeMap<>(pages.now).entrySet()) {
      Optional<OutputTree.Stamp> s = OutputTree.stamp(outDir, p.getKey());
      if (s.isPresent()) {
        keys.add(p.getValue());
        stamps.add(s.get());
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(FORMAT);
      out.writeInt(keys.size());
      for (String k : keys) {
        text(out, k);
      }
      out.write(OutputTree.Stamp.encode(stamps));
    } catch (IOException x) {
      throw new IllegalStateException(x); // in memory: never
    }
    cache.put(pagesKey(c), bytes.toByteArray());
  }

  /** A committee's lists as read from the cache, with the length and CRC of the bytes read. */
  private record ListedRead(Listed listed, long length, long crc) {}

  /**
   * The key of committee {@code c}'s record in a build for {@code asOf}, if its inputs are known.
   */
  Optional<String> key(CommitteeId c, LocalDate asOf, Map<String, PdfFile> pdfs) {
    if (!cache.enabled()) {
      return Optional.empty();
    }
    return inputs
        .apply(c)
        .map(
            i ->
                BuildCache.key(
                    utf8("tabled-site-record-3"),
                    utf8(environment),
                    utf8("committee " + c.value() + "\nas of " + asOf + "\ninputs " + i.digest()),
                    utf8(pdfs(i.reach(), pdfs))));
  }

  /**
   * Lists the part of committee {@code c} in {@code part} from its record under {@code key}, its
   * files added to the output unread, if the record is whole and the previous output still holds
   * every file as it was; false, having added nothing, if not.
   */
  boolean replay(SiteContext part, CommitteeId c, String key) {
    Optional<byte[]> stamps = cache.get(BuildCache.key(utf8("site record files"), utf8(key)));
    if (stamps.isEmpty()) {
      return false;
    }
    String listedKey = BuildCache.key(utf8("site record lists"), utf8(key));
    Listed l = null;
    List<OutputTree.Stamp> files = null;
    Optional<ListedRead> remembered = memory.get(listedKey, ListedRead.class);
    if (remembered.isPresent()) {
      // the lists as an earlier build of this preview read them, if the stamps pair with them
      try {
        files = readStamps(stamps.get(), remembered.get().length(), remembered.get().crc());
        l = remembered.get().listed();
      } catch (IOException | RuntimeException e) {
        files = null; // read from the cache below
      }
    }
    if (files == null) {
      Optional<byte[]> listed = cache.get(listedKey);
      if (listed.isEmpty()) {
        return false;
      }
      try {
        long crc = BuildCache.crc(listed.get());
        files = readStamps(stamps.get(), listed.get().length, crc);
        l = readListed(listed.get());
        memory.put(listedKey, new ListedRead(l, listed.get().length, crc));
      } catch (IOException | RuntimeException e) {
        return false; // an entry of another format, or not of this pair: rendered
      }
    }
    if (!part.out.putSeen(files)) {
      return false;
    }
    part.replay(l.pages(), l.search(), l.published());
    replayed.add(c);
    return true;
  }

  /**
   * Whether what {@code part} made may be kept: only if it reported nothing (a warning would not be
   * reported again from a record). The same for its pages and for its documents' search part.
   */
  static boolean recordable(SiteContext part) {
    return part.diagnostics().all().isEmpty();
  }

  /**
   * Committee {@code c}'s part was rendered in {@code part} for the record under {@code key}: what
   * it listed is kept now, unless it reported something; its files are stamped by {@link #keep}.
   */
  void rendered(CommitteeId c, String key, SiteContext part) {
    if (!cache.enabled() || !recordable(part)) {
      return;
    }
    byte[] listed =
        writeListed(
            new Listed(
                part.pages(),
                part.searchEntries(),
                part.publishedFiles().stream().map(Path::toAbsolutePath).toList()));
    cache.put(BuildCache.key(utf8("site record lists"), utf8(key)), listed);
    rendered.put(c, new Rendered(key, part.written(), listed.length, BuildCache.crc(listed)));
  }

  /**
   * Stamps the files of every part rendered in this build in {@code outDir}, the output folder the
   * build has just written, and keeps them, unless {@code unchanged} is false (a content file
   * changed while the build ran); returns how many records were kept.
   */
  int keep(Path outDir, boolean unchanged) {
    SearchIndexWritten index = searchIndex;
    searchIndex = null;
    if (!cache.enabled() || !unchanged) {
      rendered.clear();
      searchParts.clear();
      passages.clear();
      pagesWritten.clear();
      return 0;
    }
    pagesWritten.forEach((c, pages) -> keepPages(outDir, c, pages));
    pagesWritten.clear();
    if (index != null) {
      keepSearchIndex(outDir, index);
    }
    searchParts.forEach(
        (key, bytes) -> cache.put(BuildCache.key(utf8("site record search"), utf8(key)), bytes));
    searchParts.clear();
    passages.forEach(
        (key, files) -> stamps(outDir, files).ifPresent(s -> cache.put(key, writeStamps(s, 0, 0))));
    passages.clear();
    int kept = 0;
    for (Rendered r : rendered.values()) {
      Optional<List<OutputTree.Stamp>> stamps = stamps(outDir, r.written());
      if (stamps.isPresent()) {
        cache.put(
            BuildCache.key(utf8("site record files"), utf8(r.key())),
            writeStamps(stamps.get(), r.length(), r.crc()));
        kept++;
      }
    }
    rendered.clear();
    return kept;
  }

  /** The stamp of each of {@code files} in {@code outDir}; empty if one cannot be stamped. */
  private static Optional<List<OutputTree.Stamp>> stamps(Path outDir, List<String> files) {
    List<OutputTree.Stamp> stamps = new ArrayList<>();
    for (String path : files) {
      Optional<OutputTree.Stamp> s = OutputTree.stamp(outDir, path);
      if (s.isEmpty()) {
        return Optional.empty();
      }
      stamps.add(s.get());
    }
    return Optional.of(stamps);
  }

  /**
   * The search part kept under the site record {@code key} for {@code docs}, a committee's
   * documents, if there is one and it is of these documents.
   */
  Optional<SearchPart> searchPart(String key, List<SearchDocument> docs) {
    String partKey = BuildCache.key(utf8("site record search"), utf8(key));
    Optional<SearchPart> remembered =
        Optional.ofNullable(previousParts.get(partKey))
            .or(() -> memory.get(partKey, SearchPart.class))
            .flatMap(p -> p.withDocuments(docs));
    if (remembered.isPresent()) {
      return remembered;
    }
    return cache
        .get(partKey)
        .flatMap(
            bytes -> {
              try {
                SearchPart part = SearchPart.decode(bytes, docs);
                memory.put(partKey, part);
                return Optional.of(part);
              } catch (IOException | RuntimeException e) {
                return Optional.empty(); // another format, or other documents: read again
              }
            });
  }

  /**
   * {@code docs} read into a search part: in a preview, each document equal to one an earlier build
   * read taken as it read it ({@link SearchPart#of(List, SearchPart.Memory)}).
   */
  SearchPart readPart(List<SearchDocument> docs) {
    return memory.enabled() ? SearchPart.of(docs, memory.documents()) : SearchPart.of(docs);
  }

  /**
   * The search part of {@code docs}, the documents of the committee at {@code index} of the {@code
   * count} parts of the index, whose part is not kept under this build's key: the records of each
   * document unchanged since the last build taken from the part that build read for the committee
   * (found by the keys its search index was recorded with, at the same place, and decoded with the
   * documents its site record listed), the others read. As {@link #readPart} when there is no such
   * part.
   */
  SearchPart readPart(List<SearchDocument> docs, int index, int count) {
    if (memory.enabled()) {
      return readPart(docs); // a preview remembers each document's records itself
    }
    return previousPart(index, count)
        .map(previous -> SearchPart.of(docs, previous))
        .orElseGet(() -> SearchPart.of(docs));
  }

  private Optional<SearchPart> previousPart(int index, int count) {
    Optional<RecordedIndex> recorded = recordedIndex();
    if (recorded.isEmpty() || recorded.get().keys().size() != count) {
      return Optional.empty();
    }
    String key = recorded.get().keys().get(index);
    String partKey = BuildCache.key(utf8("site record search"), utf8(key));
    Optional<byte[]> listed = cache.get(BuildCache.key(utf8("site record lists"), utf8(key)));
    Optional<byte[]> part = cache.get(partKey);
    if (listed.isEmpty() || part.isEmpty()) {
      return Optional.empty();
    }
    try {
      List<SearchDocument> before =
          readListed(listed.get()).search().stream().map(SearchPage.Entry::document).toList();
      SearchPart previous = SearchPart.decode(part.get(), before);
      previousParts.put(partKey, previous); // the index's update reads it again
      return Optional.of(previous);
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // another format, or of other documents: every document read
    }
  }

  /**
   * How the last build recorded its search index: its parts' keys, its cuts, its shards' stamps.
   */
  private record RecordedIndex(
      List<String> keys, IndexRecord index, Map<String, OutputTree.Stamp> stamps) {}

  private Optional<RecordedIndex> recordedIndex; // read once a build, when first asked for

  /** The search index the last build recorded ({@link #keepSearchIndex}), read once a build. */
  private synchronized Optional<RecordedIndex> recordedIndex() {
    if (recordedIndex == null) {
      recordedIndex = cache.get(searchIndexKey()).flatMap(SiteRecords::readRecordedIndex);
    }
    return recordedIndex;
  }

  private static Optional<RecordedIndex> readRecordedIndex(byte[] kept) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(kept))) {
      if (in.readInt() != FORMAT) {
        return Optional.empty();
      }
      List<String> keys = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        keys.add(text(in));
      }
      IndexRecord index = IndexRecord.decode(in.readNBytes(in.readInt()));
      Map<String, OutputTree.Stamp> stamps = new HashMap<>();
      for (OutputTree.Stamp s : OutputTree.Stamp.decode(in.readAllBytes())) {
        stamps.put(s.path(), s);
      }
      return Optional.of(new RecordedIndex(List.copyOf(keys), index, stamps));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // another format: the index written whole
    }
  }

  /**
   * {@code part} was read from the documents of the committee whose site record is under {@code
   * key}: kept by {@link #keep}.
   */
  void searchPartRead(String key, SearchPart part) {
    if (cache.enabled()) {
      searchParts.put(key, part.encode());
      memory.put(BuildCache.key(utf8("site record search"), utf8(key)), part);
    }
  }

  /**
   * Adds the passage files of the search part of the site record under {@code key}, when its first
   * document is document {@code first} of the index, to {@code out} unread, if a record of them is
   * kept and the previous output holds every one as it was; false, having added nothing, if not.
   */
  boolean replayPassages(String key, int first, OutputTree out) {
    Optional<byte[]> stamps = cache.get(passagesKey(key, first));
    if (stamps.isEmpty()) {
      return false;
    }
    try {
      return out.putSeen(readStamps(stamps.get(), 0, 0));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * The passage files {@code files} (paths in the output) of the search part of the site record
   * under {@code key}, whose first document is document {@code first}, were written: stamped by
   * {@link #keep}.
   */
  void passagesWritten(String key, int first, List<String> files) {
    if (cache.enabled()) {
      passages.put(passagesKey(key, first), List.copyOf(files));
    }
  }

  /**
   * Keeps how the search index was written, with the stamp of each shard as {@code outDir} holds
   * it.
   */
  private void keepSearchIndex(Path outDir, SearchIndexWritten index) {
    Optional<List<OutputTree.Stamp>> stamps =
        stamps(
            outDir, index.index().shardFiles().stream().map(f -> SitePaths.search() + f).toList());
    if (stamps.isEmpty()) {
      return;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(FORMAT);
      out.writeInt(index.keys().size());
      for (String k : index.keys()) {
        text(out, k);
      }
      byte[] record = index.index().encode();
      out.writeInt(record.length);
      out.write(record);
      out.write(OutputTree.Stamp.encode(stamps.get()));
    } catch (IOException x) {
      throw new IllegalStateException(x); // in memory: never
    }
    cache.put(searchIndexKey(), bytes.toByteArray());
  }

  private static String passagesKey(String key, int first) {
    return BuildCache.key(utf8("site record passages"), utf8(key), utf8("first " + first));
  }

  /**
   * Writes the search index of {@code parts}, the committees' parts under site record {@code keys}
   * of documents {@code docs}, by {@link SearchIndex#update} from the index the last build recorded
   * ({@link #searchIndexWritten}), its shards that no change reached added to {@code tree} unread
   * if the previous output holds each one as stamped; empty, having written nothing, if there is no
   * such record, a changed committee's part as the last build read it is not kept, or the update
   * cannot be made.
   */
  Optional<IndexRecord> updateSearchIndex(
      List<String> keys,
      List<SearchPart> parts,
      List<List<SearchDocument>> docs,
      BiConsumer<String, String> out,
      OutputTree tree) {
    Optional<RecordedIndex> recorded = recordedIndex();
    if (recorded.isEmpty() || recorded.get().keys().size() != keys.size()) {
      return Optional.empty();
    }
    List<String> before = recorded.get().keys();
    IndexRecord index = recorded.get().index();
    Map<String, OutputTree.Stamp> stamps = recorded.get().stamps();
    List<SearchPart> changed = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      if (before.get(i).equals(keys.get(i))) {
        changed.add(null);
      } else {
        Optional<SearchPart> was = searchPart(before.get(i), docs.get(i));
        if (was.isEmpty()) {
          return Optional.empty();
        }
        changed.add(was.get());
      }
    }
    return SearchIndex.update(
            index,
            parts,
            changed,
            out,
            files -> {
              List<OutputTree.Stamp> seen = new ArrayList<>();
              for (String f : files) {
                OutputTree.Stamp s = stamps.get(SitePaths.search() + f);
                if (s == null) {
                  return false;
                }
                seen.add(s);
              }
              return tree.putSeen(seen);
            })
        .map(
            r -> {
              Timings.done("website: search index: shards updated");
              return r;
            });
  }

  /**
   * The search index {@code index} was written from the committees' parts under site record {@code
   * keys}: its shards are stamped and kept by {@link #keep}, for the next build's {@link
   * #updateSearchIndex}.
   */
  void searchIndexWritten(List<String> keys, IndexRecord index) {
    if (cache.enabled()) {
      searchIndex = new SearchIndexWritten(List.copyOf(keys), index);
    }
  }

  private String searchIndexKey() {
    return BuildCache.key(utf8("site search index"), utf8(environment));
  }

  /** The committees whose parts were taken from their records. */
  Set<CommitteeId> replayed() {
    return Set.copyOf(replayed);
  }

  /** Each PDF of the committees {@code reach} and of none, as pages link to it. */
  private static String pdfs(Set<CommitteeId> reach, Map<String, PdfFile> pdfs) {
    StringBuilder b = new StringBuilder();
    for (PdfFile f : new TreeMap<>(pdfs).values()) {
      if (!reaches(f.path(), reach)) {
        continue;
      }
      b.append(f.path()).append('\n').append(f.pages()).append(' ').append(f.bytes());
      new TreeMap<>(f.items())
          .forEach((item, page) -> b.append(' ').append(item).append('=').append(page));
      b.append('\n');
    }
    return b.toString();
  }

  /** True if {@code path} is a file of a committee of {@code reach}, or of no committee. */
  private static boolean reaches(String path, Set<CommitteeId> reach) {
    String[] s = path.split("/", 3);
    if (s.length < 3 || !s[0].equals("committees")) {
      return true;
    }
    return reach.contains(new CommitteeId(s[1]));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] writeListed(Listed l) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(FORMAT);
      out.writeInt(l.pages().size());
      for (String p : l.pages()) {
        text(out, p);
      }
      out.writeInt(l.search().size());
      for (SearchPage.Entry e : l.search()) {
        text(out, e.path());
        text(out, e.title());
        text(out, e.kind());
        text(out, e.committee());
        text(out, e.date());
        text(out, e.text());
        out.writeInt(e.anchors().size());
        for (SearchDocument.Anchor a : e.anchors()) {
          out.writeInt(a.offset());
          text(out, a.id());
          text(out, a.label());
        }
      }
      out.writeInt(l.published().size());
      for (Path p : l.published()) {
        text(out, p.toString());
      }
    } catch (IOException x) {
      throw new IllegalStateException(x); // in memory: never
    }
    // compressed: a committee's search entries are megabytes of text, and each edit of it keeps
    // a new record
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (DeflaterOutputStream z = new DeflaterOutputStream(packed, deflater)) {
      bytes.writeTo(z);
    } catch (IOException x) {
      throw new IllegalStateException(x); // in memory: never
    } finally {
      deflater.end();
    }
    return packed.toByteArray();
  }

  static Listed readListed(byte[] packed) throws IOException {
    byte[] bytes;
    try (InflaterInputStream z = new InflaterInputStream(new ByteArrayInputStream(packed))) {
      bytes = z.readAllBytes();
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readInt() != FORMAT) {
        throw new IOException("not a site record");
      }
      List<String> pages = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        pages.add(text(in));
      }
      List<SearchPage.Entry> search = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        String path = text(in);
        String title = text(in);
        String kind = text(in);
        String committee = text(in);
        String date = text(in);
        String body = text(in);
        List<SearchDocument.Anchor> anchors = new ArrayList<>();
        for (int j = in.readInt(); j > 0; j--) {
          anchors.add(new SearchDocument.Anchor(in.readInt(), text(in), text(in)));
        }
        search.add(new SearchPage.Entry(path, title, kind, committee, date, body, anchors));
      }
      List<Path> published = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        published.add(Path.of(text(in)));
      }
      if (in.read() >= 0) {
        throw new IOException("longer than a site record");
      }
      return new Listed(pages, search, published);
    }
  }

  static byte[] writeStamps(List<OutputTree.Stamp> stamps, long length, long crc) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(FORMAT);
      out.writeLong(length);
      out.writeLong(crc);
      out.write(OutputTree.Stamp.encode(stamps));
    } catch (IOException x) {
      throw new IllegalStateException(x); // in memory: never
    }
    return bytes.toByteArray();
  }

  /** The stamps kept with lists of {@code length} bytes and CRC-32C {@code crc}. */
  static List<OutputTree.Stamp> readStamps(byte[] bytes, long length, long crc) throws IOException {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readInt() != FORMAT) {
        throw new IOException("not a site record");
      }
      if (in.readLong() != length || in.readLong() != crc) {
        throw new IOException("the record's lists are not those its files were stamped with");
      }
      return OutputTree.Stamp.decode(in.readAllBytes());
    }
  }

  private static void text(DataOutputStream out, String s) throws IOException {
    byte[] b = utf8(s);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String text(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > in.available()) {
      throw new IOException("a text longer than the record");
    }
    byte[] b = in.readNBytes(n);
    return new String(b, StandardCharsets.UTF_8);
  }
}
