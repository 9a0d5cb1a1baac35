package org.tabled.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class XmlTest {

  @Test
  void escapesMarkupAndDropsCharactersXmlForbids() {
    assertEquals(
        "Tom &amp; Jerry&apos;s &lt;b&gt; &quot;q&quot; £ 🙂",
        Xml.escape("Tom & Jerry's <b> \"q\" \u0001£ 🙂"));
  }
}
