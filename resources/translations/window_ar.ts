<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../glo_act_desktop/ui/widgets/attachments.py" line="+100"/>
        <source>Attendance sheets, agreements, photos: files added here are stored at once (they do not wait for Save) and travel with the record when you sync. At most %1 per file.</source>
        <translation>أوراق الحضور والاتفاقيات والصور: تُخزَّن الملفات المضافة هنا فورًا (لا تنتظر الحفظ) وتنتقل مع السجل عند المزامنة. الحد الأقصى %1 لكل ملف.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add file…</source>
        <translation>إ&amp;ضافة ملف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected file in the program your computer uses for it (a copy: the stored file is not changed)</source>
        <translation>افتح الملف المحدد في البرنامج الذي يستخدمه حاسوبك له (نسخة: لا يتغير الملف المخزَّن)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the selected file off this record</source>
        <translation>أزل الملف المحدد من هذا السجل</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (%2), added by %3 on %4</source>
        <translation>%1 (%2)، أضافه %3 في %4</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a file to add to this record</source>
        <translation>اختر ملفًا لإضافته إلى هذا السجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the record first: files can be added to a saved record only</source>
        <translation>احفظ السجل أولًا: لا يمكن إضافة الملفات إلا إلى سجل محفوظ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the record first, then add its files here.</source>
        <translation>احفظ السجل أولًا، ثم أضف ملفاته هنا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No files yet. Press Add file… to add one.</source>
        <translation>لا توجد ملفات بعد. اضغط «إضافة ملف…» لإضافة ملف.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 file.</source>
        <translation>ملف واحد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 files.</source>
        <translation>عدد الملفات: %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add a file to this record</source>
        <translation>أضف ملفًا إلى هذا السجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>جميع الملفات (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>File not added</source>
        <translation>لم يُضَف الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be stored: %1</source>
        <translation>تعذّر تخزين الملف: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+3"/>
        <location line="+5"/>
        <source>Cannot open the file</source>
        <translation>تعذّر فتح الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No program on this computer opens “%1”. A copy is in %2.</source>
        <translation>لا يوجد على هذا الحاسوب برنامج يفتح «%1». توجد نسخة منه في %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove attachment</source>
        <translation>إزالة المرفق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take “%1” off this record?</source>
        <translation>هل تريد إزالة «%1» من هذا السجل؟</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../glo_act_desktop/ui/widgets/charts.py" line="+59"/>
        <source>Nothing recorded</source>
        <translation>لم يُسجَّل شيء</translation>
    </message>
</context>
<context>
    <name>ChildRowsDelegate</name>
    <message>
        <location filename="../../glo_act_desktop/ui/widgets/child_rows.py" line="+188"/>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
</context>
<context>
    <name>ChildRowsEditor</name>
    <message>
        <location line="+147"/>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Row %1</source>
        <translation>الصف %1</translation>
    </message>
</context>
<context>
    <name>CodeChecklist</name>
    <message>
        <location filename="../../glo_act_desktop/ui/widgets/inputs.py" line="+329"/>
        <source>%1 (not in the list)</source>
        <translation>%1 (ليس في القائمة)</translation>
    </message>
</context>
<context>
    <name>CodeCombo</name>
    <message>
        <location line="-65"/>
        <source>%1 (not in the list)</source>
        <translation>%1 (ليس في القائمة)</translation>
    </message>
</context>
<context>
    <name>ConflictMergeDialog</name>
    <message>
        <location filename="../../forms/conflict_merge.ui" line="+9"/>
        <source>Merge the values</source>
        <translation>دمج القيم</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Value to keep</source>
        <translation>القيمة التي ست&amp;بقى</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merged value</source>
        <translation>القيمة المدمجة</translation>
    </message>
    <message>
        <location filename="../../glo_act_desktop/ui/sync_page.py" line="+88"/>
        <source>“{field}” of “{title}” was changed on more than one device. Combine the values into the one to keep; it replaces them on every device.</source>
        <translation>تغيّر «{field}» في «{title}» على أكثر من جهاز. اجمع القيم في القيمة التي ستبقى؛ وستحل محلها على كل جهاز.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>At most {limit} characters: {count} now.</source>
        <translation>الحد الأقصى للأحرف: {limit}؛ الآن: {count}.</translation>
    </message>
</context>
<context>
    <name>ConsultationEditor</name>
    <message>
        <location filename="../../forms/editors/consultation.ui" line="+14"/>
        <source>Consultation</source>
        <translation>مشاورة</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+36"/>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Programme</source>
        <translation>ال&amp;برنامج</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cou&amp;ntry</source>
        <translation>ال&amp;بلد</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Objective</source>
        <translation>ال&amp;هدف</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Programme objective or outcome</source>
        <translation>هدف البرنامج أو نتيجته</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Date</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date of the consultation</source>
        <translation>تاريخ المشاورة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>T&amp;ype</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type of consultation</source>
        <translation>نوع المشاورة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Meeting on the national action plan</source>
        <translation>مثال: اجتماع بشأن خطة العمل الوطنية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;lace</source>
        <translation>ال&amp;مكان</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Town or district</source>
        <translation>المدينة أو المنطقة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Held outside the capital</source>
        <translation>عُقد خارج العاصمة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held outside the &amp;capital</source>
        <translation>عُقد خارج ال&amp;عاصمة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What was discussed</source>
        <translation>ما نوقش</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;ummary</source>
        <translation>ال&amp;ملخص</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What was discussed and agreed. Name organisations and roles, not private persons.</source>
        <translation>ما نوقش وما اتُّفق عليه. اذكر المنظمات والأدوار، لا الأشخاص بأسمائهم.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Female</source>
        <translation>إ&amp;ناث</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Female participants</source>
        <translation>المشاركات من الإناث</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Male</source>
        <translation>&amp;ذكور</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Male participants</source>
        <translation>المشاركون من الذكور</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ot&amp;her or not recorded</source>
        <translation>آ&amp;خر أو غير مسجَّل</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Other or not recorded participants</source>
        <translation>مشاركون من جنس آخر أو غير مسجَّل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total participants</source>
        <translation>مجموع المشاركين</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Themes</source>
        <translation>المحاور</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>P&amp;illars</source>
        <translation>ال&amp;ركائز</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pillars</source>
        <translation>الركائز</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tar&amp;get groups</source>
        <translation>الفئات المس&amp;تهدفة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Target groups</source>
        <translation>الفئات المستهدفة</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Counterparts and follow-up</source>
        <translation>النظراء والمتابعة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Counterparts</source>
        <translation>ال&amp;نظراء</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The organisations that took part. Name organisations, not people.</source>
        <translation>المنظمات التي شاركت. اذكر المنظمات لا الأشخاص.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counterparts</source>
        <translation>النظراء</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Follow-up actions</source>
        <translation>إجراءات ال&amp;متابعة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What was agreed: the action, who does it, and by when.</source>
        <translation>ما اتُّفق عليه: الإجراء، ومن يقوم به، وموعده.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Follow-up actions</source>
        <translation>إجراءات المتابعة</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete this record (you can undo it)</source>
        <translation>احذف هذا السجل (يمكنك التراجع)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the editor (Esc)</source>
        <translation>أغلق المحرِّر (Esc)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save (Ctrl+S)</source>
        <translation>حفظ (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../glo_act_desktop/ui/editors/consultation.py" line="+32"/>
        <source>consultation</source>
        <translation>المشاورة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a type…</source>
        <translation>اختر النوع…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organisation&apos;s name, not a person&apos;s</source>
        <translation>اسم المنظمة، لا اسم شخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add counterpart</source>
        <translation>إ&amp;ضافة نظير</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>No counterparts yet. Press Add counterpart (or Insert) to add the organisations that took part.</source>
        <translation>لا يوجد نظراء بعد. اضغط «إضافة نظير» (أو Insert) لإضافة المنظمات التي شاركت.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An organisation or a role, e.g. UNODC or Ministry of Home Affairs</source>
        <translation>منظمة أو دور، مثل UNODC أو وزارة الداخلية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due by</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add ac&amp;tion</source>
        <translation>إضافة إ&amp;جراء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No follow-up actions yet. Press Add action (or Insert) for each action agreed at the meeting.</source>
        <translation>لا توجد إجراءات متابعة بعد. اضغط «إضافة إجراء» (أو Insert) لكل إجراء اتُّفق عليه في الاجتماع.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../forms/dashboard.ui" line="+9"/>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Programme</source>
        <translation>ال&amp;برنامج</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Country</source>
        <translation>ال&amp;بلد</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>P&amp;eriod</source>
        <translation>ال&amp;فترة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;from</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Period starts on</source>
        <translation>تاريخ بدء الفترة</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+23"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>&amp;to</source>
        <translation>إ&amp;لى</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Period ends on</source>
        <translation>تاريخ انتهاء الفترة</translation>
    </message>
    <message>
        <location filename="../../glo_act_desktop/ui/dashboard.py" line="+148"/>
        <location line="+162"/>
        <source>Updating…</source>
        <translation>جارٍ التحديث…</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>All programmes</source>
        <translation>جميع البرامج</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chosen dates</source>
        <translation>تواريخ مختارة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This quarter</source>
        <translation>هذا الربع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last quarter</source>
        <translation>الربع الماضي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This year</source>
        <translation>هذا العام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>آخر 12 شهرًا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All time</source>
        <translation>كل الفترات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>any date</source>
        <translation>أي تاريخ</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>All countries</source>
        <translation>جميع البلدان</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The period starts after it ends: change “from” or “to”.</source>
        <translation>تبدأ الفترة بعد نهايتها: غيّر «من» أو «إلى».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The figures could not be read: {reason}</source>
        <translation>تعذّرت قراءة الأرقام: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the figures</source>
        <translation>جارٍ قراءة الأرقام</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click a figure or a bar to see its records</source>
        <translation>انقر رقمًا أو شريطًا لعرض سجلاته</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Open these records</source>
        <translation>فتح هذه السجلات</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Consultations held</source>
        <translation>المشاورات المعقودة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meetings with counterparts in the period</source>
        <translation>الاجتماعات مع النظراء خلال الفترة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trainings delivered</source>
        <translation>التدريبات المنفَّذة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trainings that started in the period</source>
        <translation>التدريبات التي بدأت خلال الفترة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up actions overdue</source>
        <translation>إجراءات المتابعة المتأخرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open actions past their due date, from consultations of any date</source>
        <translation>إجراءات مفتوحة تجاوزت موعدها، من مشاورات في أي تاريخ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grant reports overdue</source>
        <translation>تقارير المنح المتأخرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reports past their due date and not yet received, any grant</source>
        <translation>تقارير تجاوزت موعدها ولم تُستلم بعد، لأي منحة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People trained</source>
        <translation>الأشخاص المدرَّبون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participants of those trainings, by sex</source>
        <translation>المشاركون في تلك التدريبات، حسب الجنس</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>people</source>
        <translation>شخص</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>women</source>
        <translation>نساء</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+113"/>
        <source>Women</source>
        <translation>النساء</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+113"/>
        <source>Men</source>
        <translation>الرجال</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+67"/>
        <location line="+47"/>
        <source>Other or not recorded</source>
        <translation>آخر أو غير مسجَّل</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Activities outside capitals</source>
        <translation>الأنشطة خارج العواصم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consultations and trainings held away from the capital city</source>
        <translation>المشاورات والتدريبات المعقودة بعيدًا عن العاصمة</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Outside the capital</source>
        <translation>خارج العاصمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the capital</source>
        <translation>في العاصمة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grants: committed and disbursed</source>
        <translation>المنح: الملتزم به والمصروف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per currency: amounts committed by grants running in the period, and tranches paid in it</source>
        <translation>حسب العملة: المبالغ الملتزم بها في المنح الجارية خلال الفترة، والدفعات المسددة فيها</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+159"/>
        <source>Committed</source>
        <translation>الملتزم به</translation>
    </message>
    <message>
        <location line="-158"/>
        <location line="+158"/>
        <source>Disbursed</source>
        <translation>المصروف</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>People assisted by grants</source>
        <translation>الأشخاص الذين تلقوا المساعدة من المنح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by age group (children: under 18) and sex, and by kind of person; grants running in the period</source>
        <translation>حسب الفئة العمرية (الأطفال: دون 18 عامًا) والجنس، وحسب فئة الشخص؛ المنح الجارية خلال الفترة</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Women and girls</source>
        <translation>النساء والفتيات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Men and boys</source>
        <translation>الرجال والفتيان</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{who}: {count}</source>
        <translation>{who}: {count}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{outside} of {total} activities were held outside the capital</source>
        <translation>عُقد خارج العاصمة {outside} من أصل {total} من الأنشطة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing recorded in this period</source>
        <translation>لم يُسجَّل شيء في هذه الفترة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consultations</source>
        <translation>المشاورات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trainings</source>
        <translation>التدريبات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} outside the capital</source>
        <translation>{count} خارج العاصمة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} in the capital</source>
        <translation>{count} في العاصمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{outside} of {total}</source>
        <translation>{outside} من أصل {total}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>people assisted, {count} of them with a disability</source>
        <translation>تلقوا المساعدة، منهم {count} من ذوي الإعاقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adults</source>
        <translation>البالغون</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{who}, {age}: {count}</source>
        <translation>{who}، {age}: {count}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Victims of trafficking</source>
        <translation>ضحايا الاتجار بالأشخاص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smuggled migrants</source>
        <translation>المهاجرون المهرَّبون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vulnerable migrants</source>
        <translation>المهاجرون المستضعفون</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{count} grants running in the period</source>
        <translation>المنح الجارية خلال الفترة: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing committed or paid in this period</source>
        <translation>لم يُلتزم بشيء ولم يُدفع شيء في هذه الفترة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Committed: {amount} {currency}</source>
        <translation>الملتزم به: {amount} {currency}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disbursed: {amount} {currency}</source>
        <translation>المصروف: {amount} {currency}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{percent} paid</source>
        <translation>دُفع {percent}</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../glo_act_desktop/ui/widgets/inputs.py" line="-191"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a date from a calendar</source>
        <translation>اختر تاريخًا من التقويم</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&apos;%1&apos; is not a date: write it as YYYY-MM-DD, for example 2025-03-14</source>
        <translation>&apos;%1&apos; ليس تاريخًا: اكتبه بالصيغة YYYY-MM-DD، مثل 2025-03-14</translation>
    </message>
