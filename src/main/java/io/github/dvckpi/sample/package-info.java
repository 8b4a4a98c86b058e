/**
 * The bundled samples, for JShell, the examples and the benchmarks: {@link
 * io.github.dvckpi.sample.HaTinh2024}, the seed article reproduced from bundled data files read by
 * the library's own readers, and {@link io.github.dvckpi.sample.DossierGenerator}, a deterministic,
 * seedable generator of realistic dossiers of a province ({@link
 * io.github.dvckpi.sample.SampleProvince}).
 *
 * <p>Not exported from the module: samples are no part of the library's API. JShell, {@code mvn
 * exec:java} and the benchmarks run on the class path, where every public class is reachable.
 */
@org.jspecify.annotations.NullMarked
package io.github.dvckpi.sample;
