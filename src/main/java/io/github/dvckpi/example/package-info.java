/** The bundled example: Hà Tĩnh 2024, the seed article reproduced from counts. */
@org.jspecify.annotations.NullMarked
package io.github.dvckpi.example;