</context>
<context>
    <name>DisaggregationGrid</name>
    <message>
        <location filename="../../glo_act_desktop/ui/widgets/disaggregation.py" line="+115"/>
        <location line="+14"/>
        <source>Total of %1</source>
        <translation>مجموع %1</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../../glo_act_desktop/ui/models/due_model.py" line="+41"/>
        <location line="+10"/>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Days overdue</source>
        <translation>أيام التأخير</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation date</source>
        <translation>تاريخ المشاورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation</source>
        <translation>مشاورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grantee</source>
        <translation>الجهة المستفيدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant status</source>
        <translation>حالة المنحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant start</source>
        <translation>بدء المنحة</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Counting</source>
        <translation>جارٍ العد</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 open actions, %2 overdue</source>
        <translation>الإجراءات المفتوحة: %1، المتأخرة منها: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 reports not received, %2 overdue</source>
        <translation>التقارير غير المستلمة: %1، المتأخرة منها: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Overdue by %1 days</source>
        <translation>أيام التأخير: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No due date</source>
        <translation>لا يوجد موعد نهائي</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <location filename="../../forms/export_options.ui" line="+9"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to export</source>
        <translation>ما الذي يُصدَّر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A summary of the period</source>
        <translation>ملخص للفترة</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Paper</source>
        <translation>ال&amp;ورق</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../glo_act_desktop/ui/exports.py" line="+157"/>
        <source>Export PDF</source>
        <translation>تصدير PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Excel</source>
        <translation>تصدير Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consultation</source>
        <translation>المشاورة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>training</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grant</source>
        <translation>المنحة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {noun} “{title}”</source>
        <translation>{noun} «{title}»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A record (select one first)</source>
        <translation>سجل (اختر واحدًا أولًا)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A summary of {scope}</source>
        <translation>ملخص {scope}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A summary covers the programme, country and dates of the register&apos;s filter; its other filters (text, pillar, status…) do not apply to it.</source>
        <translation>يغطي الملخص البرنامج والبلد والتواريخ في مرشِّح الدفتر؛ ولا تنطبق عليه مرشِّحاته الأخرى (النص، الركيزة، الحالة…).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A workbook: a summary sheet with the key figures and a sheet per register</source>
        <translation>مصنَّف: ورقة ملخص بالأرقام الرئيسية وورقة لكل دفتر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record in the columns of a sheet, with its lists in sheets of their own</source>
        <translation>السجل في أعمدة ورقة، وقوائمه في أوراق مستقلة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../glo_act_desktop/ui/widgets/filter_bar.py" line="+73"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All programmes</source>
        <translation>جميع البرامج</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pillar</source>
        <translation>الركيزة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All pillars</source>
        <translation>جميع الركائز</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From date</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From (inclusive)</source>
        <translation>من (ضمنًا)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To date</source>
        <translation>إلى تاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (inclusive)</source>
        <translation>إلى (ضمنًا)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Outside capital</source>
        <translation>خارج العاصمة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the capital</source>
        <translation>في العاصمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anywhere</source>
        <translation>في أي مكان</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open or in progress</source>
        <translation>مفتوح أو قيد التنفيذ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue only</source>
        <translation>المتأخرة فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only what was due before today and is not done</source>
        <translation>ما كان موعده قبل اليوم ولم يُنجز فقط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only grants with a report due before today and not received</source>
        <translation>المنح التي لها تقرير موعده قبل اليوم ولم يُستلم فقط</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear filters</source>
        <translation>مسح المرشِّحات</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Dates:</source>
        <translation>التواريخ:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Search title, place, summary, counterparts (Ctrl+F)</source>
        <translation>ابحث في العنوان والمكان والملخص والنظراء (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search title, venue, notes (Ctrl+F)</source>
        <translation>ابحث في العنوان ومكان الانعقاد والملاحظات (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search grantee, agreement, notes (Ctrl+F)</source>
        <translation>ابحث في الجهة المستفيدة والاتفاقية والملاحظات (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search action, owner, consultation (Ctrl+F)</source>
        <translation>ابحث في الإجراء والمسؤول والمشاورة (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>All countries</source>
        <translation>جميع البلدان</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../forms/first_run.ui" line="+9"/>
        <source>Welcome to GLO.ACT Field</source>
        <translation>مرحبًا بك في GLO.ACT Field</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h2&gt;Set up this laptop&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;إعداد هذا الحاسوب المحمول&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GLO.ACT Field keeps your consultations, trainings and grants on this laptop, and works without internet. Tell it which country you work in and give this laptop a name your colleagues and HQ will recognise.</source>
        <translation>يحفظ GLO.ACT Field مشاوراتك وتدريباتك ومنحك على هذا الحاسوب المحمول، ويعمل دون إنترنت. حدِّد البلد الذي تعمل فيه وأعطِ هذا الحاسوب اسمًا يعرفه زملاؤك والمقر الرئيسي.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Country</source>
        <translation>ال&amp;بلد</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Laptop name</source>
        <translation>اسم ال&amp;حاسوب</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Laptop name</source>
        <translation>اسم الحاسوب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Nepalgunj laptop 2</source>
        <translation>مثال: Nepalgunj laptop 2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Just looking? Open a separate demo database with made-up records instead. Nothing you do there mixes with your real records.</source>
        <translation>تريد الاطلاع فقط؟ افتح بدلًا من ذلك قاعدة بيانات تجريبية منفصلة بسجلات مختلَقة. لا يختلط شيء مما تفعله فيها بسجلاتك الحقيقية.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Did HQ give you an enrolment file for this laptop? Set it up from that file instead: the country and the laptop&apos;s name come from it, and the laptop can then exchange sync bundles with HQ.</source>
        <translation>هل أعطاك المقر الرئيسي ملف تسجيل لهذا الحاسوب؟ أعِدَّه من ذلك الملف بدلًا من ذلك: يأتي البلد واسم الحاسوب منه، ويمكن للحاسوب بعدها تبادل حزم المزامنة مع المقر الرئيسي.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open &amp;demo data</source>
        <translation>فتح البيانات ال&amp;تجريبية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set up from an HQ &amp;enrolment file…</source>
        <translation>الإعداد من ملف &amp;تسجيل من المقر الرئيسي…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Set up this laptop</source>
        <translation>إ&amp;عداد هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../glo_act_desktop/ui/first_run.py" line="+46"/>
        <source>Choose a country…</source>
        <translation>اختر بلدًا…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the country you work in.</source>
        <translation>اختر البلد الذي تعمل فيه.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enrolment file from HQ</source>
        <translation>ملف التسجيل من المقر الرئيسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolment files (*.enrol);;All files (*)</source>
        <translation>ملفات التسجيل (*.enrol);;جميع الملفات (*)</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <location filename="../../glo_act_desktop/ui/follow_ups.py" line="+53"/>
        <source>Follow-up actions</source>
        <translation>إجراءات المتابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant reports</source>
        <translation>تقارير المنح</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Items due</source>
        <translation>البنود المستحقة</translation>
    </message>
</context>
<context>
    <name>GrantEditor</name>
    <message>
        <location filename="../../forms/editors/grant.ui" line="+14"/>
        <location line="+50"/>
        <source>Grant</source>
        <translation>منحة</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Grant agreement</source>
        <translation>اتفاقية المنحة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Programme</source>
        <translation>ال&amp;برنامج</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cou&amp;ntry</source>
        <translation>ال&amp;بلد</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Grantee</source>
        <translation>الجهة ال&amp;مستفيدة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Grantee organisation</source>
        <translation>المنظمة المستفيدة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The civil-society organisation</source>
        <translation>منظمة المجتمع المدني</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agreement &amp;reference</source>
        <translation>&amp;مرجع الاتفاقية</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Agreement reference</source>
        <translation>مرجع الاتفاقية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. VAG/LK/2025/01</source>
        <translation>مثال: VAG/LK/2025/01</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;tatus</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Grant status</source>
        <translation>حالة المنحة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Money and dates</source>
        <translation>المبالغ والتواريخ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Currency</source>
        <translation>ال&amp;عملة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Committed &amp;amount</source>
        <translation>المبلغ ال&amp;ملتزم به</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Committed amount</source>
        <translation>المبلغ الملتزم به</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start &amp;date</source>
        <translation>تاريخ ال&amp;بدء</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;End date</source>
        <translation>تاريخ الا&amp;نتهاء</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Services and notes</source>
        <translation>الخدمات والملاحظات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ser&amp;vices provided</source>
        <translation>الخدمات ال&amp;مقدَّمة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Services provided</source>
        <translation>الخدمات المقدَّمة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>N&amp;otes</source>
        <translation>مل&amp;احظات</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../glo_act_desktop/ui/editors/grant.py" line="+78"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About the grant and the grantee, never about assisted persons</source>
        <translation>عن المنحة والجهة المستفيدة، لا عن الأشخاص الذين تلقوا المساعدة أبدًا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do no harm: never write names or anything that could identify a person who was assisted (no initials, addresses, photos or case details). Record people only as counts, on the People assisted tab.</source>
        <translation>عدم الإضرار: لا تكتب أبدًا أسماء أو أي شيء قد يحدد هوية شخص تلقى المساعدة (لا أحرف أولى ولا عناوين ولا صور ولا تفاصيل حالات). سجِّل الأشخاص كأعداد فقط، في تبويب الأشخاص الذين تلقوا المساعدة.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Tranches and reports</source>
        <translation>الدفعات والتقارير</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Tranches paid</source>
        <translation>الدفعات ال&amp;مسددة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tranches paid</source>
        <translation>الدفعات المسددة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reports due from the grantee</source>
        <translation>ال&amp;تقارير المستحقة على الجهة المستفيدة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reports due</source>
        <translation>التقارير المستحقة</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../glo_act_desktop/ui/editors/grant.py" line="+157"/>
        <source>People assisted</source>
        <translation>الأشخاص الذين تلقوا المساعدة</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Counts only. Never record names or details that could identify a person who was assisted.</source>
        <translation>أعداد فقط. لا تسجِّل أبدًا أسماء أو تفاصيل قد تحدد هوية شخص تلقى المساعدة.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>People assisted, by &amp;age group, sex and kind</source>
        <translation>الأشخاص الذين تلقوا المساعدة، حسب الفئة ال&amp;عمرية والجنس والفئة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>People assisted by age group, sex and kind</source>
        <translation>الأشخاص الذين تلقوا المساعدة حسب الفئة العمرية والجنس والفئة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Of whom persons with &amp;disabilities</source>
        <translation>منهم أشخاص ذوو إ&amp;عاقة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Persons with disabilities among the people assisted</source>
        <translation>الأشخاص ذوو الإعاقة من بين من تلقوا المساعدة</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+6"/>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete this record (you can undo it)</source>
        <translation>احذف هذا السجل (يمكنك التراجع)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the editor (Esc)</source>
        <translation>أغلق المحرِّر (Esc)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save (Ctrl+S)</source>
        <translation>حفظ (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../glo_act_desktop/ui/editors/grant.py" line="-183"/>
        <source>grant</source>
        <translation>المنحة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a currency…</source>
        <translation>اختر العملة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never names or details of assisted persons</source>
        <translation>لا أسماء ولا تفاصيل للأشخاص الذين تلقوا المساعدة أبدًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date paid</source>
        <translation>تاريخ الدفع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment or voucher reference. </source>
        <translation>مرجع الدفع أو القسيمة. </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add tranche</source>
        <translation>إضافة &amp;دفعة</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>No tranches paid yet. Press Add tranche (or Insert) for each payment to the grantee.</source>
        <translation>لم تُسدَّد أي دفعات بعد. اضغط «إضافة دفعة» (أو Insert) لكل دفعة للجهة المستفيدة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due by</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty until the report arrives</source>
        <translation>اتركه فارغًا حتى يصل التقرير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add re&amp;port</source>
        <translation>إضافة ت&amp;قرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reports due yet. Press Add report for each narrative, financial or final report the grantee owes.</source>
        <translation>لا توجد تقارير مستحقة بعد. اضغط «إضافة تقرير» لكل تقرير سردي أو مالي أو نهائي على الجهة المستفيدة تقديمه.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age group</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>By sex: %1.  By age: %2.  In all: %3, of whom %4 with disabilities.</source>
        <translation>حسب الجنس: %1.  حسب العمر: %2.  الإجمالي: %3، منهم %4 من ذوي الإعاقة.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Disbursed: enter every tranche&apos;s amount to see the total.</source>
        <translation>المصروف: أدخل مبلغ كل دفعة لرؤية المجموع.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disbursed so far: %1 %2</source>
        <translation>المصروف حتى الآن: %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>of %1 committed (%2%)</source>
        <translation>من أصل %1 ملتزم به (%2%)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../forms/main_window.ui" line="+9"/>
        <source>GLO.ACT Field</source>
        <translation>GLO.ACT Field</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Registers</source>
        <translation>الدفاتر</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+51"/>
        <source>Consultations</source>
        <translation>المشاورات</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+82"/>
        <source>Trainings</source>
        <translation>التدريبات</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+113"/>
        <source>Grants</source>
        <translation>المنح</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Register and open records</source>
        <translation>تسجيل السجلات وفتحها</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Register</source>
        <translation>الدفتر</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Toolbar</source>
        <translation>شريط الأدوات</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../glo_act_desktop/ui/main_window.py" line="+775"/>
        <source>Start a new record in this register (Ctrl+N)</source>
        <translation>ابدأ سجلًا جديدًا في هذا الدفتر (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;consultation</source>
        <translation>&amp;مشاورة جديدة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;training</source>
        <translation>&amp;تدريب جديد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;grant</source>
        <translation>م&amp;نحة جديدة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the open record (Ctrl+S)</source>
        <translation>احفظ السجل المفتوح (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected records (you can undo it)</source>
        <translation>احذف السجلات المحددة (يمكنك التراجع)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close record</source>
        <translation>إ&amp;غلاق السجل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the open record (Ctrl+W)</source>
        <translation>أغلق السجل المفتوح (Ctrl+W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import sheet…</source>
        <translation>ا&amp;ستيراد جدول بيانات…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check a CSV or Excel sheet, see what it would change, then import it whole</source>
        <translation>افحص جدول بيانات CSV أو Excel، واطّلع على ما سيغيّره، ثم استورده كاملًا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport sheet…</source>
        <translation>&amp;تصدير جدول بيانات…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the records the register shows (with its filters) to a CSV or Excel sheet</source>
        <translation>اكتب السجلات التي يعرضها الدفتر (بمرشِّحاته) في جدول بيانات CSV أو Excel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;PDF…</source>
        <translation>تصدير &amp;PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PDF summary of the record, the register&apos;s filter or the dashboard&apos;s scope</source>
        <translation>ملخص PDF للسجل أو لمرشِّح الدفتر أو لنطاق لوحة المعلومات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;Excel…</source>
        <translation>تصدير &amp;Excel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Excel workbook of the record, the register&apos;s filter or the dashboard&apos;s scope</source>
        <translation>مصنَّف Excel للسجل أو لمرشِّح الدفتر أو لنطاق لوحة المعلومات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the register shown (Ctrl+F)</source>
        <translation>ابحث في الدفتر المعروض (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh</source>
        <translation>ت&amp;حديث</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the registers, figures and items due again from the database (F5)</source>
        <translation>أعد قراءة الدفاتر والأرقام والبنود المستحقة من قاعدة البيانات (F5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About GLO.ACT Field</source>
        <translation>&amp;حول GLO.ACT Field</translation>
    </message>
    <message>
        <location filename="../../glo_act_desktop/ui/main_window.py" line="-630"/>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups due</source>
        <translation>المتابعات المستحقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{app} — DEMO DATA (practice records, not real)</source>
        <translation>{app} — بيانات تجريبية (سجلات للتدريب، ليست حقيقية)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DEMO DATA</source>
        <translation>بيانات تجريبية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These are made-up practice records, kept apart from real data. Nothing here is sent anywhere.</source>
        <translation>هذه سجلات تدريبية مختلَقة، منفصلة عن البيانات الحقيقية. لا يُرسَل شيء من هنا إلى أي مكان.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This laptop&apos;s name and the country it works in</source>
        <translation>اسم هذا الحاسوب المحمول والبلد الذي يعمل فيه</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Data folder: {path}</source>
        <translation>مجلد البيانات: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data folder (database, backups and logs): {path}</source>
        <translation>مجلد البيانات (قاعدة البيانات والنسخ الاحتياطية والسجلات): {path}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{device} · {country}</source>
        <translation>{device} · {country}</translation>
    </message>
    <message>
        <location line="+284"/>
        <source>Consultations: {count}</source>
        <translation>المشاورات: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainings: {count}</source>
        <translation>التدريبات: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grants: {count}</source>
        <translation>المنح: {count}</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Not found</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record is no longer there (it may have been deleted). The register is read again.</source>
        <translation>لم يعد هذا السجل موجودًا (ربما حُذف). تُعاد قراءة الدفتر.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Delete the {noun} “{name}”?

You can undo this right after.</source>
        <translation>هل تريد حذف {noun} «{name}»؟

يمكنك التراجع عن ذلك مباشرة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete {count} {nouns}?

You can undo this right after.</source>
        <translation>هل تريد حذف {nouns} المحددة ({count})؟

يمكنك التراجع عن ذلك مباشرة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not deleted</source>
        <translation>لم يُحذف</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted the {noun} “{name}”.</source>
        <translation>حُذف {noun} «{name}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted {count} {nouns}.</source>
        <translation>حُذفت {nouns} المحددة ({count}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>consultation</source>
        <translation>المشاورة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>training</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grant</source>
        <translation>المنحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consultations</source>
        <translation>المشاورات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>trainings</source>
        <translation>التدريبات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grants</source>
        <translation>المنح</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New consultation</source>
        <translation>&amp;مشاورة جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New training</source>
        <translation>&amp;تدريب جديد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;New grant</source>
        <translation>م&amp;نحة جديدة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About GLO.ACT Field</source>
        <translation>حول GLO.ACT Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;GLO.ACT Field {version}&lt;/h3&gt;&lt;p&gt;Consultations, trainings and victim-assistance grants of the Global Action against Trafficking in Persons and the Smuggling of Migrants, recorded on this laptop and usable without internet.&lt;/p&gt;&lt;p&gt;UNODC. Built with Qt {qt}.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GLO.ACT Field {version}&lt;/h3&gt;&lt;p&gt;مشاورات وتدريبات ومنح مساعدة الضحايا ضمن العمل العالمي لمكافحة الاتجار بالأشخاص وتهريب المهاجرين، مسجَّلة على هذا الحاسوب المحمول وقابلة للاستخدام دون إنترنت.&lt;/p&gt;&lt;p&gt;UNODC. بُني باستخدام Qt {qt}.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../glo_act_desktop/ui/editors/__init__.py" line="+47"/>
        <source>Consultation</source>
        <translation>مشاورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>تدريب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant</source>
        <translation>منحة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>changes to a saved record</source>
        <translation>تغييرات على سجل محفوظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new, never saved</source>
        <translation>جديد، لم يُحفظ قط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <location filename="../../glo_act_desktop/ui/editors/base.py" line="+242"/>
        <source>Problem with %1</source>
        <translation>مشكلة في %1</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Choose a programme…</source>
        <translation>اختر برنامجًا…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a country…</source>
        <translation>اختر بلدًا…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a programme first</source>
        <translation>اختر برنامجًا أولًا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Outcome</source>
        <translation>ال&amp;نتيجة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Programme pilla&amp;r</source>
        <translation>&amp;ركيزة البرنامج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Objective</source>
        <translation>ال&amp;هدف</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Unsaved changes found</source>
        <translation>عُثر على تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes to this %1 made on %2 were never saved (the app may have closed unexpectedly). They were kept as a draft.

Restore them? Choose No to throw the draft away and open the saved version.</source>
        <translation>التغييرات التي أُجريت على %1 في %2 لم تُحفظ قط (ربما أُغلق التطبيق بشكل غير متوقع). وقد احتُفظ بها كمسودة.

هل تريد استعادتها؟ اختر «لا» للتخلص من المسودة وفتح النسخة المحفوظة.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>New %1</source>
        <translation>%1 (سجل جديد)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&apos;%1&apos; is not a date: write it as YYYY-MM-DD</source>
        <translation>&apos;%1&apos; ليس تاريخًا: اكتبه بالصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is required: enter the amount</source>
        <translation>مطلوب: أدخل المبلغ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not an amount</source>
        <translation>&apos;%1&apos; ليس مبلغًا</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>line %1</source>
        <translation>السطر %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row %1</source>
        <translation>الصف %1</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1 (%2 to fix)</source>
        <translation>%1 (%2 للتصحيح)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To save, fill in: %1.</source>
        <translation>للحفظ، املأ: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix 1 problem to save:</source>
        <translation>صحِّح مشكلة واحدة للحفظ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix %1 problems to save:</source>
        <translation>صحِّح المشكلات (%1) للحفظ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(and %1 more)</source>
        <translation>(وغيرها: %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can save, but check: %1</source>
        <translation>يمكنك الحفظ، لكن تحقق من: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This %1 is deleted. Undo to bring it back.</source>
        <translation>هذا السجل (%1) محذوف. تراجع لاستعادته.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save (Ctrl+S)</source>
        <translation>حفظ (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+134"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>draft kept at %1</source>
        <translation>حُفظت مسودة في %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New, not saved yet</source>
        <translation>جديد، لم يُحفظ بعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved at %1</source>
        <translation>حُفظ في %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No unsaved changes</source>
        <translation>لا توجد تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+6"/>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 could not be saved: %2

Your changes are kept as a draft and will be offered back when you open it again.</source>
        <translation>تعذّر حفظ %1: %2

احتُفظ بتغييراتك كمسودة وستُعرض عليك عند فتحه مرة أخرى.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>could not keep a draft: %1</source>
        <translation>تعذّر الاحتفاظ بمسودة: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save the changes to this %1 before closing?</source>
        <translation>هل تريد حفظ التغييرات على %1 قبل الإغلاق؟</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Discard new %1</source>
        <translation>تجاهل %1 (سجل جديد)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw away this new %1? It was never saved.</source>
        <translation>هل تريد التخلص من %1؟ إنه سجل جديد لم يُحفظ قط.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete %1</source>
        <translation>حذف %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the %1 “%2”?

You can undo this right after.</source>
        <translation>هل تريد حذف %1 «%2»؟

يمكنك التراجع عن ذلك مباشرة.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not deleted</source>
        <translation>لم يُحذف</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deleted the %1 “%2”.</source>
        <translation>حُذف %1 «%2».</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard…</source>
        <translation>تجاهل…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this %1 (you can undo it)</source>
        <translation>احذف %1 (يمكنك التراجع)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw away this new %1</source>
        <translation>تخلَّص من %1 (سجل جديد لم يُحفظ)</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../glo_act_desktop/ui/models/register_model.py" line="+39"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>البدء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>الانتهاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside capital</source>
        <translation>خارج العاصمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>النساء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>الرجال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pillar</source>
        <translation>الركيزة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>طريقة التنفيذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grantee</source>
        <translation>الجهة المستفيدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committed</source>
        <translation>الملتزم به</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disbursed</source>
        <translation>المصروف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People assisted</source>
        <translation>الأشخاص الذين تلقوا المساعدة</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Counting records</source>
        <translation>جارٍ عدّ السجلات</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 of %2</source>
        <translation>%1 من أصل %2</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>ScoreEdit</name>
    <message>
        <location filename="../../glo_act_desktop/ui/widgets/inputs.py" line="+96"/>
        <source>no test</source>
        <translation>لا اختبار</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ليس رقمًا</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <location filename="../../forms/sheet_import.ui" line="+9"/>
        <source>Import sheet</source>
        <translation>استيراد جدول بيانات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import &amp;as</source>
        <translation>ا&amp;ستيراد بوصفها</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Records in the sheet</source>
        <translation>السجلات في جدول البيانات</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../glo_act_desktop/ui/sheet_import.py" line="+280"/>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../glo_act_desktop/ui/sheet_import.py" line="+0"/>
        <source>Updated</source>
        <translation>محدَّثة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+6"/>
        <location filename="../../glo_act_desktop/ui/sheet_import.py" line="-116"/>
        <source>Rejected rows</source>
        <translation>الصفوف المرفوضة</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../../glo_act_desktop/ui/sheet_import.py" line="+1"/>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New and updated records</source>
        <translation>السجلات الجديدة والمحدَّثة</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Check &amp;again</source>
        <translation>ا&amp;فحص مجددًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the file again, after fixing it in your spreadsheet program</source>
        <translation>أعد قراءة الملف بعد تصحيحه في برنامج جداول البيانات</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../glo_act_desktop/ui/sheet_import.py" line="-14"/>
        <source>&amp;Cancel</source>
        <translation>إ&amp;لغاء</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <location filename="../../glo_act_desktop/ui/sheet_import.py" line="-36"/>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title or grantee</source>
        <translation>العنوان أو الجهة المستفيدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>المعرِّف</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the sheet…</source>
        <translation>جارٍ فحص جدول البيانات…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consultations</source>
        <translation>المشاورات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trainings</source>
        <translation>التدريبات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grants</source>
        <translation>المنح</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Stop</source>
        <translation>إي&amp;قاف</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The sheet has not been checked yet.</source>
        <translation>لم يُفحص جدول البيانات بعد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write every new and updated record, in one go</source>
        <translation>اكتب كل السجلات الجديدة والمحدَّثة دفعة واحدة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking {file} as {kind}…</source>
        <translation>جارٍ فحص {file} بوصفه {kind}…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking the sheet</source>
        <translation>فحص جدول البيانات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The check was stopped; nothing was written.</source>
        <translation>أُوقف الفحص؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+126"/>
        <source>Check the sheet again to import it.</source>
        <translation>افحص جدول البيانات مجددًا لاستيراده.</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>{file} could not be read: {reason}</source>
        <translation>تعذّرت قراءة {file}: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} could not be checked: {reason}</source>
        <translation>تعذّر فحص {file}: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file cannot be imported as it is.</source>
        <translation>لا يمكن استيراد هذا الملف كما هو.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{rows} rows read from {file}. Nothing is written until you click Import.</source>
        <translation>عدد الصفوف المقروءة من {file}: {rows}. لا يُكتب شيء حتى تنقر «استيراد».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New: {count}</source>
        <translation>جديدة: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated: {count}</source>
        <translation>محدَّثة: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged: {count}</source>
        <translation>دون تغيير: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected rows: {rows} ({problems} problems)</source>
        <translation>الصفوف المرفوضة: {rows} (المشكلات: {problems})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected rows: 0</source>
        <translation>الصفوف المرفوضة: 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected rows ({count})</source>
        <translation>الصفوف المرفوضة ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes ({count})</source>
        <translation>التغييرات ({count})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing can be imported while {count} problem(s) remain: a sheet is imported whole or not at all. Fix the rows listed under Rejected rows in your spreadsheet program, save the file and click Check again.</source>
        <translation>لا يمكن استيراد شيء ما دامت هناك مشكلات متبقية ({count}): يُستورد جدول البيانات كاملًا أو لا يُستورد إطلاقًا. صحِّح الصفوف المدرجة تحت «الصفوف المرفوضة» في برنامج جداول البيانات، واحفظ الملف وانقر «افحص مجددًا».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to import: every record in the sheet is already here as it is.</source>
        <translation>لا شيء للاستيراد: كل سجل في جدول البيانات موجود هنا كما هو.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>… and {count} more problems</source>
        <translation>… ومشكلات أخرى: {count}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Replaced from the sheet for every record in it: {lists}</source>
        <translation>تُستبدل من جدول البيانات لكل سجل فيه: {lists}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in the sheet, so existing records keep what they hold: {columns}</source>
        <translation>غير موجودة في جدول البيانات، لذا تحتفظ السجلات الحالية بما فيها: {columns}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} warning(s), which do not stop the import:</source>
        <translation>تحذيرات ({count}) لا توقف الاستيراد:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>… and {count} more</source>
        <translation>… وغيرها: {count}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The import was stopped; nothing was written.</source>
        <translation>أُوقف الاستيراد؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing the sheet</source>
        <translation>استيراد جدول البيانات</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../forms/sync_page.ui" line="+9"/>
        <location line="+24"/>
        <location filename="../../glo_act_desktop/ui/sync_page.py" line="+82"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync status</source>
        <translation>حالة المزامنة</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Set &amp;up from an enrolment file…</source>
        <translation>الإ&amp;عداد من ملف تسجيل…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the enrolment file HQ made for this laptop, so that it can exchange bundles with HQ</source>
        <translation>افتح ملف التسجيل الذي أعدّه المقر الرئيسي لهذا الحاسوب، ليتمكن من تبادل الحزم مع المقر الرئيسي</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;For</source>
        <translation>&amp;لصالح</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Laptop to write the bundle for</source>
        <translation>الحاسوب الذي تُكتب له الحزمة</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../glo_act_desktop/ui/sync_page.py" line="+82"/>
        <source>&amp;Write bundle for HQ…</source>
        <translation>&amp;كتابة حزمة للمقر الرئيسي…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Split for &amp;email into parts of at most</source>
        <translation>تقسيم للبريد الإل&amp;كتروني إلى أجزاء لا تتجاوز</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Largest part, in megabytes</source>
        <translation>أكبر جزء، بالميغابايت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> MB</source>
        <translation> ميغابايت</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Import bundles…</source>
        <translation>ا&amp;ستيراد حزم…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose one or more bundle files (or every part of a split bundle) to import</source>
        <translation>اختر ملف حزمة أو أكثر (أو كل أجزاء حزمة مقسَّمة) لاستيرادها</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a f&amp;older…</source>
        <translation>استيراد م&amp;جلد…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import every bundle in a folder, for example a USB stick</source>
        <translation>استورد كل الحزم في مجلد، مثل ذاكرة USB</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Result of the last import or export</source>
        <translation>نتيجة آخر استيراد أو تصدير</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Conflicts to decide</source>
        <translation>ت&amp;عارضات تنتظر القرار</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../glo_act_desktop/ui/sync_page.py" line="-143"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../glo_act_desktop/ui/sync_page.py" line="+0"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../glo_act_desktop/ui/sync_page.py" line="+0"/>
        <source>Current value</source>
        <translation>القيمة الحالية</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../glo_act_desktop/ui/sync_page.py" line="+1"/>
        <source>Other value</source>
        <translation>القيمة الأخرى</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Merge…</source>
        <translation>&amp;دمج…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Combine the values into one text</source>
        <translation>اجمع القيم في نص واحد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restore with the edits</source>
        <translation>ا&amp;ستعادة مع التعديلات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep &amp;deleted</source>
        <translation>إبقاء م&amp;حذوفًا</translation>
    </message>
    <message>
        <location filename="../../glo_act_desktop/ui/sync_page.py" line="+51"/>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The sync status could not be read; the log in the data folder says why.</source>
        <translation>تعذّرت قراءة حالة المزامنة؛ يذكر السجلّ في مجلد البيانات السبب.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync with field laptops</source>
        <translation>المزامنة مع الحواسيب الميدانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device is the HQ hub “{name}”.</source>
        <translation>هذا الجهاز هو مركز المقر الرئيسي «{name}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync with headquarters</source>
        <translation>المزامنة مع المقر الرئيسي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device is the field laptop “{name}”, working in {country}.</source>
        <translation>هذا الجهاز هو الحاسوب الميداني «{name}»، ويعمل في {country}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unnamed</source>
        <translation>بلا اسم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This laptop is not enrolled with HQ yet, so it cannot exchange bundles. Ask HQ for an enrolment file made for this laptop, then set it up from that file. Until then, everything you record stays on this laptop.</source>
        <translation>هذا الحاسوب غير مسجَّل لدى المقر الرئيسي بعد، لذا لا يمكنه تبادل الحزم. اطلب من المقر الرئيسي ملف تسجيل مُعدًّا لهذا الحاسوب، ثم أعِدَّه من ذلك الملف. وحتى ذلك الحين، يبقى كل ما تسجِّله على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 change not yet acknowledged by it</source>
        <translation>تغيير واحد لم يؤكد استلامه بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} changes not yet acknowledged by it</source>
        <translation>تغييرات لم يؤكد استلامها بعد: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 change not yet acknowledged by HQ</source>
        <translation>تغيير واحد لم يؤكد المقر الرئيسي استلامه بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} changes not yet acknowledged by HQ</source>
        <translation>تغييرات لم يؤكد المقر الرئيسي استلامها بعد: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last bundle received: {when}</source>
        <translation>آخر حزمة مستلمة: {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>revoked: nothing is sent to it or taken from it</source>
        <translation>ملغى: لا يُرسَل إليه شيء ولا يؤخذ منه شيء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for its first bundle</source>
        <translation>في انتظار حزمته الأولى</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No laptop is enrolled yet (glo-act hq enrol makes an enrolment file for one).</source>
        <translation>لم يُسجَّل أي حاسوب بعد (يُنشئ الأمر glo-act hq enrol ملف تسجيل لحاسوب).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open conflicts: {count}</source>
        <translation>التعارضات المفتوحة: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected files kept in quarantine: {count} (in {folder}, each with its reason)</source>
        <translation>الملفات المرفوضة المحفوظة في العزل: {count} (في {folder}، مع سبب كل منها)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All laptops</source>
        <translation>جميع الحواسيب</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Write bundle for…</source>
        <translation>&amp;كتابة حزمة لـ…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No laptop can receive a bundle yet: each must send its first bundle first</source>
        <translation>لا يمكن لأي حاسوب استلام حزمة بعد: يجب أن يرسل كل منها حزمته الأولى أولًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a bundle for the chosen laptop, or one for each laptop, into a folder</source>
        <translation>اكتب حزمة للحاسوب المختار، أو حزمة لكل حاسوب، في مجلد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write this laptop&apos;s changes into one file for HQ</source>
        <translation>اكتب تغييرات هذا الحاسوب في ملف واحد للمقر الرئيسي</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>A file could not be read or written: {reason}</source>
        <translation>تعذّرت قراءة ملف أو كتابته: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed: {reason}</source>
        <translation>فشل: {reason}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Folder to write the bundles in</source>
        <translation>المجلد الذي تُكتب فيه الحزم</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write bundle for HQ</source>
        <translation>كتابة حزمة للمقر الرئيسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GLO.ACT bundles (*{suffix})</source>
        <translation>حزم GLO.ACT (*{suffix})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Writing the bundle</source>
        <translation>جارٍ كتابة الحزمة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} parts ({first} …) in {folder}</source>
        <translation>الأجزاء: {count} ({first} …) في {folder}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote {where} for {peer}: {rows} changed rows, {attachments} attachment files</source>
        <translation>كُتب {where} لـ {peer}: الصفوف المتغيرة: {rows}، الملفات المرفقة: {attachments}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing written for {names}: waiting for their first bundle</source>
        <translation>لم يُكتب شيء لـ {names}: في انتظار حزمتهم الأولى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No bundle was written.</source>
        <translation>لم تُكتب أي حزمة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundles written</source>
        <translation>كُتبت الحزم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bundle not written</source>
        <translation>لم تُكتب الحزمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped: no bundle was written.</source>
        <translation>أُوقف: لم تُكتب أي حزمة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GLO.ACT bundles and parts (*{suffix} *{suffix}.*);;All files (*)</source>
        <translation>حزم GLO.ACT وأجزاؤها (*{suffix} *{suffix}.*);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import bundles</source>
        <translation>استيراد الحزم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import every bundle in a folder</source>
        <translation>استيراد كل الحزم في مجلد</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing bundles</source>
        <translation>جارٍ استيراد الحزم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{first} (+{more} parts)</source>
        <translation>{first} (+{more} من الأجزاء)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: already imported (from {sender}); nothing changed</source>
        <translation>{file}: استُورد سابقًا (من {sender})؛ لم يتغير شيء</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} from {sender}: imported {new} new, {updated} updated, {deleted} deleted, {restored} restored, {unchanged} unchanged; new conflicts: {conflicts}</source>
        <translation>{file} من {sender}: جديد: {new}، محدَّث: {updated}، محذوف: {deleted}، مستعاد: {restored}، دون تغيير: {unchanged}؛ تعارضات جديدة: {conflicts}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>left where it is, for a newer version of the app</source>
        <translation>تُرك في مكانه، لإصدار أحدث من التطبيق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>copied to {path}</source>
        <translation>نُسخ إلى {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: rejected: {reason}</source>
        <translation>{file}: مرفوض: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bundles imported</source>
        <translation>استُوردت الحزم</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import stopped</source>
        <translation>أُوقف الاستيراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped: the bundles imported before the stop are kept; the one being read was not written.</source>
        <translation>أُوقف: احتُفظ بالحزم المستوردة قبل الإيقاف؛ ولم تُكتب الحزمة التي كانت تُقرأ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enrolment file from HQ</source>
        <translation>ملف التسجيل من المقر الرئيسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolment files (*{suffix});;All files (*)</source>
        <translation>ملفات التسجيل (*{suffix});;جميع الملفات (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not set up</source>
        <translation>لم يتم الإعداد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up</source>
        <translation>تم الإعداد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop is now “{name}”, enrolled with {hq}. Write a bundle for HQ to introduce it.</source>
        <translation>أصبح هذا الحاسوب «{name}»، مسجَّلًا لدى {hq}. اكتب حزمة للمقر الرئيسي للتعريف به.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Consultation</source>
        <translation>مشاورة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Training</source>
        <translation>تدريب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant</source>
        <translation>منحة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted or kept</source>
        <translation>محذوف أو مُبقى</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>edited</source>
        <translation>معدَّل</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{value}” by {who}, {when}</source>
        <translation>«{value}» بواسطة {who}، {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+78"/>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>“{value}”
{who}, {when}</source>
        <translation>«{value}»
{who}، {when}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Conflicts to decide ({count})</source>
        <translation>ت&amp;عارضات تنتظر القرار ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Conflicts to decide: none</source>
        <translation>ت&amp;عارضات تنتظر القرار: لا يوجد</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Keep “{value}” ({who})</source>
        <translation>إبقاء «{value}» ({who})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep this value: {side}</source>
        <translation>إبقاء هذه القيمة: {side}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this value</source>
        <translation>إبقاء هذه القيمة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not settled</source>
        <translation>لم يُحسم</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../glo_act_desktop/ui/tasks.py" line="+58"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>TrainingEditor</name>
    <message>
        <location filename="../../forms/editors/training.ui" line="+14"/>
        <location line="+50"/>
        <location line="+36"/>
        <source>Training</source>
        <translation>تدريب</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Programme</source>
        <translation>ال&amp;برنامج</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Co&amp;untry</source>
        <translation>ال&amp;بلد</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Objective</source>
        <translation>ال&amp;هدف</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Programme objective or outcome</source>
        <translation>هدف البرنامج أو نتيجته</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;illar</source>
        <translation>ال&amp;ركيزة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pillar</source>
        <translation>الركيزة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Financial investigations of trafficking cases</source>
        <translation>مثال: التحقيقات المالية في قضايا الاتجار بالأشخاص</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Topi&amp;cs</source>
        <translation>ال&amp;مواضيع</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Topics, one per line</source>
        <translation>المواضيع، موضوع في كل سطر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One topic per line</source>
        <translation>موضوع واحد في كل سطر</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>When and where</source>
        <translation>متى وأين</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>St&amp;art date</source>
        <translation>تاريخ ال&amp;بدء</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;End date</source>
        <translation>تاريخ الا&amp;نتهاء</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Venue</source>
        <translation>&amp;مكان الانعقاد</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Venue</source>
        <translation>مكان الانعقاد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Town and venue</source>
        <translation>المدينة ومكان الانعقاد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Held outside the capital</source>
        <translation>عُقد خارج العاصمة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held outside the capita&amp;l</source>
        <translation>عُقد خارج ال&amp;عاصمة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delivery</source>
        <translation>&amp;طريقة التنفيذ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delivery</source>
        <translation>طريقة التنفيذ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Who it was for</source>
        <translation>لمن كان</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tar&amp;get groups</source>
        <translation>الفئات المس&amp;تهدفة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Target groups</source>
        <translation>الفئات المستهدفة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Notes</source>
        <translation>مل&amp;احظات</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Participants and results</source>
        <translation>المشاركون والنتائج</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Female</source>
        <translation>إ&amp;ناث</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Female participants</source>
        <translation>المشاركات من الإناث</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Male</source>
        <translation>&amp;ذكور</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Male participants</source>
        <translation>المشاركون من الذكور</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ot&amp;her or not recorded</source>
        <translation>آ&amp;خر أو غير مسجَّل</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Other or not recorded participants</source>
        <translation>مشاركون من جنس آخر أو غير مسجَّل</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../glo_act_desktop/ui/editors/training.py" line="+74"/>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total participants</source>
        <translation>مجموع المشاركين</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trainers</source>
        <translation>المدرِّبون</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Female t&amp;rainers</source>
        <translation>المدرِّبات من ال&amp;إناث</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Female trainers</source>
        <translation>المدرِّبات من الإناث</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Male trai&amp;ners</source>
        <translation>المدرِّبون من ال&amp;ذكور</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Male trainers</source>
        <translation>المدرِّبون من الذكور</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Test scores (average, 0 to 100)</source>
        <translation>درجات الاختبار (المتوسط، من 0 إلى 100)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Pre-test</source>
        <translation>الاختبار ال&amp;قبلي</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pre-test average score</source>
        <translation>متوسط درجة الاختبار القبلي</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;ost-test</source>
        <translation>الاختبار ال&amp;بعدي</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Post-test average score</source>
        <translation>متوسط درجة الاختبار البعدي</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../../glo_act_desktop/ui/editors/training.py" line="+127"/>
        <source>Participants by institution</source>
        <translation>المشاركون حسب المؤسسة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optional: participants from each &amp;kind of institution. Its totals must then match the participant counts.</source>
        <translation>اختياري: المشاركون من كل &amp;نوع من المؤسسات. ويجب عندئذٍ أن تطابق مجاميعه أعداد المشاركين.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Participants by institution and sex</source>
        <translation>المشاركون حسب المؤسسة والجنس</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Copy totals to participants</source>
        <translation>&amp;نسخ المجاميع إلى المشاركين</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy totals to participants</source>
        <translation>نسخ المجاميع إلى المشاركين</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+6"/>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete this record (you can undo it)</source>
        <translation>احذف هذا السجل (يمكنك التراجع)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the editor (Esc)</source>
        <translation>أغلق المحرِّر (Esc)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save (Ctrl+S)</source>
        <translation>حفظ (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../glo_act_desktop/ui/editors/training.py" line="-166"/>
        <source>training</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a pillar…</source>
        <translation>اختر ركيزة…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../glo_act_desktop/ui/widgets/undo_bar.py" line="+29"/>
        <source>Notice</source>
        <translation>إشعار</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>إخفاء</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../glo_act_desktop/ui/app.py" line="+132"/>
        <source>Preparing the demo data ({count} practice records)…</source>
        <translation>جارٍ إعداد البيانات التجريبية (سجلات تدريبية: {count})…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The data folder could not be opened:

{reason}</source>
        <translation>تعذّر فتح مجلد البيانات:

{reason}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This laptop could not be set up:

{reason}</source>
        <translation>تعذّر إعداد هذا الحاسوب:

{reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1 unsaved edit was recovered from the last time the app closed:</source>
        <translation>استُعيد تعديل واحد غير محفوظ من آخر مرة أُغلق فيها التطبيق:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} unsaved edits were recovered from the last time the app closed:</source>
        <translation>استُعيدت تعديلات غير محفوظة ({count}) من آخر مرة أُغلق فيها التطبيق:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsaved edits recovered</source>
        <translation>استُعيدت تعديلات غير محفوظة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open them to check and save them, or discard them?</source>
        <translation>هل تريد فتحها للتحقق منها وحفظها، أم التخلص منها؟</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <location filename="../../glo_act_desktop/ui/exports.py" line="-88"/>
        <source>all programmes</source>
        <translation>جميع البرامج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all countries</source>
        <translation>جميع البلدان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{start} to {end}</source>
        <translation>من {start} إلى {end}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all dates</source>
        <translation>جميع التواريخ</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Export done</source>
        <translation>اكتمل التصدير</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open file</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export stopped; no file was written.</source>
        <translation>أُوقف التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Not exported</source>
        <translation>لم يُصدَّر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} could not be written: {reason}</source>
        <translation>تعذّرت كتابة {file}: {reason}</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+19"/>
        <location line="+5"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Open a record, a register or the dashboard first: the export follows what is shown.</source>
        <translation>افتح سجلًا أو دفترًا أو لوحة المعلومات أولًا: يتبع التصدير ما هو معروض.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This record has not been saved yet. Save it first, then export it.</source>
        <translation>لم يُحفظ هذا السجل بعد. احفظه أولًا، ثم صدِّره.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This record has unsaved changes, and the export shows the record as saved. Save the changes first?</source>
        <translation>في هذا السجل تغييرات غير محفوظة، والتصدير يعرض السجل كما حُفظ. هل تريد حفظ التغييرات أولًا؟</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export PDF</source>
        <translation>تصدير PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Excel</source>
        <translation>تصدير Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنَّفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+74"/>
        <source>Exporting {file}</source>
        <translation>جارٍ تصدير {file}</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>{file} is written ({pages} pages).</source>
        <translation>كُتب {file} (عدد الصفحات: {pages}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+15"/>
        <source>{file} is written.</source>
        <translation>كُتب {file}.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Excel workbooks cannot be made by this version of the app.</source>
        <translation>لا يمكن لهذا الإصدار من التطبيق إنشاء مصنَّفات Excel.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export sheet: consultations</source>
        <translation>تصدير جدول بيانات: المشاورات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export sheet: trainings</source>
        <translation>تصدير جدول بيانات: التدريبات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export sheet: grants</source>
        <translation>تصدير جدول بيانات: المنح</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{count} records written to {file}.</source>
        <translation>عدد السجلات المكتوبة في {file}: {count}.</translation>
    </message>
</context>
<context>
    <name>sheet_import</name>
    <message>
        <location filename="../../glo_act_desktop/ui/sheet_import.py" line="+23"/>
        <source>Import sheet</source>
        <translation>استيراد جدول بيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheets (*.csv *.xlsx);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>جداول البيانات (*.csv *.xlsx);;مصنَّفات Excel (*.xlsx);;ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Import stopped; nothing was written.</source>
        <translation>أُوقف الاستيراد؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported {file}: {new} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>استُورد {file}: جديد: {new}، محدَّث: {updated}، دون تغيير: {unchanged}.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../glo_act_desktop/domain/validation.py" line="+50"/>
        <source>programme</source>
        <translation>برنامج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country (ISO 3166-1 alpha-2 code)</source>
        <translation>بلد (رمز ISO 3166-1 alpha-2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consultation type</source>
        <translation>نوع مشاورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pillar</source>
        <translation>ركيزة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target group</source>
        <translation>فئة مستهدفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counterpart type</source>
        <translation>نوع نظير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-up status</source>
        <translation>حالة متابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>institution type</source>
        <translation>نوع مؤسسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>currency (ISO 4217 code)</source>
        <translation>عملة (رمز ISO 4217)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grant status</source>
        <translation>حالة منحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service</source>
        <translation>خدمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report kind</source>
        <translation>نوع تقرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivery mode</source>
        <translation>طريقة تنفيذ</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>is required: enter a value</source>
        <translation>مطلوب: أدخل قيمة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is {length:,} characters long; shorten it to {limit:,} or fewer</source>
        <translation>طوله {length:,} حرفًا؛ اختصره إلى {limit:,} حرفًا أو أقل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contains an invisible control character ({code}, often pasted from another program); remove it</source>
        <translation>يحتوي على حرف تحكم غير مرئي ({code}، يُلصق غالبًا من برنامج آخر)؛ احذفه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>may not contain &apos;;&apos; (it separates values in sheets); use &apos;,&apos;</source>
        <translation>لا يجوز أن يحتوي على &apos;;&apos; (فهي تفصل القيم في الجداول)؛ استخدم &apos;,&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a whole number, not &apos;{value}&apos;</source>
        <translation>يجب أن يكون عددًا صحيحًا، لا &apos;{value}&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is {value}; counts cannot be negative</source>
        <translation>قيمته {value}؛ لا يمكن أن تكون الأعداد سالبة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is {value:,}; that is more than {limit:,}, check the figure</source>
        <translation>قيمته {value:,}؛ وهذا أكثر من {limit:,}، تحقق من الرقم</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is required: enter a date as YYYY-MM-DD</source>
        <translation>مطلوب: أدخل تاريخًا بالصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{date} is outside {first}–{last}; check the year</source>
        <translation>{date} خارج الفترة {first}–{last}؛ تحقق من السنة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{end} is before {start_field} {start}; the end must be on or after the start</source>
        <translation>{end} قبل {start_field} {start}؛ يجب أن تكون النهاية في يوم البداية أو بعده</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is required: choose a {what}</source>
        <translation>مطلوب: اختر {what}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not a known {what}; use one of: {codes}</source>
        <translation>&apos;{value}&apos; ليس {what} معروفًا؛ استخدم أحد: {codes}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>lists the same value twice; list each once</source>
        <translation>يذكر القيمة نفسها مرتين؛ اذكر كل قيمة مرة واحدة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{country} ({name}) is not a country of {programme}; its countries are {countries}</source>
        <translation>{country} ({name}) ليس من بلدان {programme}؛ بلدانه هي {countries}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this laptop is enrolled for {own_name} ({own}); records of {name} are entered by its own officers or by HQ</source>
        <translation>هذا الحاسوب مسجَّل لـ {own_name} ({own})؛ يُدخل سجلات {name} موظفوها أو المقر الرئيسي</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{objective}&apos; is not one of the {framework}s of {programme}; use one of {objectives}</source>
        <translation>&apos;{objective}&apos; ليس من بين {framework} في {programme}؛ استخدم أحد {objectives}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is {value}; scores are averages between 0 and 100</source>
        <translation>قيمته {value}؛ الدرجات متوسطات بين 0 و100</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a number</source>
        <translation>يجب أن يكون رقمًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is {value}; it must be above zero</source>
        <translation>قيمته {value}؛ يجب أن يكون أكبر من الصفر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is {value}; it must be at least zero</source>
        <translation>قيمته {value}؛ يجب ألا يقل عن الصفر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is {value:,}; that is beyond any grant, check the figure</source>
        <translation>قيمته {value:,}؛ وهذا يتجاوز أي منحة، تحقق من الرقم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{value} has {places} decimals but {currency} has {units}; round it to {units} decimals</source>
        <translation>للقيمة {value} عدد {places} من المنازل العشرية لكن لعملة {currency} عدد {units}؛ قرّبها إلى {units} منازل عشرية</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&apos;{organisation}&apos; is listed twice; list it once</source>
        <translation>&apos;{organisation}&apos; مذكورة مرتين؛ اذكرها مرة واحدة</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&apos;{institution}&apos; appears twice; merge its counts into one row</source>
        <translation>&apos;{institution}&apos; يظهر مرتين؛ اجمع أعداده في صف واحد</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is {total} but the institutions add up to {by_institution}; correct the total or the breakdown so they agree</source>
        <translation>قيمته {total} لكن مجموع المؤسسات {by_institution}؛ صحّح المجموع أو التوزيع ليتطابقا</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown counts {names}</source>
        <translation>أعداد غير معروفة: {names}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is {count} but only {total} people were assisted in all; it counts people among them</source>
        <translation>قيمته {count} لكن مجموع من تلقوا المساعدة {total} فقط؛ وهو يعدّ أشخاصًا من بينهم</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{date} is before the grant starts ({start}); correct the date or the grant&apos;s start</source>
        <translation>{date} قبل بدء المنحة ({start})؛ صحّح التاريخ أو بداية المنحة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{disbursed} {currency} disbursed is more than the {committed} {currency} committed</source>
        <translation>المصروف {disbursed} {currency} أكثر من الملتزم به {committed} {currency}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Give this laptop a name, e.g. &apos;Nepalgunj laptop 2&apos;</source>
        <translation>أعطِ هذا الحاسوب اسمًا، مثل &apos;Nepalgunj laptop 2&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name is {length} characters long; use 120 or fewer</source>
        <translation>طول الاسم {length} حرفًا؛ استخدم 120 حرفًا أو أقل</translation>
    </message>
</context>
</TS>
