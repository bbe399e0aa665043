"""Pages: running header, "Page 3 of 12" footers, and writing the file all or nothing.

The page count is known only at the end, so the canvas keeps each finished page and draws the
footers when the document is saved (reportlab's usual "numbered canvas"). The PDF is written to a
temporary file beside the target and moved over it at the very end: a cancelled or failed build
leaves whatever was there before, never half a file.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from glo_act_desktop import APP_NAME, __version__
from glo_act_desktop.reports import fonts
from glo_act_desktop.reports import styles as st
from glo_act_desktop.reports.layout import Writer
from glo_act_desktop.reports.text import draw_text

Progress = Callable[[int, int], None]


def _numbered_canvas(writer: Writer, header: str):
    """A Canvas class that draws the running header and "Page n of N" on every page."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = self._pagesize
            left, right = st.MARGIN_SIDE, width - st.MARGIN_SIDE
            start, end = (right, left) if writer.rtl else (left, right)
            page = self._pageNumber
            self.saveState()
            if page > 1:
                y = height - st.MARGIN_TOP + 6 * 1.2
                draw_text(self, header, start, y, st.SMALL, anchor="start", rtl=writer.rtl,
                          color=st.MUTED, base=1 if writer.rtl else 0)
                self.setStrokeColor(st.RULE)
                self.setLineWidth(0.5)
                self.line(left, y - 4, right, y - 4)
            y = st.MARGIN_BOTTOM - 12
            draw_text(self, writer.t("Page {page} of {pages}", page=page, pages=total), end, y,
                      st.SMALL, anchor="end", rtl=writer.rtl, color=st.MUTED)
            draw_text(self, f"{APP_NAME} {__version__}", start, y, st.SMALL, anchor="start",
                      rtl=writer.rtl, color=st.MUTED)
            self.restoreState()

    return NumberedCanvas


class _Template(BaseDocTemplate):
    def __init__(self, filename: str, writer: Writer, **kwargs):
        super().__init__(filename, pagesize=(writer.page_width, writer.page_height),
                         leftMargin=st.MARGIN_SIDE, rightMargin=st.MARGIN_SIDE,
                         topMargin=st.MARGIN_TOP, bottomMargin=st.MARGIN_BOTTOM,
                         initialFontName=fonts.font_name(fonts.LATIN), **kwargs)
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])


def write_pdf(path: Path, writer: Writer, story: Sequence[Flowable], *, title: str,
              header: str, subject: str = "", progress: Progress | None = None,
              steps_before: int = 0) -> int:
    """Lay the story out into `path`; returns the number of pages.

    `progress(done, total)` is called as flowables are placed (after `steps_before` steps of
    data loading the caller has reported); an exception it raises cancels the build.
    """
    path = Path(path)
    folder = path.resolve().parent
    folder.mkdir(parents=True, exist_ok=True)
    # Beside the target (so the final move is atomic); created by reportlab itself, so it
    # gets the user's usual permissions.
    temporary = str(folder / f".{path.stem}-{uuid.uuid4().hex[:12]}.pdf.part")
    try:
        doc = _Template(temporary, writer, title=title, author=APP_NAME, subject=subject,
                        creator=f"{APP_NAME} {__version__}", lang=writer.lang)
        state = {"total": steps_before + 1, "done": 0}
        if progress is not None:
            def on_progress(kind: str, value: int) -> None:
                if kind == "SIZE_EST":
                    state["total"] = steps_before + max(1, value)
                elif kind == "PROGRESS":
                    # A table split across pages goes back on the list: the total can grow.
                    state["total"] = max(state["total"], steps_before + value)
                    state["done"] = steps_before + value
                    progress(state["done"], state["total"])
            doc.setProgressCallBack(on_progress)
        doc.build(list(story), canvasmaker=_numbered_canvas(writer, header))
        pages = doc.page
        os.replace(temporary, path)
        if progress is not None and state["done"] != state["total"]:
            progress(state["total"], state["total"])
        return pages
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise

