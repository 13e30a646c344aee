"""Console scenario content (set f): a Java 96-well plate-map library tested by a JUnit-style
console launcher (ASCII tree, coloured OK/X/S/A markers and a summary box), a Python freezer
monitor printing a coloured status table (an alarm row in white on red, grey offline rows)
and a Go cryovial label printer with a git history over three branches, shown with a
relative-date ``git log`` and ``git show``."""

from __future__ import annotations

from ..constants import HOLD

PLATEMAP_JAVA = """/** 96-well plate positions: A1..H12, row by row. */
public final class PlateMap {
    public static final int ROWS = 8;
    public static final int COLS = 12;

    private PlateMap() {}

    public static String wellName(int index) {
        char row = (char) ('A' + index / COLS);
        return row + String.valueOf(index % COLS + 1);
    }

    public static int indexOf(String well) {
        int row = well.charAt(0) - 'A';
        int col = Integer.parseInt(well.substring(1));
        return row * COLS + col;
    }

    public static double blankCorrected(double od, double blank) {
        return Math.max(0.0, od - blank);
    }
}
"""
DILUTION_JAVA = """/** Serial dilutions and C1V1 = C2V2 for ELISA coating. */
public final class Dilution {
    private Dilution() {}

    public static double[] serial(double start, double factor, int steps) {
        double[] out = new double[steps];
        double c = start;
        for (int i = 0; i < steps; i++) {
            out[i] = c;
            c /= factor;
        }
        return out;
    }

    /** Microlitres of a stock in mg/mL giving finalUgPerMl in finalMl of buffer. */
    public static double stockMicrolitres(double stockMgPerMl, double finalUgPerMl,
                                          double finalMl) {
        return (int) (finalUgPerMl * finalMl / stockMgPerMl);
    }
}
"""
REPLICATES_JAVA = """/** Statistics over technical replicates (duplicates, triplicates). */
public final class Replicates {
    private Replicates() {}

    public static double mean(double... v) {
        double s = 0;
        for (double x : v) s += x;
        return s / v.length;
    }

    public static double cvPercent(double... v) {
        double m = mean(v), ss = 0;
        for (double x : v) ss += (x - m) * (x - m);
        return Math.sqrt(ss / (v.length - 1)) / m * 100.0;
    }
}
"""
CHECK_JAVA = """/** Assertions for the launcher (messages as JUnit Jupiter prints them). */
final class Check {
    static final class Failed extends RuntimeException {
        Failed(String m) { super(m); }
    }

    static final class Aborted extends RuntimeException {
        Aborted(String m) { super(m); }
    }

    private Check() {}

    static void equal(Object expected, Object actual) {
        if (!expected.equals(actual))
            throw new Failed("expected: <" + expected + "> but was: <" + actual + ">");
    }

    static void near(double expected, double actual, double tol) {
        if (Math.abs(expected - actual) > tol)
            throw new Failed("expected: <" + expected + "> but was: <" + actual + ">");
    }

    static void assume(boolean ok, String why) {
        if (!ok) throw new Aborted("Assumption failed: " + why);
    }
}
"""
WELLNAMES_TEST = """final class WellNamesTest {
    static void firstWellIsA1() { Check.equal("A1", PlateMap.wellName(0)); }

    static void lastWellIsH12() { Check.equal("H12", PlateMap.wellName(95)); }

    static void indexOfH12() { Check.equal(95, PlateMap.indexOf("H12")); }

    static void blankNeverNegative() { Check.equal(0.0, PlateMap.blankCorrected(0.041, 0.046)); }

    static final Object[][] TESTS = {
        {"firstWellIsA1()", (Runnable) WellNamesTest::firstWellIsA1},
        {"lastWellIsH12()", (Runnable) WellNamesTest::lastWellIsH12},
        {"indexOfH12()", (Runnable) WellNamesTest::indexOfH12},
        {"blankNeverNegative()", (Runnable) WellNamesTest::blankNeverNegative},
    };
}
"""
DILUTION_TEST = """final class DilutionTest {
    static void twofoldSeriesSixSteps() { Check.equal(3.125, Dilution.serial(100.0, 2, 6)[5]); }

    static void stockVolumeForElisaCoat() {
        // capture antibody 2 mg/mL, coat at 5 ug/mL in 5 mL
        Check.equal(12.5, Dilution.stockMicrolitres(2.0, 5.0, 5.0));
    }

    static final Object[][] TESTS = {
        {"twofoldSeriesSixSteps()", (Runnable) DilutionTest::twofoldSeriesSixSteps},
        {"stockVolumeForElisaCoat()", (Runnable) DilutionTest::stockVolumeForElisaCoat},
        {"fourParameterFit()", "curve fitting moved to the R script"},
    };
}
"""
REPLICATES_TEST = """import java.io.File;

final class ReplicateStatsTest {
    static void meanOfTriplicate() { Check.near(0.5, Replicates.mean(0.48, 0.50, 0.52), 1e-9); }

    static void cvPercentOfTriplicate() {
        Check.near(4.0, Replicates.cvPercent(0.48, 0.50, 0.52), 0.01);
    }

    static void readsLatestExportFromShare() {
        Check.assume(new File("/mnt/labshare").isDirectory(), "/mnt/labshare is not mounted");
    }

    static final Object[][] TESTS = {
        {"meanOfTriplicate()", (Runnable) ReplicateStatsTest::meanOfTriplicate},
        {"cvPercentOfTriplicate()", (Runnable) ReplicateStatsTest::cvPercentOfTriplicate},
        {"readsLatestExportFromShare()", (Runnable) ReplicateStatsTest::readsLatestExportFromShare},
    };
}
"""
RUNTESTS_JAVA = r"""import java.util.ArrayList;
import java.util.List;

/** A small console launcher printing a JUnit-style tree (ASCII theme) and summary. */
public final class RunTests {
    static boolean color = true;
    static int found, skipped, started, aborted, ok, failed;
    static final List<String[]> FAILURES = new ArrayList<>();

    static String c(String code, String s) {
        return color ? "\033[" + code + "m" + s + "\033[0m" : s;
    }

    static String where(Throwable t, String cls) {
        for (StackTraceElement e : t.getStackTrace())
            if (e.getClassName().equals(cls)) return e.toString();
        return cls;
    }

    static void container(String name, Object[][] tests, boolean last) {
        System.out.println("| " + (last ? "'-- " : "+-- ") + c("36", name) + " " + c("32", "[OK]"));
        String pad = last ? "|   " : "| | ";
        for (int i = 0; i < tests.length; i++) {
            String branch = pad + (i == tests.length - 1 ? "'-- " : "+-- ") + tests[i][0] + " ";
            found++;
            if (tests[i][1] instanceof String) {
                skipped++;
                System.out.println(branch + c("35", "[S] " + tests[i][1]));
                continue;
            }
            started++;
            try {
                ((Runnable) tests[i][1]).run();
                ok++;
                System.out.println(branch + c("32", "[OK]"));
            } catch (Check.Aborted e) {
                aborted++;
                System.out.println(branch + c("33", "[A] " + e.getMessage()));
            } catch (Check.Failed e) {
                failed++;
                System.out.println(branch + c("31", "[X] " + e.getMessage()));
                String id = name + ":" + tests[i][0];
                FAILURES.add(new String[] {id, e.getMessage(), where(e, name)});
            }
        }
    }

    static void line(String code, int n, String what) {
        String text = String.format("[%10d %-22s]", n, what);
        System.out.println(code == null || n == 0 ? text : c(code, text));
    }

    public static void main(String[] args) {
        for (String a : args) if (a.equals("--disable-ansi-colors")) color = false;
        long t0 = System.nanoTime();
        System.out.println(".");
        System.out.println("+-- " + c("36", "JUnit Jupiter") + " " + c("32", "[OK]"));
        container("WellNamesTest", WellNamesTest.TESTS, false);
        container("DilutionTest", DilutionTest.TESTS, false);
        container("ReplicateStatsTest", ReplicateStatsTest.TESTS, true);
        System.out.println("'-- " + c("36", "JUnit Vintage") + " " + c("32", "[OK]"));
        System.out.println();
        System.out.println(c("1;31", "Failures (" + FAILURES.size() + "):"));
        for (String[] f : FAILURES) {
            System.out.println("  JUnit Jupiter:" + f[0]);
            System.out.println(c("31", "    => org.opentest4j.AssertionFailedError: " + f[1]));
            System.out.println("       " + f[2]);
        }
        System.out.println();
        long ms = (System.nanoTime() - t0) / 1000000 + 40;
        System.out.printf("Test run finished after %d ms%n", ms);
        line(null, 4, "containers found");
        line(null, 0, "containers skipped");
        line(null, 4, "containers started");
        line(null, 0, "containers aborted");
        line("32", 4, "containers successful");
        line(null, 0, "containers failed");
        line(null, found, "tests found");
        line("35", skipped, "tests skipped");
        line(null, started, "tests started");
        line("33", aborted, "tests aborted");
        line("32", ok, "tests successful");
        line("31", failed, "tests failed");
        System.exit(failed > 0 ? 1 : 0);
    }
}
"""
RUN_TESTS_SH = """#!/bin/sh
# Compile the plate map library and its tests, then run them (JUnit-style console output).
set -e
mkdir -p build
javac -d build src/*.java test/*.java
exec java -cp build RunTests --details=tree "$@"
"""
FZSTATUS = r'''#!/usr/bin/env python3
"""freezer-watch: the last probe reading of every cold unit on the floor."""

import argparse
import sys

UNITS = [
    # unit, room, type, set point, reading, status, since, note
    ("FZ-01", "B-317", "-80 upright", "-80.0", "-79.6", "OK", "", "rack C moved in from FZ-02"),
    ("FZ-02", "B-317", "-80 upright", "-80.0", "-78.8", "OK", "", "service Fri 10:00, Polar Tech"),
    ("FZ-03", "B-319", "-20 chest", "-20.0", "-19.4", "OK", "", "defrost Friday, empty it Thu"),
    ("FZ-04", "B-319", "-20 chest", "-20.0", "-11.7", "ALARM", "16:41", "lid left open?"),
    ("RF-01", "B-317", "+4 fridge", "4.0", "4.3", "OK", "", ""),
    ("RF-02", "B-319", "+4 fridge", "4.0", "--", "OFFLINE", "15:47", "probe unplugged"),
    ("INC-1", "B-323", "CO2 incubator", "37.0", "37.1", "OK", "", "CO2 5.0 %"),
    ("INC-2", "B-323", "CO2 incubator", "37.0", "36.4", "WARN", "16:35", "CO2 4.3 % (tank B low)"),
    ("LN2-A", "B-321", "dewar 240 L", "--", "31 %", "LOW", "14:10", "refill Thu 09:00-11:00"),
    ("LN2-B", "B-321", "dewar 240 L", "--", "78 %", "OK", "", ""),
]
STYLE = {"OK": "32", "WARN": "33", "LOW": "35", "OFFLINE": "90", "ALARM": "1;97;41"}


def main():
    ap = argparse.ArgumentParser(prog="fzstatus")
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--color", choices=["auto", "always", "never"], default="auto")
    args = ap.parse_args()
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())

    def paint(code, text):
        return f"\033[{code}m{text}\033[0m" if color else text

    print("freezer-watch 1.4  Pavillon Sherbrooke, floor 3  (probes polled every 5 min)")
    head = f"{'UNIT':<7}{'ROOM':<7}{'TYPE':<15}{'SET':>7}{'NOW':>8}  {'STATUS':<9}{'SINCE':<7}NOTE"
    print(paint("1", head) if color else head)
    for unit, room, kind, sp, now, status, since, note in UNITS:
        if not args.all and status == "OK":
            continue
        left = f"{unit:<7}{room:<7}{kind:<15}{sp:>7}{now:>8}  "
        right = f"{since:<7}{note}"
        if status == "ALARM":
            print(paint(STYLE[status], left + f"{status:<9}" + right))
        elif status == "OFFLINE":
            print(paint(STYLE[status], left + f"{status:<9}" + right))
        else:
            print(left + paint(STYLE[status], f"{status:<9}") + right)
    counts = {s: sum(1 for u in UNITS if u[5] == s) for s in ("ALARM", "WARN", "LOW", "OFFLINE")}
    summary = ", ".join(f"{n} {s.lower()}" for s, n in counts.items())
    print(paint("1;31", summary) + "  -  on call tonight: Noor Haddad, 514-555-0182")


if __name__ == "__main__":
    main()
'''
PROJECTS: dict[str, dict[str, str] | None] = {
    "platemap": {
        "src/PlateMap.java": PLATEMAP_JAVA,
        "src/Dilution.java": DILUTION_JAVA,
        "src/Replicates.java": REPLICATES_JAVA,
        "test/Check.java": CHECK_JAVA,
        "test/WellNamesTest.java": WELLNAMES_TEST,
        "test/DilutionTest.java": DILUTION_TEST,
        "test/ReplicateStatsTest.java": REPLICATES_TEST,
        "test/RunTests.java": RUNTESTS_JAVA,
        "run-tests.sh": RUN_TESTS_SH,
        "README.md": "# platemap\n\nPlate layouts and ELISA maths for the Whitfield lab.\n",
        "exports/2026-11-23_IL6_ELISA_plate1.csv": "well,od450\nA1,0.046\nA2,0.051\n",
        "exports/2026-11-24_IL6_ELISA_plate2.csv": "well,od450\nA1,0.044\nA2,1.873\nA3,1.902\n",
        "plate-layout.txt": "rows A-B standards (7-point, 2-fold), C-G samples, H blanks\n",
    },
    "freezer-watch": {
        "fzstatus": FZSTATUS,
        "units.conf": "FZ-01 FZ-02 FZ-03 FZ-04 RF-01 RF-02 INC-1 INC-2 LN2-A LN2-B\n",
    },
    "cryolabel": None,
}
EXECUTABLES = {"platemap": ["run-tests.sh"], "freezer-watch": ["fzstatus"]}
SYMLINKS = {"platemap": {"latest-export.csv": "exports/2026-11-24_IL6_ELISA_plate2.csv"}}
REPO_AUTHOR = ("Mireille Gauthier", "mireille.gauthier@biocell.uvm.example")
REPO_EMAIL_DOMAIN = "biocell.uvm.example"
REPO_BASE_TIME = (15, 40)
REPO_FILES = {
    "label/format.go": (
        "package label\n\n"
        "// Cryovial labels: 12 mm wide, printed on the LP-12 thermal printer.\n"
        "const maxLabelChars = 24\n"
        'const barcodeType = "Code128"\n'
        'const labelFont = "DejaVu Sans Mono 6pt"\n'
    ),
    "go.mod": "module example.uvm/cryolabel\n\ngo 1.22\n",
}
REPO_TAG = ("Release 1.3", "v1.3.0")
REPO_LAST_COMMIT = (
    "label/format.go",
    "package label\n\n"
    "// Cryovial labels: 12 mm wide, printed on the LP-12 thermal printer.\n"
    "const maxLabelChars = 30\n"
    'const barcodeType = "DataMatrix"\n'
    'const labelFont = "DejaVu Sans Mono 6pt"\n'
    "const quietZoneMM = 1.5\n",
    "Switch cryovial labels to DataMatrix, 30 chars",
)
WEB_COMMITS = [
    # (branch, message, file, author, days_ago); a "merge" row names the branch it merges
    ("main", "Initial label printer service", "main.go", "Mireille Gauthier", 40),
    ("main", "Print cryovial labels on the LP-12", "printer/lp12.go", "Mireille Gauthier", 38),
    ("feature/batch", "Batch print from a CSV plate map", "batch/csv.go", "Tomas Reyes", 30),
    ("feature/batch", "Skip empty wells in batch mode", "batch/csv.go", "Tomas Reyes", 27),
    ("fix/date-format", "Use ISO dates on labels", "label/date.go", "Noor Haddad", 24),
    ("main", "Release 1.3", "VERSION", "Mireille Gauthier", 20),
    ("merge", "Merge branch 'feature/batch'", "feature/batch", "Mireille Gauthier", 18),
    ("spike/zpl", "Try ZPL output for the Zebra printer", "printer/zpl.go", "Lea Bouchard", 12),
    (
        "fix/date-format",
        "Keep day-first dates for the Quebec labels",
        "label/date.go",
        "Noor Haddad",
        9,
    ),
    ("merge", "Merge branch 'fix/date-format'", "fix/date-format", "Mireille Gauthier", 6),
    ("spike/zpl", "ZPL: two labels per row", "printer/zpl.go", "Lea Bouchard", 3),
    ("main", "Add freezer and box number to the footer", "label/footer.go", "Mireille Gauthier", 1),
]
GIT_FORMAT = (
    "'%C(red)%h%C(reset) -%C(yellow)%d%C(reset) %s %C(green)(%cr)%C(reset) "
    "%C(bold blue)<%an>%C(reset)'"
)
TERMINALS = {
    "plates": ("platemap", "92x50+0+0", "dark", 9),
    "freezers": ("freezer-watch", "132x15+0+812", "light", 8),
    "labels": ("cryolabel", "114x46+750+0", "light", 10),
}
STEPS: list[tuple[str, str | None, str | None, str | None, str, float, list[str]]] = [
    (
        "plates",
        "ls",
        "ls -l --time-style=long-iso --color=auto",
        "ls -l --time-style=long-iso --color=always",
        "ls in platemap",
        8,
        ["ls"],
    ),
    (
        "freezers",
        "fzstatus",
        "./fzstatus --all",
        "./fzstatus --all --color=always",
        "freezer status in freezer-watch",
        HOLD,
        ["fzstatus"],
    ),
    (
        "plates",
        "junit",
        "clear; ./run-tests.sh",
        # the launcher colours its output whether or not it writes to a terminal, like JUnit
        "./run-tests.sh",
        "tests in platemap",
        HOLD,
        ["junit"],
    ),
    (
        "labels",
        "git_log",
        f"git log --graph --all --format={GIT_FORMAT}",
        f"git -c color.ui=always log --graph --all --format={GIT_FORMAT}",
        "git log in cryolabel",
        HOLD,
        ["git_log"],
    ),
    (
        "labels",
        "git_show",
        "git show",
        "git -c color.ui=always show",
        "git show in cryolabel",
        12,
        ["git_log", "git_show"],
    ),
    ("freezers", None, None, None, "back to the freezer status", HOLD, ["fzstatus"]),
    ("plates", None, None, None, "back to the platemap tests", 0, ["junit"]),
]
