"""The generated form modules must match their .ui files: a frozen build cannot compile them."""

from __future__ import annotations

import shutil

from glo_act_desktop.ui.compile_forms import (
    COMMAND, FORMS, FORMS_GEN, compile_forms, generated_name, stale_forms,
)


def test_generated_forms_are_current():
    stale = stale_forms()
    assert not stale, f"run `{COMMAND}`; stale: {', '.join(str(p) for p in stale)}"


def test_a_changed_missing_or_orphaned_module_is_reported_and_recompiled(tmp_path):
    forms, forms_gen = tmp_path / "forms", tmp_path / "forms_gen"
    shutil.copytree(FORMS, forms)
    shutil.copytree(FORMS_GEN, forms_gen)
    (forms / "subfolder").mkdir()
    shutil.copy(FORMS / "main_window.ui", forms / "subfolder" / "copy.ui")
    main_window = forms / "main_window.ui"
    main_window.write_text(main_window.read_text(encoding="utf-8")
                           .replace("&amp;Refresh", "&amp;Reload"), encoding="utf-8")
    (forms_gen / "ui_old_dialog.py").write_text("# its form was deleted\n", encoding="utf-8")

    stale = stale_forms(forms, forms_gen)
    assert set(stale) == {forms_gen / "ui_main_window.py", forms_gen / "subfolder" / "ui_copy.py",
                          forms_gen / "ui_old_dialog.py"}

    compile_forms(forms, forms_gen)
    assert stale_forms(forms, forms_gen) == []
    assert (forms_gen / "subfolder" / "__init__.py").exists()
    assert "&Reload" in (forms_gen / generated_name(main_window, forms)).read_text(encoding="utf-8")
    assert not (forms_gen / "ui_old_dialog.py").exists()
