"""`make dist-check`: run the frozen one-folder build headless and fail on any sign of a broken
bundle (a missing module, resource, migration or Qt plugin).

    python build/dist_check.py [build/dist/glo-act-field]

Each step runs the frozen executable in a fresh temporary folder (so nothing of the checkout can
stand in for a file missing from the bundle), prints its command, exit code, stdout and stderr,
and fails when the exit code is not 0, when stderr shows a Python traceback, an import error, a
missing file or a Qt plugin problem, or when the expected output file is missing or wrong.
Needs only the standard library; Qt runs offscreen (QT_QPA_PLATFORM=offscreen).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIST = ROOT / "build" / "dist" / "glo-act-field"
SUFFIX = ".exe" if sys.platform == "win32" else ""
GUI_NAME = f"glo-act-field{SUFFIX}"  # the window (and, on Linux, the command line too)
CLI_NAME = f"glo-act{SUFFIX}"  # the command line, on Windows and macOS (build/README.md)
TIMEOUT_S = 300

# Anything like this on stderr fails the step, whatever the exit code.
BAD_OUTPUT = re.compile("|".join((
    r"Traceback \(most recent call last\)",
    r"\b(ImportError|ModuleNotFoundError|FileNotFoundError|OSError)\b",
    r"No module named",
    r"No such file or directory",
    r"qt\.qpa\.plugin",                     # "Could not find/load the Qt platform plugin"
    r"Could not (find|load) the Qt platform plugin",
    r"Cannot load library",
    r"QFont::|QFontDatabase: Cannot find font directory",
    r"Failed to (load|execute)",            # also the bootloader's "Failed to execute script"
    r"qt\.core\.plugin\.loader",
)))


class CheckFailed(Exception):
    pass


def executable(dist: Path, name: str) -> Path:
    exe = dist / name
    if not exe.is_file():
        raise CheckFailed(f"no frozen program at {exe}: run `make dist` first")
    return exe


QM_MAGIC = bytes.fromhex("3cb86418caef9c95")  # the first bytes of a compiled Qt translation (.qm)


def environment(work: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "GLO_ACT_", "QT_"))}  # nothing from the checkout
    env.update({
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(work / "config"),  # window settings: not the user's
        "XDG_DATA_HOME": str(work / "data-home"),
        "HOME": str(work / "home"),
    })
    (work / "home").mkdir(exist_ok=True)
    return env


def step(title: str, exe: Path, args: list[str], work: Path, env: dict[str, str],
         expect_stdout: str | None = None) -> str:
    command = [str(exe), *args]
    print(f"\n=== {title}\n$ {subprocess.list2cmdline([exe.name, *args])}", flush=True)
    started = time.perf_counter()
    try:
        done = subprocess.run(command, cwd=work, env=env, capture_output=True, text=True,
                              encoding="utf-8", errors="replace", timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired as exc:
        raise CheckFailed(f"{title}: no exit after {TIMEOUT_S} s") from exc
    seconds = time.perf_counter() - started
    for name, text in (("stdout", done.stdout), ("stderr", done.stderr)):
        if text.strip():
            print(f"--- {name}:\n{text.rstrip()}")
    print(f"--- exit code {done.returncode} ({seconds:.1f} s)", flush=True)
    if done.returncode != 0:
        raise CheckFailed(f"{title}: exit code {done.returncode}")
    bad = BAD_OUTPUT.search(done.stderr)
    if bad:
        raise CheckFailed(f"{title}: stderr shows {bad.group(0)!r}")
    if expect_stdout is not None and expect_stdout not in done.stdout:
        raise CheckFailed(f"{title}: stdout lacks {expect_stdout!r}")
    return done.stdout


def expect_file(path: Path, starts_with: bytes, min_size: int = 1) -> None:
    if not path.is_file():
        raise CheckFailed(f"{path.name} was not written")
    data = path.read_bytes()
    if len(data) < min_size or not data.startswith(starts_with):
        raise CheckFailed(f"{path.name}: {len(data)} bytes, not a {starts_with!r}… file")
    print(f"    ok: {path.name}, {len(data):,} bytes")


def bundles(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def run_checks(dist: Path, work: Path) -> None:
    gui = executable(dist, GUI_NAME)
    exe = executable(dist, CLI_NAME) if (dist / CLI_NAME).is_file() else gui
    env = environment(work)
    sys.path.insert(0, str(ROOT))
    from glo_act_desktop import APP_NAME, __version__  # the version the build must report

    step("version", exe, ["--version"], work, env, expect_stdout=f"{APP_NAME} {__version__}")

    # One laptop with demo data: migrations (files in the bundle), the demo generator, sheets,
    # PDF reports in three scripts (fonts and translations from resources/).
    solo = work / "solo"
    data = ["--data-dir", str(solo)]
    step("init", exe, [*data, "init", "--country", "NP", "--device-name", "Dist check"], work, env)
    step("demo data", exe, [*data, "demo", "--records", "1000", "--seed", "1"], work, env)
    step("sheet export (xlsx)", exe, [*data, "sheet", "export", "--kind", "consultations",
                                      "-o", str(work / "consultations.xlsx")], work, env)
    expect_file(work / "consultations.xlsx", b"PK", 1000)
    step("sheet export (csv)", exe, [*data, "sheet", "export", "--kind", "grants",
                                     "-o", str(work / "grants.csv")], work, env)
    expect_file(work / "grants.csv", b"", 100)
    for lang in ("en", "ne", "ar"):
        pdf = work / f"summary-{lang}.pdf"
        step(f"report (PDF, {lang})", exe, [*data, "report", "-o", str(pdf), "--country", "NP",
                                           "--lang", lang], work, env)
        expect_file(pdf, b"%PDF", 10_000)
    step("workbook export", exe, [*data, "export", "-o", str(work / "summary.xlsx"),
                                  "--country", "NP"], work, env)
    expect_file(work / "summary.xlsx", b"PK", 1000)

    # Sync: an HQ, a laptop enrolled by it, the laptop's bundle imported at HQ (pyrage,
    # cryptography's Ed25519).
    hq, laptop = ["--data-dir", str(work / "hq")], ["--data-dir", str(work / "laptop")]
    enrolment = work / "laptop.enrol"
    step("hq init", exe, [*hq, "hq", "init", "--name", "Dist check HQ"], work, env)
    step("hq enrol", exe, [*hq, "hq", "enrol", "--country", "NP", "--device-name",
                           "Dist laptop", "-o", str(enrolment)], work, env)
    expect_file(enrolment, b"", 10)
    step("laptop init --enrolment", exe, [*laptop, "init", "--enrolment", str(enrolment)],
         work, env)
    step("laptop demo data", exe, [*laptop, "demo", "--records", "200", "--seed", "2"], work, env)
    outbox = work / "laptop" / "sync" / "outbox"
    before = set(bundles(outbox))
    step("laptop sync export", exe, [*laptop, "sync", "export"], work, env)
    written = [p for p in bundles(outbox) if p not in before]
    if not written:
        raise CheckFailed("the laptop's sync export wrote no bundle into its outbox")
    print(f"    ok: {', '.join(p.name for p in written)}")
    step("hq sync import", exe, [*hq, "sync", "import", *map(str, written)], work, env)
    status = step("hq sync status", exe, [*hq, "sync", "status"], work, env)
    if "Dist laptop" not in status:
        raise CheckFailed("HQ's sync status does not name the laptop after the import")

    # The window, offscreen: open, paint the first register, quit (GLO_ACT_QUIT_AFTER_SHOW, the
    # start-up benchmark's switch), left to right and right to left, and HQ's window.
    gui_env = {**env, "GLO_ACT_QUIT_AFTER_SHOW": "1"}
    step("main window (offscreen)", gui, data, work, gui_env)
    step("main window, right to left", gui, [*data, "--reverse"], work, gui_env)
    # The window's own translations (make translations), compiled and shipped with resources/.
    for lang in ("ne", "ar"):
        found = list(dist.rglob(f"resources/translations/glo_act_{lang}.qm"))
        if not found:
            raise CheckFailed(f"glo_act_{lang}.qm is not in the build")
        expect_file(found[0], QM_MAGIC, min_size=10_000)
    step("main window in Nepali", gui, data, work,
         {**gui_env, "LANG": "ne_NP.UTF-8", "LC_ALL": "ne_NP.UTF-8", "LANGUAGE": "ne"})
    step("HQ main window", gui, hq, work, gui_env)
    log = solo / "logs"
    if not any("window opened" in p.read_text(encoding="utf-8", errors="replace")
               for p in log.glob("*") if p.is_file()):
        raise CheckFailed(f"the window's start was not logged in {log}")
    print("    ok: the window opened and quit")


def main(argv: list[str]) -> int:
    dist = Path(argv[1]) if len(argv) > 1 else DEFAULT_DIST
    work = Path(tempfile.mkdtemp(prefix="glo-act-dist-check-"))
    try:
        run_checks(dist.resolve(), work)
    except CheckFailed as exc:
        print(f"\ndist-check FAILED: {exc}\n(working files kept in {work})", file=sys.stderr)
        return 1
    shutil.rmtree(work, ignore_errors=True)
    print(f"\ndist-check passed: {dist}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
