package org.tabled.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.testing.Fixtures;
import org.tabled.testing.Release;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The publishing recipe's CI files (examples/ci, issue 17) do what docs/publishing.md says: their
 * shell steps are taken out of the files and run, in order, on a clean clone of a council's
 * repository made with the release's {@code tabled init}, as the hosted runner would run them (the
 * steps that use the host's own actions, checkout and Pages, are not run). Tabled comes from the
 * release zip, through {@code TABLED_HOME}, instead of being downloaded.
 */
class PublishingRecipeIT {

  private static final Path CI = Fixtures.projectDir().resolve("examples/ci");

  @TempDir Path tmp;
  Path home;
  Path repo;

  @BeforeEach
  void councilRepository() throws Exception {
    home = Release.unpack(Release.zip(), tmp.resolve("release"));
    Path origin = tmp.resolve("origin");
    Release.Run init =
        Release.run(
            tmp,
            Map.of(),
            List.of(home.resolve("bin/tabled").toString(), "init", origin.toString()));
    assertEquals(0, init.exit(), init.output());
    Map<String, String> git =
        Map.of(
            "GIT_AUTHOR_NAME",
            "Clerk",
            "GIT_AUTHOR_EMAIL",
            "clerk@example.gov.uk",
            "GIT_COMMITTER_NAME",
            "Clerk",
            "GIT_COMMITTER_EMAIL",
            "clerk@example.gov.uk");
    for (List<String> cmd :
        List.of(
            List.of("git", "init", "-q", "-b", "main"),
            List.of("git", "add", "-A"),
            List.of("git", "commit", "-q", "-m", "Start"))) {
      Release.Run r = Release.run(origin, git, cmd);
      assertEquals(0, r.exit(), r.output());
    }
    repo = tmp.resolve("clone");
    Release.Run clone =
        Release.run(
            tmp, Map.of(), List.of("git", "clone", "-q", origin.toString(), repo.toString()));
    assertEquals(0, clone.exit(), clone.output());
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> yaml(Path file) throws Exception {
    return (Map<String, Object>)
        new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
  }

  /**
   * The {@code run:} scripts of a GitHub job, in order; asserts the job's other steps are actions.
   */
  @SuppressWarnings("unchecked")
  static List<String> githubRuns(Map<String, Object> workflow, String job) {
    Map<String, Object> j =
        (Map<String, Object>) ((Map<String, Object>) workflow.get("jobs")).get(job);
    List<String> runs = new ArrayList<>();
    for (Map<String, Object> step : (List<Map<String, Object>>) j.get("steps")) {
      if (step.containsKey("run")) {
        String script = (String) step.get("run");
        assertFalse(script.contains("${{"), "a run: step is plain shell: " + script);
        // the step's own environment, as the runner sets it
        StringBuilder env = new StringBuilder();
        ((Map<String, Object>) step.getOrDefault("env", Map.of()))
            .forEach(
                (k, v) -> {
                  assertFalse(String.valueOf(v).contains("'"), "a plain value: " + v);
                  env.append("export ").append(k).append("='").append(v).append("'\n");
                });
        runs.add(env + script);
      } else {
        assertTrue(
            step.get("uses").toString().startsWith("actions/"),
            "only GitHub's own actions: " + step);
      }
    }
    return runs;
  }

  /** Runs the scripts one after another as a GitHub runner does: bash, -e, GITHUB_PATH honoured. */
  Release.Run runLikeGitHub(List<String> scripts, String event) throws Exception {
    Path runnerTemp = Files.createDirectories(tmp.resolve("runner-temp"));
    Path githubPath = Files.writeString(tmp.resolve("github-path"), "");
    StringBuilder all = new StringBuilder();
    for (String script : scripts) {
      Map<String, String> env =
          new HashMap<>(
              Map.of(
                  "TABLED_HOME",
                  home.toString(),
                  "RUNNER_TEMP",
                  runnerTemp.toString(),
                  "GITHUB_PATH",
                  githubPath.toString(),
                  "GITHUB_EVENT_NAME",
                  event,
                  "TABLED_URL",
                  "https://unused.invalid/tabled.zip"));
      List<String> added = new ArrayList<>(Files.readAllLines(githubPath));
      Collections.reverse(added); // the runner puts the latest addition first
      String path = String.join(":", added);
      env.put("PATH", (path.isEmpty() ? "" : path + ":") + System.getenv("PATH"));
      Release.Run r =
          Release.run(
              repo, env, List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script));
      all.append(r.output());
      if (r.exit() != 0) {
        return new Release.Run(r.exit(), all.toString());
      }
    }
    return new Release.Run(0, all.toString());
  }

