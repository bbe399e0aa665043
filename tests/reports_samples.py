"""Records whose content is written in each script the reports must render (tests and docs).

The texts are ordinary sentences an officer would type, with the digits and Latin acronyms that
make right-to-left layout hard.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from glo_act_desktop.domain.records import (
    Consultation, Counterpart, FollowUp, Grant, GrantReport, InstitutionCount, Training, Tranche,
)

ARABIC_SENTENCE = "وصل 25 مشاركا من UNODC إلى أربيل في 2024."


def bengali() -> Consultation:
    return Consultation(
        programme="GLOACT-SA", country="BD", date=date(2025, 3, 4),
        title="কক্সবাজারে মানব পাচার প্রতিরোধ বিষয়ক সমন্বয় সভা", type="coordination_meeting",
        place="কক্সবাজার", outside_capital=True, objective="GLOACT-SA.OC3",
        participants_female=9, participants_male=14, participants_other=1,
        pillars=("protection", "cooperation"), target_groups=("women", "children"),
        summary=("জেলা প্রশাসন, পুলিশ ও ১২টি বেসরকারি সংস্থার প্রতিনিধিরা ভুক্তভোগী শনাক্তকরণ ও "
                 "রেফারেল প্রক্রিয়া পর্যালোচনা করেন। UNODC ২০২৫ সালের কর্মপরিকল্পনার খসড়া "
                 "উপস্থাপন করে এবং অংশগ্রহণকারীরা তাদের মতামত দেন।"),
        counterparts=[Counterpart("জেলা প্রশাসকের কার্যালয়, কক্সবাজার", "ministry"),
                      Counterpart("বাংলাদেশ পুলিশ, মানব পাচার দমন ইউনিট", "police_border"),
                      Counterpart("IOM Bangladesh", "international")],
        follow_ups=[FollowUp("রেফারেল নির্দেশিকার খসড়া সকল অংশীদারের কাছে পাঠানো",
                             owner="ইউএনওডিসি", due_date=date(2025, 4, 15)),
                    FollowUp("পরবর্তী সভার তারিখ নির্ধারণ", owner="জেলা প্রশাসন",
                             due_date=date(2025, 9, 1), status="in_progress")])


def nepali() -> Training:
    return Training(
        programme="GLOACT-SA", country="NP", title="मानव बेचबिखन अनुसन्धान सम्बन्धी तालिम",
        start_date=date(2025, 2, 10), end_date=date(2025, 2, 12), pillar="capacity",
        objective="GLOACT-SA.OC2", topics=("डिजिटल प्रमाण", "वित्तीय अनुसन्धान"),
        venue="नेपालगञ्ज, बाँके", outside_capital=True, delivery="in_person",
        participants_female=11, participants_male=17, participants_other=0,
        trainers_female=1, trainers_male=2, pre_test_avg=44.5, post_test_avg=71.25,
        target_groups=("women",),
        notes=("सहभागीहरूले अनलाइन माध्यमबाट हुने बेचबिखनका घटनाहरूको अनुसन्धान गर्ने विधि सिके। "
               "प्रहरी र सरकारी वकिलको कार्यालयबाट २८ जनाले भाग लिए।"),
        institutions=[InstitutionCount("police_border", 7, 12, 0),
                      InstitutionCount("prosecution", 4, 5, 0)])


def sinhala_tamil() -> Consultation:
    return Consultation(
        programme="GLOACT-SA", country="LK", date=date(2025, 1, 20),
        title="මිනිස් ජාවාරම වැළැක්වීම පිළිබඳ තාක්ෂණික රැස්වීම", type="technical_meeting",
        place="யாழ்ப்பாணம்", outside_capital=True, objective="GLOACT-SA.OC4",
        participants_female=6, participants_male=8, participants_other=0,
        pillars=("cooperation",),
        summary=("யாழ்ப்பாணத்தில் மனித கடத்தலைத் தடுப்பது தொடர்பான தொழில்நுட்பக் கூட்டம்; "
                 "25 பங்கேற்பாளர்கள் கலந்துகொண்டனர்.\n"
                 "ශ්‍රී ලංකා පොලිසිය සහ අධිකරණ අමාත්‍යාංශය සමඟ ඊළඟ පියවර සාකච්ඡා කරන ලදී."),
        counterparts=[Counterpart("யாழ்ப்பாணம் மாவட்ட செயலகம்", "ministry"),
                      Counterpart("ශ්‍රී ලංකා පොලිසිය", "police_border")],
        follow_ups=[FollowUp("கூட்ட அறிக்கையை அனைவருக்கும் அனுப்புதல்", owner="UNODC",
                             due_date=date(2025, 2, 28), status="done")])


def arabic() -> Grant:
    rec = Grant(
        programme="PROTECT", country="IQ", grantee="منظمة الأمل لحماية ضحايا الاتجار بالبشر",
        currency="USD", committed_amount=Decimal("85000"), start_date=date(2024, 7, 1),
        end_date=date(2025, 12, 31), agreement_ref="VAG/IQ/2024/07", status="active",
        services=("shelter", "psychosocial", "legal_aid"),
        notes=ARABIC_SENTENCE + " قدّمت المنظمة المأوى والدعم النفسي لـ 40 ضحية "
              "(منهم 12 طفلا) بالتعاون مع IOM.",
        tranches=[Tranche(date(2024, 7, 15), Decimal("30000"), "الدفعة 1"),
                  Tranche(date(2025, 1, 20), Decimal("25000.50"), "الدفعة 2")],
        reports=[GrantReport("narrative", date(2025, 1, 31), date(2025, 2, 3),
                             notes="التقرير السردي الأول: 18 صفحة"),
                 GrantReport("financial", date(2025, 5, 31))])
    rec.assisted.update({"assisted_female_adult_trafficking": 14,
                         "assisted_female_child_trafficking": 8,
                         "assisted_male_child_trafficking": 4,
                         "assisted_male_adult_smuggled": 9,
                         "assisted_female_adult_vulnerable": 5})
    rec.assisted_with_disability = 3
    return rec


def dari_pashto() -> Consultation:
    return Consultation(
        programme="PROTECT", country="AF", date=date(2024, 11, 5),
        title="جلسه هماهنگی مبارزه با قاچاق انسان در هرات", type="coordination_meeting",
        place="هرات", outside_capital=True, objective="PROTECT.OC3",
        participants_female=7, participants_male=12, participants_other=0,
        pillars=("protection",), target_groups=("vulnerable_migrants",),
        summary=("در این جلسه ۲۵ نفر از نهادهای دولتی و غیردولتی شرکت کردند و گزارش UNODC "
                 "درباره‌ی مهاجران بازگشته از ایران (۲۰۲۴) بررسی شد.\n"
                 "په کابل کې د ۲۰۲۴ کال د انسانانو د قاچاق پر وړاندې ورکشاپ ۳۰ ګډونوال درلودل."),
        counterparts=[Counterpart("وزارت امور مهاجرین و عودت کنندگان", "ministry"),
                      Counterpart("د کډوالو او راستنېدونکو چارو وزارت", "ministry"),
                      Counterpart("UNHCR Afghanistan", "international")],
        follow_ups=[FollowUp("ارسال گزارش جلسه به همه‌ی شرکت‌کنندگان", owner="UNODC",
                             due_date=date(2024, 12, 1))])


def urdu() -> Training:
    return Training(
        programme="PROTECT", country="PK", title="انسانی اسمگلنگ کی تحقیقات پر تربیتی ورکشاپ",
        start_date=date(2025, 4, 7), end_date=date(2025, 4, 9), pillar="capacity",
        objective="PROTECT.OC2", topics=("مالی تحقیقات", "digital evidence"),
        venue="اسلام آباد", outside_capital=False, delivery="blended",
        participants_female=6, participants_male=24, participants_other=0,
        trainers_female=1, trainers_male=1, pre_test_avg=51.0, post_test_avg=68.5,
        notes="FIA کے 30 افسران نے شرکت کی، جن میں 6 خواتین تھیں۔",
        institutions=[InstitutionCount("police_border", 6, 24, 0)])


def russian() -> Consultation:
    return Consultation(
        programme="PROTECT", country="TJ", date=date(2025, 5, 21),
        title="Совещание по противодействию торговле людьми в Душанбе",
        type="high_level_meeting", place="Душанбе", outside_capital=False,
        objective="PROTECT.OC1", participants_female=5, participants_male=11,
        pillars=("policy", "legislation"),
        summary="Обсуждён проект национального плана действий на 2025–2027 годы; "
                "участвовали 16 человек из 6 ведомств и UNODC.",
        counterparts=[Counterpart("Министерство внутренних дел", "ministry"),
                      Counterpart("Генеральная прокуратура", "prosecution")],
        follow_ups=[FollowUp("Направить замечания к проекту плана", owner="МВД",
                             due_date=date(2025, 6, 30))])


def dhivehi() -> Consultation:
    return Consultation(
        programme="GLOACT-SA", country="MV", date=date(2025, 2, 18),
        title="މާލޭގައި އިންސާނުން ވިއްކުމާ ދެކޮޅަށް ބޭއްވި ޖަލްސާ", type="workshop",
        place="މާލެ", outside_capital=False, objective="GLOACT-SA.OC1",
        participants_female=8, participants_male=10, pillars=("policy",),
        summary="ޖަލްސާގައި 18 ބައިވެރިން ބައިވެރިވި. UNODC ގެ ލަފާ ހިއްސާކުރެވުނު.",
        counterparts=[Counterpart("Maldives Police Service", "police_border")])


ALL = {"bengali": bengali, "nepali": nepali, "sinhala-tamil": sinhala_tamil, "arabic": arabic,
       "dari-pashto": dari_pashto, "urdu": urdu, "russian": russian, "dhivehi": dhivehi}

# Each script and a record that writes in it.
SCRIPTS = {
    "Latin": "arabic",  # UNODC, IOM inside Arabic text
    "Cyrillic": "russian",
    "Bengali": "bengali",
    "Devanagari": "nepali",
    "Sinhala": "sinhala-tamil",
    "Tamil": "sinhala-tamil",
    "Arabic": "arabic",
    "Dari": "dari-pashto",
    "Pashto": "dari-pashto",
    "Urdu": "urdu",
    "Thaana": "dhivehi",
}
