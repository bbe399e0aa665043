"""`glo-act report`: a period summary or one record to PDF, with exit 3 for a bad request."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from glo_act_desktop.cli import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, main
from glo_act_desktop.services.records import save_record
from tests import factories


def run(data_dir, *args: str) -> int:
    return main(["--data-dir", str(data_dir), "report", *args])


def body(path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


@pytest.mark.parametrize("args, reason", [
    (["--country", "ZZ"], "'ZZ' is not an ISO 3166-1 alpha-2 code"),
    (["--programme", "NOPE"], "programme 'NOPE' is not known"),
    (["--from", "2025-02-01", "--to", "2025-01-31"], "--from 2025-02-01 is after --to"),
    (["--lang", "xx"], "language 'xx' has no translation"),
    (["--record", "no-such-id"], "no consultation, training or grant has the id"),
])
def test_bad_requests_exit_3_with_the_reason(ctx, tmp_path, capsys, args, reason):
    out = tmp_path / "r.pdf"
    assert run(ctx.data_dir.root, "-o", str(out), *args) == EXIT_REJECTED
    assert reason in capsys.readouterr().err
    assert not out.exists()


def test_a_bad_date_or_paper_is_a_usage_error(ctx, tmp_path):
    for args in (["--from", "2025-13-01"], ["--paper", "a5"],
                 ["--record", "x", "--country", "NP"]):
        with pytest.raises(SystemExit) as exited:
            run(ctx.data_dir.root, "-o", str(tmp_path / "r.pdf"), *args)
        assert exited.value.code == EXIT_USAGE


def test_an_empty_scope_gives_a_valid_report_that_says_so(ctx, tmp_path, capsys):
    out = tmp_path / "empty.pdf"
    assert run(ctx.data_dir.root, "-o", str(out), "--programme", "GLOACT-SA",
               "--country", "FR", "--from", "2025-01-01", "--to", "2025-12-31") == EXIT_OK
    assert "1 page(s)" in capsys.readouterr().out
    text = body(out)
    assert "There is nothing in this scope" in text and "Page 1 of 1" in text


@pytest.mark.parametrize("paper, size", [("a4", (595.28, 841.89)), ("letter", (612, 792))])
def test_paper_sizes(ctx, tmp_path, paper, size):
    save_record(ctx, factories.training())
    out = tmp_path / f"{paper}.pdf"
    assert run(ctx.data_dir.root, "-o", str(out), "--paper", paper.upper()) == EXIT_OK
    for page in PdfReader(out).pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == \
            pytest.approx(size, abs=0.01)


def test_record_report_in_each_language(ctx, tmp_path):
    rec = factories.grant()
    save_record(ctx, rec)
    for lang, title in (("en", "Victim-assistance grant"), ("ne", "पीडित सहायता अनुदान"),
                        ("ar", "منحة مساعدة الضحايا")):
        out = tmp_path / f"{lang}.pdf"
        assert run(ctx.data_dir.root, "-o", str(out), "--record", rec.id,
                   "--lang", lang) == EXIT_OK
        assert PdfReader(out).metadata.title == f"{title}: Safe Migration Alliance"
        assert "1,500,000.00" in body(out)


def test_scope_report_with_all_options(ctx, tmp_path, capsys):
    save_record(ctx, factories.consultation())
    out = tmp_path / "np.pdf"
    assert run(ctx.data_dir.root, "-o", str(out), "--programme", "GLOACT-SA", "--country", "np",
               "--from", "2025-01-01", "--to", "2025-12-31", "--lang", "ne",
               "--paper", "letter") == EXIT_OK
    captured = capsys.readouterr()
    assert f"Wrote {out}" in captured.out and "report:" in captured.err
    assert PdfReader(out).metadata.title.startswith("अवधि सारांश")
