package org.tabled.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Watches folders, sub-folders included, and calls back once per burst of changes. The JDK's {@link
 * WatchService} watches one folder at a time, so every folder is registered, and new ones as they
 * appear. An editor saving a file makes several events; they are gathered for {@link #QUIET_MS}
 * milliseconds so that one save makes one rebuild.
 */
final class Watcher implements AutoCloseable {

  /** How long the folders must be quiet before the callback runs. */
  static final long QUIET_MS = 150;

  private final WatchService service;
  private final Runnable onChange;

  Watcher(List<Path> roots, Runnable onChange) throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
    this.onChange = onChange;
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        registerTree(root);
      }
    }
  }

  /** Runs until closed: waits for a change, lets the burst settle, calls back. */
  void run() {
    try {
      while (true) {
        WatchKey key = service.take();
        boolean changed = handle(key);
        WatchKey more;
        while ((more = service.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) {
          changed |= handle(more);
        }
        if (changed) {
          try {
            onChange.run();
          } catch (RuntimeException e) {
            // the callback reports its own failures; watching must go on whatever happens
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ClosedWatchServiceException e) {
      // closed: stop
    }
  }

  private boolean handle(WatchKey key) {
    Path dir = (Path) key.watchable();
    boolean changed = false;
    for (var event : key.pollEvents()) {
      changed = true;
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
          && event.context() instanceof Path name) {
        Path created = dir.resolve(name);
        if (Files.isDirectory(created)) {
          try {
            registerTree(created);
          } catch (IOException e) {
            // the folder went away again; nothing to watch
          }
        }
      }
    }
    key.reset();
    return changed;
  }

  private void registerTree(Path root) throws IOException {
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            dir.register(
                service,
                StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
