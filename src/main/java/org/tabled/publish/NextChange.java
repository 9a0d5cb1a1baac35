package org.tabled.publish;

import java.time.LocalDate;
import java.util.Optional;
import java.util.TreeSet;
import org.tabled.model.AgendaItem;
import org.tabled.model.Committee;
import org.tabled.model.Council;
import org.tabled.model.Meeting;
import org.tabled.model.PaperId;

/**
 * The next day after a build's day on which the public output changes by itself, without any change
 * to the content: the day an agenda is published, or a paper with a later publication date of its
 * own. A site built on Friday does not show an agenda published on Monday until it is built again
 * on Monday; schedulers read this date to know when.
 *
 * <p>It is worked out from the whole council, but counts only what will become public: a paper of a
 * Part 2 item or marked confidential never will, so its date is never told.
 */
public final class NextChange {

  private NextChange() {}

  /**
   * What changes next, and when.
   *
   * @param date the day
   * @param agendas whether an agenda is published that day
   * @param papers whether a paper is published that day on its own later date
   */
  public record Change(LocalDate date, boolean agendas, boolean papers) {}

  /** The first day after {@code asOf} on which something is published, if any. */
  public static Optional<Change> after(Council council, LocalDate asOf) {
    TreeSet<LocalDate> agendas = new TreeSet<>();
    TreeSet<LocalDate> papers = new TreeSet<>();
    for (Committee c : council.committees()) {
      for (Meeting m : c.meetings()) {
        m.published().filter(p -> p.isAfter(asOf)).ifPresent(agendas::add);
        for (AgendaItem item : m.agenda()) {
          // an item added after the agenda: its title is published that day, even a Part 2 item's
          item.added()
              .filter(a -> a.isAfter(asOf) && m.published().filter(a::isAfter).isPresent())
              .ifPresent(papers::add);
          for (PaperId id : item.papers()) {
            LocalDate agenda = Publication.publishedOn(m, Optional.of(item));
            m.paper(id)
                .filter(p -> !item.isExempt() && !p.confidential())
                .flatMap(p -> p.published())
                .filter(d -> d.isAfter(agenda) && d.isAfter(asOf))
                .ifPresent(papers::add);
          }
        }
      }
    }
    Optional<LocalDate> next = Optional.ofNullable(agendas.isEmpty() ? null : agendas.first());
    if (!papers.isEmpty() && (next.isEmpty() || papers.first().isBefore(next.get()))) {
      next = Optional.of(papers.first());
    }
    return next.map(d -> new Change(d, agendas.contains(d), papers.contains(d)));
  }
}
