"""Rebuild the sample reports in this folder and their page images (needs pdftoppm, from
poppler-utils, for the images).

    .venv/bin/python docs/reports/make_samples.py

Demo data (seed 3) in a throw-away data directory, plus the multilingual records of
tests/reports_samples.py; "today" is fixed so the overdue flags do not move.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from glo_act_desktop.domain.scope import Scope  # noqa: E402
from glo_act_desktop.services.context import AppContext  # noqa: E402
from glo_act_desktop.services.demo import generate_demo  # noqa: E402
from glo_act_desktop.services.records import save_record  # noqa: E402
from glo_act_desktop.services.reports import build_period_summary, build_record_summary  # noqa
from glo_act_desktop.services.setup import init_device  # noqa: E402
from tests import reports_samples  # noqa: E402

TODAY = date(2025, 6, 30)
SCOPE = Scope(programme="GLOACT-SA", date_from=date(2024, 1, 1), date_to=date(2025, 6, 30))


def images(pdf: Path, stem: str, pages: int | None = None) -> None:
    if not shutil.which("pdftoppm"):
        print("pdftoppm not found: PDFs only")
        return
    args = ["pdftoppm", "-r", "60", "-png"] + (["-l", str(pages)] if pages else [])
    with tempfile.TemporaryDirectory() as scratch:
        subprocess.run([*args, str(pdf), f"{scratch}/page"], check=True)
        made = sorted(Path(scratch).glob("page-*.png"))
        for number, image in enumerate(made, 1):
            name = f"{stem}.png" if len(made) == 1 else f"{stem}-p{number}.png"
            shutil.move(image, HERE / name)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        ctx = AppContext.open(folder)
        init_device(ctx, "NP", "Kathmandu office laptop 1")
        generate_demo(ctx, 600, seed=3)
        for lang in ("en", "ar", "ne"):
            pdf = HERE / f"period-summary-{lang}.pdf"
            build_period_summary(ctx, SCOPE, pdf, lang=lang, today=TODAY)
            images(pdf, "period-summary" if lang == "en" else f"period-summary-{lang}",
                   None if lang == "en" else 3)
        for name, lang, stem in (("bengali", "en", "record-bengali"),
                                 ("arabic", "ar", "record-arabic"),
                                 ("dari-pashto", "ar", "record-dari-pashto"),
                                 ("nepali", "ne", "record-nepali"),
                                 ("sinhala-tamil", "en", "record-sinhala-tamil"),
                                 ("urdu", "en", "record-urdu")):
            rec = reports_samples.ALL[name]()
            save_record(ctx, rec)
            pdf = HERE / f"{stem}.pdf"
            build_record_summary(ctx, rec.id, pdf, lang=lang, today=TODAY)
            images(pdf, stem)
        ctx.close()


if __name__ == "__main__":
    main()
