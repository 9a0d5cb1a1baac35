package org.tabled.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tabled.diag.Diagnostics;
import org.tabled.diag.Hints;
import org.tabled.markdown.SectionNumbers;
import org.tabled.model.AgendaItem;
import org.tabled.model.Meeting;
import org.tabled.model.MinuteNumbering;
import org.tabled.model.Minutes;
import org.tabled.model.Outcome;

/**
 * Which agenda item each minute records, and the number it carries.
 *
 * <p>A {@code ##} heading of the minutes records the agenda item whose title it is (letter case,
 * spaces and punctuation aside): the clerk heads each minute with its item's title, as the agenda
 * words it, so that a minute and its item can never drift apart. A heading that is no item's title
 * records none ("Exclusion of the press and public"); one that is close to the title of an item not
 * yet minuted is most likely a slip, and is warned about.
 *
 * <p>In the default house style a minute carries its item's number, so that "Minute 8" records
 * agenda item 8 and declarations and outcomes, which name agenda items, name minutes too. A council
 * that numbers minutes on their own sequence ({@link MinuteNumbering#YEARLY}) numbers every minute,
 * from 1 each calendar year across the committee's meetings.
 */
final class MinuteNumbers implements SectionNumbers {

  private final Meeting meeting;
  private final Minutes minutes;
  private final MinuteNumbering style;
  private final int before;
  private final Diagnostics d;
  private List<Minute> result = List.of();

  /**
   * @param before for {@link MinuteNumbering#YEARLY}: how many minutes the committee's earlier
   *     meetings of the same year recorded
   */
  MinuteNumbers(
      Meeting meeting, Minutes minutes, MinuteNumbering style, int before, Diagnostics d) {
    this.meeting = meeting;
    this.minutes = minutes;
    this.style = style;
    this.before = before;
    this.d = d;
  }

  /** A {@code ###} heading in a minute is a sub-minute: 4.1, its paragraphs 4.1.1 …. */
  @Override
  public boolean subParagraphs() {
    return true;
  }

  /** The minutes, once {@link #of} has numbered them. */
  List<Minute> minutes() {
    return result;
  }

  @Override
  public List<Integer> of(List<Heading> headings) {
    Map<String, List<AgendaItem>> byTitle = new LinkedHashMap<>();
    for (AgendaItem item : meeting.agenda()) {
      byTitle.computeIfAbsent(key(item.title()), k -> new ArrayList<>()).add(item);
    }
    Map<Integer, Heading> minuted = new HashMap<>();
    List<Minute> out = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    int sequence = before;
    for (Heading h : headings) {
      List<AgendaItem> same = byTitle.getOrDefault(key(h.text()), List.of());
      Optional<AgendaItem> item =
          same.stream().filter(i -> !minuted.containsKey(i.number())).findFirst();
      if (item.isEmpty() && !same.isEmpty()) {
        AgendaItem first = same.get(0);
        d.error(
            h.pos(),
            "agenda item "
                + first.number()
                + " '"
                + first.title()
                + "' already has a minute (line "
                + minuted.get(first.number()).pos().line()
                + "): a minute records one agenda item, once",
            "give this minute a heading of its own, or merge it into the first");
      } else if (item.isEmpty()) {
        warnIfSlip(h, minuted);
      }
      item.ifPresent(i -> minuted.put(i.number(), h));
      int recorded = item.map(AgendaItem::number).orElse(0);
      int number = style == MinuteNumbering.YEARLY ? ++sequence : recorded;
      numbers.add(number);
      out.add(new Minute(number, recorded, h.text(), number > 0 ? "section-" + number : ""));
    }
    for (Outcome o : minutes.outcomes()) {
      if (!minuted.containsKey(o.item())) {
        String title = meeting.item(o.item()).map(AgendaItem::title).orElse("");
        d.error(
            o.pos(),
            "outcome '"
                + o.id()
                + "' was made under agenda item "
                + o.item()
                + ", but no minute records that item",
            "head its minute with the item's title, as on the agenda: ## " + title);
      }
    }
    result = List.copyOf(out);
    return numbers;
  }

  /** A warning for a heading that is close to the title of an agenda item not yet minuted. */
  private void warnIfSlip(Heading h, Map<Integer, Heading> minuted) {
    List<String> open =
        meeting.agenda().stream()
            .filter(i -> !minuted.containsKey(i.number()))
            .map(AgendaItem::title)
            .toList();
    Hints.closest(h.text(), open)
        .ifPresent(
            title ->
                d.warning(
                    h.pos(),
                    "minute heading '"
                        + h.text()
                        + "' is not the title of an agenda item, so it records none and carries no item's number (did you mean '"
                        + title
                        + "'?)",
                    "head a minute with its agenda item's title, exactly as the agenda words it"));
  }

  /** A title reduced to its letters and digits, lower case, for comparison. */
  static String key(String title) {
    String plain = MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFKD)).replaceAll("");
    return NOT_LETTERS.matcher(plain.toLowerCase(Locale.ROOT).replace("&", "and")).replaceAll("");
  }

  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
}
