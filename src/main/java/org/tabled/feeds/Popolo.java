package org.tabled.feeds;

import static org.tabled.feeds.JsonTree.object;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tabled.model.Committee;
import org.tabled.model.Membership;
import org.tabled.model.Person;
import org.tabled.model.PersonId;
import org.tabled.model.PersonKind;
import org.tabled.model.Portfolio;
import org.tabled.model.Role;
import org.tabled.model.Site;
import org.tabled.output.OutputTree;
import org.tabled.output.SitePaths;
import org.tabled.publish.PublishedCouncil;

/**
 * Open data in the Popolo standard (popoloproject.com): the council's people, organizations,
 * memberships, posts and areas in one file, {@link SitePaths#popolo}.
 *
 * <ul>
 *   <li>persons: the councillors, co-opted members and anyone else on a committee: the people the
 *       website gives a page;
 *   <li>organizations: the council, each committee (with the council as its parent), and each
 *       councillor's political group;
 *   <li>posts: each ward's councillor seat, each committee's chair and vice-chair, and each
 *       portfolio (a cabinet post, say) held;
 *   <li>memberships: a councillor of the council for a ward, a member of a group, a member of a
 *       committee in a role and for the dates written, a portfolio holder for its dates;
 *   <li>areas: the wards.
 * </ul>
 *
 * Ids are stable: {@code person/amara-osei}, {@code organization/committee/children-scrutiny},
 * {@code post/ward/riverside}. Everything in it is on the public website already.
 */
public final class Popolo {

  static final String COUNCIL = "organization/council";

  private Popolo() {}

  /** Writes the Popolo file. */
  public static void render(PublishedCouncil pub, OutputTree out) {
    out.put(SitePaths.popolo(), JsonTree.bytes(tree(pub)));
  }

  static Map<String, Object> tree(PublishedCouncil pub) {
    Site site = pub.council().site();
    String base = site.baseUrl();
    Set<PersonId> people = publicPeople(pub);
    List<Object> persons = new ArrayList<>();
    Map<String, String> parties = new TreeMap<>();
    Set<String> wards = new TreeSet<>();
    Map<String, Object> posts = new TreeMap<>();
    List<Object> memberships = new ArrayList<>();
    for (Person p : pub.council().people()) {
      if (!people.contains(p.id())) {
        continue;
      }
      persons.add(person(p, base));
      if (p.kind() == PersonKind.COUNCILLOR) {
        String ward = p.ward().isBlank() ? "" : p.ward().strip();
        Map<String, Object> seat =
            object(
                "id",
                "membership/" + p.id() + "/council",
                "label",
                "Councillor",
                "role",
                "Councillor",
                "person_id",
                personId(p.id()),
                "organization_id",
                COUNCIL);
        if (!ward.isEmpty()) {
          wards.add(ward);
          String post = "post/ward/" + slug(ward);
          posts.putIfAbsent(
              post,
              object(
                  "id",
                  post,
                  "label",
                  "Councillor for " + ward,
                  "role",
                  "Councillor",
                  "organization_id",
                  COUNCIL,
                  "area_id",
                  "area/ward/" + slug(ward)));
          seat.put("post_id", post);
          seat.put("area_id", "area/ward/" + slug(ward));
        }
        memberships.add(seat);
        if (!p.party().isBlank()) {
          String party = "organization/party/" + slug(p.party());
          parties.put(party, p.party().strip());
          memberships.add(
              object(
                  "id",
                  "membership/" + p.id() + "/party",
                  "role",
                  "Member",
                  "person_id",
                  personId(p.id()),
                  "organization_id",
                  party));
        }
      }
      int n = 0;
      for (Portfolio f : p.portfolios()) {
        n++;
        String post = "post/portfolio/" + slug(f.title());
        posts.putIfAbsent(
            post,
            object("id", post, "label", f.title(), "role", f.title(), "organization_id", COUNCIL));
        memberships.add(
            object(
                "id",
                "membership/" + p.id() + "/portfolio-" + n,
                "label",
                f.title(),
                "role",
                f.title(),
                "person_id",
                personId(p.id()),
                "organization_id",
                COUNCIL,
                "post_id",
                post,
                "start_date",
                f.from().toString(),
                "end_date",
                f.until().map(LocalDate::toString).orElse(null)));
      }
    }
    List<Object> organizations = new ArrayList<>();
    organizations.add(
        object(
            "id",
            COUNCIL,
            "name",
            site.council(),
            "classification",
            "council",
            "links",
            List.of(object("url", site.website(), "note", "The council's website"))));
    for (Committee c : pub.council().committees()) {
      String org = committeeId(c);
      organizations.add(
          object(
              "id",
              org,
              "name",
              c.title(),
              "other_names",
              c.shortTitle().equals(c.title())
                  ? null
                  : List.of(object("name", c.shortTitle(), "note", "short title")),
              "classification",
              "committee",
              "parent_id",
              COUNCIL,
              "links",
              List.of(object("url", base + SitePaths.committee(c.id()), "note", "Committee page")),
              "sources",
              List.of(object("url", base + SitePaths.committee(c.id())))));
      for (Role role : List.of(Role.CHAIR, Role.VICE_CHAIR)) {
        String title = role == Role.CHAIR ? c.chairTitle() : "Vice-" + c.chairTitle();
        posts.put(
            postId(c, role),
            object(
                "id",
                postId(c, role),
                "label",
                title + ", " + c.title(),
                "role",
                title,
                "organization_id",
                org));
      }
      int n = 0;
      for (Membership m : c.members()) {
        n++;
        Map<String, Object> mem =
            object(
                "id",
                org.replace("organization/", "membership/") + "/" + n,
                "label",
                label(m.role()),
                "role",
                label(m.role()),
                "person_id",
                personId(m.person()),
                "organization_id",
                org,
                "start_date",
                m.from().map(LocalDate::toString).orElse(null),
                "end_date",
                m.until().map(LocalDate::toString).orElse(null));
        if (m.role() == Role.CHAIR || m.role() == Role.VICE_CHAIR) {
          mem.put("post_id", postId(c, m.role()));
        }
        memberships.add(mem);
      }
    }
    parties.forEach(
        (id, name) -> organizations.add(object("id", id, "name", name, "classification", "party")));
    List<Object> areas =
        wards.stream()
            .<Object>map(
                w -> object("id", "area/ward/" + slug(w), "name", w, "classification", "ward"))
            .toList();
    Map<String, Object> tree =
        object(
            "persons",
            persons,
            "organizations",
            organizations,
            "memberships",
            memberships,
            "posts",
            List.copyOf(posts.values()),
            "areas",
            areas);
    tree.put(
        "meta",
        object(
            "source",
            base,
            "licence",
            site.openDataLicence().name(),
            "licence_url",
            site.openDataLicence().url(),
            "as_of",
            pub.asOf().toString()));
    return tree;
  }

