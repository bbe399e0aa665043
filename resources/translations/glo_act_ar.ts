<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>report</name>
        <message>
            <source>Outside the capital</source>
            <translation>خارج العاصمة</translation>
        </message>
        <message>
            <source>In the capital</source>
            <translation>في العاصمة</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>الصفحة {page} من {pages}</translation>
        </message>
        <message>
            <source>No objective given</source>
            <translation>لم يُحدَّد هدف</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>الهدف</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>No</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>المجموع</translation>
        </message>
        <message>
            <source>Pillar</source>
            <translation>الركيزة</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <source>All dates</source>
            <translation>جميع التواريخ</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>من {start} إلى {end}</translation>
        </message>
        <message>
            <source>F</source>
            <translation>إناث</translation>
        </message>
        <message>
            <source>M</source>
            <translation>ذكور</translation>
        </message>
        <message>
            <source>O</source>
            <translation>آخر</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>البرنامج</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>البلد</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>الفترة</translation>
        </message>
        <message>
            <source>Period summary</source>
            <translation>ملخص الفترة</translation>
        </message>
        <message>
            <source>GLO.ACT Field</source>
            <translation>GLO.ACT Field</translation>
        </message>
        <message>
            <source>Consultations are counted by their date, trainings by their first day, and grants when their period overlaps the dates above; amounts disbursed are the tranches paid within those dates. Open follow-ups and overdue reports are counted at any date.</source>
            <translation>تُحسب المشاورات بحسب تاريخها، والتدريبات بحسب يومها الأول، والمنح إذا تداخلت فترتها مع التواريخ أعلاه؛ والمبالغ المصروفة هي الدفعات المسددة خلال تلك التواريخ. وتُحسب إجراءات المتابعة المفتوحة والتقارير المتأخرة في أي تاريخ.</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>الأنشطة</translation>
        </message>
        <message>
            <source>Consultations</source>
            <translation>المشاورات</translation>
        </message>
        <message>
            <source>Trainings</source>
            <translation>التدريبات</translation>
        </message>
        <message>
            <source>People trained</source>
            <translation>الأشخاص المدرَّبون</translation>
        </message>
        <message>
            <source>Women among people trained</source>
            <translation>نسبة النساء بين المدرَّبين</translation>
        </message>
        <message>
            <source>Knowledge gain (post − pre)</source>
            <translation>المكسب المعرفي (البعدي − القبلي)</translation>
        </message>
        <message>
            <source>Grants</source>
            <translation>المنح</translation>
        </message>
        <message>
            <source>People assisted</source>
            <translation>الأشخاص الذين تلقوا المساعدة</translation>
        </message>
        <message>
            <source>Persons with disabilities among them</source>
            <translation>منهم أشخاص ذوو إعاقة</translation>
        </message>
        <message>
            <source>Activities outside the capital</source>
            <translation>الأنشطة خارج العاصمة</translation>
        </message>
        <message>
            <source>Follow-ups overdue</source>
            <translation>إجراءات المتابعة المتأخرة</translation>
        </message>
        <message>
            <source>Grant reports overdue</source>
            <translation>تقارير المنح المتأخرة</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>الأرقام الرئيسية</translation>
        </message>
        <message>
            <source>Committed, disbursed and balance by currency</source>
            <translation>الملتزم به والمصروف والرصيد حسب العملة</translation>
        </message>
        <message>
            <source>Activities by pillar</source>
            <translation>الأنشطة حسب الركيزة</translation>
        </message>
        <message>
            <source>A consultation counts under each of its pillars, so the consultations column can add up to more than their number.</source>
            <translation>تُحسب المشاورة تحت كل ركيزة من ركائزها، لذا قد يزيد مجموع عمود المشاورات على عددها.</translation>
        </message>
        <message>
            <source>People trained and assisted, by sex</source>
            <translation>الأشخاص المدرَّبون والذين تلقوا المساعدة، حسب الجنس</translation>
        </message>
        <message>
            <source>Participants by sex and institution type</source>
            <translation>المشاركون حسب الجنس ونوع المؤسسة</translation>
        </message>
        <message>
            <source>Institution type</source>
            <translation>نوع المؤسسة</translation>
        </message>
        <message>
            <source>Knowledge gain</source>
            <translation>المكسب المعرفي</translation>
        </message>
        <message>
            <source>Trainings in the period</source>
            <translation>التدريبات خلال الفترة</translation>
        </message>
        <message>
            <source>{count} trainings</source>
            <translation>عدد التدريبات: {count}</translation>
        </message>
        <message>
            <source>F, M, O: female, male, other or not recorded.</source>
            <translation>آخر: جنس آخر أو غير مسجَّل.</translation>
        </message>
        <message>
            <source>Open follow-up actions</source>
            <translation>إجراءات المتابعة المفتوحة</translation>
        </message>
        <message>
            <source>Victim-assistance grants</source>
            <translation>منح مساعدة الضحايا</translation>
        </message>
        <message>
            <source>Committed, disbursed and balance by currency are on the first page, with the key figures.</source>
            <translation>الملتزم به والمصروف والرصيد حسب العملة في الصفحة الأولى مع الأرقام الرئيسية.</translation>
        </message>
        <message>
            <source>Grants in the period</source>
            <translation>المنح خلال الفترة</translation>
        </message>
        <message>
            <source>Counts only: the people assisted are never named.</source>
            <translation>أعداد فقط: لا تُذكر أسماء الأشخاص الذين تلقوا المساعدة أبدًا.</translation>
        </message>
        <message>
            <source>Persons with disabilities among them: {count}</source>
            <translation>منهم أشخاص ذوو إعاقة: {count}</translation>
        </message>
        <message>
            <source>All activities</source>
            <translation>جميع الأنشطة</translation>
        </message>
        <message>
            <source>All programmes</source>
            <translation>جميع البرامج</translation>
        </message>
        <message>
            <source>All countries</source>
            <translation>جميع البلدان</translation>
        </message>
        <message>
            <source>There is nothing in this scope: no consultations, trainings or grants were recorded for it.</source>
            <translation>لا يوجد شيء في هذا النطاق: لم تُسجَّل له أي مشاورات أو تدريبات أو منح.</translation>
        </message>
        <message>
            <source>Committed: grants that are active, suspended or closed (not those in the pipeline). Disbursed: tranches paid within the period.</source>
            <translation>الملتزم به: المنح النشطة أو المعلّقة أو المغلقة (لا المنح قيد الإعداد). المصروف: الدفعات المسددة خلال الفترة.</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>لا يوجد.</translation>
        </message>
        <message>
            <source>No pillar given</source>
            <translation>لم تُحدَّد ركيزة</translation>
        </message>
        <message>
            <source>Activities by programme objective</source>
            <translation>الأنشطة حسب أهداف البرنامج</translation>
        </message>
        <message>
            <source>Some trainings have no breakdown by institution type, or one that does not add up: the table counts {counted} of the {total} people trained.</source>
            <translation>بعض التدريبات ليس لها توزيع حسب نوع المؤسسة، أو لها توزيع لا يتطابق مجموعه: يحسب الجدول {counted} من أصل {total} شخصًا مدرَّبًا.</translation>
        </message>
        <message>
            <source>Counterpart types</source>
            <translation>أنواع النظراء</translation>
        </message>
        <message>
            <source>Consultations in the period</source>
            <translation>المشاورات خلال الفترة</translation>
        </message>
        <message>
            <source>{count} consultations</source>
            <translation>عدد المشاورات: {count}</translation>
        </message>
        <message>
            <source>No consultations in this scope.</source>
            <translation>لا توجد مشاورات في هذا النطاق.</translation>
        </message>
        <message>
            <source>{open} open, {overdue} of them overdue on {today} (shown in red); of consultations at any date.</source>
            <translation>{open} مفتوحة، منها {overdue} متأخرة في {today} (باللون الأحمر)؛ من مشاورات في أي تاريخ.</translation>
        </message>
        <message>
            <source>Disbursement over time, by quarter</source>
            <translation>الصرف عبر الزمن، حسب الربع</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>المؤشر</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>القيمة</translation>
        </message>
        <message>
            <source>No trainings in this scope.</source>
            <translation>لا توجد تدريبات في هذا النطاق.</translation>
        </message>
        <message>
            <source>Trainings with both tests</source>
            <translation>التدريبات ذات الاختبارين</translation>
        </message>
        <message>
            <source>Pre-test average</source>
            <translation>متوسط الاختبار القبلي</translation>
        </message>
        <message>
            <source>Post-test average</source>
            <translation>متوسط الاختبار البعدي</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>البدء</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>المكان</translation>
        </message>
        <message>
            <source>Pre</source>
            <translation>قبلي</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>بعدي</translation>
        </message>
        <message>
            <source>Gain</source>
            <translation>المكسب</translation>
        </message>
        <message>
            <source>No grants in this scope.</source>
            <translation>لا توجد منح في هذا النطاق.</translation>
        </message>
        <message>
            <source>Charts for the {count} currencies paid most often; the table on the first page has them all.</source>
            <translation>رسوم بيانية لأكثر {count} عملات دفعًا؛ ويتضمن جدول الصفحة الأولى جميع العملات.</translation>
        </message>
        <message>
            <source>Grantee</source>
            <translation>الجهة المستفيدة</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>الاتفاقية</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>العملة</translation>
        </message>
        <message>
            <source>Committed</source>
            <translation>الملتزم به</translation>
        </message>
        <message>
            <source>Disbursed</source>
            <translation>المصروف</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>الرصيد</translation>
        </message>
        <message>
            <source>All</source>
            <translation>الكل</translation>
        </message>
        <message>
            <source>Share outside</source>
            <translation>النسبة خارج العاصمة</translation>
        </message>
        <message>
            <source>Data as of</source>
            <translation>البيانات حتى</translation>
        </message>
        <message>
            <source>Last change recorded</source>
            <translation>آخر تغيير مسجَّل</translation>
        </message>
        <message>
            <source>Prepared on</source>
            <translation>أُعدّ على جهاز</translation>
        </message>
        <message>
            <source>Activities by programme outcome</source>
            <translation>الأنشطة حسب نتائج البرنامج</translation>
        </message>
        <message>
            <source>Activities by programme pillar</source>
            <translation>الأنشطة حسب ركائز البرنامج</translation>
        </message>
        <message>
            <source>Counterpart type</source>
            <translation>نوع النظير</translation>
        </message>
        <message>
            <source>Counterparts</source>
            <translation>النظراء</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>المشاركون</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>الموعد</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>المسؤول</translation>
        </message>
        <message>
            <source>Consultation</source>
            <translation>مشاورة</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>التقرير</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>أيام التأخير</translation>
        </message>
        <message>
            <source>Victim-assistance grant</source>
            <translation>منحة مساعدة الضحايا</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>تدريب</translation>
        </message>
        <message>
            <source>Kind and age</source>
            <translation>الفئة والعمر</translation>
        </message>
        <message>
            <source>Record id: {id}</source>
            <translation>معرِّف السجل: {id}</translation>
        </message>
        <message>
            <source>People</source>
            <translation>الأشخاص</translation>
        </message>
        <message>
            <source>Pillars</source>
            <translation>الركائز</translation>
        </message>
        <message>
            <source>Target groups</source>
            <translation>الفئات المستهدفة</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>الملخص</translation>
        </message>
        <message>
            <source>Participants by sex</source>
            <translation>المشاركون حسب الجنس</translation>
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation>إجراءات المتابعة</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>التواريخ</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>المواضيع</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>مكان الانعقاد</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>طريقة التنفيذ</translation>
        </message>
        <message>
            <source>Trainers</source>
            <translation>المدرِّبون</translation>
        </message>
        <message>
            <source>Women: {female}, men: {male}</source>
            <translation>النساء: {female}، الرجال: {male}</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <source>Agreement reference</source>
            <translation>مرجع الاتفاقية</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>الخدمات</translation>
        </message>
        <message>
            <source>People assisted by sex, age and kind</source>
            <translation>الأشخاص الذين تلقوا المساعدة حسب الجنس والعمر والفئة</translation>
        </message>
        <message>
            <source>Tranches</source>
            <translation>الدفعات</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>التقارير</translation>
        </message>
        <message>
            <source>Created {when} on {device}; last changed {changed} on {by}.</source>
            <translation>أُنشئ في {when} على {device}؛ وآخر تغيير في {changed} على {by}.</translation>
        </message>
        <message>
            <source>None recorded.</source>
            <translation>لم يُسجَّل شيء.</translation>
        </message>
        <message>
            <source>No breakdown by institution type was recorded.</source>
            <translation>لم يُسجَّل توزيع حسب نوع المؤسسة.</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>استُلم</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>متأخر</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>المنظمة</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>المرجع</translation>
        </message>
        <message>
            <source>Amount ({currency})</source>
            <translation>المبلغ ({currency})</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>متأخر</translation>
        </message>
    </context>
    <context>
        <name>reference</name>
        <message>
            <source>Policy development</source>
            <translation>وضع السياسات</translation>
        </message>
        <message>
            <source>Legislative assistance</source>
            <translation>المساعدة التشريعية</translation>
        </message>
        <message>
            <source>Capacity building</source>
            <translation>بناء القدرات</translation>
        </message>
        <message>
            <source>Regional and international cooperation</source>
            <translation>التعاون الإقليمي والدولي</translation>
        </message>
        <message>
            <source>Protection and assistance</source>
            <translation>الحماية والمساعدة</translation>
        </message>
        <message>
            <source>Ministry or government department</source>
            <translation>وزارة أو دائرة حكومية</translation>
        </message>
        <message>
            <source>National TIP/SOM committee</source>
            <translation>اللجنة الوطنية لمكافحة الاتجار بالأشخاص وتهريب المهاجرين</translation>
        </message>
        <message>
            <source>Police and border agencies</source>
            <translation>الشرطة وأجهزة الحدود</translation>
        </message>
        <message>
            <source>Prosecution service</source>
            <translation>النيابة العامة</translation>
        </message>
        <message>
            <source>Judiciary</source>
            <translation>السلطة القضائية</translation>
        </message>
        <message>
            <source>Military</source>
            <translation>الجيش</translation>
        </message>
        <message>
            <source>Parliament</source>
            <translation>البرلمان</translation>
        </message>
        <message>
            <source>Labour inspection</source>
            <translation>تفتيش العمل</translation>
        </message>
        <message>
            <source>Financial intelligence unit or regulator</source>
            <translation>وحدة الاستخبارات المالية أو الجهة الرقابية</translation>
        </message>
        <message>
            <source>Civil society organisation</source>
            <translation>منظمة مجتمع مدني</translation>
        </message>
        <message>
            <source>Academia and research</source>
            <translation>الأوساط الأكاديمية والبحثية</translation>
        </message>
        <message>
            <source>Private sector</source>
            <translation>القطاع الخاص</translation>
        </message>
        <message>
            <source>International partner (e.g. INTERPOL, IOM, UNICEF)</source>
            <translation>شريك دولي (مثل INTERPOL وIOM وUNICEF)</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>النساء</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>الأطفال</translation>
        </message>
        <message>
            <source>Persons with disabilities</source>
            <translation>الأشخاص ذوو الإعاقة</translation>
        </message>
        <message>
            <source>Indigenous peoples</source>
            <translation>الشعوب الأصلية</translation>
        </message>
        <message>
            <source>Migrants in vulnerable situations</source>
            <translation>المهاجرون في أوضاع هشة</translation>
        </message>
        <message>
            <source>Consultative mission</source>
            <translation>بعثة استشارية</translation>
        </message>
        <message>
            <source>Technical meeting</source>
            <translation>اجتماع تقني</translation>
        </message>
        <message>
            <source>High-level meeting</source>
            <translation>اجتماع رفيع المستوى</translation>
        </message>
        <message>
            <source>Committee session</source>
            <translation>جلسة لجنة</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>ورشة عمل</translation>
        </message>
        <message>
            <source>Coordination meeting</source>
            <translation>اجتماع تنسيقي</translation>
        </message>
        <message>
            <source>Field visit</source>
            <translation>زيارة ميدانية</translation>
        </message>
    </context>
    <context>
        <name>vocab</name>
        <message>
            <source>Female</source>
            <translation>إناث</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>ذكور</translation>
        </message>
        <message>
            <source>Other or not recorded</source>
            <translation>آخر أو غير مسجَّل</translation>
        </message>
        <message>
            <source>Child (under 18)</source>
            <translation>طفل (دون 18 عامًا)</translation>
        </message>
        <message>
            <source>Adult</source>
            <translation>بالغ</translation>
        </message>
        <message>
            <source>Victim of trafficking</source>
            <translation>ضحية الاتجار بالأشخاص</translation>
        </message>
        <message>
            <source>Smuggled migrant</source>
            <translation>مهاجر مهرَّب</translation>
        </message>
        <message>
            <source>Vulnerable migrant</source>
            <translation>مهاجر مستضعف</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>حضوري</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>عبر الإنترنت</translation>
        </message>
        <message>
            <source>Blended</source>
            <translation>مدمج</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>قيد الإعداد</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>نشطة</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>معلّقة</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>مغلقة</translation>
        </message>
        <message>
            <source>Shelter</source>
            <translation>المأوى</translation>
        </message>
        <message>
            <source>Medical care</source>
            <translation>الرعاية الطبية</translation>
        </message>
        <message>
            <source>Legal aid</source>
            <translation>المساعدة القانونية</translation>
        </message>
        <message>
            <source>Psychosocial support</source>
            <translation>الدعم النفسي والاجتماعي</translation>
        </message>
        <message>
            <source>Reintegration</source>
            <translation>إعادة الإدماج</translation>
        </message>
        <message>
            <source>Assisted return</source>
            <translation>العودة بمساعدة</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>مفتوح</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>قيد التنفيذ</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>منجز</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>ملغى</translation>
        </message>
        <message>
            <source>Narrative report</source>
            <translation>التقرير السردي</translation>
        </message>
        <message>
            <source>Financial report</source>
            <translation>التقرير المالي</translation>
        </message>
        <message>
            <source>Final report</source>
            <translation>التقرير النهائي</translation>
        </message>
    </context>
</TS>
