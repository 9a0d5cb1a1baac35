package org.tabled.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LinkerTest {

  @Test
  void pagesLinkRelativelySoTheSiteWorksAtAnyAddress() {
    Linker l = Linker.from("committees/audit/2025-03-04/");
    assertEquals("../../../", l.to(""));
    assertEquals("../../../assets/site.css", l.to("assets/site.css"));
    assertEquals("treasury-review/", l.to("committees/audit/2025-03-04/treasury-review/"));
    assertEquals("../", l.to("committees/audit/"));
    assertEquals("./", l.to("committees/audit/2025-03-04/"));
    assertEquals("people/", Linker.from("").to("people/"));
  }

  @Test
  void theNotFoundPageLinksFromTheBasePath() {
    Linker l = Linker.absolute("404.html", "/democracy/");
    assertEquals("/democracy/", l.to(""));
    assertEquals("/democracy/search/", l.to("search/"));
    assertEquals("/democracy/", StaticPages.basePath("https://council.example/democracy/"));
    assertEquals("/", StaticPages.basePath("https://council.example/"));
  }
}
