/**
 * The domain: administrative units and tiers (cấp), agencies, procedures (thủ tục hành chính) and
 * dossiers (hồ sơ).
 */
@org.jspecify.annotations.NullMarked
package io.github.dvckpi.domain;
