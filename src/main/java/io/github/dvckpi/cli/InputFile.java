package io.github.dvckpi.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * An input file named on the command line, with how to read it as far as the arguments say.
 *
 * @param option the option that named it, without {@code --}, e.g. {@code dossiers}
 * @param path the file
 * @param charset the encoding given ({@code --dossiers-encoding}, else {@code --encoding}), or null
 *     for UTF-8 (or for a guess, when {@code autoEncoding})
 * @param autoEncoding whether the encoding is to be detected ({@code --encoding auto})
 * @param delimiter the delimiter given ({@code --dossiers-delimiter}, else {@code --delimiter}), or
 *     null to detect it from the header line
 */
record InputFile(
    String option,
    Path path,
    @Nullable Charset charset,
    boolean autoEncoding,
    @Nullable Character delimiter) {

  /**
   * The option that sets this file's encoding.
   *
   * @return e.g. {@code --dossiers-encoding}
   */
  String encodingOption() {
    return "--" + option + "-encoding";
  }

  /**
   * The option that sets this file's delimiter.
   *
   * @return e.g. {@code --dossiers-delimiter}
   */
  String delimiterOption() {
    return "--" + option + "-delimiter";
  }
}
