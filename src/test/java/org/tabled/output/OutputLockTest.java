package org.tabled.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputLockTest {

  @TempDir Path dir;

  private Path site() {
    return dir.resolve("site");
  }

  @Test
  void theLockFileLiesBesideTheOutputFolderNamedAfterIt() throws IOException {
    assertEquals(
        dir.toRealPath().resolve(".site.lock"), OutputLock.fileFor(dir.resolve("x/../site")));
  }

  @Test
  void theRootHasNoFolderBesideIt() {
    IOException e = assertThrows(IOException.class, () -> OutputLock.fileFor(dir.getRoot()));
    assertTrue(e.getMessage().contains("root"), e.getMessage());
  }

  @Test
  void aSecondBuildOfThisProcessWaitsUntilTheFirstReleasesTheFolder() throws Exception {
    List<String> told = new CopyOnWriteArrayList<>();
    OutputLock first = OutputLock.take(site(), why -> {});
    CompletableFuture<OutputLock> second = takeLater(site(), told::add);
    assertThrows(TimeoutException.class, () -> second.get(500, TimeUnit.MILLISECONDS));
    assertEquals(1, told.size(), "told once why it waits: " + told);
    assertTrue(told.get(0).contains("another build"), told.get(0));
    first.close();
    first.close(); // a second close does nothing (and releases no turn twice)
    try (OutputLock taken = second.get(10, TimeUnit.SECONDS)) {
      assertFalse(tryTake(site()), "held by the second now: a third waits");
    }
    assertTrue(tryTake(site()), "free once the second is closed");
  }

  @Test
  void anotherFolderIsNotHeldUp() throws Exception {
    try (OutputLock site = OutputLock.take(site(), why -> {})) {
      assertTrue(tryTake(dir.resolve("members")));
    }
  }

  @Test
  void aBuildWaitsForAnotherProcessNamingItAndGoesOnWhenThatProcessIsKilled() throws Exception {
    Process holder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                LockHolder.class.getName(),
                site().toString())
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("locked", out.readLine());
      List<String> told = new CopyOnWriteArrayList<>();
      CompletableFuture<OutputLock> mine = takeLater(site(), told::add);
      assertThrows(TimeoutException.class, () -> mine.get(700, TimeUnit.MILLISECONDS));
      assertEquals(
          List.of(
              "waiting for another Tabled build (process "
                  + holder.pid()
                  + ") to finish writing "
                  + site()
                  + " …"),
          told);
      holder.destroyForcibly(); // killed mid-build: its lock ends with it
      assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
      try (OutputLock taken = mine.get(30, TimeUnit.SECONDS)) {
        assertEquals(
            ProcessHandle.current().pid() + "\n",
            Files.readString(OutputLock.fileFor(site()), StandardCharsets.US_ASCII),
            "the holder's process is written for the next to name");
      }
    } finally {
      holder.destroyForcibly();
    }
  }

  @Test
  void aLinkInPlaceOfTheLockFileIsNotWrittenThrough() throws Exception {
    Path precious = dir.resolve("precious.txt");
    Files.writeString(precious, "keep me");
    Files.createSymbolicLink(dir.resolve(".site.lock"), precious);
    assertThrows(IOException.class, () -> OutputLock.take(site(), why -> {}));
    assertEquals("keep me", Files.readString(precious));
    assertTrue(tryTake(dir.resolve("other")), "a failed take leaves no turn held");
    Files.delete(dir.resolve(".site.lock"));
    assertTrue(tryTake(site()), "nor the folder's own turn");
  }

  /** True if the lock of {@code out} could be taken at once (it is released again). */
  private static boolean tryTake(Path out) throws Exception {
    CompletableFuture<OutputLock> f = takeLater(out, why -> {});
    try {
      f.get(2, TimeUnit.SECONDS).close();
      return true;
    } catch (TimeoutException e) {
      f.thenAccept(OutputLock::close); // taken later: let go at once
      return false;
    }
  }

  /** The lock of {@code out}, taken on another thread (telling {@code waiting} why it waits). */
  private static CompletableFuture<OutputLock> takeLater(Path out, Consumer<String> waiting) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return OutputLock.take(out, waiting);
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        });
  }
}
