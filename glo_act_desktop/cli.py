"""Command line: the same services as the window, for HQ automation and tests. Imports no Qt.

Exit codes: 0 done, 2 usage error, 3 input rejected (reason on stderr, nothing changed),
1 anything else.
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
import time
from datetime import date
from pathlib import Path

from glo_act_desktop import APP_NAME, __version__
from glo_act_desktop.domain.scope import Scope
from glo_act_desktop.domain.vocab import RECORD_KINDS
from glo_act_desktop.logs import LOG_NAME, configure_logging

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_REJECTED = 0, 1, 2, 3


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date; use YYYY-MM-DD") from None


def _add_scope(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--programme", help="programme code, e.g. GLOACT-SA")
    parser.add_argument("--country", type=str.upper, help="ISO 3166-1 alpha-2 code, e.g. NP")
    parser.add_argument("--from", dest="date_from", type=_iso_date, metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="date_to", type=_iso_date, metavar="YYYY-MM-DD")


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="glo-act", description=f"{APP_NAME}: with no command, opens the window.",
        exit_on_error=with_commands)
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="data directory (default: $GLO_ACT_DATA_DIR, else the per-user one)")
    parser.add_argument("--reverse", action="store_true",
                        help="lay the window out right-to-left (to check RTL languages)")
    if not with_commands:
        return parser
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser("init", help="set this device's country and name, or set up an "
                                            "enrolled field laptop from HQ's enrolment file")
    init.add_argument("--country", help="ISO 3166-1 alpha-2 code, e.g. NP")
    init.add_argument("--device-name", help="e.g. 'Nepalgunj laptop 2'")
    init.add_argument("--enrolment", type=Path, metavar="FILE.enrol",
                      help="enrolment file from HQ (gives the country and name)")

    demo = commands.add_parser("demo", help="add realistic synthetic records")
    demo.add_argument("--records", type=int, default=1000, help="how many (default 1000)")
    demo.add_argument("--seed", type=int, default=1, help="same seed, same records")

    sheet = commands.add_parser("sheet", help="spreadsheet template, import and export")
    sheet_commands = sheet.add_subparsers(dest="sheet_command", metavar="ACTION", required=True)
    template = sheet_commands.add_parser("template", help="write an empty sheet with the columns")
    template.add_argument("--kind", choices=RECORD_KINDS, required=True)
    template.add_argument("-o", "--output", required=True, type=Path, help="FILE.csv or FILE.xlsx")
    imp = sheet_commands.add_parser("import", help="import a CSV or XLSX sheet (all or nothing)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--kind", choices=RECORD_KINDS, required=True)
    imp.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    exp = sheet_commands.add_parser("export", help="export records to CSV or XLSX")
    exp.add_argument("--kind", choices=RECORD_KINDS, required=True)
    exp.add_argument("-o", "--output", required=True, type=Path, help="FILE.csv or FILE.xlsx")
    _add_scope(exp)

    report = commands.add_parser("report", help="write a PDF summary of a scope, or of one record")
    report.add_argument("-o", "--output", required=True, type=Path, help="FILE.pdf")
    report.add_argument("--record", metavar="ID", help="summarise this record (no scope options)")
    _add_scope(report)
    report.add_argument("--lang", default="en", metavar="LL",
                        help="language of the report, e.g. en, ne, ar (default en)")
    report.add_argument("--paper", type=str.lower, choices=("a4", "letter"), default="a4")

    _add_sync_commands(commands)

    export = commands.add_parser(
        "export", help="write an XLSX workbook of a scope: key figures and every register")
    export.add_argument("-o", "--output", required=True, type=Path, help="FILE.xlsx")
    _add_scope(export)
    export.add_argument("--lang", default="en", metavar="LL",
                        help="language of the summary sheet, e.g. en, ne, ar (default en)")
    return parser


def _size(text: str) -> int:
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([KMG]?)B?\s*", text.upper())
    if not match:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size; write for example 10MB")
    factor = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}[match[2]]
    size = int(float(match[1]) * factor)
    if size < 64 * 1024:
        raise argparse.ArgumentTypeError("the smallest part size is 64KB")
    return size


def _add_sync_commands(commands) -> None:
    hq = commands.add_parser("hq", help="HQ hub: set up, enrol laptops, revoke a lost one")
    hq_commands = hq.add_subparsers(dest="hq_command", metavar="ACTION", required=True)
    hq_init = hq_commands.add_parser("init", help="make this data directory an HQ hub")
    hq_init.add_argument("--name", required=True, help="e.g. 'UNODC HQ Vienna'")
    enrol = hq_commands.add_parser("enrol", help="write an enrolment file for a field laptop")
    enrol.add_argument("--country", required=True, type=str.upper, help="e.g. NP")
    enrol.add_argument("--device-name", required=True, help="e.g. 'Nepalgunj laptop 2'")
    enrol.add_argument("-o", "--output", required=True, type=Path, help="FILE.enrol")
    revoke = hq_commands.add_parser("revoke", help="refuse a lost laptop's bundles from now on")
    revoke.add_argument("device", help="the device's name or node id")

    sync = commands.add_parser("sync", help="write, import and inspect sync bundles")
    sync_commands = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    exp = sync_commands.add_parser("export", help="write a bundle of what the other side lacks")
    exp.add_argument("--to", metavar="DEVICE", help="HQ: the laptop to write for")
    exp.add_argument("--all", action="store_true", help="HQ: one file per enrolled laptop")
    exp.add_argument("-o", "--output", type=Path,
                     help="file (or folder with --all; default: the outbox folder)")
    exp.add_argument("--max-size", type=_size, metavar="SIZE",
                     help="split into parts of at most SIZE for email, e.g. 10MB")
    imp = sync_commands.add_parser("import", help="import bundles, parts or folders of them")
    imp.add_argument("files", nargs="+", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    sync_commands.add_parser("status", help="peers, unacknowledged changes, conflicts")
    sync_commands.add_parser("conflicts", help="list open conflicts")
    fingerprint = sync_commands.add_parser(
        "fingerprint", help="a digest of every synced row: nodes that agree print the same")
    fingerprint.add_argument("--country", type=str.upper, help="only this country's records")

    for name, what in (("delete", "delete records (they can be restored)"),
                       ("restore", "restore deleted records")):
        command = commands.add_parser(name, help=what)
        command.add_argument("--kind", choices=RECORD_KINDS, required=True)
        command.add_argument("ids", nargs="+", metavar="ID")


def _progress(label: str):
    """A progress callback that prints at most a few times a second, to stderr."""
    last = [0.0]

    def report(done: int, total: int) -> None:
        now = time.monotonic()
        if now - last[0] >= 0.5 or done == total:
            last[0] = now
            share = f" ({done * 100 // total}%)" if total else ""
            print(f"{label}: {done:,} of {total:,}{share}", file=sys.stderr, flush=True)
    return report


def _run(args: argparse.Namespace) -> int:
    from glo_act_desktop.services.context import AppContext

    ctx = AppContext.open(args.data_dir)
    configure_logging(ctx.data_dir.logs)
    log.info("glo-act %s", " ".join(sys.argv[1:]))
    try:
        if args.command == "init":
            return _init(ctx, args)
        elif args.command == "demo":
            from glo_act_desktop.services.demo import generate_demo
            if args.records < 0:
                raise _usage("--records must be zero or more")
            started = time.perf_counter()
            counts = generate_demo(ctx, args.records, args.seed, _progress("demo records"))
            print(f"Added {counts.consultations:,} consultations, {counts.trainings:,} trainings "
                  f"and {counts.grants:,} grants in {time.perf_counter() - started:.1f} s")
        elif args.command == "sheet":
            return _sheet(ctx, args)
        elif args.command == "report":
            return _report(ctx, args)
        elif args.command == "export":
            return _export(ctx, args)
        elif args.command == "hq":
            return _hq(ctx, args)
        elif args.command == "sync":
            return _sync(ctx, args)
        elif args.command in ("delete", "restore"):
            return _delete(ctx, args)
        return EXIT_OK
    finally:
        ctx.close()


class _UsageError(Exception):
    pass


def _usage(message: str) -> _UsageError:
    return _UsageError(message)


def _init(ctx, args: argparse.Namespace) -> int:
    if args.enrolment:
        if args.country or args.device_name:
            raise _usage("--enrolment gives the country and device name: leave those out")
        from glo_act_desktop.services.sync import init_from_enrolment
        document = init_from_enrolment(ctx, args.enrolment)
        print(f"Enrolled '{document.device_name}' ({document.country}) with "
              f"{document.hq_name}; keys made in {ctx.data_dir.keys}")
        return EXIT_OK
    if not args.country or not args.device_name:
        raise _usage("give --country and --device-name, or --enrolment FILE")
    from glo_act_desktop.services.setup import init_device
    values = init_device(ctx, args.country, args.device_name)
    print(f"Device '{values['device_name']}' set up for {values['country']} in "
          f"{ctx.data_dir.root}")
    return EXIT_OK


def _hq(ctx, args: argparse.Namespace) -> int:
    from glo_act_desktop.services import sync

    if args.hq_command == "init":
        node = sync.hq_init(ctx, args.name)
        print(f"HQ hub '{node.name}' set up in {ctx.data_dir.root} (node {node.node_id})")
    elif args.hq_command == "enrol":
        document = sync.hq_enrol(ctx, args.country, args.device_name, args.output)
        print(f"Enrolled '{document.device_name}' ({document.country}): give "
              f"{args.output} to the laptop (glo-act init --enrolment {args.output.name})")
    elif args.hq_command == "revoke":
        peer = sync.hq_revoke(ctx, args.device)
        print(f"Revoked '{peer.name}': its bundles are refused from now on; what it sent "
              f"before stays")
    return EXIT_OK


def _sync(ctx, args: argparse.Namespace) -> int:
    from glo_act_desktop.services import sync

    if args.sync_command == "export":
        if args.all and args.to:
            raise _usage("give --to DEVICE or --all, not both")
        started = time.perf_counter()
        run = sync.export_bundles(ctx, to=args.to, output=args.output, all_peers_=args.all,
                                  max_size=args.max_size, progress=_progress("rows written"))
        for result in run.results:
            print(result.describe())
        if run.waiting:
            print(f"Not written (no bundle received from them yet, so their keys are unknown): "
                  f"{', '.join(run.waiting)}")
        print(f"Done in {time.perf_counter() - started:.1f} s")
    elif args.sync_command == "import":
        started = time.perf_counter()
        reporters: dict[str, object] = {}

        def progress(label: str, done: int, total: int) -> None:
            reporters.setdefault(label, _progress(label))(done, total)  # type: ignore[operator]

        outcomes = sync.import_bundles(ctx, args.files, dry_run=args.dry_run, progress=progress)
        for outcome in outcomes:
            print(outcome.describe(), file=sys.stdout if outcome.ok else sys.stderr)
        if args.dry_run:
            print("Dry run: nothing was written")
        print(f"{sum(o.ok for o in outcomes)} of {len(outcomes)} bundle(s) imported in "
              f"{time.perf_counter() - started:.1f} s")
        return EXIT_OK if all(o.ok for o in outcomes) else EXIT_REJECTED
    elif args.sync_command == "status":
        for line in sync.sync_status(ctx).lines():
            print(line)
    elif args.sync_command == "fingerprint":
        digest, rows = sync.fingerprint(ctx, args.country)
        print(f"{digest}  {rows:,} rows ({args.country or 'all countries'})")
    elif args.sync_command == "conflicts":
        from glo_act_desktop.services.conflicts import list_conflicts
        found = list_conflicts(ctx)
        for conflict in found:
            print(conflict.describe())
        print(f"{len(found)} open conflict(s)")
    return EXIT_OK


def _delete(ctx, args: argparse.Namespace) -> int:
    from glo_act_desktop.services.records import delete_records, restore_records

    change = delete_records if args.command == "delete" else restore_records
    done = change(ctx, args.kind, args.ids)
    verb = "Deleted" if args.command == "delete" else "Restored"
    print(f"{verb} {done:,} of {len(args.ids):,} {args.kind}"
          + ("" if done == len(args.ids) else " (the others were not found or already so)"))
    return EXIT_OK


def _sheet(ctx, args: argparse.Namespace) -> int:
    from glo_act_desktop.services import sheets

    if args.sheet_command == "template":
        sheets.write_template(args.kind, args.output, reference=ctx.reference)
        print(f"Wrote an empty {args.kind} sheet to {args.output}")
    elif args.sheet_command == "import":
        started = time.perf_counter()
        plan = sheets.plan_import(ctx, args.kind, args.file, progress=_progress("rows checked"))
        if plan.ok or args.dry_run:  # otherwise apply_import's rejection lists the problems
            print(plan.summary())
        if args.dry_run and not plan.ok:
            print("Dry run: nothing was written", file=sys.stderr)
            return EXIT_REJECTED
        if not args.dry_run:
            counts = sheets.apply_import(ctx, plan)
            print(f"Imported in {time.perf_counter() - started:.1f} s: {counts.inserted:,} new, "
                  f"{counts.updated:,} updated, {counts.unchanged:,} unchanged")
        else:
            print("Dry run: nothing was written")
    elif args.sheet_command == "export":
        scope = Scope(args.programme, args.country, args.date_from, args.date_to)
        problems = scope.problems(ctx.reference)
        if problems:
            from glo_act_desktop.services.context import InputRejected
            raise InputRejected("; ".join(problems))
        rows = sheets.export_sheet(ctx, args.kind, args.output, scope,
                                   progress=_progress("rows written"))
        print(f"Exported {rows:,} {args.kind} ({scope.describe()}) to {args.output}")
    return EXIT_OK


def _report(ctx, args: argparse.Namespace) -> int:
    from glo_act_desktop.services import reports

    started = time.perf_counter()
    if args.record:
        if args.programme or args.country or args.date_from or args.date_to:
            raise _usage("--record summarises one record: leave out --programme, --country, "
                         "--from and --to")
        pages = reports.build_record_summary(ctx, args.record, args.output, lang=args.lang,
                                             paper=args.paper)
        what = f"record {args.record}"
    else:
        scope = Scope(args.programme, args.country, args.date_from, args.date_to)
        pages = reports.build_period_summary(ctx, scope, args.output, lang=args.lang,
                                             paper=args.paper, progress=_progress("report"))
        what = scope.describe()
    print(f"Wrote {args.output}: {pages} page(s), {what}, in "
          f"{time.perf_counter() - started:.1f} s")
    return EXIT_OK


def _export(ctx, args: argparse.Namespace) -> int:
    from glo_act_desktop.services.workbook import export_workbook

    started = time.perf_counter()
    scope = Scope(args.programme, args.country, args.date_from, args.date_to)
    result = export_workbook(ctx, scope, args.output, lang=args.lang,
                             progress=_progress("records written"))
    print(f"Wrote {args.output} ({scope.describe()}) in {time.perf_counter() - started:.1f} s: "
          f"{result.describe()}")
    if not result.records:
        print("There is nothing in this scope: the workbook says so and has empty sheets")
    return EXIT_OK


def _window_start(argv: list[str] | None) -> argparse.Namespace | None:
    """The options of a plain start of the window, read without building every command's parser
    (argparse spends about 15 ms on them at each start); None when there is a command, help,
    anything else or a mistake: the whole parser reads (and explains) those."""
    argv = sys.argv[1:] if argv is None else argv
    if "-h" in argv or "--help" in argv:
        return None
    try:
        args, rest = build_parser(with_commands=False).parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    return None if rest else args


def main(argv: list[str] | None = None) -> int:
    window = _window_start(argv)
    if window is not None:
        from glo_act_desktop.ui.app import run_gui  # Qt is imported only here
        return run_gui(window.data_dir, reverse=window.reverse)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from glo_act_desktop.ui.app import run_gui  # Qt is imported only here
        return run_gui(args.data_dir, reverse=args.reverse)
    from glo_act_desktop.services.context import InputRejected
    from glo_act_desktop.store.database import DatabaseTooNew
    try:
        return _run(args)
    except _UsageError as exc:
        parser.error(str(exc))  # exits 2
    except InputRejected as exc:
        print(f"rejected: {exc}", file=sys.stderr)
        for line in exc.details:
            print(f"  {line}", file=sys.stderr)
        return EXIT_REJECTED
    except DatabaseTooNew as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("interrupted: nothing half-written was kept", file=sys.stderr)
        return EXIT_FAILED
    except Exception as exc:  # the last line of defence: say what happened, keep the details
        log.exception("command failed")
        print(f"error: {exc} (details in the data directory's logs/{LOG_NAME})",
              file=sys.stderr)
        return EXIT_FAILED
    return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
