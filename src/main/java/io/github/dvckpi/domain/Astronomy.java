package io.github.dvckpi.domain;

import java.time.LocalDate;

/**
 * The two astronomical quantities the lunisolar calendar needs: the instants of the new moons and
 * the apparent longitude of the Sun. Written from the series of Jean Meeus, <i>Astronomical
 * Algorithms</i> (2nd ed., 1998): chapter 49 (true phases of the Moon, with the planetary
 * corrections), chapter 32 and appendix III (the abridged VSOP87 theory of the Earth), chapter 22
 * (nutation, the short series) and chapter 25 (aberration, FK5 correction); ΔT = TT − UT from the
 * polynomials of Espenak and Meeus (NASA, <i>Five Millennium Canon of Solar Eclipses</i>, 2006).
 *
 * <p>Time is a Julian day (days since −4712-01-01 12:00): {@code jde} in Terrestrial Time (the
 * series' time), {@code jd} in Universal Time. The Sun's longitude is accurate to about one second
 * of arc (a time error of under half a minute for a solar term), the new moons to a few seconds;
 * over 1900–2100 the uncertainty of ΔT adds at most about a minute. Floating point is used here and
 * nowhere else: the calendar built on it returns whole days.
 */
final class Astronomy {

  /** Julian day of 2000-01-01 12:00 TT (J2000.0). */
  static final double J2000 = 2451545.0;

  /** Julian day (UT) of 1970-01-01 00:00, the epoch of {@link LocalDate#toEpochDay()}. */
  static final double EPOCH_JD = 2440587.5;

  private static final double DEG = Math.PI / 180;

  private Astronomy() {}

  /**
   * The Julian day (UT) at which a local day begins.
   *
   * @param date the local date
   * @param offsetHours the local time's offset from UT, in hours (7 for Vietnam)
   * @return the Julian day of local midnight at the start of {@code date}
   */
  static double localMidnight(LocalDate date, int offsetHours) {
    return date.toEpochDay() + EPOCH_JD - offsetHours / 24.0;
  }

  /**
   * The local date of an instant.
   *
   * @param jd the instant, a Julian day in UT
   * @param offsetHours the local time's offset from UT, in hours
   * @return the local date it falls on
   */
  static LocalDate localDate(double jd, int offsetHours) {
    return LocalDate.ofEpochDay((long) Math.floor(jd - EPOCH_JD + offsetHours / 24.0));
  }

  /**
   * ΔT = TT − UT by the polynomials of Espenak and Meeus, for years 1800–2150 (and their
   * extrapolation beyond, which the calendar does not use).
   *
   * @param year the decimal year, e.g. 2024.5
   * @return ΔT in seconds
   */
  static double deltaTSeconds(double year) {
    if (year < 1860) {
      double t = year - 1800;
      return 13.72
          + t
              * (-0.332447
                  + t
                      * (0.0068612
                          + t
                              * (0.0041116
                                  + t
                                      * (-0.00037436
                                          + t
                                              * (0.0000121272
                                                  + t * (-0.0000001699 + t * 0.000000000875))))));
    }
    if (year < 1900) {
      double t = year - 1860;
      return 7.62
          + t * (0.5737 + t * (-0.251754 + t * (0.01680668 + t * (-0.0004473624 + t / 233174.0))));
    }
    if (year < 1920) {
      double t = year - 1900;
      return -2.79 + t * (1.494119 + t * (-0.0598939 + t * (0.0061966 + t * -0.000197)));
    }
    if (year < 1941) {
      double t = year - 1920;
      return 21.20 + t * (0.84493 + t * (-0.076100 + t * 0.0020936));
    }
    if (year < 1961) {
      double t = year - 1950;
      return 29.07 + t * (0.407 + t * (-1 / 233.0 + t / 2547.0));
    }
    if (year < 1986) {
      double t = year - 1975;
      return 45.45 + t * (1.067 + t * (-1 / 260.0 - t / 718.0));
    }
    if (year < 2005) {
      double t = year - 2000;
      return 63.86
          + t
              * (0.3345
                  + t * (-0.060374 + t * (0.0017275 + t * (0.000651814 + t * 0.00002373599))));
    }
    if (year < 2050) {
      double t = year - 2000;
      return 62.92 + t * (0.32217 + t * 0.005589);
    }
    double u = (year - 1820) / 100;
    double far = -20 + 32 * u * u;
    return year < 2150 ? far - 0.5628 * (2150 - year) : far;
  }

