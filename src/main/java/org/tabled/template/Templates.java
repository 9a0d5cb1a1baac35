package org.tabled.template;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.cache.TemplateNameFormat;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.MalformedTemplateNameException;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.WeakHashMap;
import java.util.stream.Stream;
import org.tabled.diag.Diagnostics;
import org.tabled.files.FileTrust;
import org.tabled.source.SourcePos;

/**
 * FreeMarker, set up once per build: HTML auto-escaping on for {@code .ftlh}, errors rethrown
 * (never written into a page), records readable as {@code item.title}, and templates looked up
 * first in the council's templates folder, then in the defaults built into Tabled, file by file.
 *
 * <p>Templates come from the content repository, so they are treated as untrusted: they cannot
 * reach Java. {@code ?new} resolves no class, {@code ?api} is off, the data is seen through {@link
 * ViewWrapper} (records, text and lists; no methods), {@link TemplatePolicy} refuses {@code ?new},
 * {@code ?api}, {@code ?eval} and {@code ?interpret} in every template before it is used (included
 * and imported ones too), and {@code #include} and {@code #import} find files only inside the
 * templates folders ({@link FolderTemplateLoader}). {@link #check} parses every template, the
 * council's and the built-in ones, so that {@code tabled check} reports their errors.
 *
 * <p>A template that fails to parse or to render is reported as a diagnostic at the template's own
 * {@code path:line:col}, naming the expression that failed, so a council editing its templates sees
 * the same kind of message as an author editing content.
 *
 * <p>Thread-safe once made: FreeMarker's {@code Configuration} and {@code Template} are.
 */
public final class Templates {

  /** Where the built-in templates live in the jar (copied from the repository's templates/). */
  static final String BUILT_IN = "/org/tabled/templates";

  private final Configuration cfg;
  private final Path overrideDir;
  private final String overrideDisplay;

  /**
   * @param overrideDir the council's templates folder (may not exist)
   * @param overrideDisplay how to show that folder in messages, e.g. "templates"
   */
  public Templates(Path overrideDir, String overrideDisplay) {
    this.overrideDir = overrideDir;
    this.overrideDisplay = overrideDisplay;
    cfg = new CheckedConfiguration();
    List<TemplateLoader> loaders = new ArrayList<>();
    if (Files.isDirectory(overrideDir)) {
      loaders.add(new FolderTemplateLoader(overrideDir));
    }
    loaders.add(new ClassTemplateLoader(Templates.class, BUILT_IN));
    cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
    cfg.setDefaultEncoding("UTF-8");
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setLocale(Locale.UK);
    cfg.setTimeZone(TimeZone.getTimeZone("Europe/London"));
    cfg.setNumberFormat("computer");
    cfg.setBooleanFormat("c");
    cfg.setObjectWrapper(new ViewWrapper());
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setLocalizedLookup(false);
    cfg.setTemplateNameFormat(TemplateNameFormat.DEFAULT_2_4_0); // "../" above the root is an error
  }

  /**
   * A configuration that checks every template it hands out against {@link TemplatePolicy}, once.
   */
  private static final class CheckedConfiguration extends Configuration {
    private final Map<Template, Boolean> checked = Collections.synchronizedMap(new WeakHashMap<>());

    CheckedConfiguration() {
      super(Configuration.VERSION_2_3_35);
    }

    @Override
    public Template getTemplate(
        String name,
        Locale locale,
        Object customLookupCondition,
        String encoding,
        boolean parseAsFTL,
        boolean ignoreMissing)
        throws IOException {
      Template t =
          super.getTemplate(
              name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
      if (t != null && parseAsFTL && !checked.containsKey(t)) {
        TemplatePolicy.check(t);
        checked.put(t, Boolean.TRUE);
      }
      return t;
    }
  }

