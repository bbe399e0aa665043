"""Reference data seeded by revision 0001. Frozen: HQ corrections arrive as data, and later
changes to the seed go into a new revision."""

# code, name, start year, end year (None: HQ to confirm), what its results are called
PROGRAMMES = (
    ("GLOACT-2015", "GLO.ACT 2015–2019: Global Action against Trafficking in Persons and the "
                    "Smuggling of Migrants", 2015, 2019, "objective"),
    ("GLOACT-AME", "GLO.ACT Asia and the Middle East 2018–2023", 2018, 2023, "pillar"),
    ("GLOACT-SA", "GLO.ACT South Asia 2024–2027", 2024, 2027, "outcome"),
    ("PROTECT", "PROTECT: Afghanistan, Iraq, Pakistan, Tajikistan and Central Asia",
     None, None, "outcome"),
)

# programme, country, role
PROGRAMME_COUNTRIES = tuple(
    [("GLOACT-2015", cc, "core") for cc in
     ("BY", "BR", "CO", "EG", "KG", "LA", "ML", "MA", "NP", "NE", "PK", "ZA", "UA")]
    + [("GLOACT-AME", cc, "core") for cc in ("AF", "IR", "IQ", "PK", "BD")]
    + [("GLOACT-SA", cc, "core") for cc in ("BD", "BT", "MV", "NP", "LK")]
    + [("GLOACT-SA", "IN", "regional")]
    + [("PROTECT", cc, "core") for cc in ("AF", "IQ", "PK", "TJ")]
    + [("PROTECT", cc, "regional") for cc in ("KZ", "KG", "UZ")]
)

# code, programme, position, title
OBJECTIVES = (
    ("GLOACT-2015.O1", "GLOACT-2015", 1, "Strategy and policy development"),
    ("GLOACT-2015.O2", "GLOACT-2015", 2, "Legislative assistance"),
    ("GLOACT-2015.O3", "GLOACT-2015", 3, "Capacity building of practitioners"),
    ("GLOACT-2015.O4", "GLOACT-2015", 4, "Regional and trans-regional cooperation"),
    ("GLOACT-2015.O5", "GLOACT-2015", 5,
     "Protection and assistance to victims of trafficking and vulnerable migrants"),
    ("GLOACT-2015.O6", "GLOACT-2015", 6, "Assistance and support to children"),
    ("GLOACT-AME.P1", "GLOACT-AME", 1, "Policy development"),
    ("GLOACT-AME.P2", "GLOACT-AME", 2, "Legislative assistance"),
    ("GLOACT-AME.P3", "GLOACT-AME", 3, "Capacity building"),
    ("GLOACT-AME.P4", "GLOACT-AME", 4, "Regional and trans-regional cooperation"),
    ("GLOACT-AME.P5", "GLOACT-AME", 5,
     "Protection and assistance to victims of trafficking and vulnerable migrants"),
    ("GLOACT-SA.OC1", "GLOACT-SA", 1,
     "National policy and legal frameworks strengthened in line with international standards"),
    ("GLOACT-SA.OC2", "GLOACT-SA", 2,
     "Criminal-justice practitioners better able to detect, investigate, prosecute and "
     "adjudicate trafficking and smuggling, including online-enabled crime"),
    ("GLOACT-SA.OC3", "GLOACT-SA", 3,
     "Victims of trafficking and vulnerable migrants identified, protected and assisted"),
    ("GLOACT-SA.OC4", "GLOACT-SA", 4, "National, regional and trans-regional cooperation enhanced"),
    ("PROTECT.OC1", "PROTECT", 1, "Legal and policy responses strengthened"),
    ("PROTECT.OC2", "PROTECT", 2, "Criminal-justice capacity enhanced"),
    ("PROTECT.OC3", "PROTECT", 3, "Victims and vulnerable migrants protected and assisted"),
    ("PROTECT.OC4", "PROTECT", 4, "Regional and trans-regional cooperation enhanced"),
)

PILLARS = (
    ("policy", "Policy development"),
    ("legislation", "Legislative assistance"),
    ("capacity", "Capacity building"),
    ("cooperation", "Regional and international cooperation"),
    ("protection", "Protection and assistance"),
)

COUNTERPART_TYPES = (
    ("ministry", "Ministry or government department"),
    ("tip_committee", "National TIP/SOM committee"),
    ("police_border", "Police and border agencies"),
    ("prosecution", "Prosecution service"),
    ("judiciary", "Judiciary"),
    ("military", "Military"),
    ("parliament", "Parliament"),
    ("labour", "Labour inspection"),
    ("financial", "Financial intelligence unit or regulator"),
    ("civil_society", "Civil society organisation"),
    ("academia", "Academia and research"),
    ("private_sector", "Private sector"),
    ("international", "International partner (e.g. INTERPOL, IOM, UNICEF)"),
)

TARGET_GROUPS = (
    ("women", "Women"),
    ("children", "Children"),
    ("disability", "Persons with disabilities"),
    ("indigenous", "Indigenous peoples"),
    ("vulnerable_migrants", "Migrants in vulnerable situations"),
)

CONSULTATION_TYPES = (
    ("consultative_mission", "Consultative mission"),
    ("technical_meeting", "Technical meeting"),
    ("high_level_meeting", "High-level meeting"),
    ("committee_session", "Committee session"),
    ("workshop", "Workshop"),
    ("coordination_meeting", "Coordination meeting"),
    ("field_visit", "Field visit"),
)
