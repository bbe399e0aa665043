<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ne_NP" sourcelanguage="en">
    <context>
        <name>report</name>
        <message>
            <source>Outside the capital</source>
            <translation>राजधानी बाहिर</translation>
        </message>
        <message>
            <source>In the capital</source>
            <translation>राजधानीमा</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>पृष्ठ {page} / {pages}</translation>
        </message>
        <message>
            <source>No objective given</source>
            <translation>उद्देश्य उल्लेख गरिएको छैन</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>उद्देश्य</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>हो</translation>
        </message>
        <message>
            <source>No</source>
            <translation>होइन</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>जम्मा</translation>
        </message>
        <message>
            <source>Pillar</source>
            <translation>स्तम्भ</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>नतिजा</translation>
        </message>
        <message>
            <source>All dates</source>
            <translation>सबै मितिहरू</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} देखि {end} सम्म</translation>
        </message>
        <message>
            <source>F</source>
            <translation>म</translation>
        </message>
        <message>
            <source>M</source>
            <translation>पु</translation>
        </message>
        <message>
            <source>O</source>
            <translation>अ</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>कार्यक्रम</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>देश</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>अवधि</translation>
        </message>
        <message>
            <source>Period summary</source>
            <translation>अवधि सारांश</translation>
        </message>
        <message>
            <source>GLO.ACT Field</source>
            <translation>GLO.ACT Field</translation>
        </message>
        <message>
            <source>Consultations are counted by their date, trainings by their first day, and grants when their period overlaps the dates above; amounts disbursed are the tranches paid within those dates. Open follow-ups and overdue reports are counted at any date.</source>
            <translation>परामर्शहरू तिनको मितिअनुसार, तालिमहरू तिनको पहिलो दिनअनुसार, र अनुदानहरू तिनको अवधि माथिका मितिहरूसँग खप्टिएमा गनिन्छन्; वितरित रकम भनेको ती मितिभित्र भुक्तानी गरिएका किस्ताहरू हुन्। खुला अनुगमन कार्य र म्याद नाघेका प्रतिवेदनहरू जुनसुकै मितिका गनिन्छन्।</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>गतिविधिहरू</translation>
        </message>
        <message>
            <source>Consultations</source>
            <translation>परामर्शहरू</translation>
        </message>
        <message>
            <source>Trainings</source>
            <translation>तालिमहरू</translation>
        </message>
        <message>
            <source>People trained</source>
            <translation>तालिम पाएका व्यक्ति</translation>
        </message>
        <message>
            <source>Women among people trained</source>
            <translation>तालिम पाएकामध्ये महिला</translation>
        </message>
        <message>
            <source>Knowledge gain (post − pre)</source>
            <translation>ज्ञान वृद्धि (पछि − अघि)</translation>
        </message>
        <message>
            <source>Grants</source>
            <translation>अनुदानहरू</translation>
        </message>
        <message>
            <source>People assisted</source>
            <translation>सहायता पाएका व्यक्ति</translation>
        </message>
        <message>
            <source>Persons with disabilities among them</source>
            <translation>तीमध्ये अपाङ्गता भएका व्यक्ति</translation>
        </message>
        <message>
            <source>Activities outside the capital</source>
            <translation>राजधानी बाहिरका गतिविधिहरू</translation>
        </message>
        <message>
            <source>Follow-ups overdue</source>
            <translation>म्याद नाघेका अनुगमन कार्यहरू</translation>
        </message>
        <message>
            <source>Grant reports overdue</source>
            <translation>म्याद नाघेका अनुदान प्रतिवेदनहरू</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>मुख्य तथ्याङ्क</translation>
        </message>
        <message>
            <source>Committed, disbursed and balance by currency</source>
            <translation>मुद्राअनुसार प्रतिबद्ध, वितरित र बाँकी रकम</translation>
        </message>
        <message>
            <source>Activities by pillar</source>
            <translation>स्तम्भअनुसार गतिविधिहरू</translation>
        </message>
        <message>
            <source>A consultation counts under each of its pillars, so the consultations column can add up to more than their number.</source>
            <translation>एउटा परामर्श यसका हरेक स्तम्भमा गनिन्छ, त्यसैले परामर्श महलको जोड परामर्शको सङ्ख्याभन्दा बढी हुन सक्छ।</translation>
        </message>
        <message>
            <source>People trained and assisted, by sex</source>
            <translation>लिङ्गअनुसार तालिम र सहायता पाएका व्यक्ति</translation>
        </message>
        <message>
            <source>Participants by sex and institution type</source>
            <translation>लिङ्ग र संस्थाको प्रकारअनुसार सहभागी</translation>
        </message>
        <message>
            <source>Institution type</source>
            <translation>संस्थाको प्रकार</translation>
        </message>
        <message>
            <source>Knowledge gain</source>
            <translation>ज्ञान वृद्धि</translation>
        </message>
        <message>
            <source>Trainings in the period</source>
            <translation>अवधिभित्रका तालिमहरू</translation>
        </message>
        <message>
            <source>{count} trainings</source>
            <translation>{count} वटा तालिम</translation>
        </message>
        <message>
            <source>F, M, O: female, male, other or not recorded.</source>
            <translation>म, पु, अ: महिला, पुरुष, अन्य वा उल्लेख नभएको।</translation>
        </message>
        <message>
            <source>Open follow-up actions</source>
            <translation>खुला अनुगमन कार्यहरू</translation>
        </message>
        <message>
            <source>Victim-assistance grants</source>
            <translation>पीडित सहायता अनुदानहरू</translation>
        </message>
        <message>
            <source>Committed, disbursed and balance by currency are on the first page, with the key figures.</source>
            <translation>मुद्राअनुसार प्रतिबद्ध, वितरित र बाँकी रकम पहिलो पृष्ठमा मुख्य तथ्याङ्कसँगै छन्।</translation>
        </message>
        <message>
            <source>Grants in the period</source>
            <translation>अवधिभित्रका अनुदानहरू</translation>
        </message>
        <message>
            <source>Counts only: the people assisted are never named.</source>
            <translation>सङ्ख्या मात्र: सहायता पाएका व्यक्तिको नाम कहिल्यै राखिँदैन।</translation>
        </message>
        <message>
            <source>Persons with disabilities among them: {count}</source>
            <translation>तीमध्ये अपाङ्गता भएका व्यक्ति: {count}</translation>
        </message>
        <message>
            <source>All activities</source>
            <translation>सबै गतिविधिहरू</translation>
        </message>
        <message>
            <source>All programmes</source>
            <translation>सबै कार्यक्रमहरू</translation>
        </message>
        <message>
            <source>All countries</source>
            <translation>सबै देशहरू</translation>
        </message>
        <message>
            <source>There is nothing in this scope: no consultations, trainings or grants were recorded for it.</source>
            <translation>यस दायरामा केही छैन: यसका लागि कुनै परामर्श, तालिम वा अनुदान अभिलेख गरिएको छैन।</translation>
        </message>
        <message>
            <source>Committed: grants that are active, suspended or closed (not those in the pipeline). Disbursed: tranches paid within the period.</source>
            <translation>प्रतिबद्ध: सक्रिय, निलम्बित वा बन्द अनुदानहरू (तयारीमा रहेका होइनन्)। वितरित: अवधिभित्र भुक्तानी गरिएका किस्ताहरू।</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>कुनै छैन।</translation>
        </message>
        <message>
            <source>No pillar given</source>
            <translation>स्तम्भ उल्लेख गरिएको छैन</translation>
        </message>
        <message>
            <source>Activities by programme objective</source>
            <translation>कार्यक्रमको उद्देश्यअनुसार गतिविधिहरू</translation>
        </message>
        <message>
            <source>Some trainings have no breakdown by institution type, or one that does not add up: the table counts {counted} of the {total} people trained.</source>
            <translation>केही तालिमहरूको संस्थाको प्रकारअनुसार विवरण छैन, वा त्यसको जोड मिल्दैन: तालिकाले तालिम पाएका {total} मध्ये {counted} जना मात्र गन्छ।</translation>
        </message>
        <message>
            <source>Counterpart types</source>
            <translation>समकक्षीका प्रकारहरू</translation>
        </message>
        <message>
            <source>Consultations in the period</source>
            <translation>अवधिभित्रका परामर्शहरू</translation>
        </message>
        <message>
            <source>{count} consultations</source>
            <translation>{count} वटा परामर्श</translation>
        </message>
        <message>
            <source>No consultations in this scope.</source>
            <translation>यस दायरामा कुनै परामर्श छैन।</translation>
        </message>
        <message>
            <source>{open} open, {overdue} of them overdue on {today} (shown in red); of consultations at any date.</source>
            <translation>{open} खुला, तीमध्ये {today} मा {overdue} वटाको म्याद नाघेको (रातोमा देखाइएको); जुनसुकै मितिका परामर्शका।</translation>
        </message>
        <message>
            <source>Disbursement over time, by quarter</source>
            <translation>त्रैमासिक रूपमा वितरण</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>तथ्याङ्क</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>मान</translation>
        </message>
        <message>
            <source>No trainings in this scope.</source>
            <translation>यस दायरामा कुनै तालिम छैन।</translation>
        </message>
        <message>
            <source>Trainings with both tests</source>
            <translation>दुवै परीक्षा भएका तालिमहरू</translation>
        </message>
        <message>
            <source>Pre-test average</source>
            <translation>पूर्व-परीक्षाको औसत</translation>
        </message>
        <message>
            <source>Post-test average</source>
            <translation>पश्च-परीक्षाको औसत</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>सुरु</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>शीर्षक</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>स्थान</translation>
        </message>
        <message>
            <source>Pre</source>
            <translation>अघि</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>पछि</translation>
        </message>
        <message>
            <source>Gain</source>
            <translation>वृद्धि</translation>
        </message>
        <message>
            <source>No grants in this scope.</source>
            <translation>यस दायरामा कुनै अनुदान छैन।</translation>
        </message>
        <message>
            <source>Charts for the {count} currencies paid most often; the table on the first page has them all.</source>
            <translation>सबैभन्दा धेरै पटक भुक्तानी भएका {count} मुद्राका चार्टहरू; पहिलो पृष्ठको तालिकामा सबै मुद्रा छन्।</translation>
        </message>
        <message>
            <source>Grantee</source>
            <translation>अनुदानग्राही</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>सम्झौता</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>स्थिति</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>मुद्रा</translation>
        </message>
        <message>
            <source>Committed</source>
            <translation>प्रतिबद्ध</translation>
        </message>
        <message>
            <source>Disbursed</source>
            <translation>वितरित</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>बाँकी</translation>
        </message>
        <message>
            <source>All</source>
            <translation>सबै</translation>
        </message>
        <message>
            <source>Share outside</source>
            <translation>बाहिरको अनुपात</translation>
        </message>
        <message>
            <source>Data as of</source>
            <translation>तथ्याङ्क अद्यावधिक मिति</translation>
        </message>
        <message>
            <source>Last change recorded</source>
            <translation>अन्तिम परिवर्तन अभिलेख</translation>
        </message>
        <message>
            <source>Prepared on</source>
            <translation>तयार गर्ने उपकरण</translation>
        </message>
        <message>
            <source>Activities by programme outcome</source>
            <translation>कार्यक्रमको नतिजाअनुसार गतिविधिहरू</translation>
        </message>
        <message>
            <source>Activities by programme pillar</source>
            <translation>कार्यक्रमको स्तम्भअनुसार गतिविधिहरू</translation>
        </message>
        <message>
            <source>Counterpart type</source>
            <translation>समकक्षीको प्रकार</translation>
        </message>
        <message>
            <source>Counterparts</source>
            <translation>समकक्षीहरू</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>मिति</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>प्रकार</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>सहभागीहरू</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>म्याद</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>कार्य</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>जिम्मेवार</translation>
        </message>
        <message>
            <source>Consultation</source>
            <translation>परामर्श</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>प्रतिवेदन</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>म्याद नाघेका दिन</translation>
        </message>
        <message>
            <source>Victim-assistance grant</source>
            <translation>पीडित सहायता अनुदान</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>तालिम</translation>
        </message>
        <message>
            <source>Kind and age</source>
            <translation>प्रकार र उमेर</translation>
        </message>
        <message>
            <source>Record id: {id}</source>
            <translation>अभिलेख परिचय: {id}</translation>
        </message>
        <message>
            <source>People</source>
            <translation>व्यक्ति</translation>
        </message>
        <message>
            <source>Pillars</source>
            <translation>स्तम्भहरू</translation>
        </message>
        <message>
            <source>Target groups</source>
            <translation>लक्षित समूहहरू</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>सारांश</translation>
        </message>
        <message>
            <source>Participants by sex</source>
            <translation>लिङ्गअनुसार सहभागी</translation>
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation>अनुगमन कार्यहरू</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>मितिहरू</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>विषयहरू</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>कार्यक्रम स्थल</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>सञ्चालन विधि</translation>
        </message>
        <message>
            <source>Trainers</source>
            <translation>प्रशिक्षकहरू</translation>
        </message>
        <message>
            <source>Women: {female}, men: {male}</source>
            <translation>महिला: {female}, पुरुष: {male}</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>टिप्पणी</translation>
        </message>
        <message>
            <source>Agreement reference</source>
            <translation>सम्झौता सन्दर्भ</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>सेवाहरू</translation>
        </message>
        <message>
            <source>People assisted by sex, age and kind</source>
            <translation>लिङ्ग, उमेर र प्रकारअनुसार सहायता पाएका व्यक्ति</translation>
        </message>
        <message>
            <source>Tranches</source>
            <translation>किस्ताहरू</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>प्रतिवेदनहरू</translation>
        </message>
        <message>
            <source>Created {when} on {device}; last changed {changed} on {by}.</source>
            <translation>{device} मा {when} मा सिर्जना गरिएको; अन्तिम परिवर्तन {by} मा {changed} मा।</translation>
        </message>
        <message>
            <source>None recorded.</source>
            <translation>केही अभिलेख गरिएको छैन।</translation>
        </message>
        <message>
            <source>No breakdown by institution type was recorded.</source>
            <translation>संस्थाको प्रकारअनुसार विवरण अभिलेख गरिएको छैन।</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>प्राप्त</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>म्याद नाघेको</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>संस्था</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>सन्दर्भ</translation>
        </message>
        <message>
            <source>Amount ({currency})</source>
            <translation>रकम ({currency})</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>म्याद नाघेको</translation>
        </message>
    </context>
    <context>
        <name>reference</name>
        <message>
            <source>Policy development</source>
            <translation>नीति निर्माण</translation>
        </message>
        <message>
            <source>Legislative assistance</source>
            <translation>विधायी सहयोग</translation>
        </message>
        <message>
            <source>Capacity building</source>
            <translation>क्षमता अभिवृद्धि</translation>
        </message>
        <message>
            <source>Regional and international cooperation</source>
            <translation>क्षेत्रीय तथा अन्तर्राष्ट्रिय सहकार्य</translation>
        </message>
        <message>
            <source>Protection and assistance</source>
            <translation>संरक्षण र सहायता</translation>
        </message>
        <message>
            <source>Ministry or government department</source>
            <translation>मन्त्रालय वा सरकारी विभाग</translation>
        </message>
        <message>
            <source>National TIP/SOM committee</source>
            <translation>मानव बेचबिखन तथा आप्रवासी तस्करीविरुद्ध राष्ट्रिय समिति</translation>
        </message>
        <message>
            <source>Police and border agencies</source>
            <translation>प्रहरी र सीमा निकायहरू</translation>
        </message>
        <message>
            <source>Prosecution service</source>
            <translation>अभियोजन सेवा</translation>
        </message>
        <message>
            <source>Judiciary</source>
            <translation>न्यायपालिका</translation>
        </message>
        <message>
            <source>Military</source>
            <translation>सेना</translation>
        </message>
        <message>
            <source>Parliament</source>
            <translation>संसद्</translation>
        </message>
        <message>
            <source>Labour inspection</source>
            <translation>श्रम निरीक्षण</translation>
        </message>
        <message>
            <source>Financial intelligence unit or regulator</source>
            <translation>वित्तीय जानकारी इकाइ वा नियामक निकाय</translation>
        </message>
        <message>
            <source>Civil society organisation</source>
            <translation>नागरिक समाजको संस्था</translation>
        </message>
        <message>
            <source>Academia and research</source>
            <translation>प्राज्ञिक तथा अनुसन्धान क्षेत्र</translation>
        </message>
        <message>
            <source>Private sector</source>
            <translation>निजी क्षेत्र</translation>
        </message>
        <message>
            <source>International partner (e.g. INTERPOL, IOM, UNICEF)</source>
            <translation>अन्तर्राष्ट्रिय साझेदार (जस्तै INTERPOL, IOM, UNICEF)</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>महिला</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>बालबालिका</translation>
        </message>
        <message>
            <source>Persons with disabilities</source>
            <translation>अपाङ्गता भएका व्यक्ति</translation>
        </message>
        <message>
            <source>Indigenous peoples</source>
            <translation>आदिवासी जनजाति</translation>
        </message>
        <message>
            <source>Migrants in vulnerable situations</source>
            <translation>जोखिमपूर्ण अवस्थामा रहेका आप्रवासी</translation>
        </message>
        <message>
            <source>Consultative mission</source>
            <translation>परामर्श मिसन</translation>
        </message>
        <message>
            <source>Technical meeting</source>
            <translation>प्राविधिक बैठक</translation>
        </message>
        <message>
            <source>High-level meeting</source>
            <translation>उच्चस्तरीय बैठक</translation>
        </message>
        <message>
            <source>Committee session</source>
            <translation>समितिको बैठक</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>कार्यशाला</translation>
        </message>
        <message>
            <source>Coordination meeting</source>
            <translation>समन्वय बैठक</translation>
        </message>
        <message>
            <source>Field visit</source>
            <translation>क्षेत्र भ्रमण</translation>
        </message>
    </context>
    <context>
        <name>vocab</name>
        <message>
            <source>Female</source>
            <translation>महिला</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>पुरुष</translation>
        </message>
        <message>
            <source>Other or not recorded</source>
            <translation>अन्य वा उल्लेख नभएको</translation>
        </message>
        <message>
            <source>Child (under 18)</source>
            <translation>बालबालिका (१८ वर्षमुनि)</translation>
        </message>
        <message>
            <source>Adult</source>
            <translation>वयस्क</translation>
        </message>
        <message>
            <source>Victim of trafficking</source>
            <translation>मानव बेचबिखनबाट पीडित</translation>
        </message>
        <message>
            <source>Smuggled migrant</source>
            <translation>तस्करी गरिएका आप्रवासी</translation>
        </message>
        <message>
            <source>Vulnerable migrant</source>
            <translation>जोखिममा रहेका आप्रवासी</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>प्रत्यक्ष</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>अनलाइन</translation>
        </message>
        <message>
            <source>Blended</source>
            <translation>मिश्रित</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>तयारीमा</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>सक्रिय</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>निलम्बित</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>बन्द</translation>
        </message>
        <message>
            <source>Shelter</source>
            <translation>आश्रय</translation>
        </message>
        <message>
            <source>Medical care</source>
            <translation>स्वास्थ्य उपचार</translation>
        </message>
        <message>
            <source>Legal aid</source>
            <translation>कानुनी सहायता</translation>
        </message>
        <message>
            <source>Psychosocial support</source>
            <translation>मनोसामाजिक सहयोग</translation>
        </message>
        <message>
            <source>Reintegration</source>
            <translation>पुनःएकीकरण</translation>
        </message>
        <message>
            <source>Assisted return</source>
            <translation>सहयोगसहितको स्वदेश फिर्ती</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>खुला</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>प्रगतिमा</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>सम्पन्न</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>छोडिएको</translation>
        </message>
        <message>
            <source>Narrative report</source>
            <translation>वर्णनात्मक प्रतिवेदन</translation>
        </message>
        <message>
            <source>Financial report</source>
            <translation>वित्तीय प्रतिवेदन</translation>
        </message>
        <message>
            <source>Final report</source>
            <translation>अन्तिम प्रतिवेदन</translation>
        </message>
    </context>
</TS>