  /**
   * Renders template {@code name} (e.g. {@code site/meeting.ftlh}) with {@code model} as its data.
   * Returns empty, with a diagnostic at the template's position, when the template fails.
   */
  public Optional<String> render(String name, Object model, Diagnostics d) {
    try {
      Template t = cfg.getTemplate(name);
      StringWriter out = new StringWriter();
      t.process(model, out);
      return Optional.of(out.toString());
    } catch (TemplateNotFoundException e) {
      d.error(SourcePos.file(display(name)), "template not found: " + name);
    } catch (TemplatePolicy.Forbidden e) {
      forbidden(e, d);
    } catch (ParseException e) {
      d.error(
          new SourcePos(
              display(e.getTemplateName()),
              Math.max(0, e.getLineNumber()),
              Math.max(0, e.getColumnNumber())),
          "template syntax error: " + firstSentence(e.getEditorMessage()));
    } catch (TemplateException e) {
      Optional<TemplatePolicy.Forbidden> inner = causeOf(e, TemplatePolicy.Forbidden.class);
      if (inner.isPresent()) {
        forbidden(inner.get(), d); // in a template it includes or imports
        return Optional.empty();
      }
      String source = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : name;
      int line = e.getLineNumber() != null ? e.getLineNumber() : 0;
      int col = e.getColumnNumber() != null ? e.getColumnNumber() : 0;
      String blamed = e.getBlamedExpressionString();
      SourcePos at = new SourcePos(display(source), line, col);
      Optional<String> lookup = lookupProblem(e);
      if (lookup.isPresent()) {
        d.error(
            at,
            "template error: " + lookup.get(),
            "#include and #import find templates inside the templates folders only, by a relative name");
      } else if (e instanceof freemarker.core.InvalidReferenceException && blamed != null) {
        d.error(
            at,
            "template error: '"
                + blamed
                + "' is missing (this page has no such value, or it is empty here)",
            "check the name against the page's fields, or give a default: ${" + blamed + "!\"\"}");
      } else {
        d.error(
            at,
            "template error"
                + (blamed != null ? " in ${" + blamed + "}" : "")
                + ": "
                + firstLine(e.getMessageWithoutStackTop()));
      }
    } catch (IOException e) {
      d.error(SourcePos.file(display(name)), "cannot read template: " + e.getMessage());
    }
    return Optional.empty();
  }