  /**
   * ΔT at an instant.
   *
   * @param jd a Julian day (UT or TT: the difference does not matter to ΔT)
   * @return ΔT in days
   */
  static double deltaTDays(double jd) {
    return deltaTSeconds(2000 + (jd - J2000) / 365.25) / 86400;
  }

  /**
   * The instant of a new moon (Meeus, chapter 49).
   *
   * @param k the lunation number: 0 is the new moon of 2000-01-06, negative before it
   * @return the Julian ephemeris day (TT) of the true new moon
   */
  static double newMoonJde(int k) {
    double t = k / 1236.85;
    double t2 = t * t;
    double t3 = t2 * t;
    double t4 = t3 * t;
    double jde =
        2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
    double e = 1 - 0.002516 * t - 0.0000074 * t2;
    double m = (2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3) * DEG;
    double mp =
        (201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4) * DEG;
    double f =
        (160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4) * DEG;
    double omega = (124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3) * DEG;
    double periodic =
        -0.40720 * Math.sin(mp)
            + 0.17241 * e * Math.sin(m)
            + 0.01608 * Math.sin(2 * mp)
            + 0.01039 * Math.sin(2 * f)
            + 0.00739 * e * Math.sin(mp - m)
            - 0.00514 * e * Math.sin(mp + m)
            + 0.00208 * e * e * Math.sin(2 * m)
            - 0.00111 * Math.sin(mp - 2 * f)
            - 0.00057 * Math.sin(mp + 2 * f)
            + 0.00056 * e * Math.sin(2 * mp + m)
            - 0.00042 * Math.sin(3 * mp)
            + 0.00042 * e * Math.sin(m + 2 * f)
            + 0.00038 * e * Math.sin(m - 2 * f)
            - 0.00024 * e * Math.sin(2 * mp - m)
            - 0.00017 * Math.sin(omega)
            - 0.00007 * Math.sin(mp + 2 * m)
            + 0.00004 * Math.sin(2 * mp - 2 * f)
            + 0.00004 * Math.sin(3 * m)
            + 0.00003 * Math.sin(mp + m - 2 * f)
            + 0.00003 * Math.sin(2 * mp + 2 * f)
            - 0.00003 * Math.sin(mp + m + 2 * f)
            + 0.00003 * Math.sin(mp - m + 2 * f)
            - 0.00002 * Math.sin(mp - m - 2 * f)
            - 0.00002 * Math.sin(3 * mp + m)
            + 0.00002 * Math.sin(4 * mp);
    double planetary = 0;
    for (int i = 0; i < PLANETARY.length; i += 4) {
      double argument = PLANETARY[i] + PLANETARY[i + 1] * k + PLANETARY[i + 2] * t2;
      planetary += PLANETARY[i + 3] * Math.sin(argument * DEG);
    }
    return jde + periodic + planetary;
  }

  /**
   * The planetary arguments A1–A14 of the new-moon correction (Meeus, chapter 49): for each, the
   * constant, the coefficient of k and of T² (degrees), and the amplitude (days).
   */
  private static final double[] PLANETARY = {
    299.77, 0.107408, -0.009173, 0.000325,
    251.88, 0.016321, 0, 0.000165,
    251.83, 26.651886, 0, 0.000164,
    349.42, 36.412478, 0, 0.000126,
    84.66, 18.206239, 0, 0.000110,
    141.74, 53.303771, 0, 0.000062,
    207.14, 2.453732, 0, 0.000060,
    154.84, 7.306860, 0, 0.000056,
    34.52, 27.261239, 0, 0.000047,
    207.19, 0.121824, 0, 0.000042,
    291.34, 1.844379, 0, 0.000040,
    161.72, 24.198154, 0, 0.000037,
    239.56, 25.513099, 0, 0.000035,
    331.55, 3.592518, 0, 0.000023,
  };

