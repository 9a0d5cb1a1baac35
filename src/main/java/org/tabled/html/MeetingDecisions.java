package org.tabled.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.tabled.markdown.Outline;
import org.tabled.model.Meeting;
import org.tabled.model.Minutes;
import org.tabled.output.SitePaths;
import org.tabled.resolve.TrackerEntry;
import org.tabled.view.Decisions;

/**
 * What a held meeting decided, under each agenda item of its page: the item's minute, the
 * resolutions in it as the minutes word them, and the recommendations, actions and requests for
 * information made under it with where they stand in the tracker ({@link Decisions}).
 */
final class MeetingDecisions {

  // CSS selectors parsed once: parsing one on each select() was a tenth of rendering a page
  private static final Evaluator NUMBERS = Selector.evaluatorOf("span.num");
  private static final Evaluator FOOTNOTE_REFS =
      Selector.evaluatorOf("sup:has(a.footnote-ref), a.footnote-ref");
  private static final Evaluator WITH_ID = Selector.evaluatorOf("[id]");

  private MeetingDecisions() {}

  /**
   * The decisions on one agenda item.
   *
   * @param minute "Minute 4", or empty for a minute without a number
   * @param minuteHref that minute on the minutes page
   * @param resolutions the minute's resolutions, as HTML paragraphs
   * @param outcomes the outcomes made under the item
   */
  public record View(
      String minute, String minuteHref, List<String> resolutions, List<Decided> outcomes) {}

  /**
   * An outcome made under an item.
   *
   * @param type "Recommendation", "Action", "Request for information"
   * @param text what was agreed
   * @param status where it stands, "In progress"
   * @param statusKey the same as a key, "in-progress"
   * @param trackerHref its entry in the committee's tracker
   * @param name "recommendation 1 of minute 4", to tell its tracker link from the others'
   */
  public record Decided(
      String type, String text, String status, String statusKey, String trackerHref, String name) {}

  /**
   * The decisions of meeting {@code m} by agenda item number; empty if its minutes are not
   * published.
   */
  static Map<Integer, View> of(SiteContext ctx, Linker l, Meeting m) {
    Map<Integer, View> out = new HashMap<>();
    Map<Integer, Decisions.Decision> decisions = Decisions.byItem(ctx.pub, m);
    if (decisions.isEmpty()) {
      return out;
    }
    Minutes min = m.minutes().orElseThrow();
    // The minutes rendered for this page, so that their links work from here; only the resolutions
    // are kept.
    Element body = ctx.tree(min.body(), l, 0);
    String minutes = SitePaths.minutes(m.id());
    decisions.forEach(
        (item, dec) -> {
          List<String> resolutions = new ArrayList<>();
          for (Outline.Paragraph p : dec.resolutions()) {
            Element para = body.getElementById(p.anchor());
            if (para != null) {
              resolutions.add(resolution(para));
            }
          }
          List<Decided> outcomes = new ArrayList<>();
          for (TrackerEntry e : dec.outcomes()) {
            String number = TrackerPage.number(min, e.outcome()) + "";
            outcomes.add(
                new Decided(
                    e.outcome().type().label(),
                    e.outcome().text(),
                    e.status().label(),
                    e.status().key(),
                    l.to(SitePaths.tracker(m.committee()) + "#" + e.outcome().id()),
                    e.outcome().type().label().toLowerCase(Locale.ROOT)
                        + " "
                        + number
                        + " of "
                        + (dec.label().isEmpty()
                            ? "agenda item " + item
                            : dec.label().toLowerCase(Locale.ROOT))));
          }
          String anchor = dec.minute().anchor();
          out.put(
              item,
              new View(
                  dec.label(),
                  l.to(minutes) + (anchor.isEmpty() ? "" : "#" + anchor),
                  resolutions,
                  outcomes));
        });
    return out;
  }

  /** A resolution paragraph for another page: without its id, number and footnote marks. */
  private static String resolution(Element para) {
    Element p = para.clone();
    p.removeAttr("id");
    p.select(NUMBERS).remove();
    p.select(FOOTNOTE_REFS).remove();
    p.select(WITH_ID).removeAttr("id");
    p.classNames(Set.of("resolution"));
    return p.outerHtml().replaceFirst("<p class=\"resolution\">\\s+", "<p class=\"resolution\">");
  }
}
