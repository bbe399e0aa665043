"""Reference data as one snapshot for validation, sheets and reports."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from glo_act_desktop.domain.reference import Currency, Programme, Reference
from glo_act_desktop.store import models as m


def _vocabulary(session: Session, model: type) -> dict[str, str]:
    return dict(session.execute(select(model.code, model.name).order_by(model.position)).all())


def load_reference(session: Session) -> Reference:
    countries_of: dict[str, dict[str, str]] = {}
    for pc in session.scalars(select(m.ProgrammeCountry)):
        countries_of.setdefault(pc.programme, {})[pc.country] = pc.role
    objectives_of: dict[str, dict[str, str]] = {}
    for ob in session.scalars(select(m.ProgrammeObjective).order_by(m.ProgrammeObjective.position)):
        objectives_of.setdefault(ob.programme, {})[ob.code] = ob.title
    programmes = {
        p.code: Programme(p.code, p.name, p.start_year, p.end_year, p.framework,
                          countries_of.get(p.code, {}), objectives_of.get(p.code, {}))
        for p in session.scalars(select(m.Programme).order_by(m.Programme.code))
    }
    return Reference(
        programmes=programmes,
        countries=dict(session.execute(select(m.Country.code, m.Country.name)
                                       .order_by(m.Country.code)).all()),
        currencies={c.code: Currency(c.code, c.name, c.minor_units)
                    for c in session.scalars(select(m.Currency).order_by(m.Currency.code))},
        pillars=_vocabulary(session, m.Pillar),
        counterpart_types=_vocabulary(session, m.CounterpartType),
        target_groups=_vocabulary(session, m.TargetGroup),
        consultation_types=_vocabulary(session, m.ConsultationType),
    )
