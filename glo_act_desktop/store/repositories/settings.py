"""This installation's own settings (device identity, country, role). Never replicated."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from glo_act_desktop.store.models import DeviceSetting


def get_settings(session: Session) -> dict[str, str]:
    return dict(session.execute(select(DeviceSetting.key, DeviceSetting.value)).all())


def put_settings(session: Session, values: dict[str, str]) -> None:
    for key, value in values.items():
        session.merge(DeviceSetting(key=key, value=value))
