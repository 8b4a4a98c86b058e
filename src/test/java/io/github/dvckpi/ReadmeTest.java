package io.github.dvckpi;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dvckpi.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README cannot rot: its JShell session is typed into the JDK's {@code jshell} with the
 * README's own options and every output it shows is compared; every Java block runs in the same
 * jshell (as one block statement, with the startup script's imports and the names a block says it
 * is given), and a block followed by a {@code text} block prints exactly that text; every command
 * line that runs the command line or the example exits 0.
 */
class ReadmeTest {

  private static final Path README = Path.of("README.md");
  private static final Path STARTUP = Path.of("jshell", "dvc-kpi.jsh");
  private static final String PROMPT = "jshell> ";
  private static final String MORE = "   ...> ";
  private static final String MARK = "@@README block ";
  private static final Pattern GIVEN =
      Pattern.compile("<!-- ReadmeTest runs this block given: (.*) -->");

  /**
   * A fenced block of the README: its language, its text, the line it starts on, what precedes it.
   */
  private record Block(String language, String text, int line, String before) {}

  /** One input of a JShell session and the output the README shows for it. */
  private record Step(String input, String expected) {}

  private static List<Block> blocks() throws IOException {
    List<String> lines = Files.readAllLines(README, UTF_8);
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("```") && line.length() > 3) {
        String before = i > 0 ? lines.get(i - 1) : "";
        StringBuilder text = new StringBuilder();
        int start = i + 1;
        for (i++; !lines.get(i).startsWith("```"); i++) {
          text.append(lines.get(i)).append('\n');
        }
        blocks.add(new Block(line.substring(3).trim(), text.toString(), start + 1, before));
      }
    }
    return blocks;
  }

  private static List<String> runtimeClassPath() throws IOException {
    List<String> path = new ArrayList<>();
    path.add(Path.of("target", "classes").toString());
    String deps = Files.readString(Path.of("target", "runtime-classpath.txt"), UTF_8).trim();
    for (String entry : deps.split(File.pathSeparator, -1)) {
      if (!entry.isBlank()) {
        path.add(entry);
      }
    }
    return path;
  }

  private static List<Step> steps(Block session) {
    List<Step> steps = new ArrayList<>();
    StringBuilder input = null;
    StringBuilder expected = new StringBuilder();
    for (String line : session.text().split("\n", -1)) {
      if (line.startsWith(PROMPT)) {
        if (input != null) {
          steps.add(new Step(input.toString(), tidy(expected.toString())));
        }
        input = new StringBuilder(line.substring(PROMPT.length())).append('\n');
        expected.setLength(0);
      } else if (line.startsWith(MORE) && expected.length() == 0 && input != null) {
        input.append(line.substring(MORE.length())).append('\n');
      } else {
        expected.append(line).append('\n');
      }
    }
    if (input != null) {
      steps.add(new Step(input.toString(), tidy(expected.toString())));
    }
    return steps;
  }

  /** Trailing blanks of every line and trailing blank lines removed. */
  private static String tidy(String text) {
    return text.replaceAll("[ \\t]+(?=\\n|$)", "").replaceAll("\\s+$", "");
  }

  @Test
  void theJshellSessionWorksWhenTyped() throws Exception {
    Block session =
        blocks().stream().filter(b -> b.text().startsWith(PROMPT)).findFirst().orElseThrow();
    List<Step> steps = steps(session);
    assertThat(steps).hasSizeGreaterThanOrEqualTo(5);
    StringBuilder typed = new StringBuilder();
    for (Step step : steps) {
      typed.append(step.input());
    }
    String transcript = jshell(typed.toString());
    int first = transcript.indexOf(PROMPT);
    assertThat(first).as(transcript).isNotNegative();
    String[] answers = transcript.substring(first + PROMPT.length()).split(Pattern.quote(PROMPT));
    assertThat(answers).as(transcript).hasSizeGreaterThan(steps.size());
    for (int i = 0; i < steps.size(); i++) {
      String answer = answers[i];
      while (answer.startsWith(MORE)) {
        answer = answer.substring(MORE.length());
      }
      assertThat(tidy(answer.strip()))
          .as("README line %d: %s", session.line(), steps.get(i).input().strip())
          .isEqualTo(steps.get(i).expected());
    }
  }

  @Test
  void everyJavaBlockRunsAndPrintsWhatItShows() throws Exception {
    List<Block> blocks = blocks();
    List<Block> java = new ArrayList<>();
    StringBuilder typed = new StringBuilder();
    for (Block block : blocks) {
      if (block.language().equals("java") && !block.text().startsWith(PROMPT)) {
        Matcher given = GIVEN.matcher(block.before());
        typed.append("System.out.println(\"").append(MARK).append(java.size()).append("\")\n");
        typed.append("{\n").append(given.matches() ? given.group(1) + "\n" : "");
        typed.append(block.text()).append("}\n");
        java.add(block);
      }
    }
    assertThat(java).as("Java blocks in the README").hasSizeGreaterThanOrEqualTo(3);
    String[] parts = jshell(typed.toString()).split(Pattern.quote(MARK));
    assertThat(parts).hasSize(java.size() + 1);
    for (int i = 0; i < java.size(); i++) {
      Block block = java.get(i);
      String part = parts[i + 1];
      String printed = part.substring(part.indexOf('\n') + 1);
      printed = printed.replace(MORE, "").replace(PROMPT, "");
      assertThat(printed)
          .as("README line %d runs in JShell (as one block statement)", block.line())
          .doesNotContain("|  Error")
          .doesNotContain("|  Exception")
          .doesNotContain("|  Warning");
      int next = blocks.indexOf(block) + 1;
      if (next < blocks.size() && blocks.get(next).language().equals("text")) {
        assertThat(tidy(printed.strip()))
            .as("the output of the block at README line %d", block.line())
            .isEqualTo(tidy(blocks.get(next).text()));
      }
    }
  }

  /**
   * Types the input into the JDK's jshell, started with the README's options, and returns all it
   * printed.
   */
  private static String jshell(String input) throws IOException, InterruptedException {
    Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
    Process process =
        new ProcessBuilder(
                jshell.toString(),
                "--class-path",
                String.join(File.pathSeparator, runtimeClassPath()),
                "--startup",
                "DEFAULT",
                "--startup",
                STARTUP.toString())
            .redirectErrorStream(true)
            .start();
    try (OutputStream in = process.getOutputStream()) {
      in.write((input + "/exit\n").getBytes(UTF_8));
    }
    byte[] bytes = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("jshell ended").isTrue();
    // jshell writes a blank and a backspace after each prompt when its input is not a terminal
    return new String(bytes, UTF_8).replace(" \b", "").replace("\b", "");
  }

  @Test
  void everyCommandLineOfTheReadmeExitsZero() throws IOException {
    Pattern mainClass = Pattern.compile("-Dexec\\.mainClass=(\\S+)");
    Pattern arguments = Pattern.compile("-Dexec\\.args=\"([^\"]*)\"");
    int ran = 0;
    for (Block block : blocks()) {
      if (!block.language().equals("sh")) {
        continue;
      }
      for (String command : block.text().replace("\\\n", " ").split("\n")) {
        if (!command.contains("exec:java")) {
          continue;
        }
        Matcher main = mainClass.matcher(command);
        Matcher args = arguments.matcher(command);
        String[] argv = args.find() ? args.group(1).trim().split("\\s+") : new String[0];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        if (main.find()) {
          assertThat(main.group(1)).isEqualTo(Main.class.getName());
          int code =
              Main.run(argv, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
          assertThat(code).as("%s%n%s", command, err.toString(UTF_8)).isEqualTo(Main.OK);
        } else {
          PrintStream console = System.out;
          try {
            System.setOut(new PrintStream(out, true, UTF_8));
            io.github.dvckpi.sample.HaTinh2024.main(argv);
          } finally {
            System.setOut(console);
          }
        }
        assertThat(out.toString(UTF_8)).as(command).isNotBlank();
        ran++;
      }
    }
    assertThat(ran).as("command lines run").isGreaterThanOrEqualTo(2);
  }
}