  /** The people the website gives a page: councillors, co-opted members and committee members. */
  static Set<PersonId> publicPeople(PublishedCouncil pub) {
    Set<PersonId> out = new TreeSet<>();
    for (Person p : pub.council().people()) {
      if (p.kind() == PersonKind.COUNCILLOR || p.kind() == PersonKind.CO_OPTED) {
        out.add(p.id());
      }
    }
    pub.council().committees().forEach(c -> c.members().forEach(m -> out.add(m.person())));
    return out;
  }

  private static Map<String, Object> person(Person p, String base) {
    List<Object> contacts = new ArrayList<>();
    if (!p.contact().email().isBlank()) {
      contacts.add(object("type", "email", "value", p.contact().email()));
    }
    if (!p.contact().phone().isBlank()) {
      contacts.add(object("type", "voice", "value", p.contact().phone()));
    }
    String summary =
        switch (p.kind()) {
          case CO_OPTED -> "Co-opted member: " + p.represents();
          case COUNCILLOR -> "Councillor";
          default -> p.roleOn(LocalDate.MAX);
        };
    return object(
        "id",
        personId(p.id()),
        "name",
        p.name(),
        "email",
        p.contact().email(),
        "summary",
        summary,
        "contact_details",
        contacts,
        "links",
        List.of(
            object(
                "url",
                base + SitePaths.person(p.id()),
                "note",
                "Page on the council's committee website")),
        "sources",
        List.of(object("url", base + SitePaths.person(p.id()))));
  }

  static String personId(PersonId p) {
    return "person/" + p.value();
  }

  static String committeeId(Committee c) {
    return "organization/committee/" + c.id().value();
  }

  private static String postId(Committee c, Role role) {
    return "post/committee/" + c.id().value() + "/" + role.key();
  }

  private static String label(Role role) {
    return switch (role) {
      case CHAIR -> "Chair";
      case VICE_CHAIR -> "Vice-chair";
      case MEMBER -> "Member";
      case CO_OPTED -> "Co-opted member";
      case SUBSTITUTE -> "Substitute";
    };
  }

  /** Lower-case words joined by hyphens, for ids made from names. */
  static String slug(String name) {
    String s =
        name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return s.isEmpty() ? "unnamed" : s;
  }
}
