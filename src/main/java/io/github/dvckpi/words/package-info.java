/**
 * The words of the library: every user-facing sentence, in message resources, one file per
 * language, and the number styles of each language. Not exported: the public types render their
 * messages through it and expose plain strings.
 *
 * <p>{@link io.github.dvckpi.words.Words} renders a message key in one language; {@link
 * io.github.dvckpi.words.Phrase} is a message not yet rendered, kept by findings, rejections and
 * exceptions so that each reader sees it in their own language. Adding a language is adding a
 * {@code messages_<language>.properties} file beside the others; no code branches on the language.
 */
@org.jspecify.annotations.NullMarked
package io.github.dvckpi.words;
