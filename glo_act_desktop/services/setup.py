"""Set up this installation: who the device is and which country it works in."""

from __future__ import annotations

import uuid

from glo_act_desktop.services.context import AppContext, InputRejected
from glo_act_desktop.store.repositories.settings import get_settings, put_settings


def init_device(ctx: AppContext, country: str, device_name: str) -> dict[str, str]:
    country = country.strip().upper()
    device_name = device_name.strip()
    if country not in ctx.reference.countries:
        raise InputRejected(f"country '{country}' is not an ISO 3166-1 alpha-2 code "
                            "(for example NP, BD, LK)")
    if not device_name or len(device_name) > 120:
        raise InputRejected("device name must be 1 to 120 characters, e.g. 'Nepalgunj laptop 2'")
    with ctx.db.writing() as session:
        current = get_settings(session)
        values = {"device_id": current.get("device_id") or str(uuid.uuid4()),
                  "device_name": device_name, "country": country,
                  "role": current.get("role", "field")}
        put_settings(session, values)
    return values
