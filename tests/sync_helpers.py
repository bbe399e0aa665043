"""A small sync network for tests: an HQ hub and enrolled laptops, each its own data directory,
exchanging real bundles (signed, encrypted) through the same services as the command line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from glo_act_desktop.services import sync
from glo_act_desktop.services.context import AppContext


@dataclass
class Node:
    name: str
    ctx: AppContext
    folder: Path

    def export(self, to: str | None = None, output: Path | None = None, **options) -> Path:
        run = sync.export_bundles(self.ctx, to=to, output=output, **options)
        assert len(run.results) == 1
        result = run.results[0]
        return result.parts[0].parent if result.parts else result.path

    def export_result(self, to: str | None = None, output: Path | None = None, **options):
        return sync.export_bundles(self.ctx, to=to, output=output, **options).results[0]

    def import_(self, *paths: Path, dry_run: bool = False) -> list[sync.ImportOutcome]:
        return sync.import_bundles(self.ctx, list(paths), dry_run=dry_run)

    def close(self) -> None:
        self.ctx.close()


class Network:
    """`hq` plus laptops made by `laptop(name, country)`; bundles go to `mail`."""

    def __init__(self, root: Path, hq_name: str = "HQ"):
        self.root = root
        self.mail = root / "mail"
        self.mail.mkdir(parents=True, exist_ok=True)
        self.hq = Node(hq_name, AppContext.open(root / "hq"), root / "hq")
        sync.hq_init(self.hq.ctx, hq_name)
        self.laptops: dict[str, Node] = {}
        self._count = 0

    def laptop(self, name: str, country: str) -> Node:
        enrol = self.root / f"{name}.enrol"
        sync.hq_enrol(self.hq.ctx, country, name, enrol)
        ctx = AppContext.open(self.root / name)
        sync.init_from_enrolment(ctx, enrol)
        node = self.laptops[name] = Node(name, ctx, self.root / name)
        return node

    def bundle_path(self, sender: str, receiver: str) -> Path:
        self._count += 1
        return self.mail / f"{self._count:04d}-{sender}-to-{receiver}.glo-act-bundle"

    def up(self, laptop: Node) -> Path:
        """The laptop's bundle for HQ."""
        return laptop.export(output=self.bundle_path(laptop.name, "HQ"))

    def down(self, laptop: Node) -> Path:
        """HQ's bundle for the laptop."""
        return self.hq.export(to=laptop.name, output=self.bundle_path("HQ", laptop.name))

    def close(self) -> None:
        for node in [self.hq, *self.laptops.values()]:
            node.close()
