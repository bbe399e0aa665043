"""`glo-act export`: an XLSX workbook of a scope, with exit 3 and the reason for a bad request."""

from __future__ import annotations

import openpyxl
import pytest

from glo_act_desktop import i18n
from glo_act_desktop.cli import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, main
from glo_act_desktop.services.records import save_record
from glo_act_desktop.services.workbook import SHEET_NAMES, SUMMARY
from tests import factories


def run(data_dir, *args: str) -> int:
    return main(["--data-dir", str(data_dir), "export", *args])


def summary_texts(path) -> list[str]:
    return [v for row in openpyxl.load_workbook(path)[SUMMARY].iter_rows(values_only=True)
            for v in row if isinstance(v, str)]


@pytest.mark.parametrize("args, reason", [
    (["--country", "ZZ"], "country 'ZZ' is not an ISO 3166-1 alpha-2 code"),
    (["--programme", "NOPE"], "programme 'NOPE' is not known"),
    (["--from", "2025-02-01", "--to", "2025-01-31"],
     "--from 2025-02-01 is after --to 2025-01-31"),
    (["--lang", "xx"], "language 'xx' has no translation"),
])
def test_bad_requests_exit_3_with_the_reason(ctx, tmp_path, capsys, args, reason):
    out = tmp_path / "w.xlsx"
    assert run(ctx.data_dir.root, "-o", str(out), *args) == EXIT_REJECTED
    err = capsys.readouterr().err
    assert err.startswith("rejected: ") and reason in err
    assert not out.exists() and not list(tmp_path.glob(".*.part"))


def test_a_file_that_is_not_xlsx_or_a_missing_folder_is_rejected(ctx, tmp_path, capsys):
    assert run(ctx.data_dir.root, "-o", str(tmp_path / "w.csv")) == EXIT_REJECTED
    assert "the workbook is written as .xlsx" in capsys.readouterr().err
    assert run(ctx.data_dir.root, "-o", str(tmp_path / "nowhere" / "w.xlsx")) == EXIT_REJECTED
    assert "does not exist" in capsys.readouterr().err


def test_a_bad_date_is_a_usage_error(ctx, tmp_path):
    with pytest.raises(SystemExit) as exited:
        run(ctx.data_dir.root, "-o", str(tmp_path / "w.xlsx"), "--from", "2025-13-01")
    assert exited.value.code == EXIT_USAGE


def test_export_with_all_options(ctx, tmp_path, capsys):
    save_record(ctx, factories.consultation())
    save_record(ctx, factories.grant(country="NP"))
    out = tmp_path / "np.xlsx"
    assert run(ctx.data_dir.root, "-o", str(out), "--programme", "GLOACT-SA", "--country", "np",
               "--from", "2025-01-01", "--to", "2025-12-31", "--lang", "ne") == EXIT_OK
    captured = capsys.readouterr()
    assert f"Wrote {out} (GLOACT-SA, NP, 2025-01-01 to 2025-12-31)" in captured.out
    assert "1 consultations, 2 counterparts, 1 follow-ups, 0 trainings, 1 grants, " \
           "1 tranches, 1 grant reports" in captured.out
    assert "records written: 2 of 2 (100%)" in captured.err
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == list(SHEET_NAMES)
    key_figures = i18n.translate("report", "Key figures", "ne")
    assert key_figures != "Key figures" and key_figures in summary_texts(out)


def test_an_empty_scope_exits_0_with_a_workbook_that_says_so(ctx, tmp_path, capsys):
    out = tmp_path / "empty.xlsx"
    assert run(ctx.data_dir.root, "-o", str(out), "--country", "FR") == EXIT_OK
    assert "There is nothing in this scope" in capsys.readouterr().out
    assert any(t.startswith("There is nothing in this scope") for t in summary_texts(out))