  @Test
  @SuppressWarnings("unchecked")
  void githubWorkflowChecksPullRequestsAndBuildsOnMainAndEveryDay() throws Exception {
    Map<String, Object> wf = yaml(CI.resolve("github-actions.yml"));
    Map<String, Object> on =
        (Map<String, Object>) wf.get(Boolean.TRUE); // YAML 1.1 reads the key "on" as true
    assertTrue(
        on.containsKey("pull_request") && on.containsKey("push") && on.containsKey("schedule"),
        on.toString());
    String cron = ((List<Map<String, String>>) on.get("schedule")).get(0).get("cron");
    assertEquals("30 0 * * *", cron, "every day after midnight in the UK");
    Map<String, Object> jobs = (Map<String, Object>) wf.get("jobs");
    assertEquals(
        "github.event_name == 'pull_request'", ((Map<String, Object>) jobs.get("check")).get("if"));
    assertEquals(
        "github.event_name != 'pull_request'",
        ((Map<String, Object>) jobs.get("publish")).get("if"));

    Release.Run check = runLikeGitHub(githubRuns(wf, "check"), "pull_request");
    assertEquals(0, check.exit(), check.output());
    assertTrue(check.output().contains("No problems found"), check.output());

    Release.Run publish = runLikeGitHub(githubRuns(wf, "publish"), "schedule");
    assertEquals(0, publish.exit(), publish.output());
    assertTrue(
        Files.isRegularFile(repo.resolve("site/index.html")), "the site the Pages step uploads");
    assertTrue(
        publish.output().contains("\"next_change\""),
        "the next change is printed: " + publish.output());
    String upload =
        githubStepWith(wf, "publish", "actions/upload-pages-artifact").get("path").toString();
    assertTrue(
        Files.isDirectory(repo.resolve(upload)),
        "the Pages artifact is the built folder: " + upload);

    // a pull request with an error fails its check
    Path site = repo.resolve("content/site.yaml");
    Files.writeString(site, Files.readString(site).replace("language: en-GB", "langauge: en-GB"));
    Release.Run broken = runLikeGitHub(githubRuns(wf, "check"), "pull_request");
    assertEquals(1, broken.exit(), broken.output());
    assertTrue(
        broken.output().contains("content/site.yaml:")
            && broken.output().contains("unknown key 'langauge'"),
        broken.output());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> githubStepWith(
      Map<String, Object> wf, String job, String uses) {
    Map<String, Object> j = (Map<String, Object>) ((Map<String, Object>) wf.get("jobs")).get(job);
    for (Map<String, Object> step : (List<Map<String, Object>>) j.get("steps")) {
      if (step.getOrDefault("uses", "").toString().startsWith(uses)) {
        return (Map<String, Object>) step.get("with");
      }
    }
    throw new AssertionError("no step uses " + uses);
  }

  @Test
  @SuppressWarnings("unchecked")
  void gitlabJobsCheckMergeRequestsAndBuildPagesOnTheDefaultBranchAndOnSchedule() throws Exception {
    Map<String, Object> ci = yaml(CI.resolve("gitlab-ci.yml"));
    List<String> before =
        (List<String>) ((Map<String, Object>) ci.get("default")).get("before_script");
    Map<String, Object> check = (Map<String, Object>) ci.get("check");
    Map<String, Object> pages = (Map<String, Object>) ci.get("pages");
    assertTrue(check.get("rules").toString().contains("merge_request_event"));
    assertTrue(
        pages.get("rules").toString().contains("schedule")
            && pages.get("rules").toString().contains("CI_DEFAULT_BRANCH"));
    assertEquals(List.of("public"), ((Map<String, Object>) pages.get("artifacts")).get("paths"));

    for (Map<String, Object> job : List.of(check, pages)) {
      List<String> lines = new ArrayList<>();
      // the job's variables, as the runner sets them
      ((Map<String, Object>) job.getOrDefault("variables", Map.of()))
          .forEach((k, v) -> lines.add("export " + k + "='" + v + "'"));
      lines.addAll(before);
      lines.addAll((List<String>) job.get("script"));
      // GitLab runs before_script and script in one shell, each line stopping the job if it fails
      Release.Run r =
          Release.run(
              repo,
              Map.of("TABLED_HOME", home.toString(), "CI_PIPELINE_SOURCE", "schedule"),
              List.of(
                  "bash",
                  "--noprofile",
                  "--norc",
                  "-eo",
                  "pipefail",
                  "-c",
                  String.join("\n", lines)));
      assertEquals(0, r.exit(), r.output());
    }
    assertTrue(
        Files.isRegularFile(repo.resolve("public/index.html")), "GitLab Pages publishes public/");
    assertTrue(Files.isRegularFile(repo.resolve("public/next-change.json")));
  }
}
