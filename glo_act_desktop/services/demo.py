"""Realistic synthetic records for demonstrations, tests and benchmarks.

Deterministic for a seed (same content, same ids), valid by the domain rules, and written through
the same RecordWriter as everything else, in batches, so 100,000 records take seconds.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from glo_act_desktop.domain.records import (
    Consultation, Counterpart, FollowUp, Grant, GrantReport, InstitutionCount, Training, Tranche,
)
from glo_act_desktop.domain.reference import Reference
from glo_act_desktop.domain.validation import errors, validate
from glo_act_desktop.domain.vocab import (
    ASSISTED_COLUMNS, DELIVERY_MODES, FOLLOW_UP_STATUSES, SERVICES,
)
from glo_act_desktop.services.context import AppContext
from glo_act_desktop.services.jobs import cycle_collector_paused
from glo_act_desktop.store.repositories.records import RecordWriter

BATCH = 2_000

# First place of each country is its capital.
PLACES = {
    "NP": ("Kathmandu", "Biratnagar", "Pokhara", "Nepalgunj", "Birgunj", "Dhangadhi"),
    "BD": ("Dhaka", "Cox's Bazar", "Jashore", "Sylhet", "Chattogram", "Satkhira"),
    "LK": ("Colombo", "Jaffna", "Kandy", "Galle", "Trincomalee"),
    "BT": ("Thimphu", "Phuentsholing", "Paro", "Gelephu"),
    "MV": ("Malé", "Addu City", "Kulhudhuffushi"),
    "IN": ("New Delhi", "Kolkata", "Mumbai", "Chennai"),
    "PK": ("Islamabad", "Lahore", "Karachi", "Quetta", "Peshawar"),
    "AF": ("Kabul", "Herat", "Mazar-i-Sharif", "Jalalabad"),
    "IQ": ("Baghdad", "Erbil", "Basra", "Mosul"),
    "IR": ("Tehran", "Mashhad", "Zahedan"),
    "TJ": ("Dushanbe", "Khujand", "Bokhtar", "Khorog"),
    "KZ": ("Astana", "Almaty", "Shymkent"),
    "KG": ("Bishkek", "Osh", "Karakol"),
    "UZ": ("Tashkent", "Samarkand", "Nukus"),
    "BY": ("Minsk", "Brest", "Grodno"),
    "BR": ("Brasília", "São Paulo", "Manaus"),
    "CO": ("Bogotá", "Cali", "Cúcuta"),
    "EG": ("Cairo", "Alexandria", "Aswan"),
    "LA": ("Vientiane", "Savannakhet", "Luang Prabang"),
    "ML": ("Bamako", "Gao", "Mopti"),
    "MA": ("Rabat", "Tangier", "Oujda"),
    "NE": ("Niamey", "Agadez", "Zinder"),
    "ZA": ("Pretoria", "Johannesburg", "Durban"),
    "UA": ("Kyiv", "Lviv", "Odesa"),
}

CURRENCY_OF = {
    "NP": "NPR", "BD": "BDT", "LK": "LKR", "BT": "BTN", "MV": "MVR", "IN": "INR", "PK": "PKR",
    "AF": "AFN", "IQ": "IQD", "TJ": "TJS", "KZ": "KZT", "KG": "KGS", "UZ": "UZS", "EG": "EGP",
    "MA": "MAD", "BR": "BRL", "CO": "COP", "UA": "UAH", "ZA": "ZAR", "LA": "LAK", "ML": "XOF",
    "NE": "XOF", "BY": "BYN", "IR": "IRR",
}

COUNTERPARTS = {
    "ministry": ("Ministry of Home Affairs", "Ministry of Women and Children",
                 "Ministry of Labour and Employment", "Ministry of Foreign Affairs"),
    "tip_committee": ("National Committee against Human Trafficking",
                      "Inter-ministerial Working Group on Migrant Smuggling"),
    "police_border": ("Central Investigation Bureau", "Anti-Human Trafficking Unit",
                      "Border Police", "Immigration Department"),
    "prosecution": ("Office of the Attorney General", "District Prosecution Office"),
    "judiciary": ("Supreme Court", "Judicial Academy", "High Court"),
    "military": ("Coast Guard",),
    "parliament": ("Parliamentary Committee on Law and Human Rights",),
    "labour": ("Department of Labour Inspection",),
    "financial": ("Financial Intelligence Unit", "Central Bank Supervision Department"),
    "civil_society": ("Shelter Network Association", "Migrant Rights Forum",
                      "Legal Aid Collective", "Women's Rehabilitation Centre"),
    "academia": ("National Law School",),
    "private_sector": ("Mobile Money Operators Association",),
    "international": ("IOM", "UNICEF", "INTERPOL National Central Bureau", "UNHCR"),
}

TRAINING_TITLES = (
    "Investigating online-enabled trafficking in persons",
    "Financial investigations and following the money",
    "Victim identification and referral",
    "Prosecuting migrant smuggling cases",
    "Victim-centred, trauma-informed interviewing",
    "Judicial handling of trafficking cases",
    "International cooperation in criminal matters",
    "Detecting trafficking at border crossings",
    "Digital evidence in trafficking investigations",
    "Labour exploitation and forced labour indicators",
)

TOPICS = (
    "online-enabled trafficking", "financial investigations", "victim identification",
    "digital evidence", "mutual legal assistance", "non-punishment principle",
    "child victims", "smuggling of migrants", "forced labour", "gender-sensitive approaches",
)

FOLLOW_UP_ACTIONS = (
    "Share the draft standard operating procedures for comment",
    "Nominate focal points for the joint working group",
    "Send the training needs assessment questionnaire",
    "Circulate the meeting report to all participants",
    "Organise a follow-up meeting with the prosecution service",
    "Provide comments on the draft amendment to the anti-trafficking law",
)

GRANTEES = ("Shakti Samuha Support Trust", "Safe Migration Alliance", "Hope Shelter Foundation",
            "Legal Aid and Rights Centre", "Rural Women Development Society",
            "Community Reintegration Network", "Child Protection Partners")


@dataclass(frozen=True)
class DemoCounts:
    consultations: int
    trainings: int
    grants: int


class _Maker:
    def __init__(self, ref: Reference, seed: int, today: date, country: str | None = None):
        self.ref = ref
        self.rng = random.Random(seed)
        self.today = today  # nothing happened after today: no future trainings or payments
        self.country = country  # an enrolled laptop makes its own country's records only
        self.programmes = [p for p in ref.programmes.values() if p.countries
                           and (country is None or country in p.countries)]
        weights = {"GLOACT-SA": 5, "PROTECT": 3, "GLOACT-AME": 2, "GLOACT-2015": 2}
        self.weights = [weights.get(p.code, 1) for p in self.programmes]

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def scope(self):
        rng = self.rng
        programme = rng.choices(self.programmes, self.weights)[0]
        country = self.country or rng.choice(sorted(programme.countries))
        first = date(programme.start_year or 2023, 1, 1)
        last = min(date(programme.end_year or 2026, 12, 31), self.today - timedelta(days=7))
        day = first + timedelta(days=rng.randrange(max(1, (last - first).days)))
        places = PLACES.get(country, (self.ref.countries[country],))
        place = rng.choice(places) if rng.random() < 0.55 else places[0]
        objective = rng.choice(list(programme.objectives)) if programme.objectives else ""
        return programme, country, day, place, place != places[0], objective

    def split(self, total: int, parts: int) -> list[int]:
        cuts = sorted(self.rng.randint(0, total) for _ in range(parts - 1))
        return [b - a for a, b in zip([0, *cuts], [*cuts, total])]

    def follow_up_status(self, due: date) -> str:
        """Most actions due long ago were done or dropped; recent ones are still open."""
        if (self.today - due).days > 365 and self.rng.random() < 0.95:
            return self.rng.choice(("done", "done", "done", "dropped"))
        return self.rng.choice(FOLLOW_UP_STATUSES)

    def consultation(self) -> Consultation:
        rng = self.rng
        programme, country, day, place, outside, objective = self.scope()
        types = list(self.ref.counterpart_types)
        counterparts = []
        for kind in rng.sample(types, rng.randint(1, 3)):
            counterparts.append(Counterpart(rng.choice(COUNTERPARTS.get(kind, ("Partner",))), kind))
        follow_ups = []
        for _ in range(rng.choice((0, 1, 1, 2, 3))):
            due = day + timedelta(days=rng.randint(14, 120))
            follow_ups.append(FollowUp(
                rng.choice(FOLLOW_UP_ACTIONS),
                owner=rng.choice(("UNODC", "Ministry", "Police", "Prosecution", "IOM")),
                due_date=due, status=self.follow_up_status(due), id=self.uid()))
        ctype = rng.choice(list(self.ref.consultation_types))
        return Consultation(
            id=self.uid(), programme=programme.code, country=country, date=day,
            title=f"{self.ref.consultation_types[ctype]} with {counterparts[0].organisation}",
            type=ctype, place=place, outside_capital=outside, objective=objective,
            participants_female=rng.randint(0, 25), participants_male=rng.randint(0, 30),
            participants_other=rng.choice((0, 0, 0, 1)),
            pillars=tuple(rng.sample(list(self.ref.pillars), rng.randint(1, 2))),
            target_groups=tuple(rng.sample(list(self.ref.target_groups), rng.randint(0, 2))),
            summary=(f"Discussed {rng.choice(TOPICS)} with {len(counterparts)} counterpart "
                     f"institution(s) in {place}; agreed next steps."),
            counterparts=counterparts, follow_ups=follow_ups)

    def training(self) -> Training:
        rng = self.rng
        programme, country, day, place, outside, objective = self.scope()
        female, male, other = rng.randint(3, 30), rng.randint(3, 35), rng.choice((0, 0, 1))
        kinds = rng.sample(["police_border", "prosecution", "judiciary", "labour", "financial",
                            "civil_society", "ministry"], rng.randint(1, 3))
        by_sex = [self.split(n, len(kinds)) for n in (female, male, other)]
        institutions = [InstitutionCount(k, by_sex[0][i], by_sex[1][i], by_sex[2][i])
                        for i, k in enumerate(kinds)]
        pre = round(rng.uniform(30, 65), 1)
        return Training(
            id=self.uid(), programme=programme.code, country=country,
            title=rng.choice(TRAINING_TITLES), start_date=day,
            end_date=day + timedelta(days=rng.choice((0, 1, 2, 4))),
            pillar=rng.choice(("capacity", "capacity", "protection", "cooperation")),
            objective=objective, topics=tuple(rng.sample(TOPICS, rng.randint(1, 3))),
            venue=place, outside_capital=outside, delivery=rng.choice(DELIVERY_MODES),
            participants_female=female, participants_male=male, participants_other=other,
            trainers_female=rng.randint(0, 3), trainers_male=rng.randint(0, 3),
            pre_test_avg=pre, post_test_avg=round(min(100.0, pre + rng.uniform(5, 30)), 1),
            target_groups=tuple(rng.sample(list(self.ref.target_groups), rng.randint(0, 2))),
            institutions=institutions)

    def grant(self) -> Grant:
        rng = self.rng
        programme, country, day, _place, _outside, _objective = self.scope()
        currency = CURRENCY_OF.get(country, "USD") if rng.random() < 0.6 else "USD"
        minor = self.ref.currencies[currency].minor_units
        committed = Decimal(rng.randrange(20, 400) * 500)
        if currency != "USD":
            committed *= rng.choice((80, 130, 300))
        end = day + timedelta(days=rng.choice((180, 365, 540, 730)))
        status = rng.choice(("pipeline", "active", "active", "active", "suspended", "closed"))
        # A pipeline grant is not signed yet: nothing paid, no report received.
        tranche_count = 0 if status == "pipeline" else rng.randint(0, 3)
        tranches = []
        for i in range(tranche_count):
            share = Decimal(rng.randint(15, 40)) / 100
            paid = day + timedelta(days=30 + i * 120)
            if paid <= self.today:
                tranches.append(Tranche(date=paid, reference=f"TR-{i + 1}", id=self.uid(),
                                        amount=(committed * share).quantize(
                                            Decimal(1).scaleb(-minor))))
        reports = []
        for kind, offset in (("narrative", 180), ("financial", 180), ("final", 400)):
            if rng.random() < 0.8:
                due = day + timedelta(days=offset)
                received = due + timedelta(days=rng.randint(-5, 20))
                keep = status != "pipeline" and rng.random() < 0.6 and received <= self.today
                reports.append(GrantReport(kind=kind, due_date=due, id=self.uid(),
                                           received_date=received if keep else None))
        # Nobody is assisted before a grant starts; "other or not recorded" is the rare case.
        assisted = {column: 0 if status == "pipeline" else
                    (rng.randint(0, 2) if rng.random() < 0.1 else 0) if "_other_" in column else
                    (rng.randint(0, 12) if rng.random() < 0.4 else 0)
                    for column in ASSISTED_COLUMNS}
        return Grant(
            id=self.uid(), programme=programme.code, country=country,
            grantee=rng.choice(GRANTEES), currency=currency, committed_amount=committed,
            start_date=day, end_date=end, agreement_ref=f"VAG/{country}/{day.year}/{rng.randint(1, 99):02d}",
            status=status, services=tuple(rng.sample(SERVICES, rng.randint(1, 4))),
            assisted=assisted,
            assisted_with_disability=rng.randint(0, sum(assisted.values()) // 10),
            tranches=tranches, reports=reports)


def split_counts(records: int) -> DemoCounts:
    """45% consultations, 40% trainings, the rest grants."""
    consultations = records * 45 // 100
    trainings = records * 40 // 100
    return DemoCounts(consultations, trainings, records - consultations - trainings)


def generate_demo(ctx: AppContext, records: int, seed: int = 1,
                  progress: Callable[[int, int], None] | None = None,
                  today: date | None = None) -> DemoCounts:
    """Add `records` demo records in one transaction; `progress(done, total)` is called per batch.
    The same seed and day give the same records. On an enrolled field laptop they are all of its
    own country (it may not write others)."""
    settings = ctx.settings()
    own = settings.get("country") if settings.get("enrolment") else None
    maker = _Maker(ctx.reference, seed, today or date.today(), own)
    counts = split_counts(records)
    plan = (("consultations", counts.consultations, maker.consultation),
            ("trainings", counts.trainings, maker.training),
            ("grants", counts.grants, maker.grant))
    done = 0
    with cycle_collector_paused(), ctx.db.writing() as session:
        writer = RecordWriter(session, ctx.stamp())
        for kind, total, make in plan:
            for start in range(0, total, BATCH):
                batch = [make() for _ in range(min(BATCH, total - start))]
                for rec in batch:
                    problems = errors(validate(rec, ctx.reference))
                    if problems:  # a bug in this generator, never the user's input
                        raise RuntimeError(f"demo made an invalid {kind[:-1]}: {problems}")
                writer.upsert(kind, batch)
                done += len(batch)
                if progress:
                    progress(done, records)
    return counts
