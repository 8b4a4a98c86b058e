/**
 * The domain: administrative units and tiers (cấp), agencies, procedures (thủ tục hành chính) and
 * dossiers (hồ sơ); the life of a dossier and the rules that judge it on time; the working-day
 * calendar and the lunar calendar it rests on.
 *
 * <ul>
 *   <li>Units and dossiers: {@link io.github.dvckpi.domain.UnitHierarchy}, {@link
 *       io.github.dvckpi.domain.Agency}, {@link io.github.dvckpi.domain.Procedure}, {@link
 *       io.github.dvckpi.domain.Dossier}, {@link io.github.dvckpi.domain.Timeliness}.
 *   <li>The dossier's life: {@link io.github.dvckpi.domain.DossierStatus} (the synchronisation
 *       codes), {@link io.github.dvckpi.domain.LifeEvent}, {@link
 *       io.github.dvckpi.domain.DossierHistory}, {@link io.github.dvckpi.domain.SupplementPause},
 *       and the named on-time rules, {@link io.github.dvckpi.domain.OnTimeRule}.
 *   <li>Due dates: {@link io.github.dvckpi.domain.StatutoryDuration}, {@link
 *       io.github.dvckpi.domain.DueDate}.
 *   <li>Calendars: {@link io.github.dvckpi.domain.WorkingCalendar} (with {@link
 *       io.github.dvckpi.domain.CalendarDay}, {@link io.github.dvckpi.domain.DayKind}, {@link
 *       io.github.dvckpi.domain.Holiday}, {@link io.github.dvckpi.domain.CalendarSource}, {@link
 *       io.github.dvckpi.domain.Certainty}) and {@link io.github.dvckpi.domain.LunarCalendar} with
 *       {@link io.github.dvckpi.domain.LunarDate}.
 * </ul>
 */
@org.jspecify.annotations.NullMarked
package io.github.dvckpi.domain;
