/**
 * JSON for dvc-kpi's values with Jackson 2: register {@link io.github.dvckpi.jackson.DvcKpiModule}
 * (or let {@code ObjectMapper.findAndRegisterModules()} find it) and {@code Rate}, {@code
 * KpiReport}, {@code Evaluation}, {@code Target}, {@code TargetSet}, {@code AuditResult} and their
 * parts are written and read back to equal values. The shape of each type is documented in {@code
 * docs/json.md} and is stable: fields are added, never renamed or removed, within a major version.
 */
package io.github.dvckpi.jackson;
