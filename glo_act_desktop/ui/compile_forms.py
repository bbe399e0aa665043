"""Compile forms/**/*.ui into glo_act_desktop/ui/forms_gen/ with the venv's pyside6-uic.

A frozen build cannot compile .ui files at run time, so the generated modules are committed and a
test checks they are current. Subfolders are mirrored: forms/editors/training.ui becomes
forms_gen/editors/ui_training.py.

    python -m glo_act_desktop.ui.compile_forms          # regenerate what changed
    python -m glo_act_desktop.ui.compile_forms --check  # exit 1 if anything is stale
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from glo_act_desktop.paths import package_dir

FORMS = package_dir().parent / "forms"
FORMS_GEN = package_dir() / "ui" / "forms_gen"
COMMAND = "python -m glo_act_desktop.ui.compile_forms"

# The only line that changes with the uic version, not with the form.
_VERSION_LINE = re.compile(r"^## Created by: Qt User Interface Compiler version .*\n", re.M)


def generated_name(form: Path, forms: Path = FORMS) -> Path:
    """The generated module's path relative to forms_gen."""
    relative = form.relative_to(forms)
    return relative.with_name(f"ui_{relative.stem}.py")


def _uic() -> str:
    """The pyside6-uic beside this interpreter (bin/ or Scripts/), else the one on PATH."""
    here = Path(sys.executable).parent
    for name in ("pyside6-uic", "pyside6-uic.exe"):
        if (here / name).exists():
            return str(here / name)
    found = shutil.which("pyside6-uic")
    if not found:
        raise FileNotFoundError("pyside6-uic not found; install PySide6-Essentials in this venv")
    return found


def _generate(forms: Path, target: Path) -> dict[Path, str]:
    """Compile every form into `target`; return the generated text by relative path."""
    uic = _uic()
    generated: dict[Path, str] = {}
    for form in sorted(forms.rglob("*.ui")):
        name = generated_name(form, forms)
        output = target / name
        output.parent.mkdir(parents=True, exist_ok=True)
        result = subprocess.run([uic, str(form), "-o", str(output)],
                                capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(f"pyside6-uic failed on {form}: {result.stderr.strip()}")
        generated[name] = output.read_text(encoding="utf-8")
    return generated


def _same(generated: str, existing: Path) -> bool:
    return existing.exists() and (_VERSION_LINE.sub("", generated)
                                  == _VERSION_LINE.sub("", existing.read_text(encoding="utf-8")))


def stale_forms(forms: Path = FORMS, forms_gen: Path = FORMS_GEN) -> list[Path]:
    """Generated modules that are missing, differ from a fresh compile, or have no form left."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = _generate(forms, Path(tmp))
    stale = [forms_gen / name for name, text in fresh.items() if not _same(text, forms_gen / name)]
    orphans = [path for path in sorted(forms_gen.rglob("ui_*.py"))
               if path.relative_to(forms_gen) not in fresh]
    return stale + orphans


def compile_forms(forms: Path = FORMS, forms_gen: Path = FORMS_GEN) -> list[Path]:
    """Regenerate the modules whose form changed and remove those whose form is gone; return
    the paths changed."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = _generate(forms, Path(tmp))
    changed = []
    for name, text in fresh.items():
        path = forms_gen / name
        if not _same(text, path):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            changed.append(path)
        # Each mirrored subfolder is a regular package, so a frozen build finds it.
        for folder in path.relative_to(forms_gen).parents:
            init = forms_gen / folder / "__init__.py"
            if not init.exists():
                init.write_text("", encoding="utf-8")
    for path in sorted(forms_gen.rglob("ui_*.py")):
        if path.relative_to(forms_gen) not in fresh:
            path.unlink()
            changed.append(path)
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="list stale modules, change nothing")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_forms()
        for path in stale:
            print(f"stale: {path}")
        return 1 if stale else 0
    for path in compile_forms():
        print(f"{'wrote' if path.exists() else 'removed'} {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
