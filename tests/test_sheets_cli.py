"""`glo-act sheet template|import|export` as HQ automation calls it: exit codes and messages."""

from __future__ import annotations

from glo_act_desktop.cli import main
from glo_act_desktop.services import sheets
from glo_act_desktop.services.sheets.columns import SHEETS
from tests.test_sheets_helpers import count, row_of, snapshot, valid_grant, write_csv


def test_good_import_exits_zero_and_says_what_it_did(ctx, data_dir, tmp_path, capsys):
    path = write_csv(tmp_path / "g.csv", list(SHEETS["grants"].names),
                     [row_of("grants", valid_grant()), row_of("grants", valid_grant())])
    assert main(["--data-dir", str(data_dir), "sheet", "import", str(path),
                 "--kind", "grants"]) == 0
    out = capsys.readouterr().out
    assert "g.csv: 2 grants: 2 new, 0 updated, 0 unchanged" in out
    assert "2 new, 0 updated, 0 unchanged" in out.splitlines()[-1]
    assert count(ctx, "grants") == 2


def test_rejected_sheet_exits_three_with_the_reason_on_stderr(ctx, data_dir, tmp_path, capsys):
    path = write_csv(tmp_path / "g.csv", list(SHEETS["grants"].names),
                     [row_of("grants", valid_grant(end_date="2024-01-01"))])
    before = snapshot(ctx)
    assert main(["--data-dir", str(data_dir), "sheet", "import", str(path),
                 "--kind", "grants"]) == 3
    err = capsys.readouterr().err
    assert "rejected: g.csv: 1 problem(s) in the sheet; nothing was imported" in err
    assert "  g.csv row 2, end_date: 2024-01-01 is before start_date 2025-01-01" in err
    assert snapshot(ctx) == before


def test_whole_file_problem_exits_three(ctx, data_dir, tmp_path, capsys):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    assert main(["--data-dir", str(data_dir), "sheet", "import", str(path),
                 "--kind", "trainings"]) == 3
    assert "rejected: empty.csv: the file is empty" in capsys.readouterr().err


def test_dry_run_writes_nothing(ctx, data_dir, tmp_path, capsys):
    path = write_csv(tmp_path / "g.csv", list(SHEETS["grants"].names),
                     [row_of("grants", valid_grant())])
    before = snapshot(ctx)
    assert main(["--data-dir", str(data_dir), "sheet", "import", str(path), "--kind", "grants",
                 "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "1 new" in out and "Dry run: nothing was written" in out
    assert snapshot(ctx) == before


def test_template_and_export_commands(ctx, data_dir, tmp_path, capsys):
    template = tmp_path / "t.xlsx"
    assert main(["--data-dir", str(data_dir), "sheet", "template", "--kind", "trainings",
                 "-o", str(template)]) == 0
    assert sheets.plan_import(ctx, "trainings", template).rows == 0
    path = write_csv(tmp_path / "g.csv", list(SHEETS["grants"].names),
                     [row_of("grants", valid_grant())])
    assert main(["--data-dir", str(data_dir), "sheet", "import", str(path),
                 "--kind", "grants"]) == 0
    out = tmp_path / "out.csv"
    assert main(["--data-dir", str(data_dir), "sheet", "export", "--kind", "grants",
                 "--country", "lk", "--from", "2025-06-01", "-o", str(out)]) == 0
    assert "Exported 1 grants (all programmes, LK, 2025-06-01 to …)" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "sheet", "export", "--kind", "grants",
                 "--programme", "NOPE", "-o", str(out)]) == 3
    assert "programme 'NOPE' is not known" in capsys.readouterr().err


def test_dry_run_of_a_bad_sheet_exits_three_and_lists_the_rows(ctx, data_dir, tmp_path, capsys):
    path = write_csv(tmp_path / "g.csv", list(SHEETS["grants"].names),
                     [row_of("grants", valid_grant(end_date="2024-01-01"))])
    before = snapshot(ctx)
    assert main(["--data-dir", str(data_dir), "sheet", "import", str(path), "--kind", "grants",
                 "--dry-run"]) == 3
    captured = capsys.readouterr()
    assert "g.csv row 2, end_date: 2024-01-01 is before start_date 2025-01-01" in captured.out
    assert "Dry run: nothing was written" in captured.err
    assert snapshot(ctx) == before
