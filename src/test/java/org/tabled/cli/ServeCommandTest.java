package org.tabled.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.tabled.testing.Cli;
import org.tabled.testing.Fixtures;

/** {@code tabled serve} on the command line (the server itself is tested in the serve package). */
class ServeCommandTest {

  @Test
  void isListedWithItsOptions() {
    assertTrue(Cli.run("--help").out().contains("serve"));
    Cli.Result help = Cli.run("serve", "--help");
    assertEquals(0, help.exit());
    for (String option :
        new String[] {
          "--port", "--as-of", "--pdf", "--content", "--templates", "--out", "--cache", "--no-cache"
        }) {
      assertTrue(help.out().contains(option), option + " in:\n" + help.out());
    }
  }

  @Test
  void aPortInUseIsAUsageErrorNotAStackTrace() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Cli.Result r =
          Cli.run(
              "serve",
              "--port",
              String.valueOf(taken.getLocalPort()),
              "--content",
              Fixtures.fixture("golden").toString(),
              "--as-of",
              "2025-06-05");
      assertEquals(2, r.exit(), r.err());
      assertTrue(r.err().contains("is in use; choose another with --port"), r.err());
    }
  }
}
