<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ne_NP" sourcelanguage="en">
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../glo_act_desktop/ui/widgets/attachments.py" line="+100"/>
        <source>Attendance sheets, agreements, photos: files added here are stored at once (they do not wait for Save) and travel with the record when you sync. At most %1 per file.</source>
        <translation>उपस्थिति पाना, सम्झौता, फोटो: यहाँ थपिएका फाइलहरू तुरुन्तै भण्डार हुन्छन् (सुरक्षित गर्न पर्खँदैनन्) र सिंक गर्दा अभिलेखसँगै जान्छन्। प्रति फाइल बढीमा %1।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>फाइल</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>संलग्न फाइलहरू</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add file…</source>
        <translation>फाइल थप्नुहोस् (&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>खोल्नुहोस् (&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected file in the program your computer uses for it (a copy: the stored file is not changed)</source>
        <translation>छानिएको फाइललाई तपाईंको कम्प्युटरले प्रयोग गर्ने प्रोग्राममा खोल्नुहोस् (प्रतिलिपि: भण्डार गरिएको फाइल परिवर्तन हुँदैन)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>हटाउनुहोस् (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the selected file off this record</source>
        <translation>छानिएको फाइल यस अभिलेखबाट हटाउनुहोस्</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (%2), added by %3 on %4</source>
        <translation>%1 (%2), %3 द्वारा %4 मा थपिएको</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a file to add to this record</source>
        <translation>यस अभिलेखमा थप्ने फाइल छान्नुहोस्</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the record first: files can be added to a saved record only</source>
        <translation>पहिले अभिलेख सुरक्षित गर्नुहोस्: सुरक्षित गरिएको अभिलेखमा मात्र फाइल थप्न सकिन्छ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the record first, then add its files here.</source>
        <translation>पहिले अभिलेख सुरक्षित गर्नुहोस्, त्यसपछि यसका फाइलहरू यहाँ थप्नुहोस्।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No files yet. Press Add file… to add one.</source>
        <translation>अहिलेसम्म कुनै फाइल छैन। थप्न &quot;फाइल थप्नुहोस्…&quot; थिच्नुहोस्।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 file.</source>
        <translation>१ फाइल।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 files.</source>
        <translation>%1 फाइल।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add a file to this record</source>
        <translation>यस अभिलेखमा फाइल थप्नुहोस्</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>सबै फाइलहरू (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>File not added</source>
        <translation>फाइल थपिएन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be stored: %1</source>
        <translation>फाइल भण्डार गर्न सकिएन: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+3"/>
        <location line="+5"/>
        <source>Cannot open the file</source>
        <translation>फाइल खोल्न सकिँदैन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No program on this computer opens “%1”. A copy is in %2.</source>
        <translation>यो कम्प्युटरमा “%1” खोल्ने कुनै प्रोग्राम छैन। यसको प्रतिलिपि %2 मा छ।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove attachment</source>
        <translation>संलग्न फाइल हटाउनुहोस्</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take “%1” off this record?</source>
        <translation>“%1” यस अभिलेखबाट हटाउने हो?</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../glo_act_desktop/ui/widgets/charts.py" line="+59"/>
        <source>Nothing recorded</source>
        <translation>केही अभिलेख गरिएको छैन</translation>
    </message>
</context>
<context>
    <name>ChildRowsDelegate</name>
    <message>
        <location filename="../../glo_act_desktop/ui/widgets/child_rows.py" line="+188"/>
        <source>Choose…</source>
        <translation>छान्नुहोस्…</translation>
    </message>
</context>
<context>
    <name>ChildRowsEditor</name>
    <message>
        <location line="+147"/>
        <source>&amp;Add</source>
        <translation>थप्नुहोस् (&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>हटाउनुहोस्</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Row %1</source>
        <translation>पङ्क्ति %1</translation>
    </message>
</context>
<context>
    <name>CodeChecklist</name>
    <message>
        <location filename="../../glo_act_desktop/ui/widgets/inputs.py" line="+329"/>
        <source>%1 (not in the list)</source>
        <translation>%1 (सूचीमा छैन)</translation>
    </message>
</context>
<context>
    <name>CodeCombo</name>
    <message>
        <location line="-65"/>
        <source>%1 (not in the list)</source>
        <translation>%1 (सूचीमा छैन)</translation>
    </message>
</context>
<context>
    <name>ConflictMergeDialog</name>
    <message>
        <location filename="../../forms/conflict_merge.ui" line="+9"/>
        <source>Merge the values</source>
        <translation>मानहरू मिलाउनुहोस्</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Value to keep</source>
        <translation>राख्ने मान (&amp;V)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merged value</source>
        <translation>मिलाइएको मान</translation>
    </message>
    <message>
        <location filename="../../glo_act_desktop/ui/sync_page.py" line="+88"/>
        <source>“{field}” of “{title}” was changed on more than one device. Combine the values into the one to keep; it replaces them on every device.</source>
        <translation>“{title}” को “{field}” एकभन्दा बढी उपकरणमा परिवर्तन गरिएको थियो। मानहरूलाई राख्ने एउटै मानमा मिलाउनुहोस्; यसले हरेक उपकरणमा ती मानहरूलाई प्रतिस्थापन गर्छ।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>At most {limit} characters: {count} now.</source>
        <translation>बढीमा {limit} अक्षर: अहिले {count}।</translation>
    </message>
</context>
<context>
    <name>ConsultationEditor</name>
    <message>
        <location filename="../../forms/editors/consultation.ui" line="+14"/>
        <source>Consultation</source>
        <translation>परामर्श</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+36"/>
        <source>Meeting</source>
        <translation>बैठक</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Programme</source>
        <translation>कार्यक्रम (&amp;P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Programme</source>
        <translation>कार्यक्रम</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cou&amp;ntry</source>
        <translation>देश (&amp;N)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Objective</source>
        <translation>उद्देश्य (&amp;O)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Programme objective or outcome</source>
        <translation>कार्यक्रमको उद्देश्य वा नतिजा</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Date</source>
        <translation>मिति (&amp;D)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date of the consultation</source>
        <translation>परामर्शको मिति</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>T&amp;ype</source>
        <translation>प्रकार (&amp;Y)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type of consultation</source>
        <translation>परामर्शको प्रकार</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Title</source>
        <translation>शीर्षक (&amp;T)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Meeting on the national action plan</source>
        <translation>जस्तै: राष्ट्रिय कार्ययोजनासम्बन्धी बैठक</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;lace</source>
        <translation>स्थान (&amp;L)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Place</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Town or district</source>
        <translation>सहर वा जिल्ला</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Held outside the capital</source>
        <translation>राजधानी बाहिर आयोजित</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held outside the &amp;capital</source>
        <translation>राजधानी बाहिर आयोजित (&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What was discussed</source>
        <translation>के छलफल भयो</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;ummary</source>
        <translation>सारांश (&amp;U)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Summary</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What was discussed and agreed. Name organisations and roles, not private persons.</source>
        <translation>के छलफल र सहमति भयो। संस्था र भूमिकाको नाम लेख्नुहोस्, निजी व्यक्तिको होइन।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Participants</source>
        <translation>सहभागीहरू</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Female</source>
        <translation>महिला (&amp;F)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Female participants</source>
        <translation>महिला सहभागी</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Male</source>
        <translation>पुरुष (&amp;M)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Male participants</source>
        <translation>पुरुष सहभागी</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ot&amp;her or not recorded</source>
        <translation>अन्य वा उल्लेख नभएको (&amp;H)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Other or not recorded participants</source>
        <translation>अन्य वा लिङ्ग उल्लेख नभएका सहभागी</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Total</source>
        <translation>जम्मा</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total participants</source>
        <translation>जम्मा सहभागी</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Themes</source>
        <translation>विषयवस्तु</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>P&amp;illars</source>
        <translation>स्तम्भहरू (&amp;I)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pillars</source>
        <translation>स्तम्भहरू</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tar&amp;get groups</source>
        <translation>लक्षित समूहहरू (&amp;G)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Target groups</source>
        <translation>लक्षित समूहहरू</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Counterparts and follow-up</source>
        <translation>समकक्षी र अनुगमन</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Counterparts</source>
        <translation>समकक्षीहरू (&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The organisations that took part. Name organisations, not people.</source>
        <translation>सहभागी भएका संस्थाहरू। व्यक्तिको होइन, संस्थाको नाम लेख्नुहोस्।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counterparts</source>
        <translation>समकक्षीहरू</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Follow-up actions</source>
        <translation>अनुगमन कार्यहरू (&amp;F)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What was agreed: the action, who does it, and by when.</source>
        <translation>के सहमति भयो: कार्य, कसले गर्ने, र कहिलेसम्म।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Follow-up actions</source>
        <translation>अनुगमन कार्यहरू</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>Attachments</source>
        <translation>संलग्न फाइलहरू</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete…</source>
        <translation>मेटाउनुहोस्…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete this record (you can undo it)</source>
        <translation>यो अभिलेख मेटाउनुहोस् (पूर्ववत् गर्न सकिन्छ)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Close</source>
        <translation>बन्द गर्नुहोस्</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the editor (Esc)</source>
        <translation>सम्पादक बन्द गर्नुहोस् (Esc)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save</source>
        <translation>सुरक्षित गर्नुहोस् (&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save (Ctrl+S)</source>
        <translation>सुरक्षित गर्नुहोस् (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../glo_act_desktop/ui/editors/consultation.py" line="+32"/>
        <source>consultation</source>
        <translation>परामर्श</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a type…</source>
        <translation>प्रकार छान्नुहोस्…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisation</source>
        <translation>संस्था</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organisation&apos;s name, not a person&apos;s</source>
        <translation>संस्थाको नाम, व्यक्तिको होइन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add counterpart</source>
        <translation>समकक्षी थप्नुहोस् (&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Remove</source>
        <translation>हटाउनुहोस्</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>No counterparts yet. Press Add counterpart (or Insert) to add the organisations that took part.</source>
        <translation>अहिलेसम्म कुनै समकक्षी छैन। सहभागी संस्थाहरू थप्न &quot;समकक्षी थप्नुहोस्&quot; (वा Insert) थिच्नुहोस्।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>कसले</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An organisation or a role, e.g. UNODC or Ministry of Home Affairs</source>
        <translation>संस्था वा भूमिका, जस्तै UNODC वा गृह मन्त्रालय</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due by</source>
        <translation>म्याद</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add ac&amp;tion</source>
        <translation>कार्य थप्नुहोस् (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No follow-up actions yet. Press Add action (or Insert) for each action agreed at the meeting.</source>
        <translation>अहिलेसम्म कुनै अनुगमन कार्य छैन। बैठकमा सहमति भएको हरेक कार्यका लागि &quot;कार्य थप्नुहोस्&quot; (वा Insert) थिच्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../forms/dashboard.ui" line="+9"/>
        <source>Dashboard</source>
        <translation>ड्यासबोर्ड</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Programme</source>
        <translation>कार्यक्रम (&amp;P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Programme</source>
        <translation>कार्यक्रम</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Country</source>
        <translation>देश (&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>P&amp;eriod</source>
        <translation>अवधि (&amp;E)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Period</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;from</source>
        <translation>देखि (&amp;F)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Period starts on</source>
        <translation>अवधि सुरु हुने मिति</translation>
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
        <translation>सम्म (&amp;T)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Period ends on</source>
        <translation>अवधि सकिने मिति</translation>
    </message>
    <message>
        <location filename="../../glo_act_desktop/ui/dashboard.py" line="+148"/>
        <location line="+162"/>
        <source>Updating…</source>
        <translation>अद्यावधिक गर्दै…</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>All programmes</source>
        <translation>सबै कार्यक्रमहरू</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chosen dates</source>
        <translation>छानिएका मितिहरू</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This quarter</source>
        <translation>यो त्रैमास</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last quarter</source>
        <translation>गत त्रैमास</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This year</source>
        <translation>यो वर्ष</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>पछिल्ला १२ महिना</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All time</source>
        <translation>सबै समय</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>any date</source>
        <translation>जुनसुकै मिति</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>All countries</source>
        <translation>सबै देशहरू</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The period starts after it ends: change “from” or “to”.</source>
        <translation>अवधि सकिनुभन्दा पछि सुरु हुन्छ: “देखि” वा “सम्म” परिवर्तन गर्नुहोस्।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The figures could not be read: {reason}</source>
        <translation>तथ्याङ्क पढ्न सकिएन: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the figures</source>
        <translation>तथ्याङ्क पढ्दै</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click a figure or a bar to see its records</source>
        <translation>यसका अभिलेखहरू हेर्न कुनै तथ्याङ्क वा बारमा क्लिक गर्नुहोस्</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Open these records</source>
        <translation>यी अभिलेखहरू खोल्नुहोस्</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Consultations held</source>
        <translation>सम्पन्न परामर्शहरू</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meetings with counterparts in the period</source>
        <translation>अवधिभित्र समकक्षीहरूसँगका बैठकहरू</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trainings delivered</source>
        <translation>सञ्चालित तालिमहरू</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trainings that started in the period</source>
        <translation>अवधिभित्र सुरु भएका तालिमहरू</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up actions overdue</source>
        <translation>म्याद नाघेका अनुगमन कार्यहरू</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open actions past their due date, from consultations of any date</source>
        <translation>म्याद नाघिसकेका खुला कार्यहरू, जुनसुकै मितिका परामर्शबाट</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grant reports overdue</source>
        <translation>म्याद नाघेका अनुदान प्रतिवेदनहरू</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reports past their due date and not yet received, any grant</source>
        <translation>म्याद नाघेका र अझै प्राप्त नभएका प्रतिवेदनहरू, जुनसुकै अनुदानका</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People trained</source>
        <translation>तालिम पाएका व्यक्ति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participants of those trainings, by sex</source>
        <translation>ती तालिमका सहभागीहरू, लिङ्गअनुसार</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>people</source>
        <translation>जना</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>women</source>
        <translation>महिला</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+113"/>
        <source>Women</source>
        <translation>महिला</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+113"/>
        <source>Men</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+67"/>
        <location line="+47"/>
        <source>Other or not recorded</source>
        <translation>अन्य वा उल्लेख नभएको</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Activities outside capitals</source>
        <translation>राजधानी बाहिरका गतिविधिहरू</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consultations and trainings held away from the capital city</source>
        <translation>राजधानी सहरबाहिर आयोजित परामर्श र तालिमहरू</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Outside the capital</source>
        <translation>राजधानी बाहिर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the capital</source>
        <translation>राजधानीमा</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grants: committed and disbursed</source>
        <translation>अनुदान: प्रतिबद्ध र वितरित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per currency: amounts committed by grants running in the period, and tranches paid in it</source>
        <translation>मुद्राअनुसार: अवधिभित्र चलिरहेका अनुदानले प्रतिबद्ध गरेको रकम, र अवधिभित्र भुक्तानी गरिएका किस्ताहरू</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+159"/>
        <source>Committed</source>
        <translation>प्रतिबद्ध</translation>
    </message>
    <message>
        <location line="-158"/>
        <location line="+158"/>
        <source>Disbursed</source>
        <translation>वितरित</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>People assisted by grants</source>
        <translation>अनुदानबाट सहायता पाएका व्यक्ति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by age group (children: under 18) and sex, and by kind of person; grants running in the period</source>
        <translation>उमेर समूह (बालबालिका: १८ वर्षमुनि) र लिङ्गअनुसार, र व्यक्तिको प्रकारअनुसार; अवधिभित्र चलिरहेका अनुदानहरू</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Women and girls</source>
        <translation>महिला र बालिका</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Men and boys</source>
        <translation>पुरुष र बालक</translation>
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
        <translation>{total} मध्ये {outside} गतिविधि राजधानी बाहिर आयोजित भए</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing recorded in this period</source>
        <translation>यस अवधिमा केही अभिलेख गरिएको छैन</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consultations</source>
        <translation>परामर्शहरू</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trainings</source>
        <translation>तालिमहरू</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} outside the capital</source>
        <translation>राजधानी बाहिर {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} in the capital</source>
        <translation>राजधानीमा {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{outside} of {total}</source>
        <translation>{total} मध्ये {outside}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>people assisted, {count} of them with a disability</source>
        <translation>सहायता पाएका व्यक्ति, तीमध्ये {count} जना अपाङ्गता भएका</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Children</source>
        <translation>बालबालिका</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adults</source>
        <translation>वयस्क</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{who}, {age}: {count}</source>
        <translation>{who}, {age}: {count}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Victims of trafficking</source>
        <translation>मानव बेचबिखनबाट पीडित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smuggled migrants</source>
        <translation>तस्करी गरिएका आप्रवासी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vulnerable migrants</source>
        <translation>जोखिममा रहेका आप्रवासी</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{count} grants running in the period</source>
        <translation>अवधिभित्र चलिरहेका {count} अनुदान</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing committed or paid in this period</source>
        <translation>यस अवधिमा केही प्रतिबद्ध वा भुक्तानी गरिएको छैन</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>मुद्रा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>बाँकी</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Committed: {amount} {currency}</source>
        <translation>प्रतिबद्ध: {amount} {currency}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disbursed: {amount} {currency}</source>
        <translation>वितरित: {amount} {currency}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{percent} paid</source>
        <translation>{percent} भुक्तानी भयो</translation>
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
        <translation>पात्रोबाट मिति छान्नुहोस्</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&apos;%1&apos; is not a date: write it as YYYY-MM-DD, for example 2025-03-14</source>
        <translation>&apos;%1&apos; मिति होइन: YYYY-MM-DD ढाँचामा लेख्नुहोस्, जस्तै 2025-03-14</translation>
    </message>
</context>
<context>
    <name>DisaggregationGrid</name>
    <message>
        <location filename="../../glo_act_desktop/ui/widgets/disaggregation.py" line="+115"/>
        <location line="+14"/>
        <source>Total of %1</source>
        <translation>%1 को जम्मा</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../../glo_act_desktop/ui/models/due_model.py" line="+41"/>
        <location line="+10"/>
        <source>Due</source>
        <translation>म्याद</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Days overdue</source>
        <translation>म्याद नाघेका दिन</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Action</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>जिम्मेवार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation date</source>
        <translation>परामर्शको मिति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation</source>
        <translation>परामर्श</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Report</source>
        <translation>प्रतिवेदन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grantee</source>
        <translation>अनुदानग्राही</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant status</source>
        <translation>अनुदानको स्थिति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant start</source>
        <translation>अनुदान सुरु</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Counting</source>
        <translation>गन्दै</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 open actions, %2 overdue</source>
        <translation>%1 खुला कार्य, %2 म्याद नाघेका</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 reports not received, %2 overdue</source>
        <translation>%1 प्रतिवेदन प्राप्त नभएका, %2 म्याद नाघेका</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Overdue by %1 days</source>
        <translation>%1 दिन म्याद नाघेको</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No due date</source>
        <translation>म्याद तोकिएको छैन</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <location filename="../../forms/export_options.ui" line="+9"/>
        <source>Export</source>
        <translation>निर्यात</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to export</source>
        <translation>के निर्यात गर्ने</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The record</source>
        <translation>अभिलेख</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A summary of the period</source>
        <translation>अवधिको सारांश</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Paper</source>
        <translation>कागज (&amp;P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paper</source>
        <translation>कागज</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location filename="../../glo_act_desktop/ui/exports.py" line="+157"/>
        <source>Export PDF</source>
        <translation>PDF निर्यात</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Excel</source>
        <translation>Excel निर्यात</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consultation</source>
        <translation>परामर्श</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>training</source>
        <translation>तालिम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grant</source>
        <translation>अनुदान</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {noun} “{title}”</source>
        <translation>{noun} “{title}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A record (select one first)</source>
        <translation>एउटा अभिलेख (पहिले एउटा छान्नुहोस्)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A summary of {scope}</source>
        <translation>{scope} को सारांश</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A summary covers the programme, country and dates of the register&apos;s filter; its other filters (text, pillar, status…) do not apply to it.</source>
        <translation>सारांशले दर्ता किताबको फिल्टरको कार्यक्रम, देश र मितिहरू समेट्छ; यसका अन्य फिल्टरहरू (पाठ, स्तम्भ, स्थिति…) यसमा लागू हुँदैनन्।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A workbook: a summary sheet with the key figures and a sheet per register</source>
        <translation>एउटा वर्कबुक: मुख्य तथ्याङ्कसहितको सारांश पाना र हरेक दर्ता किताबको एउटा पाना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record in the columns of a sheet, with its lists in sheets of their own</source>
        <translation>पानाका महलहरूमा अभिलेख, र यसका सूचीहरू छुट्टाछुट्टै पानामा</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>लेटर</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export…</source>
        <translation>निर्यात गर्नुहोस्…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../glo_act_desktop/ui/widgets/filter_bar.py" line="+73"/>
        <source>Search</source>
        <translation>खोज्नुहोस्</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Programme</source>
        <translation>कार्यक्रम</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All programmes</source>
        <translation>सबै कार्यक्रमहरू</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pillar</source>
        <translation>स्तम्भ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All pillars</source>
        <translation>सबै स्तम्भहरू</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From date</source>
        <translation>मितिदेखि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From (inclusive)</source>
        <translation>देखि (समेत)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To date</source>
        <translation>मितिसम्म</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (inclusive)</source>
        <translation>सम्म (समेत)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Outside capital</source>
        <translation>राजधानी बाहिर</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the capital</source>
        <translation>राजधानीमा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anywhere</source>
        <translation>जहाँसुकै</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any status</source>
        <translation>जुनसुकै स्थिति</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open or in progress</source>
        <translation>खुला वा प्रगतिमा</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue only</source>
        <translation>म्याद नाघेका मात्र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only what was due before today and is not done</source>
        <translation>आजभन्दा अघि म्याद भएका र सम्पन्न नभएका मात्र</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only grants with a report due before today and not received</source>
        <translation>आजभन्दा अघि म्याद भएको र प्राप्त नभएको प्रतिवेदन भएका अनुदानहरू मात्र</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear filters</source>
        <translation>फिल्टरहरू हटाउनुहोस्</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Dates:</source>
        <translation>मितिहरू:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Search title, place, summary, counterparts (Ctrl+F)</source>
        <translation>शीर्षक, स्थान, सारांश, समकक्षी खोज्नुहोस् (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search title, venue, notes (Ctrl+F)</source>
        <translation>शीर्षक, कार्यक्रम स्थल, टिप्पणी खोज्नुहोस् (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search grantee, agreement, notes (Ctrl+F)</source>
        <translation>अनुदानग्राही, सम्झौता, टिप्पणी खोज्नुहोस् (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search action, owner, consultation (Ctrl+F)</source>
        <translation>कार्य, जिम्मेवार, परामर्श खोज्नुहोस् (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>All countries</source>
        <translation>सबै देशहरू</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../forms/first_run.ui" line="+9"/>
        <source>Welcome to GLO.ACT Field</source>
        <translation>GLO.ACT Field मा स्वागत छ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h2&gt;Set up this laptop&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;यो ल्यापटप तयार गर्नुहोस्&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GLO.ACT Field keeps your consultations, trainings and grants on this laptop, and works without internet. Tell it which country you work in and give this laptop a name your colleagues and HQ will recognise.</source>
        <translation>GLO.ACT Field ले तपाईंका परामर्श, तालिम र अनुदानहरू यही ल्यापटपमा राख्छ, र इन्टरनेटबिना चल्छ। तपाईं कुन देशमा काम गर्नुहुन्छ भन्नुहोस् र यो ल्यापटपलाई तपाईंका सहकर्मी र मुख्यालयले चिन्ने नाम दिनुहोस्।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Country</source>
        <translation>देश (&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Laptop name</source>
        <translation>ल्यापटपको नाम (&amp;L)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Laptop name</source>
        <translation>ल्यापटपको नाम</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Nepalgunj laptop 2</source>
        <translation>जस्तै: Nepalgunj laptop 2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Just looking? Open a separate demo database with made-up records instead. Nothing you do there mixes with your real records.</source>
        <translation>हेर्न मात्र चाहनुहुन्छ? बरु काल्पनिक अभिलेखसहितको छुट्टै नमुना डेटाबेस खोल्नुहोस्। त्यहाँ गरेको कुनै पनि कुरा तपाईंका वास्तविक अभिलेखसँग मिसिँदैन।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Did HQ give you an enrolment file for this laptop? Set it up from that file instead: the country and the laptop&apos;s name come from it, and the laptop can then exchange sync bundles with HQ.</source>
        <translation>के मुख्यालयले यो ल्यापटपका लागि नामाङ्कन फाइल दिएको छ? बरु त्यही फाइलबाट तयार गर्नुहोस्: देश र ल्यापटपको नाम त्यसैबाट आउँछ, र त्यसपछि ल्यापटपले मुख्यालयसँग सिंक बन्डल आदानप्रदान गर्न सक्छ।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open &amp;demo data</source>
        <translation>नमुना डेटा खोल्नुहोस् (&amp;D)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set up from an HQ &amp;enrolment file…</source>
        <translation>मुख्यालयको नामाङ्कन फाइलबाट तयार गर्नुहोस् (&amp;E)…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Quit</source>
        <translation>बाहिरिनुहोस् (&amp;Q)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Set up this laptop</source>
        <translation>यो ल्यापटप तयार गर्नुहोस् (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../glo_act_desktop/ui/first_run.py" line="+46"/>
        <source>Choose a country…</source>
        <translation>देश छान्नुहोस्…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the country you work in.</source>
        <translation>तपाईं काम गर्ने देश छान्नुहोस्।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enrolment file from HQ</source>
        <translation>मुख्यालयको नामाङ्कन फाइल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolment files (*.enrol);;All files (*)</source>
        <translation>नामाङ्कन फाइलहरू (*.enrol);;सबै फाइलहरू (*)</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <location filename="../../glo_act_desktop/ui/follow_ups.py" line="+53"/>
        <source>Follow-up actions</source>
        <translation>अनुगमन कार्यहरू</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant reports</source>
        <translation>अनुदान प्रतिवेदनहरू</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Items due</source>
        <translation>म्याद भएका कार्यहरू</translation>
    </message>
</context>
<context>
    <name>GrantEditor</name>
    <message>
        <location filename="../../forms/editors/grant.ui" line="+14"/>
        <location line="+50"/>
        <source>Grant</source>
        <translation>अनुदान</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Grant agreement</source>
        <translation>अनुदान सम्झौता</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Programme</source>
        <translation>कार्यक्रम (&amp;P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Programme</source>
        <translation>कार्यक्रम</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cou&amp;ntry</source>
        <translation>देश (&amp;N)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Grantee</source>
        <translation>अनुदानग्राही (&amp;G)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Grantee organisation</source>
        <translation>अनुदानग्राही संस्था</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The civil-society organisation</source>
        <translation>नागरिक समाजको संस्था</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agreement &amp;reference</source>
        <translation>सम्झौता सन्दर्भ (&amp;R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Agreement reference</source>
        <translation>सम्झौता सन्दर्भ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. VAG/LK/2025/01</source>
        <translation>जस्तै: VAG/LK/2025/01</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;tatus</source>
        <translation>स्थिति (&amp;T)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Grant status</source>
        <translation>अनुदानको स्थिति</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Money and dates</source>
        <translation>रकम र मितिहरू</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Currency</source>
        <translation>मुद्रा (&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Currency</source>
        <translation>मुद्रा</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Committed &amp;amount</source>
        <translation>प्रतिबद्ध रकम (&amp;A)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Committed amount</source>
        <translation>प्रतिबद्ध रकम</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start &amp;date</source>
        <translation>सुरु मिति (&amp;D)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start date</source>
        <translation>सुरु मिति</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;End date</source>
        <translation>अन्तिम मिति (&amp;E)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>End date</source>
        <translation>अन्तिम मिति</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Services and notes</source>
        <translation>सेवा र टिप्पणी</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ser&amp;vices provided</source>
        <translation>प्रदान गरिएका सेवाहरू (&amp;V)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Services provided</source>
        <translation>प्रदान गरिएका सेवाहरू</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>N&amp;otes</source>
        <translation>टिप्पणी (&amp;O)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../glo_act_desktop/ui/editors/grant.py" line="+78"/>
        <source>Notes</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About the grant and the grantee, never about assisted persons</source>
        <translation>अनुदान र अनुदानग्राहीबारे, सहायता पाएका व्यक्तिबारे कहिल्यै होइन</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do no harm: never write names or anything that could identify a person who was assisted (no initials, addresses, photos or case details). Record people only as counts, on the People assisted tab.</source>
        <translation>हानि नगर्नुहोस्: सहायता पाएका व्यक्तिको नाम वा पहिचान खुल्न सक्ने कुनै कुरा कहिल्यै नलेख्नुहोस् (नामका छोटकरी अक्षर, ठेगाना, फोटो वा मुद्दाको विवरण पनि होइन)। व्यक्तिहरूलाई सहायता पाएका व्यक्ति ट्याबमा सङ्ख्याका रूपमा मात्र अभिलेख गर्नुहोस्।</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Tranches and reports</source>
        <translation>किस्ता र प्रतिवेदनहरू</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Tranches paid</source>
        <translation>भुक्तानी गरिएका किस्ताहरू (&amp;T)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tranches paid</source>
        <translation>भुक्तानी गरिएका किस्ताहरू</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reports due from the grantee</source>
        <translation>अनुदानग्राहीबाट आउनुपर्ने प्रतिवेदनहरू (&amp;R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reports due</source>
        <translation>आउनुपर्ने प्रतिवेदनहरू</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../glo_act_desktop/ui/editors/grant.py" line="+157"/>
        <source>People assisted</source>
        <translation>सहायता पाएका व्यक्ति</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Counts only. Never record names or details that could identify a person who was assisted.</source>
        <translation>सङ्ख्या मात्र। सहायता पाएका व्यक्तिको नाम वा पहिचान खुल्न सक्ने विवरण कहिल्यै अभिलेख नगर्नुहोस्।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>People assisted, by &amp;age group, sex and kind</source>
        <translation>सहायता पाएका व्यक्ति, उमेर समूह, लिङ्ग र प्रकारअनुसार (&amp;A)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>People assisted by age group, sex and kind</source>
        <translation>उमेर समूह, लिङ्ग र प्रकारअनुसार सहायता पाएका व्यक्ति</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Of whom persons with &amp;disabilities</source>
        <translation>तीमध्ये अपाङ्गता भएका व्यक्ति (&amp;D)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Persons with disabilities among the people assisted</source>
        <translation>सहायता पाएकामध्ये अपाङ्गता भएका व्यक्ति</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+6"/>
        <source>Attachments</source>
        <translation>संलग्न फाइलहरू</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete…</source>
        <translation>मेटाउनुहोस्…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete this record (you can undo it)</source>
        <translation>यो अभिलेख मेटाउनुहोस् (पूर्ववत् गर्न सकिन्छ)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Close</source>
        <translation>बन्द गर्नुहोस्</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the editor (Esc)</source>
        <translation>सम्पादक बन्द गर्नुहोस् (Esc)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save</source>
        <translation>सुरक्षित गर्नुहोस् (&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save (Ctrl+S)</source>
        <translation>सुरक्षित गर्नुहोस् (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../glo_act_desktop/ui/editors/grant.py" line="-183"/>
        <source>grant</source>
        <translation>अनुदान</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a currency…</source>
        <translation>मुद्रा छान्नुहोस्…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never names or details of assisted persons</source>
        <translation>सहायता पाएका व्यक्तिको नाम वा विवरण कहिल्यै होइन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date paid</source>
        <translation>भुक्तानी मिति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>रकम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>सन्दर्भ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment or voucher reference. </source>
        <translation>भुक्तानी वा भौचरको सन्दर्भ। </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add tranche</source>
        <translation>किस्ता थप्नुहोस् (&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>Remove</source>
        <translation>हटाउनुहोस्</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>No tranches paid yet. Press Add tranche (or Insert) for each payment to the grantee.</source>
        <translation>अहिलेसम्म कुनै किस्ता भुक्तानी भएको छैन। अनुदानग्राहीलाई गरिएको हरेक भुक्तानीका लागि &quot;किस्ता थप्नुहोस्&quot; (वा Insert) थिच्नुहोस्।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report</source>
        <translation>प्रतिवेदन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due by</source>
        <translation>म्याद</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>प्राप्त मिति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty until the report arrives</source>
        <translation>प्रतिवेदन नआउन्जेल खाली छोड्नुहोस्</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add re&amp;port</source>
        <translation>प्रतिवेदन थप्नुहोस् (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reports due yet. Press Add report for each narrative, financial or final report the grantee owes.</source>
        <translation>अहिलेसम्म कुनै प्रतिवेदन बाँकी छैन। अनुदानग्राहीले बुझाउनुपर्ने हरेक वर्णनात्मक, वित्तीय वा अन्तिम प्रतिवेदनका लागि &quot;प्रतिवेदन थप्नुहोस्&quot; थिच्नुहोस्।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Total</source>
        <translation>जम्मा</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age group</source>
        <translation>उमेर समूह</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>लिङ्ग</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>By sex: %1.  By age: %2.  In all: %3, of whom %4 with disabilities.</source>
        <translation>लिङ्गअनुसार: %1।  उमेरअनुसार: %2।  जम्मा: %3, तीमध्ये %4 अपाङ्गता भएका।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Disbursed: enter every tranche&apos;s amount to see the total.</source>
        <translation>वितरित: जम्मा हेर्न हरेक किस्ताको रकम लेख्नुहोस्।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disbursed so far: %1 %2</source>
        <translation>हालसम्म वितरित: %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>of %1 committed (%2%)</source>
        <translation>प्रतिबद्ध %1 मध्ये (%2%)</translation>
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
        <translation>दर्ता किताबहरू</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+51"/>
        <source>Consultations</source>
        <translation>परामर्शहरू</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+82"/>
        <source>Trainings</source>
        <translation>तालिमहरू</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+113"/>
        <source>Grants</source>
        <translation>अनुदानहरू</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Register and open records</source>
        <translation>अभिलेखहरू दर्ता गर्नुहोस् र खोल्नुहोस्</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Register</source>
        <translation>दर्ता किताब</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>&amp;File</source>
        <translation>फाइल (&amp;F)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Edit</source>
        <translation>सम्पादन (&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Toolbar</source>
        <translation>उपकरणपट्टी</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;New</source>
        <translation>नयाँ (&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../glo_act_desktop/ui/main_window.py" line="+775"/>
        <source>Start a new record in this register (Ctrl+N)</source>
        <translation>यस दर्ता किताबमा नयाँ अभिलेख सुरु गर्नुहोस् (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;consultation</source>
        <translation>नयाँ परामर्श (&amp;C)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;training</source>
        <translation>नयाँ तालिम (&amp;T)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;grant</source>
        <translation>नयाँ अनुदान (&amp;G)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>सुरक्षित गर्नुहोस् (&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the open record (Ctrl+S)</source>
        <translation>खुला अभिलेख सुरक्षित गर्नुहोस् (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete…</source>
        <translation>मेटाउनुहोस् (&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected records (you can undo it)</source>
        <translation>छानिएका अभिलेखहरू मेटाउनुहोस् (पूर्ववत् गर्न सकिन्छ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close record</source>
        <translation>अभिलेख बन्द गर्नुहोस् (&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the open record (Ctrl+W)</source>
        <translation>खुला अभिलेख बन्द गर्नुहोस् (Ctrl+W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import sheet…</source>
        <translation>स्प्रेडसिट आयात गर्नुहोस् (&amp;I)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check a CSV or Excel sheet, see what it would change, then import it whole</source>
        <translation>CSV वा Excel स्प्रेडसिट जाँच्नुहोस्, यसले के परिवर्तन गर्छ हेर्नुहोस्, अनि पूरै आयात गर्नुहोस्</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport sheet…</source>
        <translation>स्प्रेडसिट निर्यात गर्नुहोस् (&amp;X)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the records the register shows (with its filters) to a CSV or Excel sheet</source>
        <translation>दर्ता किताबले देखाएका अभिलेखहरू (यसका फिल्टरसहित) CSV वा Excel स्प्रेडसिटमा लेख्नुहोस्</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;PDF…</source>
        <translation>PDF निर्यात गर्नुहोस् (&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PDF summary of the record, the register&apos;s filter or the dashboard&apos;s scope</source>
        <translation>अभिलेख, दर्ता किताबको फिल्टर वा ड्यासबोर्डको दायराको PDF सारांश</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;Excel…</source>
        <translation>Excel निर्यात गर्नुहोस् (&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Excel workbook of the record, the register&apos;s filter or the dashboard&apos;s scope</source>
        <translation>अभिलेख, दर्ता किताबको फिल्टर वा ड्यासबोर्डको दायराको Excel वर्कबुक</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>बाहिरिनुहोस् (&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Find…</source>
        <translation>खोज्नुहोस् (&amp;F)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the register shown (Ctrl+F)</source>
        <translation>देखाइएको दर्ता किताबमा खोज्नुहोस् (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh</source>
        <translation>ताजा गर्नुहोस् (&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the registers, figures and items due again from the database (F5)</source>
        <translation>दर्ता किताब, तथ्याङ्क र म्याद भएका कार्यहरू डेटाबेसबाट फेरि पढ्नुहोस् (F5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About GLO.ACT Field</source>
        <translation>GLO.ACT Field बारेमा (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../glo_act_desktop/ui/main_window.py" line="-630"/>
        <source>Dashboard</source>
        <translation>ड्यासबोर्ड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups due</source>
        <translation>म्याद भएका अनुगमन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>सिंक</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{app} — DEMO DATA (practice records, not real)</source>
        <translation>{app} — नमुना डेटा (अभ्यासका अभिलेख, वास्तविक होइन)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DEMO DATA</source>
        <translation>नमुना डेटा</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These are made-up practice records, kept apart from real data. Nothing here is sent anywhere.</source>
        <translation>यी अभ्यासका लागि बनाइएका काल्पनिक अभिलेख हुन्, वास्तविक डेटाबाट अलग राखिएका। यहाँबाट केही पनि कतै पठाइँदैन।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This laptop&apos;s name and the country it works in</source>
        <translation>यो ल्यापटपको नाम र यसले काम गर्ने देश</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Data folder: {path}</source>
        <translation>डेटा फोल्डर: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data folder (database, backups and logs): {path}</source>
        <translation>डेटा फोल्डर (डेटाबेस, ब्याकअप र लग): {path}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{device} · {country}</source>
        <translation>{device} · {country}</translation>
    </message>
    <message>
        <location line="+284"/>
        <source>Consultations: {count}</source>
        <translation>परामर्श: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainings: {count}</source>
        <translation>तालिम: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grants: {count}</source>
        <translation>अनुदान: {count}</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Not found</source>
        <translation>फेला परेन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record is no longer there (it may have been deleted). The register is read again.</source>
        <translation>यो अभिलेख अब छैन (यो मेटाइएको हुन सक्छ)। दर्ता किताब फेरि पढिँदैछ।</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Unsaved changes</source>
        <translation>सुरक्षित नगरिएका परिवर्तनहरू</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Delete the {noun} “{name}”?

You can undo this right after.</source>
        <translation>{noun} “{name}” मेटाउने हो?

तपाईं तुरुन्तै यसलाई पूर्ववत् गर्न सक्नुहुन्छ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete {count} {nouns}?

You can undo this right after.</source>
        <translation>{count} वटा {nouns} मेटाउने हो?

तपाईं तुरुन्तै यसलाई पूर्ववत् गर्न सक्नुहुन्छ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>मेटाउनुहोस्</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not deleted</source>
        <translation>मेटाइएन</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted the {noun} “{name}”.</source>
        <translation>{noun} “{name}” मेटाइयो।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted {count} {nouns}.</source>
        <translation>{count} वटा {nouns} मेटाइए।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>consultation</source>
        <translation>परामर्श</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>training</source>
        <translation>तालिम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grant</source>
        <translation>अनुदान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consultations</source>
        <translation>परामर्श</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>trainings</source>
        <translation>तालिम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grants</source>
        <translation>अनुदान</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New consultation</source>
        <translation>नयाँ परामर्श (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New training</source>
        <translation>नयाँ तालिम (&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;New grant</source>
        <translation>नयाँ अनुदान (&amp;N)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About GLO.ACT Field</source>
        <translation>GLO.ACT Field बारेमा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;GLO.ACT Field {version}&lt;/h3&gt;&lt;p&gt;Consultations, trainings and victim-assistance grants of the Global Action against Trafficking in Persons and the Smuggling of Migrants, recorded on this laptop and usable without internet.&lt;/p&gt;&lt;p&gt;UNODC. Built with Qt {qt}.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GLO.ACT Field {version}&lt;/h3&gt;&lt;p&gt;मानव बेचबिखन र आप्रवासी तस्करीविरुद्धको विश्वव्यापी कार्य (GLO.ACT) का परामर्श, तालिम र पीडित सहायता अनुदानहरू, यही ल्यापटपमा अभिलेख गरिएका र इन्टरनेटबिना प्रयोग गर्न मिल्ने।&lt;/p&gt;&lt;p&gt;UNODC. Qt {qt} मा बनाइएको।&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../glo_act_desktop/ui/editors/__init__.py" line="+47"/>
        <source>Consultation</source>
        <translation>परामर्श</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>तालिम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant</source>
        <translation>अनुदान</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>changes to a saved record</source>
        <translation>सुरक्षित गरिएको अभिलेखमा परिवर्तन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new, never saved</source>
        <translation>नयाँ, कहिल्यै सुरक्षित नगरिएको</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(untitled)</source>
        <translation>(शीर्षकविहीन)</translation>
    </message>
    <message>
        <location filename="../../glo_act_desktop/ui/editors/base.py" line="+242"/>
        <source>Problem with %1</source>
        <translation>%1 मा समस्या</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Choose a programme…</source>
        <translation>कार्यक्रम छान्नुहोस्…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a country…</source>
        <translation>देश छान्नुहोस्…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a programme first</source>
        <translation>पहिले कार्यक्रम छान्नुहोस्</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(none)</source>
        <translation>(कुनै छैन)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Outcome</source>
        <translation>नतिजा (&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Programme pilla&amp;r</source>
        <translation>कार्यक्रमको स्तम्भ (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Objective</source>
        <translation>उद्देश्य (&amp;O)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Unsaved changes found</source>
        <translation>सुरक्षित नगरिएका परिवर्तनहरू भेटिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes to this %1 made on %2 were never saved (the app may have closed unexpectedly). They were kept as a draft.

Restore them? Choose No to throw the draft away and open the saved version.</source>
        <translation>%2 मा यो %1 मा गरिएका परिवर्तनहरू कहिल्यै सुरक्षित भएनन् (एप अनपेक्षित रूपमा बन्द भएको हुन सक्छ)। ती मस्यौदाका रूपमा राखिएका छन्।

तिनलाई फर्काउने हो? मस्यौदा फाल्न र सुरक्षित गरिएको संस्करण खोल्न &quot;होइन&quot; छान्नुहोस्।</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>New %1</source>
        <translation>नयाँ %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&apos;%1&apos; is not a date: write it as YYYY-MM-DD</source>
        <translation>&apos;%1&apos; मिति होइन: YYYY-MM-DD ढाँचामा लेख्नुहोस्</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is required: enter the amount</source>
        <translation>आवश्यक छ: रकम लेख्नुहोस्</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not an amount</source>
        <translation>&apos;%1&apos; रकम होइन</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>line %1</source>
        <translation>पङ्क्ति %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row %1</source>
        <translation>पङ्क्ति %1</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1 (%2 to fix)</source>
        <translation>%1 (%2 सच्याउनुपर्ने)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To save, fill in: %1.</source>
        <translation>सुरक्षित गर्न, भर्नुहोस्: %1।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix 1 problem to save:</source>
        <translation>सुरक्षित गर्न १ समस्या सच्याउनुहोस्:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix %1 problems to save:</source>
        <translation>सुरक्षित गर्न %1 समस्या सच्याउनुहोस्:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(and %1 more)</source>
        <translation>(र थप %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can save, but check: %1</source>
        <translation>तपाईं सुरक्षित गर्न सक्नुहुन्छ, तर जाँच्नुहोस्: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This %1 is deleted. Undo to bring it back.</source>
        <translation>यो %1 मेटाइएको छ। यसलाई फर्काउन पूर्ववत् गर्नुहोस्।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save (Ctrl+S)</source>
        <translation>सुरक्षित गर्नुहोस् (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deleted</source>
        <translation>मेटाइएको</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+134"/>
        <source>Unsaved changes</source>
        <translation>सुरक्षित नगरिएका परिवर्तनहरू</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>draft kept at %1</source>
        <translation>%1 मा मस्यौदा राखियो</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New, not saved yet</source>
        <translation>नयाँ, अझै सुरक्षित नगरिएको</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved at %1</source>
        <translation>%1 मा सुरक्षित गरियो</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No unsaved changes</source>
        <translation>सुरक्षित नगरिएको कुनै परिवर्तन छैन</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+6"/>
        <source>Not saved</source>
        <translation>सुरक्षित भएन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 could not be saved: %2

Your changes are kept as a draft and will be offered back when you open it again.</source>
        <translation>%1 सुरक्षित गर्न सकिएन: %2

तपाईंका परिवर्तनहरू मस्यौदाका रूपमा राखिएका छन् र तपाईंले यसलाई फेरि खोल्दा फर्काउन प्रस्ताव गरिनेछ।</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>could not keep a draft: %1</source>
        <translation>मस्यौदा राख्न सकिएन: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save the changes to this %1 before closing?</source>
        <translation>बन्द गर्नुअघि यो %1 मा गरिएका परिवर्तनहरू सुरक्षित गर्ने हो?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Discard new %1</source>
        <translation>नयाँ %1 फाल्नुहोस्</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw away this new %1? It was never saved.</source>
        <translation>यो नयाँ %1 फाल्ने हो? यो कहिल्यै सुरक्षित गरिएको थिएन।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete %1</source>
        <translation>%1 मेटाउनुहोस्</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the %1 “%2”?

You can undo this right after.</source>
        <translation>%1 “%2” मेटाउने हो?

तपाईं तुरुन्तै यसलाई पूर्ववत् गर्न सक्नुहुन्छ।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not deleted</source>
        <translation>मेटाइएन</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deleted the %1 “%2”.</source>
        <translation>%1 “%2” मेटाइयो।</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delete…</source>
        <translation>मेटाउनुहोस्…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard…</source>
        <translation>फाल्नुहोस्…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this %1 (you can undo it)</source>
        <translation>यो %1 मेटाउनुहोस् (पूर्ववत् गर्न सकिन्छ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw away this new %1</source>
        <translation>यो नयाँ %1 फाल्नुहोस्</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../glo_act_desktop/ui/models/register_model.py" line="+39"/>
        <source>Date</source>
        <translation>मिति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>सुरु</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>अन्त्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>कार्यक्रम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside capital</source>
        <translation>राजधानी बाहिर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>महिला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pillar</source>
        <translation>स्तम्भ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>सञ्चालन विधि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grantee</source>
        <translation>अनुदानग्राही</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>मुद्रा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committed</source>
        <translation>प्रतिबद्ध</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disbursed</source>
        <translation>वितरित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People assisted</source>
        <translation>सहायता पाएका व्यक्ति</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Counting records</source>
        <translation>अभिलेखहरू गन्दै</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 of %2</source>
        <translation>%2 मध्ये %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Yes</source>
        <translation>हो</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>होइन</translation>
    </message>
</context>
<context>
    <name>ScoreEdit</name>
    <message>
        <location filename="../../glo_act_desktop/ui/widgets/inputs.py" line="+96"/>
        <source>no test</source>
        <translation>परीक्षा छैन</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; सङ्ख्या होइन</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <location filename="../../forms/sheet_import.ui" line="+9"/>
        <source>Import sheet</source>
        <translation>स्प्रेडसिट आयात</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File</source>
        <translation>फाइल</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import &amp;as</source>
        <translation>यस रूपमा आयात गर्नुहोस् (&amp;A)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Records in the sheet</source>
        <translation>स्प्रेडसिटका अभिलेखहरू</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../glo_act_desktop/ui/sheet_import.py" line="+280"/>
        <source>New</source>
        <translation>नयाँ</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../glo_act_desktop/ui/sheet_import.py" line="+0"/>
        <source>Updated</source>
        <translation>अद्यावधिक</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unchanged</source>
        <translation>अपरिवर्तित</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+6"/>
        <location filename="../../glo_act_desktop/ui/sheet_import.py" line="-116"/>
        <source>Rejected rows</source>
        <translation>अस्वीकृत पङ्क्तिहरू</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../../glo_act_desktop/ui/sheet_import.py" line="+1"/>
        <source>Changes</source>
        <translation>परिवर्तनहरू</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New and updated records</source>
        <translation>नयाँ र अद्यावधिक अभिलेखहरू</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Check &amp;again</source>
        <translation>फेरि जाँच्नुहोस् (&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the file again, after fixing it in your spreadsheet program</source>
        <translation>आफ्नो स्प्रेडसिट प्रोग्राममा सच्याएपछि फाइल फेरि पढ्नुहोस्</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../glo_act_desktop/ui/sheet_import.py" line="-14"/>
        <source>&amp;Cancel</source>
        <translation>रद्द गर्नुहोस् (&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Import</source>
        <translation>आयात गर्नुहोस् (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../glo_act_desktop/ui/sheet_import.py" line="-36"/>
        <source>Sheet</source>
        <translation>पाना</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Row</source>
        <translation>पङ्क्ति</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Column</source>
        <translation>महल</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>परिवर्तन</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>मिति</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title or grantee</source>
        <translation>शीर्षक वा अनुदानग्राही</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>परिचय</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the sheet…</source>
        <translation>स्प्रेडसिट जाँच्दै…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consultations</source>
        <translation>परामर्शहरू</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trainings</source>
        <translation>तालिमहरू</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grants</source>
        <translation>अनुदानहरू</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Stop</source>
        <translation>रोक्नुहोस् (&amp;S)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The sheet has not been checked yet.</source>
        <translation>स्प्रेडसिट अझै जाँचिएको छैन।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write every new and updated record, in one go</source>
        <translation>हरेक नयाँ र अद्यावधिक अभिलेख एकैपटक लेख्नुहोस्</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking {file} as {kind}…</source>
        <translation>{file} लाई {kind} का रूपमा जाँच्दै…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking the sheet</source>
        <translation>स्प्रेडसिट जाँच्दै</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The check was stopped; nothing was written.</source>
        <translation>जाँच रोकियो; केही लेखिएन।</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+126"/>
        <source>Check the sheet again to import it.</source>
        <translation>आयात गर्न स्प्रेडसिट फेरि जाँच्नुहोस्।</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>{file} could not be read: {reason}</source>
        <translation>{file} पढ्न सकिएन: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} could not be checked: {reason}</source>
        <translation>{file} जाँच्न सकिएन: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file cannot be imported as it is.</source>
        <translation>यो फाइल जस्ताको तस्तै आयात गर्न सकिँदैन।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{rows} rows read from {file}. Nothing is written until you click Import.</source>
        <translation>{file} बाट {rows} पङ्क्ति पढियो। तपाईंले &quot;आयात गर्नुहोस्&quot; क्लिक नगरेसम्म केही लेखिँदैन।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New: {count}</source>
        <translation>नयाँ: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated: {count}</source>
        <translation>अद्यावधिक: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged: {count}</source>
        <translation>अपरिवर्तित: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected rows: {rows} ({problems} problems)</source>
        <translation>अस्वीकृत पङ्क्तिहरू: {rows} ({problems} समस्या)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected rows: 0</source>
        <translation>अस्वीकृत पङ्क्तिहरू: 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected rows ({count})</source>
        <translation>अस्वीकृत पङ्क्तिहरू ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes ({count})</source>
        <translation>परिवर्तनहरू ({count})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing can be imported while {count} problem(s) remain: a sheet is imported whole or not at all. Fix the rows listed under Rejected rows in your spreadsheet program, save the file and click Check again.</source>
        <translation>{count} समस्या बाँकी रहँदासम्म केही आयात गर्न सकिँदैन: स्प्रेडसिट या त पूरै आयात हुन्छ या पटक्कै हुँदैन। अस्वीकृत पङ्क्तिहरूमा सूचीबद्ध पङ्क्तिहरू आफ्नो स्प्रेडसिट प्रोग्राममा सच्याउनुहोस्, फाइल सुरक्षित गर्नुहोस् र &quot;फेरि जाँच्नुहोस्&quot; क्लिक गर्नुहोस्।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to import: every record in the sheet is already here as it is.</source>
        <translation>आयात गर्न केही छैन: स्प्रेडसिटका हरेक अभिलेख यहाँ जस्ताको तस्तै पहिल्यै छन्।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>… and {count} more problems</source>
        <translation>… र थप {count} समस्या</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Replaced from the sheet for every record in it: {lists}</source>
        <translation>स्प्रेडसिटमा भएका हरेक अभिलेखका लागि स्प्रेडसिटबाट प्रतिस्थापन गरिन्छ: {lists}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in the sheet, so existing records keep what they hold: {columns}</source>
        <translation>स्प्रेडसिटमा छैन, त्यसैले विद्यमान अभिलेखहरूमा भएको कुरा रहन्छ: {columns}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} warning(s), which do not stop the import:</source>
        <translation>{count} चेतावनी, जसले आयात रोक्दैन:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>… and {count} more</source>
        <translation>… र थप {count}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The import was stopped; nothing was written.</source>
        <translation>आयात रोकियो; केही लेखिएन।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing the sheet</source>
        <translation>स्प्रेडसिट आयात गर्दै</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../forms/sync_page.ui" line="+9"/>
        <location line="+24"/>
        <location filename="../../glo_act_desktop/ui/sync_page.py" line="+82"/>
        <source>Sync</source>
        <translation>सिंक</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync status</source>
        <translation>सिंकको स्थिति</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Set &amp;up from an enrolment file…</source>
        <translation>नामाङ्कन फाइलबाट तयार गर्नुहोस् (&amp;U)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the enrolment file HQ made for this laptop, so that it can exchange bundles with HQ</source>
        <translation>मुख्यालयले यो ल्यापटपका लागि बनाएको नामाङ्कन फाइल खोल्नुहोस्, ताकि यसले मुख्यालयसँग बन्डल आदानप्रदान गर्न सकोस्</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;For</source>
        <translation>कसका लागि (&amp;F)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Laptop to write the bundle for</source>
        <translation>बन्डल लेखिने ल्यापटप</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../glo_act_desktop/ui/sync_page.py" line="+82"/>
        <source>&amp;Write bundle for HQ…</source>
        <translation>मुख्यालयका लागि बन्डल लेख्नुहोस् (&amp;W)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Split for &amp;email into parts of at most</source>
        <translation>इमेलका लागि बढीमा यति ठूला भागमा बाँड्नुहोस् (&amp;E)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Largest part, in megabytes</source>
        <translation>सबैभन्दा ठूलो भाग, मेगाबाइटमा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Import bundles…</source>
        <translation>बन्डल आयात गर्नुहोस् (&amp;I)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose one or more bundle files (or every part of a split bundle) to import</source>
        <translation>आयात गर्न एक वा बढी बन्डल फाइल (वा बाँडिएको बन्डलका सबै भाग) छान्नुहोस्</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a f&amp;older…</source>
        <translation>फोल्डर आयात गर्नुहोस् (&amp;O)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import every bundle in a folder, for example a USB stick</source>
        <translation>फोल्डरमा भएका सबै बन्डल आयात गर्नुहोस्, जस्तै USB स्टिक</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Result</source>
        <translation>नतिजा</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Result of the last import or export</source>
        <translation>पछिल्लो आयात वा निर्यातको नतिजा</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Conflicts to decide</source>
        <translation>निर्णय गर्नुपर्ने विरोधाभासहरू (&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Conflicts</source>
        <translation>विरोधाभासहरू</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../glo_act_desktop/ui/sync_page.py" line="-143"/>
        <source>Record</source>
        <translation>अभिलेख</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../glo_act_desktop/ui/sync_page.py" line="+0"/>
        <source>Field</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../glo_act_desktop/ui/sync_page.py" line="+0"/>
        <source>Current value</source>
        <translation>हालको मान</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../glo_act_desktop/ui/sync_page.py" line="+1"/>
        <source>Other value</source>
        <translation>अर्को मान</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Merge…</source>
        <translation>मिलाउनुहोस् (&amp;M)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Combine the values into one text</source>
        <translation>मानहरूलाई एउटै पाठमा मिलाउनुहोस्</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restore with the edits</source>
        <translation>सम्पादनसहित फर्काउनुहोस् (&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep &amp;deleted</source>
        <translation>मेटाइएकै राख्नुहोस् (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../glo_act_desktop/ui/sync_page.py" line="+51"/>
        <source>never</source>
        <translation>कहिल्यै होइन</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The sync status could not be read; the log in the data folder says why.</source>
        <translation>सिंकको स्थिति पढ्न सकिएन; कारण डेटा फोल्डरको लगमा छ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync with field laptops</source>
        <translation>फिल्ड ल्यापटपहरूसँग सिंक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device is the HQ hub “{name}”.</source>
        <translation>यो उपकरण मुख्यालयको हब “{name}” हो।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync with headquarters</source>
        <translation>मुख्यालयसँग सिंक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device is the field laptop “{name}”, working in {country}.</source>
        <translation>यो उपकरण {country} मा काम गर्ने फिल्ड ल्यापटप “{name}” हो।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unnamed</source>
        <translation>नामविहीन</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This laptop is not enrolled with HQ yet, so it cannot exchange bundles. Ask HQ for an enrolment file made for this laptop, then set it up from that file. Until then, everything you record stays on this laptop.</source>
        <translation>यो ल्यापटप अझै मुख्यालयमा नामाङ्कन भएको छैन, त्यसैले यसले बन्डल आदानप्रदान गर्न सक्दैन। मुख्यालयसँग यो ल्यापटपका लागि बनाइएको नामाङ्कन फाइल माग्नुहोस्, अनि त्यही फाइलबाट तयार गर्नुहोस्। त्यतिन्जेल तपाईंले अभिलेख गरेका सबै कुरा यही ल्यापटपमा रहन्छन्।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 change not yet acknowledged by it</source>
        <translation>यसले स्वीकार नगरेको १ परिवर्तन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} changes not yet acknowledged by it</source>
        <translation>यसले स्वीकार नगरेका {count} परिवर्तन</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 change not yet acknowledged by HQ</source>
        <translation>मुख्यालयले स्वीकार नगरेको १ परिवर्तन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} changes not yet acknowledged by HQ</source>
        <translation>मुख्यालयले स्वीकार नगरेका {count} परिवर्तन</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last bundle received: {when}</source>
        <translation>पछिल्लो प्राप्त बन्डल: {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>revoked: nothing is sent to it or taken from it</source>
        <translation>खारेज गरिएको: यसलाई केही पठाइँदैन र यसबाट केही लिइँदैन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for its first bundle</source>
        <translation>यसको पहिलो बन्डल पर्खँदै</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No laptop is enrolled yet (glo-act hq enrol makes an enrolment file for one).</source>
        <translation>अहिलेसम्म कुनै ल्यापटप नामाङ्कन गरिएको छैन (glo-act hq enrol ले कुनै ल्यापटपका लागि नामाङ्कन फाइल बनाउँछ)।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open conflicts: {count}</source>
        <translation>खुला विरोधाभासहरू: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected files kept in quarantine: {count} (in {folder}, each with its reason)</source>
        <translation>क्वारेन्टाइनमा राखिएका अस्वीकृत फाइलहरू: {count} ({folder} मा, प्रत्येकको कारणसहित)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All laptops</source>
        <translation>सबै ल्यापटपहरू</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Write bundle for…</source>
        <translation>यसका लागि बन्डल लेख्नुहोस् (&amp;W)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No laptop can receive a bundle yet: each must send its first bundle first</source>
        <translation>अहिलेसम्म कुनै ल्यापटपले बन्डल पाउन सक्दैन: हरेकले पहिले आफ्नो पहिलो बन्डल पठाउनुपर्छ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a bundle for the chosen laptop, or one for each laptop, into a folder</source>
        <translation>छानिएको ल्यापटपका लागि, वा हरेक ल्यापटपका लागि एउटा, बन्डल फोल्डरमा लेख्नुहोस्</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write this laptop&apos;s changes into one file for HQ</source>
        <translation>यो ल्यापटपका परिवर्तनहरू मुख्यालयका लागि एउटै फाइलमा लेख्नुहोस्</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>A file could not be read or written: {reason}</source>
        <translation>कुनै फाइल पढ्न वा लेख्न सकिएन: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed: {reason}</source>
        <translation>असफल: {reason}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Folder to write the bundles in</source>
        <translation>बन्डलहरू लेख्ने फोल्डर</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write bundle for HQ</source>
        <translation>मुख्यालयका लागि बन्डल लेख्नुहोस्</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GLO.ACT bundles (*{suffix})</source>
        <translation>GLO.ACT बन्डलहरू (*{suffix})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Writing the bundle</source>
        <translation>बन्डल लेख्दै</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} parts ({first} …) in {folder}</source>
        <translation>{folder} मा {count} भाग ({first} …)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote {where} for {peer}: {rows} changed rows, {attachments} attachment files</source>
        <translation>{peer} का लागि {where} लेखियो: {rows} परिवर्तित पङ्क्ति, {attachments} संलग्न फाइल</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing written for {names}: waiting for their first bundle</source>
        <translation>{names} का लागि केही लेखिएन: तिनको पहिलो बन्डल पर्खँदै</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No bundle was written.</source>
        <translation>कुनै बन्डल लेखिएन।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundles written</source>
        <translation>बन्डलहरू लेखिए</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bundle not written</source>
        <translation>बन्डल लेखिएन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped: no bundle was written.</source>
        <translation>रोकियो: कुनै बन्डल लेखिएन।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GLO.ACT bundles and parts (*{suffix} *{suffix}.*);;All files (*)</source>
        <translation>GLO.ACT बन्डल र भागहरू (*{suffix} *{suffix}.*);;सबै फाइलहरू (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import bundles</source>
        <translation>बन्डल आयात गर्नुहोस्</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import every bundle in a folder</source>
        <translation>फोल्डरमा भएका सबै बन्डल आयात गर्नुहोस्</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing bundles</source>
        <translation>बन्डल आयात गर्दै</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{first} (+{more} parts)</source>
        <translation>{first} (+{more} भाग)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: already imported (from {sender}); nothing changed</source>
        <translation>{file}: पहिल्यै आयात गरिएको ({sender} बाट); केही परिवर्तन भएन</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} from {sender}: imported {new} new, {updated} updated, {deleted} deleted, {restored} restored, {unchanged} unchanged; new conflicts: {conflicts}</source>
        <translation>{sender} बाट {file}: {new} नयाँ, {updated} अद्यावधिक, {deleted} मेटाइएका, {restored} फर्काइएका, {unchanged} अपरिवर्तित आयात गरियो; नयाँ विरोधाभास: {conflicts}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>left where it is, for a newer version of the app</source>
        <translation>एपको नयाँ संस्करणका लागि जहाँ छ त्यहीँ छोडियो</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>copied to {path}</source>
        <translation>{path} मा प्रतिलिपि गरियो</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: rejected: {reason}</source>
        <translation>{file}: अस्वीकृत: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bundles imported</source>
        <translation>बन्डलहरू आयात गरिए</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import stopped</source>
        <translation>आयात रोकियो</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped: the bundles imported before the stop are kept; the one being read was not written.</source>
        <translation>रोकियो: रोक्नुअघि आयात गरिएका बन्डलहरू राखिएका छन्; पढिँदै गरेको बन्डल लेखिएन।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enrolment file from HQ</source>
        <translation>मुख्यालयको नामाङ्कन फाइल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolment files (*{suffix});;All files (*)</source>
        <translation>नामाङ्कन फाइलहरू (*{suffix});;सबै फाइलहरू (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not set up</source>
        <translation>तयार भएन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up</source>
        <translation>तयार भयो</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop is now “{name}”, enrolled with {hq}. Write a bundle for HQ to introduce it.</source>
        <translation>यो ल्यापटप अब “{name}” हो, {hq} मा नामाङ्कन गरिएको। यसलाई चिनाउन मुख्यालयका लागि बन्डल लेख्नुहोस्।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Consultation</source>
        <translation>परामर्श</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Training</source>
        <translation>तालिम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant</source>
        <translation>अनुदान</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted or kept</source>
        <translation>मेटाइएको वा राखिएको</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>deleted</source>
        <translation>मेटाइएको</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>edited</source>
        <translation>सम्पादित</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{value}” by {who}, {when}</source>
        <translation>“{value}”, {who} द्वारा, {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+78"/>
        <source>(empty)</source>
        <translation>(खाली)</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>“{value}”
{who}, {when}</source>
        <translation>“{value}”
{who}, {when}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Conflicts to decide ({count})</source>
        <translation>निर्णय गर्नुपर्ने विरोधाभासहरू ({count}) (&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Conflicts to decide: none</source>
        <translation>निर्णय गर्नुपर्ने विरोधाभासहरू: कुनै छैन (&amp;C)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Keep “{value}” ({who})</source>
        <translation>“{value}” राख्नुहोस् ({who})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep this value: {side}</source>
        <translation>यो मान राख्नुहोस्: {side}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this value</source>
        <translation>यो मान राख्नुहोस्</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not settled</source>
        <translation>टुङ्गो लागेको छैन</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../glo_act_desktop/ui/tasks.py" line="+58"/>
        <source>Cancel</source>
        <translation>रद्द गर्नुहोस्</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancelling…</source>
        <translation>रद्द गर्दै…</translation>
    </message>
</context>
<context>
    <name>TrainingEditor</name>
    <message>
        <location filename="../../forms/editors/training.ui" line="+14"/>
        <location line="+50"/>
        <location line="+36"/>
        <source>Training</source>
        <translation>तालिम</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Programme</source>
        <translation>कार्यक्रम (&amp;P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Programme</source>
        <translation>कार्यक्रम</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Co&amp;untry</source>
        <translation>देश (&amp;U)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Objective</source>
        <translation>उद्देश्य (&amp;O)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Programme objective or outcome</source>
        <translation>कार्यक्रमको उद्देश्य वा नतिजा</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;illar</source>
        <translation>स्तम्भ (&amp;I)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pillar</source>
        <translation>स्तम्भ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Title</source>
        <translation>शीर्षक (&amp;T)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Financial investigations of trafficking cases</source>
        <translation>जस्तै: मानव बेचबिखनका मुद्दाहरूको वित्तीय अनुसन्धान</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Topi&amp;cs</source>
        <translation>विषयहरू (&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Topics, one per line</source>
        <translation>विषयहरू, प्रति पङ्क्ति एउटा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One topic per line</source>
        <translation>प्रति पङ्क्ति एउटा विषय</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>When and where</source>
        <translation>कहिले र कहाँ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>St&amp;art date</source>
        <translation>सुरु मिति (&amp;A)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start date</source>
        <translation>सुरु मिति</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;End date</source>
        <translation>अन्तिम मिति (&amp;E)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>End date</source>
        <translation>अन्तिम मिति</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Venue</source>
        <translation>कार्यक्रम स्थल (&amp;V)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Venue</source>
        <translation>कार्यक्रम स्थल</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Town and venue</source>
        <translation>सहर र कार्यक्रम स्थल</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Held outside the capital</source>
        <translation>राजधानी बाहिर आयोजित</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held outside the capita&amp;l</source>
        <translation>राजधानी बाहिर आयोजित (&amp;L)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delivery</source>
        <translation>सञ्चालन विधि (&amp;D)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delivery</source>
        <translation>सञ्चालन विधि</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Who it was for</source>
        <translation>कसका लागि थियो</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tar&amp;get groups</source>
        <translation>लक्षित समूहहरू (&amp;G)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Target groups</source>
        <translation>लक्षित समूहहरू</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Notes</source>
        <translation>टिप्पणी (&amp;N)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notes</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Participants and results</source>
        <translation>सहभागी र नतिजा</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Participants</source>
        <translation>सहभागीहरू</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Female</source>
        <translation>महिला (&amp;F)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Female participants</source>
        <translation>महिला सहभागी</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Male</source>
        <translation>पुरुष (&amp;M)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Male participants</source>
        <translation>पुरुष सहभागी</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ot&amp;her or not recorded</source>
        <translation>अन्य वा उल्लेख नभएको (&amp;H)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Other or not recorded participants</source>
        <translation>अन्य वा लिङ्ग उल्लेख नभएका सहभागी</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../glo_act_desktop/ui/editors/training.py" line="+74"/>
        <source>Total</source>
        <translation>जम्मा</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total participants</source>
        <translation>जम्मा सहभागी</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trainers</source>
        <translation>प्रशिक्षकहरू</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Female t&amp;rainers</source>
        <translation>महिला प्रशिक्षक (&amp;R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Female trainers</source>
        <translation>महिला प्रशिक्षक</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Male trai&amp;ners</source>
        <translation>पुरुष प्रशिक्षक (&amp;N)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Male trainers</source>
        <translation>पुरुष प्रशिक्षक</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Test scores (average, 0 to 100)</source>
        <translation>परीक्षाका अङ्क (औसत, 0 देखि 100)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Pre-test</source>
        <translation>पूर्व-परीक्षा (&amp;P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pre-test average score</source>
        <translation>पूर्व-परीक्षाको औसत अङ्क</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;ost-test</source>
        <translation>पश्च-परीक्षा (&amp;O)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Post-test average score</source>
        <translation>पश्च-परीक्षाको औसत अङ्क</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../../glo_act_desktop/ui/editors/training.py" line="+127"/>
        <source>Participants by institution</source>
        <translation>संस्थाअनुसार सहभागी</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optional: participants from each &amp;kind of institution. Its totals must then match the participant counts.</source>
        <translation>ऐच्छिक: हरेक प्रकारका संस्थाबाट आएका सहभागी। त्यसो गरेमा यसको जम्मा सहभागीको सङ्ख्यासँग मिल्नुपर्छ। (&amp;K)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Participants by institution and sex</source>
        <translation>संस्था र लिङ्गअनुसार सहभागी</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Copy totals to participants</source>
        <translation>जम्मा सहभागीमा प्रतिलिपि गर्नुहोस् (&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy totals to participants</source>
        <translation>जम्मा सहभागीमा प्रतिलिपि गर्नुहोस्</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+6"/>
        <source>Attachments</source>
        <translation>संलग्न फाइलहरू</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete…</source>
        <translation>मेटाउनुहोस्…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete this record (you can undo it)</source>
        <translation>यो अभिलेख मेटाउनुहोस् (पूर्ववत् गर्न सकिन्छ)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Close</source>
        <translation>बन्द गर्नुहोस्</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the editor (Esc)</source>
        <translation>सम्पादक बन्द गर्नुहोस् (Esc)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save</source>
        <translation>सुरक्षित गर्नुहोस् (&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save (Ctrl+S)</source>
        <translation>सुरक्षित गर्नुहोस् (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../glo_act_desktop/ui/editors/training.py" line="-166"/>
        <source>training</source>
        <translation>तालिम</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a pillar…</source>
        <translation>स्तम्भ छान्नुहोस्…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Institution</source>
        <translation>संस्था</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../glo_act_desktop/ui/widgets/undo_bar.py" line="+29"/>
        <source>Notice</source>
        <translation>सूचना</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation>पूर्ववत् गर्नुहोस् (&amp;U)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>लुकाउनुहोस्</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../glo_act_desktop/ui/app.py" line="+132"/>
        <source>Preparing the demo data ({count} practice records)…</source>
        <translation>नमुना डेटा तयार गर्दै ({count} अभ्यासका अभिलेख)…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The data folder could not be opened:

{reason}</source>
        <translation>डेटा फोल्डर खोल्न सकिएन:

{reason}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This laptop could not be set up:

{reason}</source>
        <translation>यो ल्यापटप तयार गर्न सकिएन:

{reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1 unsaved edit was recovered from the last time the app closed:</source>
        <translation>पछिल्लो पटक एप बन्द हुँदा सुरक्षित नगरिएको १ सम्पादन फर्काइयो:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} unsaved edits were recovered from the last time the app closed:</source>
        <translation>पछिल्लो पटक एप बन्द हुँदा सुरक्षित नगरिएका {count} सम्पादन फर्काइए:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsaved edits recovered</source>
        <translation>सुरक्षित नगरिएका सम्पादनहरू फर्काइए</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open them to check and save them, or discard them?</source>
        <translation>जाँचेर सुरक्षित गर्न तिनलाई खोल्ने, वा फाल्ने?</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <location filename="../../glo_act_desktop/ui/exports.py" line="-88"/>
        <source>all programmes</source>
        <translation>सबै कार्यक्रमहरू</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all countries</source>
        <translation>सबै देशहरू</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{start} to {end}</source>
        <translation>{start} देखि {end} सम्म</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all dates</source>
        <translation>सबै मितिहरू</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Export done</source>
        <translation>निर्यात सम्पन्न</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open file</source>
        <translation>फाइल खोल्नुहोस्</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open folder</source>
        <translation>फोल्डर खोल्नुहोस्</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export stopped; no file was written.</source>
        <translation>निर्यात रोकियो; कुनै फाइल लेखिएन।</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Not exported</source>
        <translation>निर्यात भएन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} could not be written: {reason}</source>
        <translation>{file} लेख्न सकिएन: {reason}</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+19"/>
        <location line="+5"/>
        <source>Export</source>
        <translation>निर्यात</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Open a record, a register or the dashboard first: the export follows what is shown.</source>
        <translation>पहिले कुनै अभिलेख, दर्ता किताब वा ड्यासबोर्ड खोल्नुहोस्: निर्यातले देखाइएको कुरा अनुसरण गर्छ।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This record has not been saved yet. Save it first, then export it.</source>
        <translation>यो अभिलेख अझै सुरक्षित गरिएको छैन। पहिले सुरक्षित गर्नुहोस्, अनि निर्यात गर्नुहोस्।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This record has unsaved changes, and the export shows the record as saved. Save the changes first?</source>
        <translation>यो अभिलेखमा सुरक्षित नगरिएका परिवर्तनहरू छन्, र निर्यातले अभिलेखलाई सुरक्षित गरिएअनुसार देखाउँछ। पहिले परिवर्तनहरू सुरक्षित गर्ने हो?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export PDF</source>
        <translation>PDF निर्यात</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF कागजातहरू (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Excel</source>
        <translation>Excel निर्यात</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel वर्कबुकहरू (*.xlsx)</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+74"/>
        <source>Exporting {file}</source>
        <translation>{file} निर्यात गर्दै</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>{file} is written ({pages} pages).</source>
        <translation>{file} लेखियो ({pages} पृष्ठ)।</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+15"/>
        <source>{file} is written.</source>
        <translation>{file} लेखियो।</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Excel workbooks cannot be made by this version of the app.</source>
        <translation>एपको यो संस्करणले Excel वर्कबुक बनाउन सक्दैन।</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV फाइलहरू (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export sheet: consultations</source>
        <translation>स्प्रेडसिट निर्यात: परामर्शहरू</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export sheet: trainings</source>
        <translation>स्प्रेडसिट निर्यात: तालिमहरू</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export sheet: grants</source>
        <translation>स्प्रेडसिट निर्यात: अनुदानहरू</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{count} records written to {file}.</source>
        <translation>{count} अभिलेख {file} मा लेखिए।</translation>
    </message>
</context>
<context>
    <name>sheet_import</name>
    <message>
        <location filename="../../glo_act_desktop/ui/sheet_import.py" line="+23"/>
        <source>Import sheet</source>
        <translation>स्प्रेडसिट आयात</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheets (*.csv *.xlsx);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>स्प्रेडसिटहरू (*.csv *.xlsx);;Excel वर्कबुकहरू (*.xlsx);;CSV फाइलहरू (*.csv)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Import stopped; nothing was written.</source>
        <translation>आयात रोकियो; केही लेखिएन।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported {file}: {new} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>{file} आयात गरियो: {new} नयाँ, {updated} अद्यावधिक, {unchanged} अपरिवर्तित।</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../glo_act_desktop/domain/validation.py" line="+50"/>
        <source>programme</source>
        <translation>कार्यक्रम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country (ISO 3166-1 alpha-2 code)</source>
        <translation>देश (ISO 3166-1 alpha-2 कोड)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consultation type</source>
        <translation>परामर्शको प्रकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pillar</source>
        <translation>स्तम्भ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target group</source>
        <translation>लक्षित समूह</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counterpart type</source>
        <translation>समकक्षीको प्रकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-up status</source>
        <translation>अनुगमनको स्थिति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>institution type</source>
        <translation>संस्थाको प्रकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>currency (ISO 4217 code)</source>
        <translation>मुद्रा (ISO 4217 कोड)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grant status</source>
        <translation>अनुदानको स्थिति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service</source>
        <translation>सेवा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report kind</source>
        <translation>प्रतिवेदनको किसिम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivery mode</source>
        <translation>सञ्चालन विधि</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>is required: enter a value</source>
        <translation>आवश्यक छ: मान लेख्नुहोस्</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is {length:,} characters long; shorten it to {limit:,} or fewer</source>
        <translation>{length:,} अक्षर लामो छ; {limit:,} वा सोभन्दा कम बनाउनुहोस्</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contains an invisible control character ({code}, often pasted from another program); remove it</source>
        <translation>मा नदेखिने नियन्त्रण अक्षर ({code}, प्रायः अर्को प्रोग्रामबाट टाँसिएको) छ; त्यसलाई हटाउनुहोस्</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>may not contain &apos;;&apos; (it separates values in sheets); use &apos;,&apos;</source>
        <translation>मा &apos;;&apos; राख्न मिल्दैन (यसले सिटमा मानहरू छुट्याउँछ); &apos;,&apos; प्रयोग गर्नुहोस्</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a whole number, not &apos;{value}&apos;</source>
        <translation>पूर्ण सङ्ख्या हुनुपर्छ, &apos;{value}&apos; होइन</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is {value}; counts cannot be negative</source>
        <translation>{value} छ; गणना ऋणात्मक हुन सक्दैन</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is {value:,}; that is more than {limit:,}, check the figure</source>
        <translation>{value:,} छ; यो {limit:,} भन्दा बढी हो, अङ्क जाँच गर्नुहोस्</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is required: enter a date as YYYY-MM-DD</source>
        <translation>आवश्यक छ: मिति YYYY-MM-DD ढाँचामा लेख्नुहोस्</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{date} is outside {first}–{last}; check the year</source>
        <translation>{date} {first}–{last} भन्दा बाहिर छ; वर्ष जाँच गर्नुहोस्</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{end} is before {start_field} {start}; the end must be on or after the start</source>
        <translation>{end} {start_field} {start} भन्दा अघि छ; अन्त्य सुरुकै दिन वा त्यसपछि हुनुपर्छ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is required: choose a {what}</source>
        <translation>आवश्यक छ: {what} छान्नुहोस्</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not a known {what}; use one of: {codes}</source>
        <translation>&apos;{value}&apos; चिनिएको {what} होइन; यीमध्ये एक प्रयोग गर्नुहोस्: {codes}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>lists the same value twice; list each once</source>
        <translation>मा एउटै मान दुई पटक छ; प्रत्येक एक पटक मात्र राख्नुहोस्</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{country} ({name}) is not a country of {programme}; its countries are {countries}</source>
        <translation>{country} ({name}) {programme} को देश होइन; यसका देशहरू {countries} हुन्</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this laptop is enrolled for {own_name} ({own}); records of {name} are entered by its own officers or by HQ</source>
        <translation>यो ल्यापटप {own_name} ({own}) का लागि दर्ता गरिएको छ; {name} का अभिलेखहरू त्यहीँका अधिकृत वा मुख्यालयले प्रविष्ट गर्छन्</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{objective}&apos; is not one of the {framework}s of {programme}; use one of {objectives}</source>
        <translation>&apos;{objective}&apos; {programme} को {framework} मध्ये होइन; {objectives} मध्ये एक प्रयोग गर्नुहोस्</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is {value}; scores are averages between 0 and 100</source>
        <translation>{value} छ; अङ्कहरू ० देखि १०० बीचको औसत हुन्</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a number</source>
        <translation>सङ्ख्या हुनुपर्छ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is {value}; it must be above zero</source>
        <translation>{value} छ; यो शून्यभन्दा बढी हुनुपर्छ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is {value}; it must be at least zero</source>
        <translation>{value} छ; यो कम्तीमा शून्य हुनुपर्छ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is {value:,}; that is beyond any grant, check the figure</source>
        <translation>{value:,} छ; यो कुनै पनि अनुदानभन्दा धेरै हो, अङ्क जाँच गर्नुहोस्</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{value} has {places} decimals but {currency} has {units}; round it to {units} decimals</source>
        <translation>{value} मा {places} दशमलव स्थान छन् तर {currency} मा {units} मात्र हुन्छन्; {units} दशमलव स्थानमा मिलाउनुहोस्</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&apos;{organisation}&apos; is listed twice; list it once</source>
        <translation>&apos;{organisation}&apos; दुई पटक सूचीमा छ; एक पटक मात्र राख्नुहोस्</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&apos;{institution}&apos; appears twice; merge its counts into one row</source>
        <translation>&apos;{institution}&apos; दुई पटक आएको छ; यसका गणना एउटै पङ्क्तिमा मिलाउनुहोस्</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is {total} but the institutions add up to {by_institution}; correct the total or the breakdown so they agree</source>
        <translation>{total} छ तर संस्थाहरूको जोड {by_institution} हुन्छ; दुवै मिल्ने गरी जम्मा वा विवरण सच्याउनुहोस्</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown counts {names}</source>
        <translation>अज्ञात गणना {names}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is {count} but only {total} people were assisted in all; it counts people among them</source>
        <translation>{count} छ तर जम्मा {total} जनालाई मात्र सहायता दिइएको छ; यसले तिनैमध्येका व्यक्ति गन्छ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{date} is before the grant starts ({start}); correct the date or the grant&apos;s start</source>
        <translation>{date} अनुदान सुरु हुनु ({start}) अघि छ; मिति वा अनुदानको सुरु मिति सच्याउनुहोस्</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{disbursed} {currency} disbursed is more than the {committed} {currency} committed</source>
        <translation>वितरित {disbursed} {currency} प्रतिबद्ध {committed} {currency} भन्दा बढी छ</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Give this laptop a name, e.g. &apos;Nepalgunj laptop 2&apos;</source>
        <translation>यो ल्यापटपलाई नाम दिनुहोस्, जस्तै &apos;Nepalgunj laptop 2&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name is {length} characters long; use 120 or fewer</source>
        <translation>नाम {length} अक्षर लामो छ; १२० वा सोभन्दा कम प्रयोग गर्नुहोस्</translation>
    </message>
</context>
</TS>
