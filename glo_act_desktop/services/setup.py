"""Set up this installation: who the device is and which country it works in."""

from __future__ import annotations

import uuid
from pathlib import Path

from glo_act_desktop.domain.validation import device_name_problem

from glo_act_desktop.services.context import AppContext, InputRejected
from glo_act_desktop.store.repositories.settings import get_settings, put_settings


def init_device(ctx: AppContext, country: str, device_name: str) -> dict[str, str]:
    country = country.strip().upper()
    device_name = device_name.strip()
    if country not in ctx.reference.countries:
        raise InputRejected(f"country '{country}' is not an ISO 3166-1 alpha-2 code "
                            "(for example NP, BD, LK)")
    problem = device_name_problem(device_name)
    if problem:
        raise InputRejected(f"device name: {problem}")
    with ctx.db.writing() as session:
        current = get_settings(session)
        values = {"device_id": current.get("device_id") or str(uuid.uuid4()),
                  "device_name": device_name, "country": country,
                  "role": current.get("role", "field")}
        put_settings(session, values)
    return values


DEMO_RECORDS = 3000
DEMO_COUNTRY = "NP"


def demo_data_dir(data_dir: Path) -> Path:
    """The demo database lives beside the real one, never inside it, so practice never mixes
    with real records."""
    return data_dir.with_name(data_dir.name + "-demo")


def prepare_demo(data_dir: Path) -> AppContext:
    """Open the demo data directory, filling it with demo records the first time."""
    from glo_act_desktop.services.demo import generate_demo

    ctx = AppContext.open(demo_data_dir(data_dir))
    if not ctx.settings().get("country"):
        init_device(ctx, DEMO_COUNTRY, "Demo laptop")
        generate_demo(ctx, DEMO_RECORDS, seed=1)
    return ctx
