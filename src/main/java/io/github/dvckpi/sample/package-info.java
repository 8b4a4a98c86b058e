/**
 * Realistic sample data: a deterministic, seedable generator of dossiers of a province (its
 * departments, 13 districts, about 200 communes, about 2,000 procedures), with a channel mix,
 * digitization and timeliness resembling Hà Tĩnh's published 2024 figures, for benchmarks, tests
 * and demonstrations. The same seed always gives the same dossiers, and dossiers are generated on
 * the fly, never materialised.
 */
@org.jspecify.annotations.NullMarked
package io.github.dvckpi.sample;
