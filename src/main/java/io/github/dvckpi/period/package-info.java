/**
 * Reporting periods (kỳ báo cáo): calendar and official cut-off conventions, and closed date
 * ranges.
 */
@org.jspecify.annotations.NullMarked
package io.github.dvckpi.period;
