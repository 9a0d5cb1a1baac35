package org.tabled.markdown;

import java.util.List;
import java.util.Objects;
import org.tabled.source.SourcePos;

/**
 * A cross-reference as written in Markdown, {@code [[kind:target#anchor|text]]}, before it is
 * checked against the council: {@code [[paper:early-help-strategy]]}, {@code
 * [[para:lscp-report#3.4]]}, {@code [[item:5]]}, {@code [[person:amara-osei|the Chair]]}.
 *
 * @param raw the text between the brackets, as written: the key renderers look the resolved
 *     reference up by
 * @param kind meeting, item, paper, appendix, para, tracker or person
 * @param target what follows the colon, before any '#'
 * @param anchor what follows '#', or empty
 * @param text the link text the author gave after '|', or empty for the target's own title
 * @param pos where it is written
 */
public record RefSyntax(
    String raw, String kind, String target, String anchor, String text, SourcePos pos) {

  /** The kinds of reference, in the order the authoring guide lists them. */
  public static final List<String> KINDS =
      List.of("meeting", "item", "paper", "appendix", "para", "tracker", "person");

  public RefSyntax {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(pos, "pos");
  }
}