  /**
   * The lunation number of the new moon nearest to an instant, by the mean lunation.
   *
   * @param jde a Julian ephemeris day
   * @return the lunation number k
   */
  static int lunationNear(double jde) {
    return (int) Math.round((jde - 2451550.09766) / 29.530588861);
  }

  /**
   * The Sun's apparent geocentric longitude, referred to the true equinox of the date: the Earth's
   * heliocentric longitude by the abridged VSOP87 (Meeus, appendix III), plus 180°, the FK5
   * correction, the nutation in longitude and the aberration.
   *
   * @param jde a Julian ephemeris day (TT)
   * @return the longitude in degrees, in [0, 360)
   */
  static double sunApparentLongitude(double jde) {
    double tau = (jde - J2000) / 365250;
    double l = series(L0, tau);
    double power = tau;
    for (double[] terms : new double[][] {L1, L2, L3, L4, L5}) {
      l += series(terms, tau) * power;
      power *= tau;
    }
    double radius = (series(R0, tau) + series(R1, tau) * tau + series(R2, tau) * tau * tau) / 1e8;
    double longitude = Math.toDegrees(l / 1e8) + 180;
    double t = tau * 10;
    double omega = (125.04452 - 1934.136261 * t) * DEG;
    double sunMean = (280.4665 + 36000.7698 * t) * DEG;
    double moonMean = (218.3165 + 481267.8813 * t) * DEG;
    double nutationArcsec =
        -17.20 * Math.sin(omega)
            - 1.32 * Math.sin(2 * sunMean)
            - 0.23 * Math.sin(2 * moonMean)
            + 0.21 * Math.sin(2 * omega);
    double aberrationArcsec = -20.4898 / radius;
    double fk5Arcsec = -0.09033;
    longitude += (nutationArcsec + aberrationArcsec + fk5Arcsec) / 3600;
    double reduced = longitude % 360;
    return reduced < 0 ? reduced + 360 : reduced;
  }

  private static double series(double[] terms, double tau) {
    double sum = 0;
    for (int i = 0; i < terms.length; i += 3) {
      sum += terms[i] * Math.cos(terms[i + 1] + terms[i + 2] * tau);
    }
    return sum;
  }

  // The abridged VSOP87 series of the Earth (Meeus, appendix III): amplitude (1e-8 rad or AU),
  // phase (rad), frequency (rad per millennium), three numbers a term.

  private static final double[] L0 = {
    175347046, 0, 0,
    3341656, 4.6692568, 6283.07585,
    34894, 4.6261, 12566.1517,
    3497, 2.7441, 5753.3849,
    3418, 2.8289, 3.5231,
    3136, 3.6277, 77713.7715,
    2676, 4.4181, 7860.4194,
    2343, 6.1352, 3930.2097,
    1324, 0.7425, 11506.7698,
    1273, 2.0371, 529.6910,
    1199, 1.1096, 1577.3435,
    990, 5.233, 5884.927,
    902, 2.045, 26.298,
    857, 3.508, 398.149,
    780, 1.179, 5223.694,
    753, 2.533, 5507.553,
    505, 4.583, 18849.228,
    492, 4.205, 775.523,
    357, 2.920, 0.067,
    317, 5.849, 11790.629,
    284, 1.899, 796.298,
    271, 0.315, 10977.079,
    243, 0.345, 5486.778,
    206, 4.806, 2544.314,
    205, 1.869, 5573.143,
    202, 2.458, 6069.777,
    156, 0.833, 213.299,
    132, 3.411, 2942.463,
    126, 1.083, 20.775,
    115, 0.645, 0.980,
    103, 0.636, 4694.003,
    102, 0.976, 15720.839,
    102, 4.267, 7.114,
    99, 6.21, 2146.17,
    98, 0.68, 155.42,
    86, 5.98, 161000.69,
    85, 1.30, 6275.96,
    85, 3.67, 71430.70,
    80, 1.81, 17260.15,
    79, 3.04, 12036.46,
    75, 1.76, 5088.63,
    74, 3.50, 3154.69,
    74, 4.68, 801.82,
    70, 0.83, 9437.76,
    62, 3.98, 8827.39,
    61, 1.82, 7084.90,
    57, 2.78, 6286.60,
    56, 4.39, 14143.50,
    56, 3.47, 6279.55,
    52, 0.19, 12139.55,
    52, 1.33, 1748.02,
    51, 0.28, 5856.48,
    49, 0.49, 1194.45,
    41, 5.37, 8429.24,
    41, 2.40, 19651.05,
    39, 6.17, 10447.39,
    37, 6.04, 10213.29,
    37, 2.57, 1059.38,
    36, 1.71, 2352.87,
    36, 1.78, 6812.77,
    33, 0.59, 17789.85,
    30, 0.44, 83996.85,
    30, 2.74, 1349.87,
    25, 3.16, 4690.48,
  };

