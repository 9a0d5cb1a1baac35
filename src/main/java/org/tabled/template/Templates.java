package org.tabled.template;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.tabled.diag.Diagnostics;
import org.tabled.source.SourcePos;

/**
 * FreeMarker, set up once per build: HTML auto-escaping on for {@code .ftlh}, errors rethrown (never
 * written into a page), records readable as {@code item.title}, and templates looked up first in
 * the council's templates folder, then in the defaults built into Tabled, file by file.
 *
 * <p>A template that fails to parse or to render is reported as a diagnostic at the template's own
 * {@code path:line:col}, naming the expression that failed, so a council editing its templates
 * sees the same kind of message as an author editing content.
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
    cfg = new Configuration(Configuration.VERSION_2_3_35);
    List<TemplateLoader> loaders = new ArrayList<>();
    if (Files.isDirectory(overrideDir)) {
      try {
        loaders.add(new FileTemplateLoader(overrideDir.toFile()));
      } catch (IOException e) {
        // unreadable override folder: the built-in templates are used
      }
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
    cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35).build());
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
    } catch (ParseException e) {
      d.error(new SourcePos(display(e.getTemplateName()), Math.max(0, e.getLineNumber()), Math.max(0, e.getColumnNumber())),
          "template syntax error: " + firstSentence(e.getEditorMessage()));
    } catch (TemplateException e) {
      String source = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : name;
      int line = e.getLineNumber() != null ? e.getLineNumber() : 0;
      int col = e.getColumnNumber() != null ? e.getColumnNumber() : 0;
      String blamed = e.getBlamedExpressionString();
      SourcePos at = new SourcePos(display(source), line, col);
      if (e instanceof freemarker.core.InvalidReferenceException && blamed != null) {
        d.error(at, "template error: '" + blamed + "' is missing (this page has no such value, or it is empty here)",
            "check the name against the page's fields, or give a default: ${" + blamed + "!\"\"}");
      } else {
        d.error(at, "template error" + (blamed != null ? " in ${" + blamed + "}" : "") + ": "
            + firstLine(e.getMessageWithoutStackTop()));
      }
    } catch (IOException e) {
      d.error(SourcePos.file(display(name)), "cannot read template: " + e.getMessage());
    }
    return Optional.empty();
  }

  /**
   * The bytes of a theme file that is not a template, e.g. {@code assets/site.css}: the council's
   * copy if its templates folder has one, else the built-in one; empty if neither exists.
   */
  public Optional<byte[]> resource(String name) {
    try {
      Path own = overrideDir.resolve(name).normalize();
      if (own.startsWith(overrideDir.normalize()) && Files.isRegularFile(own)) {
        return Optional.of(Files.readAllBytes(own));
      }
      try (java.io.InputStream in = Templates.class.getResourceAsStream(BUILT_IN + "/" + name)) {
        return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
      }
    } catch (IOException e) {
      return Optional.empty();
    }
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
