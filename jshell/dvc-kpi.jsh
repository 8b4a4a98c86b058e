// dvc-kpi JShell startup: the library's packages imported, so Kpi, Rate, ReportingPeriod,
// Indicator, HaTinh2024 … resolve without further imports.
// Start it from the repository root (see docs/example.md):
//   mvn -q compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt \
//     && jshell --class-path "target/classes:$(cat target/cp.txt)" --startup DEFAULT --startup jshell/dvc-kpi.jsh
import io.github.dvckpi.*;
import io.github.dvckpi.rate.*;
import io.github.dvckpi.domain.*;
import io.github.dvckpi.indicator.*;
import io.github.dvckpi.period.*;
import io.github.dvckpi.report.*;
import io.github.dvckpi.target.*;
import io.github.dvckpi.audit.*;
import io.github.dvckpi.io.*;
import io.github.dvckpi.sample.*;
import java.time.*;
System.out.println("dvc-kpi: Kpi, Rate, ReportingPeriod, Indicator, KpiReport, HaTinh2024 … are imported.");
System.out.println("Try: HaTinh2024.haTinhCity()   or   Rate.total(Rate.of(948, 950), Rate.of(1736, 1740))");