  private static final double[] L1 = {
    628331966747.0,
    0,
    0,
    206059,
    2.678235,
    6283.07585,
    4303,
    2.6351,
    12566.1517,
    425,
    1.590,
    3.523,
    119,
    5.796,
    26.298,
    109,
    2.966,
    1577.344,
    93,
    2.59,
    18849.23,
    72,
    1.14,
    529.69,
    68,
    1.87,
    398.15,
    67,
    4.41,
    5507.55,
    59,
    2.89,
    5223.69,
    56,
    2.17,
    155.42,
    45,
    0.40,
    796.30,
    36,
    0.47,
    775.52,
    29,
    2.65,
    7.11,
    21,
    5.34,
    0.98,
    19,
    1.85,
    5486.78,
    19,
    4.97,
    213.30,
    17,
    2.99,
    6275.96,
    16,
    0.03,
    2544.31,
    16,
    1.43,
    2146.17,
    15,
    1.21,
    10977.08,
    12,
    2.83,
    1748.02,
    12,
    3.26,
    5088.63,
    12,
    5.27,
    1194.45,
    12,
    2.08,
    4694.00,
    11,
    0.77,
    553.57,
    10,
    1.30,
    6286.60,
    10,
    4.24,
    1349.87,
    9,
    2.70,
    242.73,
    9,
    5.64,
    951.72,
    8,
    5.30,
    2352.87,
    6,
    2.65,
    9437.76,
    6,
    4.67,
    4690.48,
  };

  private static final double[] L2 = {
    52919, 0, 0,
    8720, 1.0721, 6283.0758,
    309, 0.867, 12566.152,
    27, 0.05, 3.52,
    16, 5.19, 26.30,
    16, 3.68, 155.42,
    10, 0.76, 18849.23,
    9, 2.06, 77713.77,
    7, 0.83, 775.52,
    5, 4.66, 1577.34,
    4, 1.03, 7.11,
    4, 3.44, 5573.14,
    3, 5.14, 796.30,
    3, 6.05, 5507.55,
    3, 1.19, 242.73,
    3, 6.12, 529.69,
    3, 0.31, 398.15,
    3, 2.28, 553.57,
    2, 4.38, 5223.69,
    2, 3.75, 0.98,
  };

  private static final double[] L3 = {
    289, 5.844, 6283.076,
    35, 0, 0,
    17, 5.49, 12566.15,
    3, 5.20, 155.42,
    1, 4.72, 3.52,
    1, 5.30, 18849.23,
    1, 5.97, 242.73,
  };

  private static final double[] L4 = {
    114, 3.142, 0,
    8, 4.13, 6283.08,
    1, 3.84, 12566.15,
  };

  private static final double[] L5 = {1, 3.14, 0};

  // The radius vector, only for the aberration (an error of 1e-4 AU changes it by 0.002").

  private static final double[] R0 = {
    100013989, 0, 0,
    1670700, 3.0984635, 6283.07585,
    13956, 3.05525, 12566.1517,
    3084, 5.1985, 77713.7715,
    1628, 1.1739, 5753.3849,
    1576, 2.8469, 7860.4194,
  };

  private static final double[] R1 = {
    103019, 1.10749, 6283.07585,
    1721, 1.0644, 12566.1517,
    702, 3.142, 0,
  };

  private static final double[] R2 = {
    4359, 5.7846, 6283.0758,
    124, 5.579, 12566.152,
  };
}