  /**
   * Parses every template, the council's and the built-in ones, and checks it against the policy,
   * reporting each problem at the template's {@code path:line:col}. Pages use only some templates
   * on a given build; this finds the errors in the others too.
   */
  public void check(Diagnostics d) {
    SortedSet<String> names = new TreeSet<>(BuiltInTemplates.names());
    Set<String> refused = new HashSet<>();
    if (Files.isDirectory(overrideDir)) {
      Path dir = overrideDir.toAbsolutePath().normalize();
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path f : s.sorted().toList()) {
          String rel = dir.relativize(f).toString().replace('\\', '/');
          if (FileTrust.hasForbiddenCharacter(rel)) {
            d.error(
                SourcePos.file(overrideDisplay),
                "the name '"
                    + rel
                    + "' in the templates folder holds a control"
                    + " character; rename it");
          } else if (!f.equals(dir) && !Files.isDirectory(f) && refused(rel, d)) {
            refused.add(rel); // reported once, not again below
          } else if (rel.endsWith(".ftlh") || rel.endsWith(".ftl")) {
            names.add(rel);
          }
        }
      } catch (IOException e) {
        d.error(
            SourcePos.file(overrideDisplay), "cannot read the templates folder: " + e.getMessage());
      }
    }
    names.removeAll(refused);
    for (String name : names) {
      try {
        cfg.getTemplate(name);
      } catch (TemplatePolicy.Forbidden e) {
        forbidden(e, d);
      } catch (ParseException e) {
        d.error(
            new SourcePos(
                display(e.getTemplateName()),
                Math.max(0, e.getLineNumber()),
                Math.max(0, e.getColumnNumber())),
            "template syntax error: " + firstSentence(e.getEditorMessage()));
      } catch (IOException e) {
        d.error(SourcePos.file(display(name)), "cannot read template: " + e.getMessage());
      }
    }
  }

  /**
   * True, with an error, if the loader refuses the council's file {@code rel} (a link out of the
   * folder, a pipe).
   */
  private boolean refused(String rel, Diagnostics d) {
    try {
      new FolderTemplateLoader(overrideDir).find(rel);
      return false;
    } catch (IOException e) {
      d.error(
          SourcePos.file(overrideDisplay + "/" + rel),
          e.getMessage(),
          "templates may only be files inside the templates folder");
      return true;
    }
  }

  private void forbidden(TemplatePolicy.Forbidden e, Diagnostics d) {
    d.error(
        new SourcePos(
            display(e.getTemplateName()),
            Math.max(0, e.getLineNumber()),
            Math.max(0, e.getColumnNumber())),
        "template error: " + e.getEditorMessage());
  }

  /**
   * Why an {@code #include} or {@code #import} found no template, if that is what {@code e} is: its
   * name leads outside the templates folders, or there is no such template in them.
   */
  private static Optional<String> lookupProblem(TemplateException e) {
    Optional<FolderTemplateLoader.Refused> refused = causeOf(e, FolderTemplateLoader.Refused.class);
    if (refused.isPresent()) {
      return Optional.of(refused.get().getMessage());
    }
    Optional<MalformedTemplateNameException> malformed =
        causeOf(e, MalformedTemplateNameException.class);
    if (malformed.isPresent()) {
      return Optional.of(
          "the template name '"
              + malformed.get().getTemplateName()
              + "' leads outside the templates"
              + " folders");
    }
    return causeOf(e, TemplateNotFoundException.class)
        .map(nf -> "there is no template '" + nf.getTemplateName() + "' in the templates folders");
  }

  private static <T extends Throwable> Optional<T> causeOf(Throwable e, Class<T> type) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return Optional.of(type.cast(c));
      }
    }
    return Optional.empty();
  }

  /**
   * The bytes of a theme file that is not a template, e.g. {@code assets/site.css}: the council's
   * copy if its templates folder has one, else the built-in one; empty if neither exists.
   */
  public Optional<byte[]> resource(String name) {
    try {
      Optional<Path> own =
          Files.isDirectory(overrideDir)
              ? new FolderTemplateLoader(overrideDir).find(name)
              : Optional.empty();
      if (own.isPresent()) {
        return Optional.of(Files.readAllBytes(own.get()));
      }
      try (InputStream in = Templates.class.getResourceAsStream(BUILT_IN + "/" + name)) {
        return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
      }
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * True if the council's templates folder holds a file under {@code prefix}, e.g. {@code print/}.
   */
  public boolean overrides(String prefix) {
    Path dir = overrideDir.resolve(prefix);
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.anyMatch(Files::isRegularFile);
    } catch (IOException e) {
      return true; // look at them all the same: rendering reports what is wrong
    }
  }

  /**
   * Where in template {@code name} (the council's if it has one, else the built-in one) the first
   * line holding any of {@code needles} is, for an error about what that template writes; its first
   * line if none does.
   */
  public SourcePos locate(String name, String... needles) {
    String source = resource(name).map(b -> new String(b, StandardCharsets.UTF_8)).orElse("");
    String[] lines = source.split("\n", -1);
    for (String needle : needles) {
      for (int i = 0; i < lines.length; i++) {
        int col = lines[i].indexOf(needle);
        if (col >= 0) {
          return new SourcePos(display(name), i + 1, col + 1);
        }
      }
    }
    return new SourcePos(display(name), 1, 1);
  }

  /** The template's path as the council sees it: in their folder if overridden, else built in. */
  String display(String name) {
    if (name != null && Files.isRegularFile(overrideDir.resolve(name))) {
      return overrideDisplay + "/" + name;
    }
    return "(built-in templates)/" + name;
  }

  /**
   * The first two sentences ("Unexpected end of file reached. You have an unclosed #if."):
   * FreeMarker follows them with general advice that does not fit one line.
   */
  private static String firstSentence(String s) {
    String line = firstLine(s);
    int stop = line.indexOf(". ");
    stop = stop < 0 ? -1 : line.indexOf(". ", stop + 2);
    return stop < 0 ? line : line.substring(0, stop + 1);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    String t = s.strip();
    int nl = t.indexOf('\n');
    return (nl < 0 ? t : t.substring(0, nl)).strip();
  }
}
