"""Demo catalogue for ``manage.py seed_demo``.

Pure data, no imports. Everything here was written for ShareHub: the people,
organisations and stories are invented, and no entry describes an identifiable
person who receives care and support. Slugs match the shared taxonomy.

Lists defined here: PEOPLE, INNOVATIONS, RESOURCES, CONTACTS, NEEDS.
"""

PEOPLE = [
    {
        "key": "ffion",
        "display_name": "Ffion Roberts",
        "email": "ffion.roberts@example.org",
        "role": "innovator",
        "job_role": "care-worker",
        "organisation": "Cartref Llys Eifion, cartref gofal preswyl cyfrwng Cymraeg ym Mhorthmadog",
        "organisation_type": "care-provider-residential",
        "local_authority": "gwynedd",
        "bio": "Gweithiwr gofal ers un mlynedd ar ddeg, y rhan fwyaf ohono ar shifftiau dydd mewn cartref o 24 gwely lle mai Cymraeg yw iaith bob dydd y tŷ.",
        "can_help_with": "Rhannu sut rydyn ni'n cynnal rownd feddyginiaeth dawel a sut mae cynnig gofal yn Gymraeg heb i neb orfod gofyn.",
        "language": "cy",
    },
    {
        "key": "gareth",
        "display_name": "Gareth Hughes",
        "email": "gareth.hughes@example.org",
        "role": "innovator",
        "job_role": "registered-manager",
        "organisation": "Bryn Derw, a 30-bed residential home in Colwyn Bay",
        "organisation_type": "care-provider-residential",
        "local_authority": "conwy",
        "bio": "Registered manager of a 30-bed residential home for eight years, and a senior carer there for six before that.",
        "can_help_with": "Moving from paper to digital care records, and getting ready for a CIW inspection without drowning in folders.",
        "language": "en",
    },
    {
        "key": "gwen",
        "display_name": "Gwenllian Parry",
        "email": "gwenllian.parry@example.org",
        "role": "stakeholder",
        "job_role": "advocate",
        "organisation": "Eiriolaeth Seiriol, gwasanaeth eiriolaeth annibynnol ar Ynys Môn",
        "organisation_type": "third-sector",
        "local_authority": "isle-of-anglesey",
        "bio": "Eiriolwr annibynnol sy'n gweithio gydag oedolion ag anabledd dysgu a phobl hŷn ar draws Ynys Môn, yn Gymraeg ac yn Saesneg.",
        "can_help_with": "Cyd-gynhyrchu gyda grwpiau hunan-eiriolaeth, a sicrhau bod llais pobl i'w glywed yn eu hadolygiadau eu hunain.",
        "language": "cy",
    },
    {
        "key": "tomos",
        "display_name": "Tomos Lloyd",
        "email": "tomos.lloyd@example.org",
        "role": "innovator",
        "job_role": "other",
        "organisation": "Clwyd Valley Homes, a housing association working in Wrexham and Denbighshire",
        "organisation_type": "housing",
        "local_authority": "wrexham",
        "bio": "Digital and assistive technology lead at a housing association with three extra care schemes and a dozen supported living houses.",
        "can_help_with": "Choosing and trialling sensors, alarms and smart-home kit, and working out what tenants actually want from it.",
        "language": "en",
    },
    {
        "key": "sian",
        "display_name": "Siân Llewelyn",
        "email": "sian.llewelyn@example.org",
        "role": "innovator",
        "job_role": "middle-manager",
        "organisation": "Gofal Glannau Teifi, asiantaeth gofal cartref yng Ngheredigion",
        "organisation_type": "care-provider-home-care",
        "local_authority": "ceredigion",
        "bio": "Rheolwr gofal yn y gymuned sy'n gyfrifol am 46 o weithwyr gofal rhwng Aberteifi a Llanbedr Pont Steffan.",
        "can_help_with": "Trefnu rotas fesul ardal fach, a chadw staff mewn ardaloedd gwledig lle mae'r teithio'n hir.",
        "language": "cy",
    },
    {
        "key": "bethan",
        "display_name": "Bethan Harries",
        "email": "bethan.harries@example.org",
        "role": "stakeholder",
        "job_role": "unpaid-carer",
        "organisation": "Grŵp gofalwyr Dyffryn Tywi (gwirfoddolwr)",
        "organisation_type": "individual",
        "local_authority": "carmarthenshire",
        "bio": "Gofalwr di-dâl ers saith mlynedd a gwirfoddolwr gyda grŵp gofalwyr lleol yn Sir Gaerfyrddin.",
        "can_help_with": "Dweud yn onest beth sy'n gweithio i ofalwyr di-dâl a beth sydd ddim, yn enwedig yng nghefn gwlad.",
        "language": "cy",
    },
    {
        "key": "sarah",
        "display_name": "Sarah Whitfield",
        "email": "sarah.whitfield@example.org",
        "role": "enabler",
        "job_role": "senior-leader",
        "organisation": "Integrated community services, West Wales health board",
        "organisation_type": "health-board",
        "local_authority": "pembrokeshire",
        "bio": "Head of integrated community services for the Pembrokeshire locality, jointly managed by the health board and the county council.",
        "can_help_with": "Making hospital discharge and community health work with social care rather than around it.",
        "language": "en",
    },
    {
        "key": "dafydd",
        "display_name": "Dafydd Pugh",
        "email": "dafydd.pugh@example.org",
        "role": "innovator",
        "job_role": "social-worker",
        "organisation": "Adult social care, north Powys locality team",
        "organisation_type": "local-authority",
        "local_authority": "powys-county",
        "bio": "Social worker in a rural adult team covering Newtown, Llanidloes and the hill farms in between.",
        "can_help_with": "Positive risk-taking in practice, and working with community connectors in small market towns.",
        "language": "en",
    },
    {
        "key": "catrin",
        "display_name": "Catrin Mathias",
        "email": "catrin.mathias@example.org",
        "role": "innovator",
        "job_role": "occupational-therapist",
        "organisation": "Community reablement team, Swansea",
        "organisation_type": "local-authority",
        "local_authority": "swansea",
        "bio": "Occupational therapist in a council reablement team, previously on hospital wards for nine years.",
        "can_help_with": "Single-handed care reviews, reablement goals that people actually care about, and low-cost equipment.",
        "language": "en",
    },
    {
        "key": "rachel",
        "display_name": "Dr Rachel Okafor",
        "email": "rachel.okafor@example.org",
        "role": "enabler",
        "job_role": "researcher",
        "organisation": "Centre for Care Practice Research, a university in Swansea",
        "organisation_type": "university-research",
        "local_authority": "swansea",
        "bio": "Researcher working alongside care providers and councils in south Wales on practical evaluation of small changes.",
        "can_help_with": "Light-touch evaluation, measuring outcomes that matter to people, and writing up what you did so others can use it.",
        "language": "en",
    },
    {
        "key": "lee",
        "display_name": "Lee Jenkins",
        "email": "lee.jenkins@example.org",
        "role": "stakeholder",
        "job_role": "care-worker",
        "organisation": "Cwm Afan Homecare, Neath Port Talbot",
        "organisation_type": "care-provider-home-care",
        "local_authority": "neath-port-talbot",
        "bio": "Home care worker on the Afan Valley runs for five years; dementia champion for my team.",
        "can_help_with": "What helps a new care worker get through their first few months, and using music with people living with dementia.",
        "language": "en",
    },
    {
        "key": "owain",
        "display_name": "Owain Griffiths",
        "email": "owain.griffiths@example.org",
        "role": "enabler",
        "job_role": "learning-development-lead",
        "organisation": "Valleys Community Care, a home care provider in Rhondda Cynon Taf and Merthyr Tydfil",
        "organisation_type": "care-provider-home-care",
        "local_authority": "rhondda-cynon-taf",
        "bio": "Learning and development lead for a home care provider with around 280 staff across two counties.",
        "can_help_with": "Apprenticeships, inductions that fit on a phone, and group supervision for home care staff.",
        "language": "en",
    },
    {
        "key": "kerry",
        "display_name": "Kerry Morgan",
        "email": "kerry.morgan@example.org",
        "role": "innovator",
        "job_role": "registered-manager",
        "organisation": "Tŷ Coed, a four-bed children's home in Bridgend county",
        "organisation_type": "care-provider-residential",
        "local_authority": "bridgend",
        "bio": "Registered manager of a small children's home run by a not-for-profit provider; residential child care worker for twelve years before that.",
        "can_help_with": "Making a children's home feel like a home, and involving young people in recruiting staff.",
        "language": "en",
    },
    {
        "key": "aisha",
        "display_name": "Aisha Rahman",
        "email": "aisha.rahman@example.org",
        "role": "innovator",
        "job_role": "social-worker",
        "organisation": "Children's services, Cardiff",
        "organisation_type": "local-authority",
        "local_authority": "cardiff",
        "bio": "Senior practitioner in a children's safeguarding team, with a soft spot for plain-language recording.",
        "can_help_with": "Family group conferences, writing records to the child, and support for care leavers moving into their first flat.",
        "language": "en",
    },
    {
        "key": "emyr",
        "display_name": "Emyr Thomas",
        "email": "emyr.thomas@example.org",
        "role": "enabler",
        "job_role": "policy-maker",
        "organisation": "Corff cenedlaethol ar gyfer gwella gofal cymdeithasol",
        "organisation_type": "national-body",
        "local_authority": "cardiff",
        "bio": "Swyddog polisi sy'n gweithio ar arloesi a'r gweithlu ar lefel Cymru gyfan, wedi bod yn weithiwr cymdeithasol yn Nyffryn Conwy cyn hynny.",
        "can_help_with": "Cysylltu pobl sy'n gweithio ar yr un broblem mewn gwahanol rannau o Gymru, a deall beth mae'r canllawiau cenedlaethol yn ei ofyn mewn gwirionedd.",
        "language": "cy",
    },
    {
        "key": "nia",
        "display_name": "Nia Prosser",
        "email": "nia.prosser@example.org",
        "role": "enabler",
        "job_role": "commissioner",
        "organisation": "Adult services commissioning team, Newport",
        "organisation_type": "local-authority",
        "local_authority": "newport",
        "bio": "Commissioning officer for home care and supported living; I spent ten years working for providers before moving to the council.",
        "can_help_with": "Writing contracts that leave room for providers to do things differently, and paying for outcomes instead of minutes.",
        "language": "en",
    },
    {
        "key": "jo",
        "display_name": "Jo Bevan",
        "email": "jo.bevan@example.org",
        "role": "innovator",
        "job_role": "middle-manager",
        "organisation": "Fostering service, Torfaen",
        "organisation_type": "local-authority",
        "local_authority": "torfaen",
        "bio": "Team manager in a council fostering service, supporting about 70 fostering households.",
        "can_help_with": "Peer support between foster carers, recruiting carers locally, and keeping brothers and sisters in touch.",
        "language": "en",
    },
    {
        "key": "alun",
        "display_name": "Alun Morris",
        "email": "alun.morris@example.org",
        "role": "stakeholder",
        "job_role": "person-using-care",
        "organisation": "Direct payments user and employer of personal assistants, Monmouthshire",
        "organisation_type": "individual",
        "local_authority": "monmouthshire",
        "bio": "I have used direct payments for nine years to employ my own personal assistants, and I sit on a local co-production group.",
        "can_help_with": "Being an employer through direct payments, and what paperwork feels like from the other side of the desk.",
        "language": "en",
    },
]


INNOVATIONS = [
    # ------------------------------------------------------------------ North Wales
    {
        "author": "ffion",
        "language": "cy",
        "title": "Rownd feddyginiaeth dawel: ffedog goch, ffôn i rywun arall, a llai o gamgymeriadau",
        "summary": "Roedd pobl yn tarfu ar yr uwch ofalwr hyd at ddeg gwaith bob rownd. Fe wnaethon ni gyflwyno ffedog goch 'peidiwch â tharfu', symud y rownd fore hanner awr a rhoi ffôn y shifft i rywun arall. Mae'r camgymeriadau wedi haneru.",
        "body": """Roedd ein rownd feddyginiaeth fore yn arfer dechrau am wyth, yr un pryd â brecwast, newid shifft a galwadau ffôn gan deuluoedd. Pan fuon ni'n cyfri am bythefnos, roedd yr uwch ofalwr yn cael ei thorri ar ei thraws rhwng chwech a deg gwaith bob rownd. Dyna pryd roedd y rhan fwyaf o'n camgymeriadau bach yn digwydd: dos wedi'i golli, llofnod ar goll ar y siart, tabled wedi'i rhoi ar ôl bwyd yn lle cyn bwyd.

**Beth wnaethon ni newid**

- Mae'r sawl sy'n gwneud y rownd yn gwisgo ffedog goch sy'n dweud *Rownd feddyginiaeth – peidiwch â tharfu, diolch* yn Gymraeg ac yn Saesneg.
- Mae ffôn y shifft yn mynd at ofalwr arall nes bod y rownd wedi gorffen.
- Fe symudon ni'r rownd i hanner awr wedi wyth, ar ôl y trosglwyddo, ac fe gytunodd y fferyllfa i newid amser dwy feddyginiaeth oedd angen bod yn gynnar.
- Mae rhestr fer ar y troli o bwy sydd angen eu tabledi cyn bwyd.

Roedd rhai teuluoedd yn meddwl bod y ffedog yn edrych braidd yn oeraidd ar y dechrau, felly fe esbonion ni pam yn y cylchlythyr. Erbyn hyn mae'r preswylwyr eu hunain yn dweud wrth bobl am aros funud. Syniad bach a rhad, ond mae wedi gwneud gwahaniaeth mawr i'r staff hefyd: maen nhw'n dweud eu bod yn teimlo'n llai ar bigau'r drain yn ystod y rownd.""",
        "challenge_areas": ["risk", "requirements"],
        "regions": ["north-wales"],
        "local_authorities": ["gwynedd"],
        "sector": "adults",
        "kind": "practice",
        "stage": "working-well",
        "role": "innovator",
        "job_role": "care-worker",
        "what_helped": "Fe roddodd y fferyllydd cymunedol awr o'i amser i edrych ar yr amseroedd gyda ni, ac roedd y rheolwr yn fodlon i ni drio'r peth am fis cyn penderfynu.",
        "what_got_in_the_way": "Ar benwythnosau, pan mae llai o staff ar y llawr, mae'n anodd cael rhywun arall i ateb y ffôn. Rydyn ni'n dal i weithio ar hynny.",
        "outcomes": "Aeth y camgymeriadau meddyginiaeth a gofnodwyd o 14 yn y tri mis cyn y newid i 6 yn y tri mis wedyn. Mae'r rownd fore tua chwarter awr yn fyrrach ar gyfartaledd.",
        "looking_for": ["advice"],
        "featured": False,
        "days_ago": 212,
        "adoptions": [
            {
                "organisation": "Cartref nyrsio 40 gwely yn Nyffryn Nantlle",
                "local_authority": "gwynedd",
                "story": "Fe welson ni'r ffedogau ar ymweliad a'u cyflwyno ar ein dwy uned ni. Rydyn ni wedi ychwanegu'r rownd ginio hefyd.",
            }
        ],
    },
    {
        "author": "ffion",
        "language": "cy",
        "title": "Cynnig Rhagweithiol go iawn: gofyn am iaith ar y diwrnod cyntaf",
        "summary": "Rydyn ni'n gofyn i bob person newydd pa iaith sy'n gyfforddus iddyn nhw, yn ei chofnodi ar dudalen gyntaf y cynllun gofal, ac yn paru siaradwyr Cymraeg â gweithiwr allweddol Cymraeg. Mae tri chartref arall wedi dilyn.",
        "body": """Mae'r rhan fwyaf o'n preswylwyr yn siarad Cymraeg, ond doedden ni ddim yn gofyn yn iawn. Roedd y ffurflen dderbyn yn holi am "iaith" mewn bocs bach ar dudalen pedwar, a'r ateb yn aml oedd "Saesneg" am mai Saesneg oedd iaith y ffurflen. Yna roedd pobl yn cael gofal yn Saesneg am wythnosau heb i neb sylwi.

**Beth sy'n wahanol nawr**

- Mae'r cwestiwn cyntaf un yn y sgwrs dderbyn yn Gymraeg: *Ym mha iaith fyddech chi'n hoffi i ni siarad â chi?* Dim ond wedyn mae'r sgwrs yn troi i'r Saesneg os oes angen.
- Mae'r ateb ar frig tudalen gyntaf y cynllun gofal, mewn lliw, felly mae staff asiantaeth yn ei weld hefyd.
- Mae pob siaradwr Cymraeg yn cael gweithiwr allweddol sy'n siarad Cymraeg.
- Mae staff sy'n dysgu yn gwisgo bathodyn gwahanol i'r rhai rhugl, fel bod preswylwyr yn gwybod pwy i fentro gyda nhw.

Rydyn ni hefyd wedi cyfieithu'r bwrdd gweithgareddau a'r fwydlen, ac mae'r llyfrau stori bywyd yn cael eu hysgrifennu yn yr iaith mae'r person yn ei dewis.

Mae'n swnio'n amlwg, ond roedd yn golygu newid ffurflenni'r cwmni, ac roedd rhaid perswadio'r swyddfa ganolog. Yr hyn a'u perswadiodd oedd clywed gan deuluoedd pa mor bwysig oedd hyn, yn enwedig i bobl sy'n byw gyda dementia sy'n colli eu Saesneg.""",
        "challenge_areas": ["value", "sector-unity"],
        "regions": ["north-wales"],
        "local_authorities": ["gwynedd"],
        "sector": "adults",
        "kind": "practice",
        "stage": "spreading",
        "role": "innovator",
        "job_role": "care-worker",
        "what_helped": "Roedd tîm comisiynu'r cyngor yn gefnogol, ac fe rannodd swyddog iaith y bwrdd iechyd enghreifftiau o eiriad y cwestiwn.",
        "what_got_in_the_way": "Roedd ffurflenni'r cwmni'n cael eu hargraffu'n ganolog yn Saesneg yn unig, ac fe gymerodd bum mis i'w newid.",
        "outcomes": "Mae 19 o'n 24 preswylydd yn derbyn eu gofal yn Gymraeg erbyn hyn, o'i gymharu ag 11 cyn y newid. Mae tri chartref arall yng Ngwynedd, Môn a Chonwy wedi mabwysiadu'r un cwestiwn.",
        "looking_for": ["partners"],
        "featured": True,
        "days_ago": 388,
        "adoptions": [
            {
                "organisation": "Cartref preswyl 18 gwely yn Llangefni",
                "local_authority": "isle-of-anglesey",
                "story": "Fe newidion ni ein sgwrs dderbyn ar ôl darllen hwn. Y bathodynnau i ddysgwyr oedd y peth mwyaf poblogaidd gyda'r staff.",
            },
            {
                "organisation": "Cartref gofal yn Llanrwst",
                "local_authority": "conwy",
                "story": "Rydyn ni wedi rhoi'r iaith ar frig y cynllun gofal ac wedi hyfforddi'r staff asiantaeth i edrych amdano.",
            },
        ],
    },
    {
        "author": "ffion",
        "language": "cy",
        "title": "Côr bach bob yn ail ddydd Iau: plant yr ysgol gynradd a'n preswylwyr yn canu gyda'i gilydd",
        "summary": "Mae dosbarth blwyddyn 4 yr ysgol leol yn dod i ganu gyda'r preswylwyr bob pythefnos. Mae'r plant wedi dysgu hen emynau a chaneuon gwerin, ac mae'r preswylwyr wedi dysgu caneuon newydd. Does dim angen cyllid, dim ond amser a chwpl o baneidiau.",
        "body": """Fe ddechreuodd hyn gyda sgwrs wrth giât yr ysgol. Roedd un o'r athrawon yn chwilio am rywle i'r plant ganu y tu allan i'r ysgol, ac roedden ni'n chwilio am rywbeth i'w wneud ar brynhawniau Iau, sy'n gallu bod yn hir.

Nawr mae tua 15 o blant yn cerdded draw bob yn ail wythnos gyda dau athro. Mae'r sesiwn yn para 45 munud: canu gyda'i gilydd, wedyn diod a bisged a sgwrs. Mae'r preswylwyr wedi dysgu *Calon Lân* i'r plant yn iawn, meddan nhw, ac mae'r plant wedi dysgu caneuon Eisteddfod yr Urdd iddyn nhw.

**Pethau wnaethon ni eu dysgu**

- Cadwch y grŵp yn fach. Y tro cyntaf daeth y dosbarth cyfan ac roedd yn ormod o sŵn i rai.
- Gadewch i'r plant eistedd rhwng y preswylwyr, nid mewn rhes o'u blaenau fel cyngerdd.
- Siaradwch gyda'r rhieni o flaen llaw. Roedd un neu ddau yn poeni am haint ac am weld pobl sâl; fe wahoddon ni nhw i'r sesiwn gyntaf.

Rydyn ni'n rhoi gwybod i'r ysgol os oes rhywun wedi marw, ac mae'r athrawon yn siarad â'r plant. Mae hynny wedi bod yn bwysig.

Mae'r staff yn dweud bod y tŷ yn wahanol ar ddydd Iau. Mae pobl sydd ddim fel arfer yn dod allan o'u stafelloedd yn dod i lawr.""",
        "challenge_areas": ["value", "leadership"],
        "regions": ["north-wales"],
        "local_authorities": ["gwynedd"],
        "sector": "both",
        "kind": "community",
        "stage": "working-well",
        "role": "innovator",
        "job_role": "care-worker",
        "what_helped": "Pennaeth oedd yn dweud 'ie' heb ffurflen risg hir, ac aelod o staff sy'n canu yn y côr lleol ac a arweiniodd y sesiynau cyntaf.",
        "what_got_in_the_way": "Roedd rhaid canslo am chwe wythnos yn y gaeaf oherwydd salwch yn y cartref, ac fe gollon ni ychydig o fomentwm.",
        "outcomes": "Mae 12 i 16 o breswylwyr yn dod i bob sesiwn, gan gynnwys pump sy'n anaml yn ymuno ag unrhyw weithgaredd arall. Mae'r ysgol wedi gofyn am barhau'r flwyddyn nesaf gyda dosbarth newydd.",
        "looking_for": [],
        "featured": False,
        "days_ago": 145,
        "adoptions": [],
    },
    {
        "author": "gareth",
        "language": "en",
        "title": "Going from paper to digital care records in a 30-bed home without losing the staff",
        "summary": "We moved all care notes, charts and medication records onto handheld devices over ten weeks. We trained in pairs, kept paper as a backup for a month, and let senior carers choose the system. Recording time is down by about 40 minutes a shift.",
        "body": """Until last year every care note, fluid chart and repositioning chart in our home was on paper. Staff spent the last hour of each shift catching up on writing, often from memory, and the files were so thick that nobody read the useful bits.

We didn't want to just buy a system and hand it over. Here is what we did:

- **Senior carers chose the system.** Four suppliers came in to demo; the seniors scored them on how quickly a new starter could record a drink or a wash. They picked the one with the biggest buttons, not the most features.
- **Training in pairs.** Each confident phone user was paired with someone less confident. Nobody was sent on a course.
- **Paper backup for four weeks.** We kept paper charts running alongside for a month so people didn't panic about losing information.
- **Wi-fi first.** We had to put in three extra access points before anything else; the back corridor had no signal at all.

It wasn't smooth. Two staff nearly left over it, and one of them is now our best trainer. Night staff needed different screens from day staff, which we only learned after going live.

What we've gained is notes written at the time, by the person who did the care, and charts a nurse or GP can actually read when they visit. Families can see (with consent) that their relative had a good day.""",
        "challenge_areas": ["requirements", "metrics"],
        "regions": ["north-wales"],
        "local_authorities": ["conwy"],
        "sector": "adults",
        "kind": "technology",
        "stage": "working-well",
        "role": "innovator",
        "job_role": "registered-manager",
        "what_helped": "A small digital grant through the regional partnership paid for the devices and wi-fi. The supplier's trainer came on site for three night shifts, which made a big difference.",
        "what_got_in_the_way": "Patchy wi-fi and a fear among some long-serving staff that they'd be judged for slow typing. Our pharmacy's system didn't talk to ours, so medication still needs double entry.",
        "outcomes": "Time spent on paperwork at the end of each shift dropped from about an hour to under 20 minutes. Missing entries on fluid charts fell from roughly one in five to one in fifty.",
        "looking_for": ["advice"],
        "featured": True,
        "days_ago": 301,
        "adoptions": [
            {
                "organisation": "A 22-bed residential home in Abergele",
                "local_authority": "conwy",
                "story": "We borrowed Gareth's scoring sheet for supplier demos and copied the paired training. We went live in eight weeks.",
            }
        ],
    },
    {
        "author": "gareth",
        "language": "en",
        "title": "Drinks rounds that people look forward to: cutting urine infections with a 10 and 3 o'clock tea trolley",
        "summary": "We noticed most residents drank well at meals and hardly at all in between. A proper tea trolley twice a day, coloured cups, jelly drops and ice lollies in summer raised fluid intake and our hospital admissions for urine infections fell.",
        "body": """We had been recording fluid intake for years but not doing much with the numbers. When one of our seniors put a month of charts on a wall, the pattern was obvious: people drank at breakfast, lunch and tea, and almost nothing between 2pm and 5pm or after 7pm.

**What we changed**

- A proper trolley round at 10.30 and 3pm, with a choice of six drinks, not just tea or squash. A care worker sits down and has a drink *with* people.
- Coloured cups, because some people living with dementia couldn't see water in a clear glass.
- Jelly drops and ice lollies for people who struggle with cups, especially in hot weather.
- A jug and glass in every bedroom, refilled and changed on each round.
- A "drinks champion" on each shift, rotated weekly so it doesn't fall on the same person.

We dropped the 24-hour fluid chart for people who are drinking well and kept it only for the few who really need it, which saved a lot of writing.

The round became a social thing. People now wait in the lounge for it, and the 3pm one often turns into a quiz.""",
        "challenge_areas": ["risk", "metrics"],
        "regions": ["north-wales"],
        "local_authorities": ["conwy"],
        "sector": "adults",
        "kind": "practice",
        "stage": "working-well",
        "role": "innovator",
        "job_role": "registered-manager",
        "what_helped": "The district nurses backed us on which residents still needed full fluid charts. The cook came up with the lollies.",
        "what_got_in_the_way": "Agency staff didn't know about the rounds at first. We now put the round times on the handover sheet.",
        "outcomes": "Average daily intake for the people we were most worried about went from about 900ml to 1,400ml. Hospital admissions for urine infections went from 7 in the previous year to 2.",
        "looking_for": [],
        "featured": False,
        "days_ago": 478,
        "adoptions": [
            {
                "organisation": "A nursing home near Prestatyn",
                "local_authority": "denbighshire",
                "story": "We started the 3pm round and the coloured cups. Residents chose the cups themselves, which helped.",
            }
        ],
    },
    {
        "author": "gareth",
        "language": "en",
        "title": "A one-page evidence map so a CIW inspection isn't a week of digging through folders",
        "summary": "Instead of building inspection folders, we keep a single page per theme that says where the evidence already lives. It takes 10 minutes a month to update and our last inspection needed no extra paperwork from staff.",
        "body": """Before our inspections, the deputy and I used to spend days building lever-arch files "for CIW". Staff were pulled off the floor to sign things, and most of it was copies of records that already existed somewhere else.

Now we keep an **evidence map**: one page for each of the themes inspectors look at (well-being, care and support, environment, leadership and management). Each page lists:

- what we do, in two or three sentences;
- where the evidence already is (which system, which report, which meeting minutes);
- who on the team can talk about it;
- what we know isn't right yet and what we're doing about it.

We update it at the monthly managers' meeting. It takes ten minutes because we only add what changed.

On the day of our last inspection we handed over the map and the inspector went straight to the records she wanted. She told us it saved her time too. We didn't create a single new document for the visit.

The honest "not right yet" column was the bit I was nervous about. In practice it made the conversation easier, because we were already talking about improvement rather than being caught out.""",
        "challenge_areas": ["requirements", "metrics", "leadership"],
        "regions": ["north-wales"],
        "local_authorities": ["conwy"],
        "sector": "adults",
        "kind": "process",
        "stage": "spreading",
        "role": "innovator",
        "job_role": "registered-manager",
        "what_helped": "A conversation at a North Wales managers' network where another manager described something similar. Our responsible individual was happy to try it.",
        "what_got_in_the_way": "Habit. Some of the team still feel safer with a big folder, so we keep one for the policies only.",
        "outcomes": "Preparation time before inspection went from about four days of managers' time to half a day. Four other homes in the network now use the same template.",
        "looking_for": ["partners"],
        "featured": False,
        "days_ago": 96,
        "adoptions": [
            {
                "organisation": "A supported living provider in Flintshire",
                "local_authority": "flintshire",
                "story": "We adapted the map for our six houses, one page per house. It was also useful for our own quality reviews.",
            }
        ],
    },
    {
        "author": "gareth",
        "language": "en",
        "title": "Sharing a relief bank with two neighbouring homes instead of paying for agency",
        "summary": "Three small independent homes in Conwy, Denbighshire and Flintshire now share a pool of 14 relief care workers through one rota app. Staff pick up shifts in any of the three homes and have had a joint induction. Agency spend has fallen.",
        "body": """Small homes like ours can't keep a big relief list, so when two people are off sick at once we ring an agency. Agency workers are often good, but they don't know the people living here, and the cost is roughly double.

Last spring I met the managers of two other small homes at a training day. We worked out that between us we were spending over £9,000 a month on agency cover, often on the same days.

**How the shared bank works**

- 14 relief staff are employed by whichever home recruited them, but they agree to work in all three.
- They do a joint induction day that covers the differences between the homes (fire procedures, medication systems, who likes what).
- Shifts are posted in a shared rota app. Our own staff see them first; then the bank.
- Each home pays for the hours worked in its building. We settle up monthly.

We had to get advice on employment contracts and insurance, which took longer than anything else. We also agreed that nobody works in more than two of the homes in a week, so they don't feel lost.

It is still early days. The bank staff like the choice, and two have since taken permanent jobs with us.""",
        "challenge_areas": ["sector-unity", "value"],
        "regions": ["north-wales"],
        "local_authorities": ["conwy", "denbighshire", "flintshire"],
        "sector": "adults",
        "kind": "workforce",
        "stage": "trying-it-out",
        "role": "innovator",
        "job_role": "registered-manager",
        "what_helped": "Free employment advice through a local business support scheme, and three managers who trust each other.",
        "what_got_in_the_way": "Working out insurance and who is the employer took four months. Different medication systems in each home mean bank staff can't do medication rounds yet.",
        "outcomes": "Over six months, agency spend across the three homes fell by about 45%. Bank staff have filled 310 shifts.",
        "looking_for": ["advice", "partners"],
        "featured": False,
        "days_ago": 58,
        "adoptions": [],
    },
    {
        "author": "gwen",
        "language": "cy",
        "title": "'Fy adolygiad i': grŵp hunan-eiriolaeth yn ailysgrifennu'r ffurflen adolygu",
        "summary": "Fe wnaeth aelodau grŵp hunan-eiriolaeth ar Ynys Môn ailysgrifennu'r ffurflen adolygu gofal gyda gweithwyr cymdeithasol. Mae'r fersiwn newydd yn dechrau gyda'r hyn sy'n bwysig i'r person, ac mae'n hanner yr hyd.",
        "body": """Roedd aelodau ein grŵp hunan-eiriolaeth, sy'n oedolion ag anabledd dysgu, yn dweud yr un peth dro ar ôl tro: mae adolygiadau'n teimlo fel prawf. Roedd y ffurflen yn un ar ddeg tudalen, yn llawn geiriau fel "canlyniadau" ac "asesiad risg", ac roedd y rhan am beth mae'r person eisiau yn dod ar y diwedd, os o gwbl.

Fe wahoddon ni ddau weithiwr cymdeithasol a rheolwr tîm i bedair sesiwn gyda'r grŵp. Fe wnaethon ni roi'r hen ffurflen ar y bwrdd a gofyn: beth fyddech chi'n ei newid?

**Beth newidiodd**

- Mae'r ffurflen yn dechrau gyda *Beth sydd wedi mynd yn dda? Beth hoffech chi ei newid?*
- Lluniau a geiriau syml ar bob tudalen, wedi'u dewis gan yr aelodau.
- Mae'r person yn cael copi wythnos cyn yr adolygiad, er mwyn paratoi gyda rhywun maen nhw'n ymddiried ynddo.
- Mae'r person yn dewis ble mae'r cyfarfod, a phwy sy'n dod.

Mae'r tîm yn treialu'r ffurflen gyda 20 o bobl ar hyn o bryd. Mae rhai gweithwyr cymdeithasol yn poeni bod y wybodaeth statudol yn mynd ar goll, felly rydyn ni wedi cadw tudalen olaf i'r gweithiwr yn unig.

Y peth pwysicaf, meddai'r aelodau, oedd bod rhywun wedi gwrando a newid rhywbeth.""",
        "challenge_areas": ["leadership", "requirements"],
        "regions": ["north-wales"],
        "local_authorities": ["isle-of-anglesey"],
        "sector": "adults",
        "kind": "process",
        "stage": "trying-it-out",
        "role": "stakeholder",
        "job_role": "advocate",
        "what_helped": "Rheolwr tîm oedd yn fodlon eistedd yn y grŵp am bedwar prynhawn, a thalu costau teithio'r aelodau.",
        "what_got_in_the_way": "Mae'r system gofnodi electronig yn disgwyl yr hen drefn, felly mae'r gweithwyr yn gorfod copïo'r wybodaeth drosodd.",
        "outcomes": "Ymhlith yr 20 adolygiad cyntaf, dywedodd 17 o bobl eu bod wedi teimlo'n barod ac wedi cael dweud eu dweud, o'i gymharu â llai na hanner mewn arolwg y flwyddyn gynt.",
        "looking_for": ["evidence", "permission"],
        "featured": False,
        "days_ago": 74,
        "adoptions": [],
    },
    {
        "author": "gwen",
        "language": "cy",
        "title": "Cyfeillion ffôn Cymraeg i bobl hŷn sy'n byw ar eu pen eu hunain",
        "summary": "Mae 32 o wirfoddolwyr yn ffonio pobl hŷn unig ar Ynys Môn ac yng Ngwynedd unwaith yr wythnos, yn Gymraeg. Mae'r gwirfoddolwyr yn cael eu paru yn ôl ardal a diddordebau, ac mae llawer o'r sgyrsiau wedi troi'n gyfeillgarwch go iawn.",
        "body": """Yn ystod y cyfnod clo fe ddechreuon ni ffonio pobl oedd ar ein rhestrau ni er mwyn gweld sut roedden nhw. Fe sylwon ni fod llawer o bobl hŷn yn dweud mai'r alwad oedd yr unig sgwrs Gymraeg gawson nhw drwy'r wythnos. Roedd y gwasanaethau cyfeillio oedd ar gael yn Saesneg ar y cyfan.

Felly fe wnaethon ni'r cynllun yn un parhaol.

**Sut mae'n gweithio**

- Mae gwirfoddolwyr yn cael hyfforddiant dwy awr, gwiriad DBS, a sesiwn ar beth i'w wneud os ydyn nhw'n poeni am rywun.
- Rydyn ni'n paru pobl yn ôl ardal, oherwydd mae pobl yn hoffi siarad am lefydd maen nhw'n eu nabod: y capel, y sioe, y siop a gaeodd ugain mlynedd yn ôl.
- Mae'r alwad ar yr un amser bob wythnos. Mae hynny'n bwysicach nag oedden ni'n ei feddwl.
- Mae cydlynydd yn ffonio pob gwirfoddolwr unwaith y mis i weld sut mae pethau.

Mae rhai o'r gwirfoddolwyr yn ddysgwyr Cymraeg, ac mae'r bobl maen nhw'n eu ffonio wrth eu boddau yn eu helpu. Mae hynny wedi troi'r berthynas ben i waered mewn ffordd dda: mae'r person hŷn yn rhoi rhywbeth hefyd.

Mae'r gweithwyr cymdeithasol a'r cysylltwyr cymunedol yn cyfeirio pobl atom ni nawr.""",
        "challenge_areas": ["value", "sector-unity"],
        "regions": ["north-wales"],
        "local_authorities": ["isle-of-anglesey", "gwynedd"],
        "sector": "adults",
        "kind": "community",
        "stage": "working-well",
        "role": "stakeholder",
        "job_role": "advocate",
        "what_helped": "Grant bach gan gronfa gymunedol leol i dalu am gydlynydd dau ddiwrnod yr wythnos, a chefnogaeth y papurau bro i recriwtio gwirfoddolwyr.",
        "what_got_in_the_way": "Mae'r cyllid yn flynyddol, felly bob gwanwyn rydyn ni'n poeni a fydd y cydlynydd yn parhau.",
        "outcomes": "Mae 58 o bobl yn cael galwad wythnosol. Mewn holiadur byr, dywedodd 41 ohonyn nhw eu bod yn teimlo'n llai unig nag oedden nhw chwe mis ynghynt.",
        "looking_for": ["funding"],
        "featured": False,
        "days_ago": 530,
        "adoptions": [],
    },
    {
        "author": "tomos",
        "language": "en",
        "title": "Acoustic monitoring at night in extra care: fewer disturbed nights, quicker help",
        "summary": "Instead of opening doors every two hours to check on tenants at night, we are trialling sound monitoring that alerts staff to falls, calls for help or distress. Tenants chose whether to take part. Most have slept better and staff respond faster.",
        "body": """In one of our extra care schemes in Wrexham, night staff were doing two-hourly checks on about 20 tenants. That means a door opening and a torch at 2am, which woke people up and, for some, caused confusion and falls when they got up afterwards.

We are trialling **acoustic monitoring**: a small unit in the flat listens for sounds that are out of the ordinary for that person (a thud, a cry, a long period of calling out) and sends an alert to the night staff's handset. It does not record conversations, and staff don't listen in.

**How we set it up**

- Every tenant, and where appropriate their family, had a conversation about it. 16 said yes; 5 said no and kept their checks.
- We set each person's sensitivity over the first two weeks with the night team.
- Night staff still visit people who want a visit, at the time they choose.

**What's gone wrong**

The first month produced a lot of false alerts from televisions left on. We now agree TV sleep timers with tenants. One tenant asked to stop after a month because it made her anxious, and we removed it the same day.

We're now four months in and sharing the data with the council's commissioning team before deciding whether to extend.""",
        "challenge_areas": ["risk", "metrics"],
        "regions": ["north-wales"],
        "local_authorities": ["wrexham"],
        "sector": "adults",
        "kind": "technology",
        "stage": "trying-it-out",
        "role": "innovator",
        "job_role": "other",
        "what_helped": "A night team leader who had seen it in another scheme and championed it. The supplier agreed a three-month trial without a long contract.",
        "what_got_in_the_way": "Consent and data protection took time to get right. Some families were worried that 'fewer visits' meant 'less care'.",
        "outcomes": "Night-time falls among participating tenants went from 9 in the four months before to 3 during the trial. Average response time to an alert is under 3 minutes.",
        "looking_for": ["evidence", "advice"],
        "featured": False,
        "days_ago": 41,
        "adoptions": [],
    },
    {
        "author": "tomos",
        "language": "en",
        "title": "A 'try before you buy' smart flat and lending library for assistive technology",
        "summary": "We fitted out an empty flat with everyday assistive technology: door sensors, smart plugs, voice assistants, easy-use phones, fall detectors. People, families and staff book a visit, try things, and borrow kit for four weeks before anyone buys anything.",
        "body": """We kept seeing the same thing: someone is prescribed or sold a piece of technology, it goes in a drawer, and nobody asks why. Usually it's because nobody tried it with the person first.

So we took an empty ground-floor flat in one of our schemes and turned it into a **demonstration flat**. It looks like a normal home. Around it there's kit people can try:

- simple phones and tablets with big photos instead of contacts lists;
- voice assistants for reminders, music and the radio in Welsh or English;
- smart plugs that turn off the kettle or heater;
- door and bed sensors, and a range of fall detectors;
- talking clocks, medication dispensers and a video doorbell.

Anyone can book an hour: tenants, families, social workers, OTs, care staff. We then **lend** the chosen items for four weeks, with a follow-up call after one week.

About a third of loans end with the person saying "no thanks". We see that as a success: that kit would otherwise have been bought and wasted.

The council OTs in Flintshire now bring people across for visits, and we've shared our booking and loan forms with anyone who wants them.""",
        "challenge_areas": ["value", "sector-unity"],
        "regions": ["north-wales"],
        "local_authorities": ["wrexham", "flintshire"],
        "sector": "adults",
        "kind": "technology",
        "stage": "spreading",
        "role": "innovator",
        "job_role": "other",
        "what_helped": "The housing association let us use the flat rent-free, and two suppliers donated demonstration kit.",
        "what_got_in_the_way": "Getting other organisations to trust kit they hadn't procured themselves. Keeping devices updated and charged takes more time than we expected.",
        "outcomes": "In the first year, 212 visits and 164 loans. 58% of loans led to the person keeping or buying the item; two OT teams say they now order less kit that goes unused.",
        "looking_for": ["partners"],
        "featured": False,
        "days_ago": 266,
        "adoptions": [
            {
                "organisation": "Occupational therapy team, Flintshire",
                "local_authority": "flintshire",
                "story": "We now take people to the flat before ordering technology. It has changed how we talk about kit with families.",
            }
        ],
    },
    {
        "author": "tomos",
        "language": "en",
        "title": "One shared waking night team across three supported living houses",
        "summary": "Three supported living houses on the same estate each had a sleeping-in worker who was often woken. We replaced them with two waking night staff covering all three, plus door sensors. People who use the service helped plan it.",
        "body": """In Denbighshire we support 11 adults with learning disabilities across three houses within five minutes' walk of each other. Each house had a sleep-in worker. In practice, two of those workers were woken several times most nights, which isn't what a sleep-in is for, and they came off shift exhausted.

Together with the council, the tenants and their families, we redesigned the nights:

- **Two waking night staff** now cover the three houses, based in the middle house.
- Each house has door sensors and a call system linked to their handsets.
- People who want a check at a set time still get one.
- A written plan for each person says what "needing help at night" looks like for them.

The tenants' meeting spent two sessions on this. Their main worry was being alone in the house. We agreed a trial of one house first, with a sleep-in still available as back-up for a month.

There was a fair bit of nervousness, including from me. What made it work was being honest about why we were changing it (staff wellbeing and people getting help faster), not pretending it was only about money, although it does cost less.""",
        "challenge_areas": ["risk", "value"],
        "regions": ["north-wales"],
        "local_authorities": ["denbighshire"],
        "sector": "adults",
        "kind": "service",
        "stage": "working-well",
        "role": "innovator",
        "job_role": "other",
        "what_helped": "A commissioner who agreed to change the contract from 'sleep-in per house' to 'night support for the scheme'. A tenants' meeting that was listened to.",
        "what_got_in_the_way": "Two families were strongly against at first. One house's wiring meant sensors had to be battery-powered, which needs checking weekly.",
        "outcomes": "Staff reports of disturbed sleep-ins dropped to zero, because there are none. Average time to respond at night is now under 4 minutes. The night budget for the three houses fell by about 18%.",
        "looking_for": ["advice"],
        "featured": False,
        "days_ago": 417,
        "adoptions": [],
    },
    # ------------------------------------------------------------------ West Wales
    {
        "author": "sian",
        "language": "cy",
        "title": "Timau ardal fach: gweithwyr gofal cartref yn trefnu eu rowndiau eu hunain",
        "summary": "Fe rannon ni ein 46 gweithiwr gofal yn chwe thîm bach, pob un yn gofalu am glwstwr o bentrefi ac yn trefnu eu rota eu hunain. Mae'r milltiroedd wedi gostwng, mae llai o staff yn gadael, ac mae pobl yn gweld llai o wynebau gwahanol.",
        "body": """Tan ddwy flynedd yn ôl roedd ein rota i gyd yn cael ei threfnu yn y swyddfa yn Aberteifi. Roedd gweithwyr yn gyrru o un pen y sir i'r llall, weithiau 40 milltir rhwng galwadau, ac roedd pobl yn cael gofal gan un ar ddeg o wynebau gwahanol mewn wythnos. Roedd y staff wedi blino, a rhai'n gadael ar ôl ychydig fisoedd.

**Beth wnaethon ni**

- Rhannu'r sir yn chwe ardal fach, pob un â thîm o chwech i naw gweithiwr sy'n byw yn lleol.
- Mae pob tîm yn cwrdd bob pythefnos (yn y neuadd bentref neu ar alwad fideo) ac yn trefnu rota'r pythefnos nesaf gyda'i gilydd.
- Mae gan bob tîm "arweinydd tîm" sy'n dal i wneud galwadau ond sy'n cael hanner diwrnod yr wythnos i gydlynu.
- Mae'r swyddfa'n cefnogi: recriwtio, hyfforddi, a llenwi bylchau pan fo salwch.

Doedd hi ddim yn hawdd. Roedd rhai gweithwyr yn hoffi cael rota wedi'i rhoi iddyn nhw, ac roedd angen dysgu sut i drafod pwy sy'n gwneud y galwadau nos Sadwrn heb gweryla. Fe gawson ni help gan hwylusydd am y tri mis cyntaf.

Mae'r bobl rydyn ni'n eu cefnogi'n sylwi fwyaf. Maen nhw'n dweud eu bod nhw'n nabod eu gweithwyr, a bod y gweithwyr yn nabod y teulu, y ci a'r cymdogion.""",
        "challenge_areas": ["value", "leadership"],
        "regions": ["west-wales"],
        "local_authorities": ["ceredigion"],
        "sector": "adults",
        "kind": "workforce",
        "stage": "working-well",
        "role": "innovator",
        "job_role": "middle-manager",
        "what_helped": "Roedd y cyngor yn fodlon comisiynu oriau fesul ardal yn hytrach na fesul galwad, ac fe gawson ni hwylusydd am dri mis drwy raglen gefnogi leol.",
        "what_got_in_the_way": "Mae un ardal yn dal yn rhy fawr i un tîm, ac mae dau dîm yn dibynnu'n ormodol ar yr arweinydd.",
        "outcomes": "Gostyngodd y milltiroedd rhwng galwadau 31% yn y flwyddyn gyntaf. Gostyngodd trosiant staff o 38% i 19%, ac erbyn hyn mae pobl yn gweld pedwar gweithiwr gwahanol mewn wythnos ar gyfartaledd yn hytrach nag un ar ddeg.",
        "looking_for": ["partners"],
        "featured": True,
        "days_ago": 352,
        "adoptions": [
            {
                "organisation": "Asiantaeth gofal cartref yng ngogledd Sir Benfro",
                "local_authority": "pembrokeshire",
                "story": "Rydyn ni wedi dechrau gyda dau dîm ardal o gwmpas Trefdraeth ac Abergwaun, gan gopïo cyfarfodydd rota pythefnosol Siân.",
            }
        ],
    },
    {
        "author": "sian",
        "language": "cy",
        "title": "Yr ymweliad cyntaf yn awr gyfan: sgwrs 'beth sy'n bwysig' cyn dechrau gofal",
        "summary": "Mae uwch weithiwr gofal yn treulio awr gyfan gyda phob person newydd cyn i'r gofal ddechrau, yn holi beth sy'n bwysig iddyn nhw ac yn ysgrifennu 'Fy niwrnod i' ar un dudalen. Mae llai o gwynion yn y mis cyntaf ac mae'r gweithwyr yn hyderus.",
        "body": """Roedd y pecyn gofal yn cyrraedd o'r cyngor gyda rhestr o dasgau: help i godi, ymolchi, brecwast, tabledi. Ond doedd dim byd am y person ei hun. Roedd y gweithiwr cyntaf yn cyrraedd, yn gwneud y tasgau mewn hanner awr, ac roedd pawb yn dysgu'r pethau pwysig drwy gamgymeriad: bod y person yn codi am chwech bob bore ers dyddiau'r fferm, neu nad yw'n hoffi i neb gyffwrdd â llestri ei mam.

Nawr mae'r ymweliad cyntaf bob amser gydag uwch weithiwr, ac mae'n para awr. Does dim tasgau ar yr ymweliad hwnnw oni bai bod angen. Rydyn ni'n holi:

- Beth sy'n gwneud diwrnod da i chi?
- Beth ydych chi eisiau dal ati i'w wneud eich hun?
- Beth fyddai'n eich gwylltio chi?
- Pwy sy'n bwysig i chi, a phwy ddylen ni eu ffonio?

Mae'r atebion yn mynd ar un dudalen, *Fy niwrnod i*, yng ngeiriau'r person. Mae'r dudalen yn y ffolder yn y tŷ ac ar yr ap, ac mae pob gweithiwr newydd yn ei darllen cyn cyrraedd.

Mae'r cyngor yn talu am yr awr ychwanegol erbyn hyn. Ar y dechrau roedden ni'n talu amdani ein hunain, achos roedden ni'n credu y byddai'n arbed amser yn nes ymlaen. Ac mae wedi gwneud.""",
        "challenge_areas": ["metrics", "value"],
        "regions": ["west-wales"],
        "local_authorities": ["ceredigion"],
        "sector": "adults",
        "kind": "practice",
        "stage": "spreading",
        "role": "innovator",
        "job_role": "middle-manager",
        "what_helped": "Uwch weithwyr oedd yn mwynhau'r sgyrsiau, a swyddog comisiynu a ddaeth allan gyda ni ar ddau ymweliad i weld y gwahaniaeth drosti ei hun.",
        "what_got_in_the_way": "Pan mae'r ysbyty'n rhyddhau rhywun ar frys ar ddydd Gwener, does dim amser i'r ymweliad hir cyn yr alwad gyntaf. Rydyn ni'n ei wneud yn ystod yr wythnos gyntaf yn lle.",
        "outcomes": "Gostyngodd cwynion yn y mis cyntaf o ofal o 9 i 2 y flwyddyn. Mae dwy asiantaeth arall yng ngorllewin Cymru'n defnyddio'r dudalen 'Fy niwrnod i'.",
        "looking_for": [],
        "featured": False,
        "days_ago": 610,
        "adoptions": [
            {
                "organisation": "Asiantaeth gofal cartref yn Nyffryn Aman",
                "local_authority": "carmarthenshire",
                "story": "Fe wnaethon ni gyfieithu'r dudalen i'r Saesneg hefyd ac rydyn ni'n ei defnyddio ar gyfer pob person newydd ers y gwanwyn.",
            }
        ],
    },
    {
        "author": "sian",
        "language": "cy",
        "title": "Ceir trydan a rennir i weithwyr gofal sydd heb gar",
        "summary": "Mae pobl ifanc yng Ngheredigion eisiau gweithio ym maes gofal ond does dim car gyda nhw. Rydyn ni eisiau prydlesu pedwar car trydan bach y gall staff eu defnyddio ar eu shifftiau. Rydyn ni'n chwilio am bartneriaid a chyllid.",
        "body": """Bob tro rydyn ni'n hysbysebu swyddi, mae'r un peth yn digwydd: mae pobl ifanc lleol, rhai ohonyn nhw'n wych, yn gorfod gwrthod am nad oes car gyda nhw. Does dim bysiau rhwng y pentrefi ar yr oriau rydyn ni eu hangen. Mae yswiriant car i berson 19 oed yn gallu costio mwy na £2,000 y flwyddyn.

**Y syniad**

- Prydlesu pedwar car trydan bach, wedi'u hyswirio gan y cwmni, i'w defnyddio ar shifftiau yn unig.
- Pwynt gwefru yn y swyddfa ac yn neuadd bentref dau o'r timau ardal.
- Cynllun archebu syml ar ap y rota.
- Gwersi gyrru i un neu ddau o staff y flwyddyn drwy gynllun prentisiaeth.

Rydyn ni wedi gwneud y syms yn fras. Fe fyddai'r ceir yn costio tua'r un faint â'r hyn rydyn ni'n ei wario ar hysbysebu a recriwtio drwy'r flwyddyn, heb sôn am gost oriau heb eu llenwi.

Dydyn ni ddim wedi dechrau eto. Rydyn ni'n chwilio am bartneriaid, efallai asiantaeth arall neu'r cyngor, i rannu'r ceir a'r gost, ac am unrhyw un sydd wedi gwneud rhywbeth tebyg. Mae cwestiynau gyda ni hefyd am yswiriant a threth ar fudd-daliadau mewn nwyddau.""",
        "challenge_areas": ["value", "requirements"],
        "regions": ["west-wales"],
        "local_authorities": ["ceredigion"],
        "sector": "adults",
        "kind": "workforce",
        "stage": "idea",
        "role": "innovator",
        "job_role": "middle-manager",
        "what_helped": "Mae swyddog datblygu economaidd y cyngor wedi bod yn barod i drafod, ac mae dau o'n gweithwyr gofal ifanc wedi helpu i gynllunio.",
        "what_got_in_the_way": "Cost gychwynnol y brydles, ansicrwydd am dreth, a'r ofn o gael ceir yn segur yn y gaeaf os nad ydyn ni'n recriwtio.",
        "outcomes": "Dim canlyniadau eto. Y llynedd fe wrthododd 11 o ymgeiswyr swydd am nad oedd car gyda nhw.",
        "looking_for": ["funding", "partners", "advice"],
        "featured": False,
        "days_ago": 23,
        "adoptions": [],
    },
    {
        "author": "bethan",
        "language": "cy",
        "title": "Banc oriau seibiant: gofalwyr di-dâl yn dewis pryd maen nhw'n cael egwyl",
        "summary": "Yn lle wythnos o seibiant mewn cartref unwaith y flwyddyn, mae 25 o ofalwyr yn Sir Gaerfyrddin yn treialu 'banc' o 100 awr i'w defnyddio pan maen nhw eisiau: bore yn y farchnad, apwyntiad deintydd, priodas. Mae'r gofalwyr yn dweud ei fod yn newid bywyd.",
        "body": """Fel gofalwr, roedd y seibiant roeddwn i'n ei gael yn golygu wythnos mewn cartref gofal unwaith y flwyddyn i'r un rydw i'n gofalu amdano. Doedd e ddim eisiau mynd, roeddwn i'n teimlo'n euog drwy'r wythnos, ac roedd pethau'n waeth am bythefnos wedyn. Ond beth oeddwn i ei angen go iawn oedd ychydig oriau bob hyn a hyn: mynd i'r deintydd heb boeni, mynd i angladd ffrind, cael bore yn y farchnad.

Fe godais i hyn yn y grŵp gofalwyr, ac roedd pawb yn dweud yr un peth. Fe ysgrifennon ni lythyr at y cyngor, a chwarae teg, fe wnaethon nhw wrando.

**Y cynllun peilot**

- Mae 25 o ofalwyr yn cael "banc" o 100 awr y flwyddyn.
- Mae gwasanaeth eistedd lleol (elusen) yn darparu'r gweithwyr, yr un wynebau bob tro os yn bosib.
- Rydyn ni'n archebu gyda galwad ffôn neu neges, gydag o leiaf 48 awr o rybudd fel arfer.
- Mae'r oriau'n gallu cael eu defnyddio gyda'r nos ac ar benwythnosau.

Mae rhai problemau. Does dim digon o weithwyr eistedd yn y gorllewin, ac weithiau does neb ar gael ar y diwrnod rydyn ni eisiau. Ond am y tro cyntaf ers blynyddoedd rydw i'n teimlo mai fi sy'n penderfynu.""",
        "challenge_areas": ["value", "requirements"],
        "regions": ["west-wales"],
        "local_authorities": ["carmarthenshire"],
        "sector": "adults",
        "kind": "service",
        "stage": "trying-it-out",
        "role": "stakeholder",
        "job_role": "unpaid-carer",
        "what_helped": "Swyddog gofalwyr yn y cyngor oedd yn barod i roi cynnig arni, ac elusen leol oedd eisoes yn nabod llawer ohonon ni.",
        "what_got_in_the_way": "Prinder gweithwyr eistedd yn yr ardaloedd mwyaf gwledig, a rheolau ariannu oedd wedi'u cynllunio ar gyfer seibiant preswyl.",
        "outcomes": "Yn y chwe mis cyntaf fe ddefnyddiwyd 1,340 awr. Dywedodd 22 o'r 25 gofalwr fod eu lles wedi gwella, a dim ond dau sydd wedi gofyn am seibiant preswyl.",
        "looking_for": ["evidence", "funding"],
        "featured": False,
        "days_ago": 133,
        "adoptions": [],
    },
    {
        "author": "bethan",
        "language": "cy",
        "title": "Paned yn y mart: caffi gofalwyr ar ddiwrnod gwerthu",
        "summary": "Mae llawer o ofalwyr di-dâl mewn cymunedau ffermio byth yn dod i grwpiau cymorth. Felly fe aethon ni atyn nhw: stondin paned yng nghaffi'r mart bob yn ail ddydd Mawrth, gyda gweithiwr cymorth gofalwyr a nyrs.",
        "body": """Roedd ein grŵp gofalwyr yn cwrdd mewn festri capel bob mis, a'r un deg o bobl oedd yn dod bob tro. Roedden ni'n gwybod bod llawer mwy o ofalwyr allan yna, yn enwedig dynion ar ffermydd oedd yn gofalu am eu gwragedd neu eu rhieni, ond fydden nhw byth yn dod i "grŵp".

Ond maen nhw i gyd yn dod i'r mart.

Felly, gyda chaniatâd y mart, fe ddechreuon ni osod bwrdd yng nghornel y caffi bob yn ail ddydd Mawrth. Does dim arwydd mawr, dim ond baner fach a phaned am ddim. Mae gweithiwr cymorth gofalwyr o'r elusen leol yno, ac unwaith y mis mae nyrs o'r feddygfa'n dod i wneud profion pwysedd gwaed.

**Beth rydyn ni wedi'i ddysgu**

- Peidiwch â gofyn "Ydych chi'n ofalwr?" Mae pobl yn dweud na. Gofynnwch "Sut mae pethau gartre?"
- Mae sgyrsiau'n digwydd wrth sefyll, nid wrth eistedd.
- Mae'r arwerthwyr a staff y caffi wedi bod yn bwysig. Maen nhw'n nabod pawb ac yn dweud wrth bobl amdanon ni.

Mae'r sgyrsiau'n aml yn ymarferol: lle i gael help gyda'r ffurflenni, beth i'w wneud am y nosweithiau, sut i gael asesiad gofalwr. Rhai dyddiau dim ond paned a sgwrs am brisiau ŵyn yw hi, ac mae hynny'n iawn hefyd.""",
        "challenge_areas": ["sector-unity", "value"],
        "regions": ["west-wales"],
        "local_authorities": ["carmarthenshire"],
        "sector": "adults",
        "kind": "community",
        "stage": "working-well",
        "role": "stakeholder",
        "job_role": "unpaid-carer",
        "what_helped": "Perchnogion y mart a roddodd y gornel am ddim, a'r gweithiwr cymorth gofalwyr sy'n dod o deulu ffermio ei hun.",
        "what_got_in_the_way": "Mae'n anodd mesur beth sy'n digwydd. Dydy pobl ddim eisiau llenwi ffurflenni wrth y bwrdd paned.",
        "outcomes": "Mewn blwyddyn fe siaradon ni â thua 140 o ofalwyr, a 38 ohonyn nhw heb gysylltu â neb o'r blaen. Mae 21 wedi cael asesiad gofalwr ers hynny.",
        "looking_for": ["partners"],
        "featured": False,
        "days_ago": 455,
        "adoptions": [
            {
                "organisation": "Gwasanaeth cymorth gofalwyr yng Ngheredigion",
                "local_authority": "ceredigion",
                "story": "Rydyn ni wedi dechrau paned debyg yn y mart yn Nhregaron unwaith y mis, ac mae'r sgyrsiau cyntaf wedi bod yn dda.",
            }
        ],
    },
    {
        "author": "sarah",
        "language": "en",
        "title": "Home care staff as trusted assessors on the hospital ward",
        "summary": "Senior care workers from two home care agencies now assess people on the ward themselves, instead of waiting for a re-assessment by their own manager after a hospital referral. Discharges that wait for care to restart have dropped from about 5 days to 1.",
        "body": """When someone who already had home care was admitted to our hospital, their package was suspended. When they were ready to go home, the agency wanted to re-assess them before restarting, which often meant waiting days for a manager to visit the ward. Meanwhile the person lost strength and confidence in a hospital bed.

We agreed with two local home care agencies that their **senior care workers** could act as trusted assessors:

- The agency's seniors visit the ward (or join a video call) within 24 hours of the ward saying someone is nearly ready.
- They use a short shared assessment agreed by the ward, the agency and the council.
- The ward accepts their view on what the person needs at home; the agency accepts the ward's information on medication and mobility.
- If there's disagreement, a named social worker decides the same day.

The hard part was trust, not paperwork. Ward staff worried agencies would 'refuse difficult people'; agencies worried wards would send people home too early. We held two joint sessions where people told real (anonymised) stories from both sides. That did more than any policy.

We're now talking to a third agency and the council about making this the normal route.""",
        "challenge_areas": ["sector-unity", "risk"],
        "regions": ["west-wales"],
        "local_authorities": ["pembrokeshire"],
        "sector": "adults",
        "kind": "process",
        "stage": "working-well",
        "role": "enabler",
        "job_role": "senior-leader",
        "what_helped": "A discharge lead nurse and two agency managers who were willing to try it on one ward first. The council agreed to pay agencies for the assessor's time.",
        "what_got_in_the_way": "Ward staff changing frequently, so the arrangement needs constant re-explaining. IT access for agency staff on the ward took months.",
        "outcomes": "Average wait for home care to restart after someone was medically fit fell from 5.2 days to 1.3 days on the two pilot wards. No discharges have been reversed because the package was wrong.",
        "looking_for": ["partners"],
        "featured": False,
        "days_ago": 287,
        "adoptions": [],
    },
    {
        "author": "sarah",
        "language": "en",
        "title": "Lifting chairs in home care cars: getting people up off the floor without waiting hours for an ambulance",
        "summary": "Home care and reablement staff in Pembrokeshire and Carmarthenshire carry inflatable lifting chairs and use a phone-based assessment to help uninjured people up after a fall. Fewer people lie on the floor for hours and fewer ambulances are called.",
        "body": """People who fall at home without injury can still wait four, six, sometimes ten hours for an ambulance, because they aren't an emergency. Lying on the floor for that long causes its own harm: pressure damage, dehydration, fear of falling again.

We bought eight **inflatable lifting chairs** and put them in the cars of reablement staff and two home care teams. Staff get a half-day course from our falls team. When they find someone on the floor:

1. They call a clinical support line staffed by paramedics, who talk them through a short head-to-toe check.
2. If there's no sign of injury and the clinician agrees, staff use the chair to lift the person.
3. They stay for 30 minutes, record what happened and refer to the falls service.

Our biggest worry was liability. We worked through it with the health board's legal team and the council's insurers, and we wrote the procedure together so nobody was carrying the risk alone.

Care workers were nervous at first. Now they tell us it's one of the most satisfying things they do.""",
        "challenge_areas": ["risk", "sector-unity"],
        "regions": ["west-wales"],
        "local_authorities": ["pembrokeshire", "carmarthenshire"],
        "sector": "adults",
        "kind": "practice",
        "stage": "spreading",
        "role": "enabler",
        "job_role": "senior-leader",
        "what_helped": "The ambulance service's clinical support desk agreed to take calls from care staff. A small capital grant covered the chairs at around £1,800 each.",
        "what_got_in_the_way": "Insurers and legal advice took six months. Some agencies would not let staff take part until the procedure had been signed off by three organisations.",
        "outcomes": "In the first 12 months staff lifted 183 people. Average time on the floor for those people was 52 minutes, compared with over 4 hours when waiting for an ambulance. 171 of them needed no ambulance at all.",
        "looking_for": ["evidence"],
        "featured": False,
        "days_ago": 520,
        "adoptions": [
            {
                "organisation": "Reablement team, Carmarthenshire",
                "local_authority": "carmarthenshire",
                "story": "We borrowed the procedure and training plan, bought four chairs, and went live in three months.",
            },
            {
                "organisation": "A home care agency in Ceredigion",
                "local_authority": "ceredigion",
                "story": "Two of our rural teams now carry a chair, which matters when the nearest ambulance can be an hour away.",
            },
        ],
    },
    {
        "author": "sarah",
        "language": "en",
        "title": "A 15-minute morning huddle for district nurses, reablement and home care",
        "summary": "Every weekday at 9.15, district nurses, the reablement team, two home care agencies and a social worker join a 15-minute call about the people they are all worried about. Problems that used to take a week of emails are sorted by lunchtime.",
        "body": """District nurses, reablement workers and home care workers were often visiting the same people on the same day and not talking to each other. Messages went by email or voicemail and got lost. A nurse would notice that someone wasn't eating; the carer had noticed the same thing three days before; nobody had joined the dots.

So we started a **daily huddle**. It's a video call at 9.15 every weekday, 15 minutes, no slides:

- Each team names up to three people they're worried about (first name and area only).
- Someone from the relevant team picks it up then and there.
- One person keeps a simple list of actions and who's doing them.
- If something can't be sorted in a minute, two people agree to talk after the call.

It sounds almost too simple. What made it work was keeping it short and keeping it every day, so that it became a habit rather than a meeting. Managers come sometimes but don't run it; a district nurse and a home care coordinator take turns chairing.

Agency staff were nervous about speaking up in front of nurses at first. That changed quickly when it was obvious their information was what people needed.""",
        "challenge_areas": ["sector-unity", "leadership"],
        "regions": ["west-wales"],
        "local_authorities": ["pembrokeshire"],
        "sector": "adults",
        "kind": "process",
        "stage": "working-well",
        "role": "enabler",
        "job_role": "senior-leader",
        "what_helped": "Agreement from the start that anyone on the call could raise anyone. Information-sharing was covered by an existing regional agreement.",
        "what_got_in_the_way": "Agency coordinators are not paid for the time by their contract. We are talking to commissioners about that.",
        "outcomes": "Over three months the huddle discussed 412 people. Teams estimate it saved around 60 emails and phone calls a week, and community nurses say they now hear about problems 2 to 3 days earlier.",
        "looking_for": [],
        "featured": False,
        "days_ago": 180,
        "adoptions": [],
    },
    {
        # The same story in Welsh, linked to the English one (translation_of).
        "author": "sarah",
        "language": "cy",
        "translation_of": "A 15-minute morning huddle for district nurses, reablement and home care",
        "title": "Cyfarfod byr 15 munud bob bore i nyrsys ardal, y tîm ailalluogi a gofal cartref",
        "summary": "Bob bore o'r wythnos am 9.15, mae nyrsys ardal, y tîm ailalluogi, dwy asiantaeth gofal cartref a gweithiwr cymdeithasol yn ymuno â galwad 15 munud am y bobl sy'n peri pryder iddyn nhw. Mae problemau a oedd yn cymryd wythnos o e-byst yn cael eu datrys erbyn cinio.",
        "body": """Roedd nyrsys ardal, gweithwyr ailalluogi a gweithwyr gofal cartref yn aml yn ymweld â'r un bobl ar yr un diwrnod heb siarad â'i gilydd. Roedd negeseuon yn mynd drwy e-bost neu neges llais ac yn mynd ar goll. Byddai nyrs yn sylwi nad oedd rhywun yn bwyta; roedd y gofalwr wedi sylwi ar yr un peth dri diwrnod ynghynt; doedd neb wedi cysylltu'r darnau.

Felly dyma ni'n dechrau **cyfarfod byr bob dydd**. Galwad fideo am 9.15 bob bore o'r wythnos yw hi, 15 munud, dim sleidiau:

- Mae pob tîm yn enwi hyd at dri pherson sy'n peri pryder iddyn nhw (enw cyntaf ac ardal yn unig).
- Mae rhywun o'r tîm perthnasol yn ymgymryd â'r mater yn y fan a'r lle.
- Mae un person yn cadw rhestr syml o gamau gweithredu a phwy sy'n eu gwneud.
- Os na ellir datrys rhywbeth mewn munud, mae dau berson yn cytuno i siarad ar ôl yr alwad.

Mae'n swnio bron yn rhy syml. Yr hyn a wnaeth iddo weithio oedd ei gadw'n fyr a'i gynnal bob dydd, fel ei fod yn troi'n arfer yn hytrach nag yn gyfarfod. Mae rheolwyr yn dod weithiau ond nid nhw sy'n ei arwain; mae nyrs ardal a chydlynydd gofal cartref yn cymryd eu tro i gadeirio.

Roedd staff asiantaeth yn nerfus ar y dechrau am siarad o flaen nyrsys. Newidiodd hynny'n gyflym pan ddaeth yn amlwg mai eu gwybodaeth nhw oedd ei hangen ar bawb.""",
        "challenge_areas": ["sector-unity", "leadership"],
        "regions": ["west-wales"],
        "local_authorities": ["pembrokeshire"],
        "sector": "adults",
        "kind": "process",
        "stage": "working-well",
        "role": "enabler",
        "job_role": "senior-leader",
        "what_helped": "Cytundeb o'r dechrau y gallai unrhyw un ar yr alwad godi pryder am unrhyw un. Roedd rhannu gwybodaeth eisoes wedi'i gynnwys mewn cytundeb rhanbarthol.",
        "what_got_in_the_way": "Dyw cydlynwyr yr asiantaethau ddim yn cael eu talu am yr amser o dan eu contract. Rydyn ni'n trafod hynny gyda chomisiynwyr.",
        "outcomes": "Dros dri mis, trafododd y cyfarfod 412 o bobl. Mae'r timau'n amcangyfrif iddo arbed tua 60 o e-byst a galwadau ffôn yr wythnos, ac mae nyrsys cymunedol yn dweud eu bod bellach yn clywed am broblemau 2 i 3 diwrnod yn gynt.",
        "looking_for": [],
        "featured": False,
        "days_ago": 178,
        "adoptions": [],
    },
    # ------------------------------------------------------------------ Powys
    {
        "author": "dafydd",
        "language": "en",
        "title": "Community connectors based in the market towns, not the council office",
        "summary": "Our community connectors now work from a library, a café and a community hall in three north Powys towns, two days a week. People drop in without a referral. Half of the people they see never need a social care assessment.",
        "body": """Powys is big, and the connectors used to work from the council office, taking referrals by phone. That meant people only met them once they'd already been passed through the front door of social services.

We moved the connectors **into the towns**. Each has a regular spot:

- the library in one town on Tuesdays,
- a café attached to the leisure centre on Wednesdays,
- a community hall that already hosts the lunch club on Thursdays.

People drop in. Some come about themselves, some about a parent, some are just curious. The connectors know what's going on locally: the walking group, the men's shed, the community transport, the volunteer who'll help with a shopping order, the farmers' support charity.

Social workers (including me) now book people in to meet the connector rather than doing a full assessment first, when what the person needs is a link to something local rather than paid care.

It's not a replacement for care when people need it. But a lot of the people coming through our door wanted company, transport or a bit of help with the garden. We were responding with assessments when they wanted a chat and a phone number.""",
        "challenge_areas": ["value", "sector-unity"],
        "regions": ["powys"],
        "local_authorities": ["powys-county"],
        "sector": "adults",
        "kind": "community",
        "stage": "working-well",
        "role": "innovator",
        "job_role": "social-worker",
        "what_helped": "Libraries and the leisure trust gave us the space for free. Our team manager agreed to count connector conversations as 'contacts' so they showed up in our figures.",
        "what_got_in_the_way": "Some local groups struggle to keep going, so connectors sometimes have nothing to link people to. Bad weather in winter keeps people away.",
        "outcomes": "In the first year connectors saw 640 people; 52% needed no further involvement from social services. Waiting time for a first contact dropped from 3 weeks to same-week.",
        "looking_for": [],
        "featured": False,
        "days_ago": 402,
        "adoptions": [
            {
                "organisation": "Community connector service, Monmouthshire",
                "local_authority": "monmouthshire",
                "story": "We set up drop-ins in two town libraries after reading this. Libraries have been brilliant partners.",
            }
        ],
    },
    {
        "author": "dafydd",
        "language": "en",
        "title": "Video assessments with the family round the kitchen table",
        "summary": "For people on remote farms, we offer the first part of an assessment by video, with family members joining from wherever they live. It saves a 90-mile round trip and means the daughter in Cardiff can be part of it. We still visit in person.",
        "body": """Some of the people I work with live an hour's drive from the office, up farm tracks that the pool car doesn't like. Their families are often spread across Wales and England. Getting everyone together for an assessment could take three weeks of phone calls.

We now offer a **video first conversation**. It's not instead of a visit; it's the first half of the assessment:

- A family member sets up a laptop or tablet on the kitchen table. If nobody can, a community connector or the district nurse brings one.
- Relatives join from home or work.
- We talk about what matters, who helps now, and what's hard.
- I then visit in person for the parts that need eyes on: the stairs, the bathroom, the yard.

It has its limits. Some people hate it, and we don't push. Broadband is poor in places, and a phone on speaker sometimes works better than video.

But the difference in the second, face-to-face visit is huge. Everyone has already had their say, so I'm not hearing it for the first time, and the person doesn't have to tell their story twice.""",
        "challenge_areas": ["requirements", "risk"],
        "regions": ["powys"],
        "local_authorities": ["powys-county"],
        "sector": "adults",
        "kind": "technology",
        "stage": "trying-it-out",
        "role": "innovator",
        "job_role": "social-worker",
        "what_helped": "A team manager who let us try it with 15 people before writing any guidance. The council's IT team set up a simple link that works in any browser.",
        "what_got_in_the_way": "Broadband on some farms, and uncertainty at first about whether a video conversation 'counted' as part of a statutory assessment.",
        "outcomes": "Across the first 15 assessments we saved around 1,100 miles of driving. Time from referral to completed assessment dropped from an average of 26 days to 14.",
        "looking_for": ["advice"],
        "featured": False,
        "days_ago": 156,
        "adoptions": [],
    },
    {
        "author": "dafydd",
        "language": "en",
        "title": "A 'Yes, if…' panel for positive risk-taking",
        "summary": "When a person wants to do something that worries professionals, such as living alone again, going back to the hill or driving a quad, we take it to a fortnightly panel whose job is to find how to say yes. Practitioners feel backed rather than blamed.",
        "body": """Practitioners in our team often knew what the person wanted and thought it was reasonable, but felt they would carry the blame alone if something went wrong. So the safe answer was no, or a care home, or a package so heavy it took away the thing that mattered.

We set up a **'Yes, if…' panel**. It meets for an hour every fortnight: a senior practitioner, a team manager, an OT, and a rotating member from health or a provider. A practitioner brings a situation; the panel's question is *"What would need to be in place for us to say yes?"*

- The person's own words about what they want and what they understand about the risks go first.
- We write down the risks of saying no, not just the risks of saying yes.
- The decision and the reasoning are recorded, and the panel shares responsibility for it.
- We review each decision after three months.

Examples have included someone going back to live on their own farm with a plan agreed with neighbours, and a young man with a learning disability travelling to college by himself.

Things have gone wrong twice, neither seriously. Both times, the record showed a considered decision, and the practitioner was supported rather than blamed. That has done more for confidence than any training.""",
        "challenge_areas": ["risk", "leadership"],
        "regions": ["powys"],
        "local_authorities": ["powys-county"],
        "sector": "adults",
        "kind": "practice",
        "stage": "working-well",
        "role": "innovator",
        "job_role": "social-worker",
        "what_helped": "Our head of service said publicly, at a team meeting, that she would stand behind decisions made through the panel.",
        "what_got_in_the_way": "Some practitioners saw it as one more meeting. Keeping it to an hour with a strict format helped.",
        "outcomes": "The panel has considered 64 situations in 18 months and found a way to say yes in 51. Of those, 44 were still going well at the three-month review.",
        "looking_for": [],
        "featured": True,
        "days_ago": 333,
        "adoptions": [
            {
                "organisation": "Adult services locality team, Neath Port Talbot",
                "local_authority": "neath-port-talbot",
                "story": "We copied the format and the 'risks of saying no' column. Our first panel was in the spring and practitioners asked for it to be weekly.",
            }
        ],
    },
    {
        "author": "dafydd",
        "language": "en",
        "title": "Helping local people set up as micro-providers of care in rural Powys",
        "summary": "Where agencies can't recruit, we support local people to set up as small, independent care providers. They get help with training, insurance and paperwork, and people can pay them through direct payments. 27 micro-providers are now working.",
        "body": """In some parts of Powys, no agency will take on a package because of the distances. People waited weeks for care, or went into hospital or a care home when they didn't need to.

But there were people locally who would help: a former care worker who'd left to look after her children, a farmer's wife who'd been looking in on neighbours for years, a retired nurse. They didn't want to work for an agency.

With a local charity we set up a **micro-provider support scheme**:

- A development worker helps people through the steps: training, DBS, insurance, a simple business plan.
- Each micro-provider signs up to a quality charter and gets a visit every six months.
- They are paid by people through direct payments, or directly by the council in some cases.
- They meet every two months for peer support, cake and a moan.

Micro-providers set their own hours and choose who they work with. Most support three to eight people within a few miles of home.

It doesn't suit everyone. People with complex needs still need a team behind them. But for help with meals, shopping, company and personal care, it works.""",
        "challenge_areas": ["value", "requirements"],
        "regions": ["powys"],
        "local_authorities": ["powys-county"],
        "sector": "adults",
        "kind": "service",
        "stage": "spreading",
        "role": "innovator",
        "job_role": "social-worker",
        "what_helped": "A charity with experience of supporting small businesses. The direct payments team made it much simpler for people to pay a self-employed worker.",
        "what_got_in_the_way": "Insurance costs for sole traders, and nervousness from some colleagues about care that isn't regulated in the usual way.",
        "outcomes": "27 micro-providers now support about 140 people. In the two pilot areas, unmet care hours fell by around 60%.",
        "looking_for": ["partners"],
        "featured": False,
        "days_ago": 640,
        "adoptions": [
            {
                "organisation": "Direct payments support service, Ceredigion",
                "local_authority": "ceredigion",
                "story": "We have set up a similar development worker post and have 9 micro-providers after the first year.",
            },
            {
                "organisation": "Adult services, Isle of Anglesey",
                "local_authority": "isle-of-anglesey",
                "story": "We used the Powys quality charter as a starting point for our own, translated into Welsh.",
            },
        ],
    },
    {
        "author": "dafydd",
        "language": "en",
        "title": "A bridging team so people from Powys can leave hospitals over the border",
        "summary": "Many people from north Powys are treated in hospitals in England or in other Welsh counties. A small bridging team now provides up to two weeks of care at home from the day someone is ready to leave, while a longer-term package is arranged.",
        "body": """Powys has no large general hospital, so people are often treated in hospitals in Shropshire, Aberystwyth or Wrexham. When they're ready to go home, the ward has to find Powys care, from a distance, in a system it doesn't know. People were waiting a week or more in a hospital bed while we searched for a home care package.

We set up a small **bridging team**: six care workers and a senior, employed by the council, who can start care at home on the day of discharge.

- The hospital discharge coordinator rings one number.
- The senior agrees a start date, usually within 48 hours.
- The team provides care for up to two weeks, with a reablement focus where possible.
- During those two weeks, a social worker and the person arrange longer-term support, if it's still needed.

About a third of people don't need ongoing care after the two weeks, which surprised us. The bridging team helps them regain confidence at home, rather than people being assessed for the future while lying in a hospital bed.

The team is stretched in winter, and recruitment for it is as hard as anywhere.""",
        "challenge_areas": ["sector-unity", "risk"],
        "regions": ["powys"],
        "local_authorities": ["powys-county"],
        "sector": "adults",
        "kind": "service",
        "stage": "working-well",
        "role": "innovator",
        "job_role": "social-worker",
        "what_helped": "Funding through the regional partnership board and discharge coordinators on both sides of the border who were keen to make it work.",
        "what_got_in_the_way": "Different rules and systems in English and Welsh hospitals, and recruiting care workers willing to cover a very wide area.",
        "outcomes": "Average delay for Powys residents ready to leave hospital fell from 9 days to 3. 34% of people supported by the bridging team needed no ongoing care.",
        "looking_for": ["evidence"],
        "featured": False,
        "days_ago": 245,
        "adoptions": [],
    },
    # ------------------------------------------------------------------ West Glamorgan
    {
        "author": "catrin",
        "language": "en",
        "title": "Kitchen first: doing reablement assessments in people's own kitchens, not the hospital OT kitchen",
        "summary": "People were 'failing' kitchen assessments in an unfamiliar hospital kitchen and being sent home with more care than they needed. We now do the kitchen assessment at home within 48 hours of discharge, with a short bridging visit in between.",
        "body": """On the wards, I used to assess people making a cup of tea in the OT kitchen: a room they'd never seen, with a kettle that wasn't theirs, cups in the wrong cupboard and someone with a clipboard watching. Lots of people 'failed', and went home with four calls a day that they didn't really need.

In the reablement team we now work the other way round:

- The ward does a basic safety check only.
- Reablement workers visit on the day of discharge to make sure the person has food, heating and a drink within reach.
- Within 48 hours, an OT or a senior reablement worker does the **kitchen assessment at home**, in the person's own kitchen, making what they'd normally make.
- Goals are set from that visit, in the person's words: "make my own porridge", "get a cuppa in the afternoon without waiting".

We also have a small box of kit in the car (a kettle tipper, a perching stool, a trolley, long-handled reachers) so that we can try things on the spot.

What we see, again and again, is that people are more capable at home. Their hands know where things are.""",
        "challenge_areas": ["risk", "metrics"],
        "regions": ["west-glamorgan"],
        "local_authorities": ["swansea"],
        "sector": "adults",
        "kind": "practice",
        "stage": "working-well",
        "role": "innovator",
        "job_role": "occupational-therapist",
        "what_helped": "Ward OTs who agreed the hospital kitchen wasn't telling them what they needed to know. A team leader who let us keep a stock of small equipment in the cars.",
        "what_got_in_the_way": "Some ward staff still ask for a full kitchen assessment before discharge 'to be safe', and we have to talk it through each time.",
        "outcomes": "Planned care hours at the end of reablement fell by an average of 3.5 hours a week per person. 71% of people left reablement needing no ongoing care, up from 58%.",
        "looking_for": [],
        "featured": False,
        "days_ago": 372,
        "adoptions": [],
    },
    {
        "author": "catrin",
        "language": "en",
        "title": "Reviewing 'double-up' calls: safe single-handed care with the right equipment",
        "summary": "Many home care calls had two carers just because a hoist was involved. An OT reviewed each one with the carers and the person; with better equipment and techniques, 42% became safe with one carer, and people told us they preferred it.",
        "body": """Across Swansea, hundreds of home care calls were booked for two care workers, usually because the person used a hoist. Nobody had questioned it for years. Two carers means two people to find, delays when one is late, and less privacy for the person.

We started **single-handed care reviews**. An OT visits during a call, watches with the care workers, and talks with the person about what's comfortable. Then we look at:

- whether different equipment would help (in-bed repositioning systems, a different sling, a ceiling track hoist, a turning aid);
- techniques that one person can use safely;
- whether the person can do more themselves with the right kit.

If single-handed care is safe, we trial it for two weeks with the same carers before changing the package. If it isn't, the double-up stays. It is never forced.

The care workers' views matter most. The first reviews failed because we didn't involve them enough and they felt it was about cost. Once they were part of the assessment and could say no, things changed. Several now suggest people for review.""",
        "challenge_areas": ["value", "requirements"],
        "regions": ["west-glamorgan"],
        "local_authorities": ["swansea", "neath-port-talbot"],
        "sector": "adults",
        "kind": "practice",
        "stage": "spreading",
        "role": "innovator",
        "job_role": "occupational-therapist",
        "what_helped": "A moving and handling trainer from one of the agencies who co-delivered the training. Equipment budget that could be spent quickly.",
        "what_got_in_the_way": "Early suspicion that it was a cost-cutting exercise. Some equipment took eight weeks to arrive.",
        "outcomes": "Of 230 double-up packages reviewed, 97 (42%) moved to single-handed care, freeing around 1,900 care worker hours a month. No related injuries have been reported to people or staff.",
        "looking_for": ["partners"],
        "featured": True,
        "days_ago": 590,
        "adoptions": [
            {
                "organisation": "Occupational therapy service, Neath Port Talbot",
                "local_authority": "neath-port-talbot",
                "story": "We used Catrin's review template and ran joint training with two agencies. We're halfway through our list.",
            },
            {
                "organisation": "Community resource team, Bridgend",
                "local_authority": "bridgend",
                "story": "We started with people in extra care housing, where the equipment was easiest to fit.",
            },
        ],
    },
    {
        "author": "catrin",
        "language": "en",
        "title": "Strength and balance sessions in sheltered housing lounges, run by trained scheme staff",
        "summary": "Falls classes were at the hospital and few people went. We trained scheme managers and two tenants to run 30-minute strength and balance sessions in the residents' lounge twice a week. Attendance is steady and falls have dropped.",
        "body": """The falls prevention programme ran at a hospital outpatient department across town. For people in sheltered housing, that meant two buses or a taxi. Most people referred never went.

So we brought it to them. In four sheltered housing schemes, we trained scheme managers and two volunteer tenants in each to lead a **30-minute strength and balance session** twice a week in the residents' lounge. The session is seated and standing exercises, built up over 12 weeks, with music the group picks.

- A physiotherapist visits once a month to check technique and move people on to harder exercises.
- Each person does a simple balance test at the start and at 12 weeks.
- Sessions finish with tea, which is half the point.

Tenants leading sessions has been key. People turn up for a neighbour in a way they don't for a professional.

We did have to think about what happens if someone falls during a session. The physio wrote a short plan, and scheme staff already had first aid training. In 18 months there has been one fall during a class, without injury.""",
        "challenge_areas": ["risk", "value"],
        "regions": ["west-glamorgan"],
        "local_authorities": ["swansea"],
        "sector": "adults",
        "kind": "community",
        "stage": "working-well",
        "role": "innovator",
        "job_role": "occupational-therapist",
        "what_helped": "The housing provider agreed to count the sessions as part of scheme managers' role. The health board physios gave their time for training.",
        "what_got_in_the_way": "When a scheme manager leaves, the sessions can stop. Now each scheme has two tenant leaders so it doesn't depend on one person.",
        "outcomes": "62 regular attenders across four schemes. Falls reported in those schemes fell from 47 to 28 in a year, and 80% of people improved their balance score at 12 weeks.",
        "looking_for": [],
        "featured": False,
        "days_ago": 505,
        "adoptions": [],
    },
    {
        "author": "catrin",
        "language": "en",
        "title": "'Ask an OT' drop-in at the library",
        "summary": "Once a month an OT and a technician sit in a branch library with a table of small aids: grab rails, tap turners, bath boards. People can ask questions without a referral. Many leave with what they need and never join a waiting list.",
        "body": """Our waiting list for an OT assessment was about 14 weeks. When we looked closely, around a third of referrals were for simple things: a perching stool, a toilet frame, advice on getting in and out of the bath. People waited three months for a ten-minute conversation.

We now run an **'Ask an OT' drop-in** in a branch library on the first Tuesday of each month, 10am to 1pm:

- an OT and a technician with a table of common small aids to look at and try;
- leaflets in Welsh and English about how to buy simple items yourself;
- the option to order some items on the spot, delivered within a week;
- a proper referral for anyone who needs a home visit.

We advertised it through GP surgeries, the library, community connectors and the local paper. The first session had three people. The fifth had 31.

We had to sort out how to record drop-in conversations without a full assessment. We agreed a one-page record that only goes on the system if equipment is issued or a referral made.""",
        "challenge_areas": ["value", "requirements"],
        "regions": ["west-glamorgan"],
        "local_authorities": ["swansea"],
        "sector": "adults",
        "kind": "service",
        "stage": "trying-it-out",
        "role": "innovator",
        "job_role": "occupational-therapist",
        "what_helped": "The library staff, who promoted it and lent us a private room for longer conversations.",
        "what_got_in_the_way": "Our recording system expects every contact to be a full case. The one-page record was our workaround.",
        "outcomes": "Over eight sessions, 164 people came; 97 were fully helped at the drop-in. The OT waiting list has fallen from 14 weeks to 9.",
        "looking_for": ["advice"],
        "featured": False,
        "days_ago": 88,
        "adoptions": [],
    },
    {
        "author": "rachel",
        "language": "en",
        "title": "'What good looks like' cards: an outcome measure written with people who use services",
        "summary": "People who use day and home support helped us write 24 picture cards describing a good life in their own words. Staff use them in reviews instead of a tick-box form. Early results show richer conversations and information managers can actually use.",
        "body": """Providers in west Glamorgan told us the outcome forms they had to fill in for commissioners did not capture what mattered. Ticking "improved well-being: yes/no" told nobody anything.

Over six workshops, 19 people who use day services and home support, plus six care workers, wrote what a good week looks like. We grouped their words into 24 statements, such as:

- *I see people I like.*
- *I get out when I want to, not when the bus says.*
- *I feel safe in my home at night.*
- *Someone asks me what I think.*

Each statement became a card with a photo chosen by the group. In reviews, the person sorts cards into "going well", "not sure" and "not going well", and talks about the ones they pick. The worker records the sort and the person's own words.

Because the same 24 cards are used everywhere, managers can see patterns: for example, "I get out when I want to" is the card most often in "not going well" across two services. That has already changed how one provider plans its transport.

We're now testing whether the cards hold up over a year, and whether commissioners will accept them as outcome reporting.""",
        "challenge_areas": ["metrics", "leadership"],
        "regions": ["west-glamorgan"],
        "local_authorities": ["swansea", "neath-port-talbot"],
        "sector": "adults",
        "kind": "process",
        "stage": "trying-it-out",
        "role": "enabler",
        "job_role": "researcher",
        "what_helped": "Paying participants for their time, and a provider willing to trial the cards in live reviews.",
        "what_got_in_the_way": "The council's electronic system has no place to record a card sort, so it goes in as free text for now.",
        "outcomes": "So far used in 86 reviews. Staff say reviews take about the same time; in a short survey, 78% of people said the conversation felt more about them.",
        "looking_for": ["partners", "evidence"],
        "featured": False,
        "days_ago": 120,
        "adoptions": [],
    },
    {
        "author": "rachel",
        "language": "en",
        "title": "Monthly evidence café: frontline staff bring a question, we find the research",
        "summary": "Once a month, care workers, social workers and managers bring a practice question to an hour-long online café. Between sessions, a researcher and a librarian find what the evidence says and bring back a one-page summary.",
        "body": """Care staff often ask good questions about their work: Does a weighted blanket help with night-time restlessness? What's the evidence on visiting dogs in care homes? Is there a better way to run a handover? But they rarely have time, or access, to look at research.

We started a monthly **evidence café**, online, one hour at lunchtime:

- Anyone working in social care in the region can bring a question, big or small.
- We talk it through as a group, and people share what they've seen in practice.
- A researcher and a university librarian then spend up to a day looking for what's been published.
- At the next café we bring back a **one-page summary**: what's known, how strong it is, and what it might mean in practice.

We're honest when the answer is "not much is known". That's useful too, and sometimes it turns into a small project.

Summaries are shared openly. The most popular so far has been on **music and agitation in dementia**, which a home care team in Neath Port Talbot used to set up their playlist work.""",
        "challenge_areas": ["metrics", "leadership"],
        "regions": ["west-glamorgan"],
        "local_authorities": [],
        "sector": "both",
        "kind": "workforce",
        "stage": "working-well",
        "role": "enabler",
        "job_role": "researcher",
        "what_helped": "University library access and a regional workforce team who promoted the café to providers.",
        "what_got_in_the_way": "Care workers find it hard to get an hour at lunchtime. Recorded summaries help, but live discussion is the best bit.",
        "outcomes": "In its first year the café answered 31 questions for an average of 22 attendees a month, around half from care providers.",
        "looking_for": ["funding"],
        "featured": False,
        "days_ago": 260,
        "adoptions": [],
    },
    {
        "author": "lee",
        "language": "en",
        "title": "A buddy for every new home care worker for their first 12 weeks",
        "summary": "New starters in our agency now get an experienced buddy who shadows them, rings them after their first solo calls and meets them for a coffee every fortnight. We used to lose a third of new starters within three months; now it is fewer than one in ten.",
        "body": """I nearly left in my first month. It wasn't the work, it was being on my own on the runs with nobody to ask. When I became a senior, I asked our manager if we could do something about it.

Every new care worker now has a **buddy** for their first 12 weeks:

- Buddies are experienced care workers who volunteer for it. They get an extra hour's pay a week and a short training session.
- The new starter shadows their buddy for at least five shifts, not just two.
- After their first solo calls, the buddy rings at the end of the shift. *How did it go? Anything worrying you?*
- They meet for a coffee every fortnight for three months, paid time.
- The buddy can tell the manager if the new person is struggling, and the new person knows that.

We try to match buddies and new starters who live near each other, so they can cover for each other later on.

It doesn't cost much. The hardest part is finding enough buddies when we're short-staffed, because the shadow shifts take experienced people off the rota.""",
        "challenge_areas": ["value", "leadership"],
        "regions": ["west-glamorgan"],
        "local_authorities": ["neath-port-talbot"],
        "sector": "adults",
        "kind": "workforce",
        "stage": "working-well",
        "role": "stakeholder",
        "job_role": "care-worker",
        "what_helped": "A manager who listened to a care worker's idea and paid for the buddy hour out of the recruitment budget.",
        "what_got_in_the_way": "Short-staffing, especially in winter, when shadow shifts are the first thing to go.",
        "outcomes": "Before the scheme, 11 of 31 new starters left within three months. In the 18 months since, 3 of 34 have.",
        "looking_for": [],
        "featured": False,
        "days_ago": 199,
        "adoptions": [
            {
                "organisation": "A home care provider in Swansea",
                "local_authority": "swansea",
                "story": "We've introduced buddies for our night team first and it's made a big difference to confidence.",
            }
        ],
    },
    {
        "author": "lee",
        "language": "en",
        "title": "Personal playlists made with families for people living with dementia at home",
        "summary": "With families, we put together playlists of songs that mean something to people we support who are living with dementia, on a cheap speaker in their home. We play them during personal care and at teatime. People are calmer and care is easier.",
        "body": """One gentleman I support used to get very upset during his morning wash. One day his daughter happened to have the radio on and a song by a Welsh singer he'd loved since he was young came on. He sang along and the whole visit changed.

That got me thinking. With the manager's support, our team started **personal playlists**:

- We ask families (or the person) for 20 to 30 songs that mean something: the wedding song, hymns from chapel, what they danced to at the Saturday night dance, Welsh male voice choirs, whatever it is.
- A family member or one of us puts them on a simple speaker with one big button. We bought them for £25 each with money from a local fund.
- The care plan says when to use it: during personal care, at teatime, when the person is anxious in the evening.

We keep it personal. A playlist isn't background noise; it's chosen and it's theirs.

It doesn't work for everyone. Some people find music too much, especially later in the day. We watch and ask, and the families tell us if we've got it wrong.""",
        "challenge_areas": ["value"],
        "regions": ["west-glamorgan"],
        "local_authorities": ["neath-port-talbot"],
        "sector": "adults",
        "kind": "practice",
        "stage": "working-well",
        "role": "stakeholder",
        "job_role": "care-worker",
        "what_helped": "A one-page summary from a regional evidence café showing music can help with distress, which convinced our manager. A £400 grant from a community fund.",
        "what_got_in_the_way": "Some homes have no internet, so playlists have to be loaded on to the speaker in advance.",
        "outcomes": "We now have playlists with 23 people. Care workers recorded distress during personal care on about half as many visits in the three months after as in the three months before.",
        "looking_for": [],
        "featured": False,
        "days_ago": 64,
        "adoptions": [],
    },
    {
        "author": "lee",
        "language": "en",
        "title": "A simple check-in for lone home care workers on late calls",
        "summary": "Home care workers on late calls in the valleys are often alone in the dark, with poor signal. We want a simple check-in where the worker taps 'done and safe' after the last call, and the on-call senior gets an alert if they don't.",
        "body": """On late runs, the last call can finish after 10pm. Some of our calls are up lanes and terraces where there's barely any signal. If a car broke down or something happened in a house, nobody would know until the morning.

Right now we text the on-call senior when we finish. But the senior is often asleep, the texts pile up, and it would be easy to miss one that never arrived.

**What we'd like**

- A single button on the phone app we already use: *Finished and safe*.
- If nobody presses it within 30 minutes of the last planned call, the on-call senior gets a loud alert and rings the worker.
- If that isn't answered, a second person is alerted.
- It works offline and sends when there's signal.

We've asked our app supplier, who says it's possible but it would be a paid extra. We also need to agree with the union and the staff what the app can and can't see, because nobody wants to be tracked all day.

We'd love to hear from anyone who's done this, especially in rural or valley areas.""",
        "challenge_areas": ["risk", "value"],
        "regions": ["west-glamorgan"],
        "local_authorities": ["neath-port-talbot"],
        "sector": "adults",
        "kind": "technology",
        "stage": "idea",
        "role": "stakeholder",
        "job_role": "care-worker",
        "what_helped": "The team talked about it at a staff meeting and everyone wanted it. Our manager has raised it with the directors.",
        "what_got_in_the_way": "Cost of the app add-on, and worries about tracking and privacy.",
        "outcomes": "Nothing yet. In a quick poll, 19 of 24 care workers on late runs said they sometimes feel unsafe on the last call.",
        "looking_for": ["advice", "funding"],
        "featured": False,
        "days_ago": 12,
        "adoptions": [],
    },
    # ------------------------------------------------------------------ Cwm Taf Morgannwg
    {
        "author": "owain",
        "language": "en",
        "title": "Care apprenticeships paid from day one, with the college coming to us",
        "summary": "We run an apprenticeship with a local college: apprentices are employed and paid the same as other new care workers from day one, and college tutors teach in our office. 41 apprentices have started; 33 are still with us.",
        "body": """We struggle to recruit young people into home care. When we asked sixth-formers why, they said care looked like a job for people who'd run out of options, with no qualification at the end and no path anywhere.

So we built an **apprenticeship** with the local further education college:

- Apprentices are employed by us from day one, on the same hourly rate as other new care workers, plus paid time for study.
- The college tutor teaches in our training room one morning a fortnight, so apprentices don't have to travel.
- Each apprentice has a workplace mentor (an experienced senior) and a clear route: care worker, senior, coordinator or, with support, on to social work or nursing.
- They work shorter runs at first, with more shadowing.

It took a lot of work to line up what the college needed with what our rota could cope with. We had to accept that apprentices aren't "full" care workers for the first three months, which has a real cost.

Two of our first apprentices are now seniors, and one has started a social work degree part-time. Their stories are our best recruitment.""",
        "challenge_areas": ["value", "requirements"],
        "regions": ["cwm-taf-morgannwg"],
        "local_authorities": ["rhondda-cynon-taf", "merthyr-tydfil"],
        "sector": "adults",
        "kind": "workforce",
        "stage": "spreading",
        "role": "enabler",
        "job_role": "learning-development-lead",
        "what_helped": "A college head of department who was keen to teach off-site, and apprenticeship funding that covered the qualification costs.",
        "what_got_in_the_way": "The qualification framework changed during our second year, and a few apprentices had to switch units mid-way.",
        "outcomes": "41 apprentices in three years; 33 are still with us, compared with around half of non-apprentice new starters after a year.",
        "looking_for": ["partners"],
        "featured": False,
        "days_ago": 680,
        "adoptions": [
            {
                "organisation": "A home care provider in Bridgend",
                "local_authority": "bridgend",
                "story": "We set up a similar arrangement with a college campus in Bridgend, starting with six apprentices.",
            }
        ],
    },
    {
        "author": "owain",
        "language": "en",
        "title": "Induction on your phone: short videos new care workers can watch when it suits them",
        "summary": "We replaced three classroom days of induction with 40 short videos on phones, plus two practical days. New starters learn at their own pace and between calls, and we can get them out on shadow shifts a week earlier.",
        "body": """Our induction was five days in a training room, much of it people reading slides aloud. New starters were bored, often couldn't get childcare for five whole days, and forgot most of it by their first shift.

We kept the parts that have to be hands-on (moving and handling, first aid, medication practice), which now take **two days** in the training room. Everything else became **40 short videos**, each two to five minutes, filmed by our own staff on a phone:

- how to use the rota and care notes app;
- what to do if you can't get an answer at the door;
- food hygiene in someone else's kitchen;
- what dignity looks like during personal care (acted out by staff, not people we support);
- how to speak to a family member who is upset.

Each video has three quick questions at the end. New starters can watch on the bus, at home or between shadow shifts, and in Welsh or English for most topics.

Making our own videos was more fun than we expected. People recognise the faces when they start, which helps. The downside is keeping them up to date when procedures change.""",
        "challenge_areas": ["requirements", "value"],
        "regions": ["cwm-taf-morgannwg"],
        "local_authorities": ["rhondda-cynon-taf"],
        "sector": "adults",
        "kind": "technology",
        "stage": "working-well",
        "role": "enabler",
        "job_role": "learning-development-lead",
        "what_helped": "Staff who were willing to be filmed, and a learning platform we already paid for that could host video.",
        "what_got_in_the_way": "Checking that the videos met the requirements of the all-Wales induction framework took several conversations.",
        "outcomes": "Time from start date to first shadow shift dropped from 8 days to 3. In the first year, 92% of new starters completed the videos within two weeks.",
        "looking_for": [],
        "featured": False,
        "days_ago": 424,
        "adoptions": [],
    },
    {
        "author": "owain",
        "language": "en",
        "title": "Group supervision circles for home care workers",
        "summary": "One-to-one supervision every three months wasn't giving care workers what they needed. We added monthly 60-minute group supervision circles of six workers, focused on a real situation someone brings. Staff say they feel less alone.",
        "body": """Care workers told us supervision felt like a checklist: training dates, sickness, any complaints. The thing they wanted, a chance to talk through hard situations with people who get it, wasn't there.

We're trying **group supervision circles** in our Merthyr Tydfil branch:

- Six care workers and a trained facilitator (a senior or coordinator), once a month, for an hour, paid.
- One person brings a situation that's on their mind: a family who are hard to work with, someone who is refusing care, a death.
- The group asks questions first, then shares ideas. The person who brought it decides what, if anything, to take away.
- What's said stays in the room, unless there's a safeguarding concern.

The one-to-ones still happen, but are shorter and more practical.

Facilitating is a skill. We trained eight facilitators with a two-day course run by a social work lecturer, and they meet every two months to support each other.

We're six months in. Not everyone likes talking in a group; we've kept it optional for now.""",
        "challenge_areas": ["leadership", "value"],
        "regions": ["cwm-taf-morgannwg"],
        "local_authorities": ["merthyr-tydfil"],
        "sector": "adults",
        "kind": "workforce",
        "stage": "trying-it-out",
        "role": "enabler",
        "job_role": "learning-development-lead",
        "what_helped": "A branch manager who protected the hour in the rota. A local university lecturer who ran facilitator training for a reduced fee.",
        "what_got_in_the_way": "Rota pressure means circles are sometimes cancelled. Some workers were anxious about speaking in front of colleagues.",
        "outcomes": "Seven circles run monthly with 38 care workers taking part. In a short survey, 31 said they felt better supported than a year ago.",
        "looking_for": ["evidence"],
        "featured": False,
        "days_ago": 110,
        "adoptions": [],
    },
    {
        "author": "owain",
        "language": "en",
        "title": "Tea and talk after a death: making time for home care staff to grieve",
        "summary": "When someone we support dies, the care workers who knew them are invited to a paid hour with a senior, tea and cake. It was a small change that came out of a staff survey, and it has become one of the things staff value most.",
        "body": """In home care, people we've supported for years die, and often the care worker hears by text and then goes on to the next call. In our staff survey, this came up more than pay.

Now, when someone we support dies:

- The coordinator tells the regular care workers personally, by phone, not by text or the app.
- Within two weeks, those workers are invited to a **paid hour** with a senior, somewhere away from the office: a café, a park, a community centre.
- They share memories, talk about how they're feeling, and talk about whether anything could have been different, without blame.
- If the family is happy for it, staff can attend the funeral in paid time.

We give seniors a short session on how to hold these conversations, and who to call if someone is struggling more than expected.

It costs us very little: a few hours' pay and some cake. But staff tell us it's when they feel most that the organisation cares about them.""",
        "challenge_areas": ["leadership", "value"],
        "regions": ["cwm-taf-morgannwg"],
        "local_authorities": ["rhondda-cynon-taf"],
        "sector": "adults",
        "kind": "workforce",
        "stage": "working-well",
        "role": "enabler",
        "job_role": "learning-development-lead",
        "what_helped": "The staff survey gave us the evidence to act, and a hospice team shared their own approach to staff bereavement.",
        "what_got_in_the_way": "Finding the right time when people work different shifts. Sometimes we hold two sessions.",
        "outcomes": "Around 30 sessions have been held in a year. In the latest staff survey, 84% agreed 'I feel supported when someone I care for dies', up from 37%.",
        "looking_for": [],
        "featured": False,
        "days_ago": 300,
        "adoptions": [],
    },
    {
        "author": "kerry",
        "language": "en",
        "title": "Taking the office out of a children's home",
        "summary": "Our children's home had a locked office with a window onto the lounge. We turned it into a games room, moved the paperwork to a small room upstairs, and stopped wearing lanyards. The young people say it finally feels like a house.",
        "body": """The first thing young people saw when they came into our home was the office: a locked door with a glass window looking onto the lounge, staff sitting behind it with laptops. One young person described it as "the guard room". It's hard to argue with that.

So we took it out.

- The office became a **games room** with a pool table, chosen by the young people.
- Records and the medication cabinet moved to a small lockable room upstairs, out of the way.
- Staff write notes at the kitchen table, often with the young person there. We ask them what they'd like written.
- We stopped wearing lanyards and ID badges in the house. We carry ID for when we go out.
- Handovers happen in the garden office or on a walk, not behind glass.

We worried about confidentiality and about staff having nowhere to 'escape' to. In practice, staff spend more time with the young people, which is the point. The upstairs room is there when someone needs five minutes.

Inspectors asked some good questions about records and medication, and we had clear answers. It didn't cost much: a pool table and a locksmith.""",
        "challenge_areas": ["leadership", "risk"],
        "regions": ["cwm-taf-morgannwg"],
        "local_authorities": ["bridgend"],
        "sector": "children",
        "kind": "practice",
        "stage": "working-well",
        "role": "innovator",
        "job_role": "registered-manager",
        "what_helped": "Our responsible individual came to visit, sat in the old office for an hour and agreed straight away.",
        "what_got_in_the_way": "Some staff felt exposed without the office. We talked it through in team meetings and agreed where people could take a break.",
        "outcomes": "Incidents of young people damaging property fell from 22 to 8 over the following six months. In their review, all four young people said the home felt 'more normal'.",
        "looking_for": [],
        "featured": False,
        "days_ago": 230,
        "adoptions": [
            {
                "organisation": "A two-bed children's home in Rhondda Cynon Taf",
                "local_authority": "rhondda-cynon-taf",
                "story": "We moved our office upstairs and dropped lanyards in the house. The young people noticed within a day.",
            }
        ],
    },
    {
        "author": "kerry",
        "language": "en",
        "title": "Young people on the interview panel for every new member of staff",
        "summary": "Every candidate for a job in our children's home now has an interview with the young people living there, who design their own questions and have a real say in the decision. It has changed who we hire and how long they stay.",
        "body": """The adults who work in a children's home become part of young people's daily lives, but young people had no say in who they were. We changed that.

**How it works**

- Young people who want to take part get a short session on interviewing, including what they can and can't ask.
- They write their own questions. Favourites include *"What would you do if I came home late and wouldn't say where I'd been?"* and *"What's your worst cooking disaster?"*
- They interview each candidate, with a member of staff present, for 20 minutes.
- Their views go into the decision with the same weight as the formal interview. If they are strongly against a candidate, we don't appoint.
- They get a thank-you voucher for their time.

Some candidates are thrown by it. That's useful information. Others are clearly themselves with the young people in a way they aren't in the formal interview.

We've had to think about confidentiality, and about young people who are going through a hard time and don't want to join in. It is always optional.""",
        "challenge_areas": ["leadership", "value"],
        "regions": ["cwm-taf-morgannwg"],
        "local_authorities": ["bridgend"],
        "sector": "children",
        "kind": "workforce",
        "stage": "spreading",
        "role": "innovator",
        "job_role": "registered-manager",
        "what_helped": "HR were willing to change the recruitment policy, and a children's rights officer helped us design the training.",
        "what_got_in_the_way": "It makes recruitment a little slower, which is hard when you're short of staff.",
        "outcomes": "Of 14 staff appointed since we started, 12 are still in post after a year, compared with 7 of the 14 appointed before.",
        "looking_for": [],
        "featured": False,
        "days_ago": 470,
        "adoptions": [
            {
                "organisation": "Children's residential services, Cardiff",
                "local_authority": "cardiff",
                "story": "Young people now sit on panels in two of our homes. They asked for their own feedback form, which we've added.",
            },
            {
                "organisation": "Fostering service, Torfaen",
                "local_authority": "torfaen",
                "story": "Children in foster care now help interview new social workers. We borrowed Kerry's question sheet.",
            },
        ],
    },
    {
        "author": "kerry",
        "language": "en",
        "title": "A visiting therapy dog in our children's home",
        "summary": "A trained therapy dog and her handler visit our children's home every week. We had to work through allergies, fears and a risk assessment, but the young people look forward to the visit and some talk more easily with a dog in the room.",
        "body": """Several of our young people had pets before coming into care, and they missed them badly. Having our own dog wasn't practical, but a local charity offered a trained **therapy dog** and handler.

Before the first visit, we:

- talked to each young person about whether they wanted it, and agreed that anyone could opt out and stay in another room;
- checked allergies and fears, and agreed which rooms the dog would use;
- wrote a risk assessment with the charity, covering hygiene, what happens if a young person is upset, and how the dog is cared for;
- told social workers and families.

The visits are an hour on Wednesday evenings. Young people walk the dog, groom her and sometimes just sit with her. One young person who rarely spoke to staff started chatting to the handler about dogs and, over weeks, about other things too.

Not everything has gone to plan. One visit was cut short when a young person became very distressed for unrelated reasons and the dog became unsettled. We learned to check in with the house before the handler arrives.""",
        "challenge_areas": ["risk", "value"],
        "regions": ["cwm-taf-morgannwg"],
        "local_authorities": ["bridgend"],
        "sector": "children",
        "kind": "practice",
        "stage": "trying-it-out",
        "role": "innovator",
        "job_role": "registered-manager",
        "what_helped": "A therapy dog charity with its own insurance and experience of schools. Staff who love dogs.",
        "what_got_in_the_way": "Placing authorities had lots of questions about risk, and one social worker was reluctant at first.",
        "outcomes": "26 visits so far. All four young people have chosen to take part at least sometimes, and staff have noted the evening after a visit is usually calmer.",
        "looking_for": ["evidence"],
        "featured": False,
        "days_ago": 51,
        "adoptions": [],
    },
    {
        "author": "kerry",
        "language": "en",
        "title": "A private digital memory box for young people in care",
        "summary": "Young people in our home keep photos, certificates, voice notes and messages in a secure digital memory box they control, so their memories move with them if they move placement. We're trying it with three young people.",
        "body": """Young people who move between placements often lose things: the photos from a school trip, a certificate, a birthday card from a grandparent. Life story work happens, but often in a folder kept by the social worker, and it can stop when a placement ends.

We're trying a **digital memory box**: a secure online space that belongs to the young person.

- The young person decides what goes in and who can see it.
- Staff help them add photos from days out, school reports, certificates and voice notes.
- Family members can send in photos, with the social worker's agreement.
- If the young person moves, the box goes with them. They keep access after they leave care.

We chose a product built for this purpose, with parental-control style settings and a clear privacy policy. We checked it with the council's data protection officer before starting.

It's early. The young people love adding to it, but one found old photos upsetting and we had to slow down and involve her social worker. We're learning that staff need support to do this kind of memory work well, not just a login.""",
        "challenge_areas": ["value", "risk"],
        "regions": ["cwm-taf-morgannwg"],
        "local_authorities": ["bridgend"],
        "sector": "children",
        "kind": "technology",
        "stage": "trying-it-out",
        "role": "innovator",
        "job_role": "registered-manager",
        "what_helped": "A data protection officer who was constructive, and a small grant from a children's charity for the first year's licences.",
        "what_got_in_the_way": "Agreeing who can upload what took a long time. Some placing authorities have different rules.",
        "outcomes": "Three young people are using it, with over 400 items added in four months. Two have asked for their siblings to be able to join.",
        "looking_for": ["partners", "advice"],
        "featured": False,
        "days_ago": 30,
        "adoptions": [],
    },
    # ------------------------------------------------------------------ Cardiff and Vale
    {
        "author": "aisha",
        "language": "en",
        "title": "Family group conferences offered before, not after, the pre-proceedings letter",
        "summary": "We now offer every family a family group conference as soon as we start worrying about a child's safety, rather than as a last step before court. Wider family come up with their own plan first. Fewer children are entering care through proceedings.",
        "body": """Family group conferences (FGCs) aren't new. But in our team they tended to happen late, once the pre-proceedings letter had gone out, when relationships were already strained and everyone was frightened.

We moved them **earlier**. Now, as soon as a child protection plan or serious concern is on the table, the family is offered an FGC with an independent coordinator:

- The coordinator meets the parents and helps them think about who is in their wider circle: grandparents, aunts, family friends, neighbours, people from the mosque or the chapel.
- There is a short information session where social workers explain the worries in plain language.
- Then the family has **private time** on their own to make a plan.
- We agree the plan unless it leaves the child unsafe, and we say clearly why if we can't.

Families often surprise us. A great-aunt offers weekends. A neighbour agrees to do the school run. The plan is theirs, so they stick to it.

It takes more time early on, and coordinators are stretched. But we spend less time later on crisis meetings and court work, and children stay with people they know.""",
        "challenge_areas": ["risk", "value"],
        "regions": ["cardiff-and-vale"],
        "local_authorities": ["cardiff"],
        "sector": "children",
        "kind": "practice",
        "stage": "spreading",
        "role": "innovator",
        "job_role": "social-worker",
        "what_helped": "A service manager who protected the FGC coordinators' budget during a difficult year. Independent coordinators who families trusted because they weren't social workers.",
        "what_got_in_the_way": "The waiting list for a coordinator reached six weeks at one point. Some colleagues still see FGCs as 'extra' rather than central.",
        "outcomes": "In the two years since the change, 61% of families offered an early FGC made a plan that avoided proceedings, compared with 38% when FGCs were offered later.",
        "looking_for": ["evidence"],
        "featured": False,
        "days_ago": 560,
        "adoptions": [
            {
                "organisation": "Children's services, Vale of Glamorgan",
                "local_authority": "vale-of-glamorgan",
                "story": "We've moved our FGC referral point earlier for families on child protection plans, using the same coordinator model.",
            }
        ],
    },
    {
        "author": "aisha",
        "language": "en",
        "title": "A key worker and a 'starter box' for care leavers moving into their first flat",
        "summary": "Young people leaving care were moving into bare flats, alone, on a Friday. Now a key worker helps them plan the move, they choose items for a starter box, and someone visits daily for the first week. Fewer first tenancies are breaking down.",
        "body": """Care leavers told us the first weeks in their own flat were the loneliest of their lives. Keys handed over on a Friday afternoon, an empty kitchen, no wi-fi, and nobody around until Monday.

With our leaving care team and a local housing association, we're trying a different approach:

- A **named key worker** starts planning the move with the young person eight weeks ahead, not two.
- The young person chooses a **starter box** from a list, within a budget: pans, bedding, towels, cleaning stuff, a toaster, a lamp. Some choose a games console instead of a second set of towels, and that's their choice.
- Moves happen early in the week, never on a Friday.
- The flat has wi-fi connected on day one, paid for the first three months.
- Someone (key worker, personal adviser or a trained volunteer) visits or calls every day for the first week, then twice a week for a month.

We also run a monthly drop-in tea for care leavers in their own flats, where the biggest topic is usually bills.

We're a year in with 19 young people. It hasn't worked for everyone. Two tenancies have ended, one because of a relationship that the young person later said wasn't safe.""",
        "challenge_areas": ["value", "requirements"],
        "regions": ["cardiff-and-vale"],
        "local_authorities": ["cardiff"],
        "sector": "children",
        "kind": "service",
        "stage": "trying-it-out",
        "role": "innovator",
        "job_role": "social-worker",
        "what_helped": "A housing association that agreed to hand over keys on Mondays and help set up wi-fi. Care-experienced young people who designed the starter box list.",
        "what_got_in_the_way": "Procurement rules for buying starter box items. We now use a prepaid card instead.",
        "outcomes": "17 of 19 first tenancies are still going after six months, compared with about two thirds before. Young people rated the first week 8 out of 10 on average.",
        "looking_for": ["funding", "partners"],
        "featured": False,
        "days_ago": 175,
        "adoptions": [],
    },
    {
        "author": "aisha",
        "language": "en",
        "title": "Writing children's records to the child, in plain language",
        "summary": "Many care-experienced adults read their files and find them cold and full of jargon. Our team now writes case notes and assessments addressed to the child, as if they'll read them one day, because they might. It has changed how we think, too.",
        "body": """Care-experienced adults who request their files often tell us how hurtful they are to read: "Mother presented as hostile", "child was placed", "contact was terminated". They are reading about their own childhood, written as if about a stranger.

Our team decided to write **to the child**:

- *"You came to live with your foster carers on a rainy Tuesday. You brought your blue rabbit and you were very quiet in the car."*
- *"Your mum was upset at the meeting today. She loves you and she's finding it really hard to stop drinking."*

We still record facts, worries and decisions clearly, because records have to be accurate and stand up in court. But we avoid jargon, explain why decisions were made, and write as if the child is reading over our shoulder.

We ran four short workshops with examples and rewrites. Care-experienced young people read anonymised notes and told us which ones hurt and which helped. That was the most powerful part.

The hardest part is time. Some colleagues feel it takes longer. Most say it gets quicker, and that it makes them think more carefully about what they're writing and why.""",
        "challenge_areas": ["requirements", "leadership"],
        "regions": ["cardiff-and-vale"],
        "local_authorities": ["cardiff", "vale-of-glamorgan"],
        "sector": "children",
        "kind": "practice",
        "stage": "spreading",
        "role": "innovator",
        "job_role": "social-worker",
        "what_helped": "Care-experienced young people who were willing to read and comment on real (anonymised) notes. A principal social worker who championed it.",
        "what_got_in_the_way": "Legal colleagues were wary at first; we agreed guidance on what must still be recorded for court.",
        "outcomes": "Four teams across Cardiff and the Vale now use the approach. In an audit of 60 records, 85% met our plain-language standard, up from 20%.",
        "looking_for": [],
        "featured": True,
        "days_ago": 410,
        "adoptions": [
            {
                "organisation": "Children's services, Vale of Glamorgan",
                "local_authority": "vale-of-glamorgan",
                "story": "Two of our teams took part in the workshops and now write to the child. We've added it to our induction for new social workers.",
            }
        ],
    },
    {
        "author": "aisha",
        "language": "en",
        "title": "Young people rewrite the letters children's services send out",
        "summary": "A youth advisory group of care-experienced young people rewrote 12 standard letters from children's services: invitations to reviews, meeting outcomes, changes of social worker. The new letters are shorter, kinder and clearer, and more young people come to their reviews.",
        "body": """A young person once showed me a letter we'd sent her inviting her to her own review. It began: "In accordance with the Care Planning, Placement and Case Review Regulations…" She was 13.

Our youth advisory group, eight care-experienced young people who meet monthly, agreed to look at our standard letters. Over four sessions they rewrote twelve of them:

- Invitation to your review
- What was decided at your review
- Your social worker is changing
- Information about your rights and an advocate

Their rules were simple: say who it's from, say why, say what happens next, and say who to ring. No legal references in the body of the letter; these go on the back for anyone who wants them. Use "you", not "the child".

They also asked for the letters to be sent by text or email if the young person preferred, and for a photo of the social worker on the "your social worker is changing" letter.

The group were paid for their time, and their names (with permission) are on the letters as co-authors. They're very proud of that.""",
        "challenge_areas": ["leadership", "requirements"],
        "regions": ["cardiff-and-vale"],
        "local_authorities": ["cardiff"],
        "sector": "children",
        "kind": "process",
        "stage": "working-well",
        "role": "innovator",
        "job_role": "social-worker",
        "what_helped": "A business support manager who could change letter templates in the system quickly. An independent reviewing officer who joined the sessions.",
        "what_got_in_the_way": "Some letter templates are generated by the national case management system and were harder to change.",
        "outcomes": "Attendance by young people at their own reviews rose from 46% to 63% in the year after the new invitations were introduced.",
        "looking_for": [],
        "featured": False,
        "days_ago": 140,
        "adoptions": [],
    },
    {
        "author": "aisha",
        "language": "en",
        "title": "Paying care-experienced young adults to mentor younger children in care",
        "summary": "We want to employ care-experienced young adults, part-time and properly paid, as peer mentors for children in care aged 11 to 15. We are looking for a partner organisation to host the posts and for help with safer recruitment.",
        "body": """When we ask care-experienced young adults what would have helped them, one answer comes up again and again: someone who had been through it, who wasn't a professional, and who wasn't going to leave when their job changed.

**The idea**

- Recruit six care-experienced young adults aged 19 to 25 as **paid peer mentors**, 10 to 15 hours a week.
- Each mentors two or three children in care aged 11 to 15, doing ordinary things together: football, the cinema, the library, learning the bus routes.
- Mentors get training, regular supervision and a clear route into further work or study.
- Children choose whether they want a mentor, and can change.

We think this could be hosted by a third sector organisation in the Vale of Glamorgan, with the council funding the posts, so mentors aren't seen as 'the council'.

There are real questions to work through: safer recruitment for people who may have old convictions from their time in care; boundaries when mentors and children may know each other from placements; and making sure the mentors are supported when things get difficult. We'd like to hear from anyone who has done something similar.""",
        "challenge_areas": ["value", "risk"],
        "regions": ["cardiff-and-vale"],
        "local_authorities": ["vale-of-glamorgan"],
        "sector": "children",
        "kind": "workforce",
        "stage": "idea",
        "role": "innovator",
        "job_role": "social-worker",
        "what_helped": "The idea came from our youth advisory group, and two of its members are helping to design it.",
        "what_got_in_the_way": "Funding is not yet agreed, and HR policies were written with traditional roles in mind.",
        "outcomes": "Not started. 14 care-experienced young adults have said they'd be interested in applying.",
        "looking_for": ["partners", "funding", "advice"],
        "featured": False,
        "days_ago": 19,
        "adoptions": [],
    },
    {
        "author": "rachel",
        "language": "en",
        "title": "What happens when a toddler group meets in a care home: an evaluation in the Vale",
        "summary": "A parent-and-toddler group has met weekly in a 40-bed care home in the Vale of Glamorgan for two years. We evaluated it with residents, staff and parents. Residents' mood and staff morale improved, and parents found a friendly place to go.",
        "body": """A care home in the Vale of Glamorgan invited a local toddler group to move its weekly session into the home's lounge after the church hall it used closed. Two years on, the home asked us to help them understand what difference it made.

We used a light-touch evaluation over six months:

- short observations of mood and engagement during sessions and on other days;
- interviews with 11 residents, 9 staff and 14 parents;
- the home's own records of activity participation and incidents.

**What we found**

- Residents were noticeably more engaged on toddler group mornings, including several who rarely joined other activities.
- Staff described Thursdays as "the best day of the week" and said it reminded them why they chose care work.
- Parents, many new to the area, valued a warm, free place to go and said their children became more confident with older people.
- There were practical challenges: noise for some residents, space for buggies, and keeping hand hygiene routines going.

The home has kept it simple. No formal programme, just a shared space, toys, tea and conversation. That simplicity seems to be part of why it works.""",
        "challenge_areas": ["value", "metrics"],
        "regions": ["cardiff-and-vale"],
        "local_authorities": ["vale-of-glamorgan"],
        "sector": "both",
        "kind": "community",
        "stage": "working-well",
        "role": "enabler",
        "job_role": "researcher",
        "what_helped": "A registered manager who was curious rather than defensive, and parents who were happy to be interviewed with toddlers on their laps.",
        "what_got_in_the_way": "It was hard to separate the effect of the group from other changes in the home during the same period.",
        "outcomes": "Engagement scores on toddler group days were on average 40% higher than on other days. 12 of 14 parents said they would recommend it to others.",
        "looking_for": ["partners"],
        "featured": False,
        "days_ago": 345,
        "adoptions": [
            {
                "organisation": "A residential home in Cardiff",
                "local_authority": "cardiff",
                "story": "We read the evaluation and invited a Welsh-medium cylch meithrin to meet in our home on Tuesday mornings.",
            }
        ],
    },
    # ------------------------------------------------------------------ Gwent
    {
        "author": "nia",
        "language": "en",
        "title": "Paying home care providers for outcomes in a patch, not by the minute",
        "summary": "We changed our home care contracts in two areas of Newport from paying per minute of each call to paying providers a set amount for a patch of people, with outcomes agreed with each person. Providers can now adjust visits without asking us.",
        "body": """Our old home care contracts paid providers for each minute of each planned call. If someone wanted their call moved or shortened one day and lengthened the next, the provider had to ask us, and we had to approve it. Care workers rushed, providers lost money on travel, and people got care at times that suited the rota rather than them.

In two areas of the city, we changed to **patch-based outcome contracts**:

- Each provider is paid a set weekly amount to support the people in their patch, based on the hours we'd expect over a year.
- Each person has three or four outcomes, in their own words, agreed with their social worker and the provider.
- The provider can change when, how long and how often visits happen, as long as the outcomes are met and the person agrees.
- We review outcomes every quarter with the person, not the number of minutes delivered.

Getting there meant rewriting the contract, the monitoring and our payment system. Our finance colleagues were very nervous about paying without minute-by-minute evidence. We agreed an open-book review every six months.

It isn't perfect, but providers and care workers say they feel trusted, and people say care fits their lives better.""",
        "challenge_areas": ["requirements", "metrics", "value"],
        "regions": ["gwent"],
        "local_authorities": ["newport"],
        "sector": "adults",
        "kind": "process",
        "stage": "working-well",
        "role": "enabler",
        "job_role": "commissioner",
        "what_helped": "Two providers willing to pilot it and share their figures openly. A head of service who took the risk to finance.",
        "what_got_in_the_way": "Our payment system only understood hours. We had to create a workaround with manual invoices for the first year.",
        "outcomes": "In the pilot patches, care worker turnover fell from 34% to 21%, and 88% of outcomes reviewed were rated met or partly met by people themselves. Spend stayed within 2% of the previous model.",
        "looking_for": ["evidence", "partners"],
        "featured": False,
        "days_ago": 460,
        "adoptions": [
            {
                "organisation": "Adult services commissioning, Torfaen",
                "local_authority": "torfaen",
                "story": "We are piloting a patch-based contract in one part of Pontypool, using Newport's outcome review template.",
            }
        ],
    },
    {
        "author": "nia",
        "language": "en",
        "title": "Writing the supported living tender with providers, not for them",
        "summary": "Before our supported living tender, we ran five open workshops with providers, people who use services and families to write the specification together. The tender attracted more bids, and the questions were about quality, not just price.",
        "body": """Our previous supported living tender was written by the commissioning team, in the office, from the old one. Providers told us afterwards it was full of requirements that didn't reflect how good support works, and that price decided everything.

This time, we ran **five open workshops** before writing a word:

1. What good support looks like, led by people who use supported living and their families.
2. Staffing and pay: what it really costs to recruit and keep good staff.
3. Technology and night support.
4. How we'll measure quality, with providers and a researcher.
5. A read-through of the draft specification.

Any provider could come, whether or not they planned to bid. Procurement colleagues came to every session to check we were within the rules.

Some things we changed as a result:

- Quality was weighted at 70% and price at 30%.
- Bidders had to describe how they involve people in recruiting staff.
- We set a minimum hourly rate for support workers' pay.
- Monitoring focuses on what people say about their lives, not just hours delivered.

Workshops took time, about three months. But the tender process itself was smoother because nobody was surprised.""",
        "challenge_areas": ["sector-unity", "leadership", "requirements"],
        "regions": ["gwent"],
        "local_authorities": ["newport"],
        "sector": "adults",
        "kind": "process",
        "stage": "spreading",
        "role": "enabler",
        "job_role": "commissioner",
        "what_helped": "Procurement colleagues who were part of the process from the start, and a self-advocacy group who co-facilitated the first workshop.",
        "what_got_in_the_way": "Small providers found it hard to release staff for five workshops. We recorded sessions and accepted written comments.",
        "outcomes": "The tender attracted 14 bids (up from 6). Two years on, provider satisfaction with the contract is 4.1 out of 5 in our annual survey.",
        "looking_for": [],
        "featured": False,
        "days_ago": 620,
        "adoptions": [
            {
                "organisation": "Learning disability commissioning, Monmouthshire",
                "local_authority": "monmouthshire",
                "story": "We ran three co-design workshops before our day opportunities tender, based on Newport's approach.",
            }
        ],
    },
    {
        "author": "nia",
        "language": "en",
        "title": "An open-book conversation about the real cost of home care",
        "summary": "Three Gwent councils and 11 home care providers shared their real costs, from travel time to training and sick pay, in a facilitated open-book exercise. It's early, but we now have agreed figures to argue from instead of suspicion on both sides.",
        "body": """Every year, the fee-setting process for home care went the same way: councils offered an uplift, providers said it wasn't enough, and each side suspected the other of hiding something.

This year, Newport, Caerphilly and Torfaen tried something different. We invited home care providers to an **open-book exercise**, run by an independent facilitator:

- Providers shared anonymised breakdowns of their costs: pay, travel time and mileage, training, supervision, sick pay, management, insurance, technology.
- Councils shared what they spend and the pressures on their budgets.
- The facilitator produced an agreed model of what an hour of home care actually costs to deliver, with ranges.

Eleven providers took part, from small local agencies to a large national one. Some were reluctant to show their figures; the facilitator handled the data so that no council saw any single provider's costs.

The honest outcome: the model showed a gap between what it costs and what we pay. We haven't closed it. But we now agree on the size of it, and that changes the conversation we have with our own finance teams and councillors.""",
        "challenge_areas": ["value", "sector-unity"],
        "regions": ["gwent"],
        "local_authorities": ["newport", "caerphilly", "torfaen"],
        "sector": "adults",
        "kind": "process",
        "stage": "trying-it-out",
        "role": "enabler",
        "job_role": "commissioner",
        "what_helped": "An independent facilitator trusted by both sides, and a regional partnership that paid for it.",
        "what_got_in_the_way": "Providers' fear that sharing costs would be used against them, and councils' budget timetables, which don't leave much room to act on new information.",
        "outcomes": "11 providers and 3 councils agreed a shared cost model. Travel time was identified as the biggest unfunded cost, about 18% of each care hour.",
        "looking_for": ["advice"],
        "featured": False,
        "days_ago": 90,
        "adoptions": [],
    },
    {
        "author": "nia",
        "language": "en",
        "title": "Care recruitment pop-ups in supermarkets, with care workers doing the talking",
        "summary": "Providers in Caerphilly and Blaenau Gwent now run joint recruitment stalls in supermarket foyers on pay day, staffed by care workers rather than HR. People can have an informal chat, and interviews are arranged on the spot.",
        "body": """Our provider forum kept saying the same thing: recruitment adverts don't work, job fairs attract the same few people, and most good care workers came in because they knew someone who did it.

So we tried taking care work to where people are. Five providers and the council's workforce team now run **joint recruitment pop-ups** in supermarket foyers, usually on a Thursday and Friday at the end of the month:

- A table, a banner and free tea. No glossy brochures.
- The people at the stall are **care workers**, not managers, paid for their time. They talk about their day honestly, including the hard bits.
- Anyone interested can book an informal interview on a tablet, with whichever provider works nearest their home.
- We share leads fairly between providers, by postcode.

It works partly because people in supermarkets are often already doing caring roles for family, or work in retail and want something different. Lots of retail workers already have the customer skills we need.

Supermarkets have been very willing. The main challenge is getting providers to treat each other as partners, not competitors, for the day.""",
        "challenge_areas": ["value", "sector-unity"],
        "regions": ["gwent"],
        "local_authorities": ["caerphilly", "blaenau-gwent"],
        "sector": "adults",
        "kind": "workforce",
        "stage": "spreading",
        "role": "enabler",
        "job_role": "commissioner",
        "what_helped": "Supermarket managers who gave us space for free. Care workers who were natural at talking about their job.",
        "what_got_in_the_way": "Some providers didn't follow up leads quickly enough, and we lost people. We now agree a 48-hour follow-up.",
        "outcomes": "Across 16 pop-ups, 410 conversations led to 96 interviews and 51 people starting work in care. Around 70% were still in post after six months.",
        "looking_for": [],
        "featured": False,
        "days_ago": 215,
        "adoptions": [
            {
                "organisation": "A home care provider in Merthyr Tydfil",
                "local_authority": "merthyr-tydfil",
                "story": "We ran our first supermarket pop-up with two other providers and had 23 conversations in one afternoon.",
            }
        ],
    },
    {
        "author": "nia",
        "language": "en",
        "title": "From a day centre to days out: an allotment, a café and a walking group",
        "summary": "A Caerphilly day centre for adults with learning disabilities is moving to community-based day opportunities, chosen by the people who use it. An allotment, a café shift and a walking group are the most popular. We changed the contract to allow it.",
        "body": """The day centre had served the same group of adults with learning disabilities for years. Many enjoyed it, but when we asked people what they'd like to do, their answers were about being out in the community: growing vegetables, working in a café, walking, swimming.

We worked with the provider and the people using the service to change what the contract paid for. Instead of a number of places in a building, it now pays for **hours of day opportunities**, with the building as a base, not a destination.

Now people choose from:

- a shared **allotment** plot, with a gardening volunteer two days a week;
- a weekly shift at a community café, with a job coach;
- a walking group that uses local routes and ends with lunch out;
- sessions back at the centre for people who prefer them.

There have been bumps. Transport is the biggest problem. Some families worried about losing the security of the building, and a few people did want to stay in the centre full-time, so they can.

We're nine months in. The allotment has produced more courgettes than anyone knows what to do with.""",
        "challenge_areas": ["value", "requirements"],
        "regions": ["gwent"],
        "local_authorities": ["caerphilly"],
        "sector": "adults",
        "kind": "service",
        "stage": "trying-it-out",
        "role": "enabler",
        "job_role": "commissioner",
        "what_helped": "The provider's staff, who were enthusiastic, and a local allotment society that offered a plot at a reduced rent.",
        "what_got_in_the_way": "Transport costs and availability, and a contract variation process that took longer than the change itself.",
        "outcomes": "Of 28 people using the service, 22 now spend at least half their time out in the community. Two have started volunteering independently.",
        "looking_for": ["advice"],
        "featured": False,
        "days_ago": 160,
        "adoptions": [],
    },
    {
        "author": "nia",
        "language": "en",
        "title": "Using school minibuses in the middle of the day for community transport",
        "summary": "School minibuses in the valleys sit idle between 9.30am and 3pm, while people who use day opportunities can't get to them. We want to test sharing them, with trained drivers, in Blaenau Gwent and Caerphilly.",
        "body": """Transport is the single biggest barrier to people getting to day opportunities, health appointments and community activities in the northern valleys. Taxis are expensive. Community transport schemes have waiting lists. The bus network has thinned.

Meanwhile, schools have minibuses that are used at the start and end of the day and then sit in the car park.

**The idea**

- Identify schools in Blaenau Gwent and Caerphilly that are willing to share their minibuses between 9.30am and 2.30pm on certain days.
- Use drivers from the community transport scheme, who already have the right licences and training.
- Prioritise trips for day opportunities, carers' groups and lunch clubs.
- Share costs (fuel, insurance, wear and tear) fairly between the council's social care and education budgets.

We've had encouraging conversations with two head teachers and the community transport scheme. The questions we haven't answered are about insurance, vehicle permits, and what happens if a bus breaks down and isn't back for the afternoon school run.

We'd like to hear from anyone who has shared vehicles across departments, or across public services.""",
        "challenge_areas": ["requirements", "sector-unity"],
        "regions": ["gwent"],
        "local_authorities": ["blaenau-gwent", "caerphilly"],
        "sector": "adults",
        "kind": "community",
        "stage": "idea",
        "role": "enabler",
        "job_role": "commissioner",
        "what_helped": "Head teachers who see their schools as part of the community. A community transport manager who has done vehicle sharing before.",
        "what_got_in_the_way": "Insurance and permits, and different budget holders who each need to agree.",
        "outcomes": "Not tested yet. Two schools have said they could release a minibus on two days a week.",
        "looking_for": ["advice", "permission"],
        "featured": False,
        "days_ago": 35,
        "adoptions": [],
    },
    {
        "author": "sarah",
        "language": "en",
        "title": "A £500 'just try it' fund for frontline staff in our integrated teams",
        "summary": "Any member of our health and social care community teams can apply for up to £500 to try a small idea, with a one-page form and a decision in a week. 38 ideas were funded in the first year, from a lending library of reading glasses to a men's breakfast club.",
        "body": """Staff kept telling us they had ideas but didn't know who to ask or how. Anything involving money meant a business case, a panel and months of waiting. Most ideas just died.

So we set aside £20,000 for a **'just try it' fund**:

- Anyone in the integrated community teams can apply: care workers, nurses, OTs, admin staff, social workers.
- The form is one page: what's the problem, what do you want to try, what will you need, how will you know if it's worked.
- A small panel, including two frontline staff, meets weekly and gives an answer within seven days.
- Up to £500 per idea. Failure is fine; we just ask people to tell us what happened.

Some of the ideas funded:

- a box of reading glasses in different strengths for district nurses to lend, because people couldn't read their own care plans;
- a monthly breakfast club for older men, run by a community nurse and a care worker;
- laminated picture cards in Welsh and English for people with communication needs;
- a bag of activities for care workers visiting people living with dementia.

Not all of them worked, but the fund has changed how people talk about ideas in our teams.""",
        "challenge_areas": ["leadership", "risk"],
        "regions": ["west-wales"],
        "local_authorities": ["pembrokeshire"],
        "sector": "adults",
        "kind": "process",
        "stage": "working-well",
        "role": "enabler",
        "job_role": "senior-leader",
        "what_helped": "A finance manager who helped us set up a simple way to pay for small items quickly.",
        "what_got_in_the_way": "Staff being too busy to apply, or not believing it was real. Team leaders now encourage people directly.",
        "outcomes": "38 ideas funded in the first year, using £14,200 of the fund. 21 are still running, and four have been taken on by the wider service.",
        "looking_for": [],
        "featured": False,
        "days_ago": 275,
        "adoptions": [],
    },
    {
        "author": "jo",
        "language": "en",
        "title": "Fostering hubs: an experienced carer supporting a cluster of six to ten fostering families",
        "summary": "We are trying a hub model: one experienced foster carer offers sleepovers, advice and get-togethers to a cluster of nearby fostering families, like an extended family. It aims to prevent placement breakdowns and keep carers fostering.",
        "body": """Foster carers tell us they feel isolated, especially when things are hard: a teenager who won't come home, a child who wakes screaming. Social workers can't be there at 11pm on a Saturday. Respite is arranged with strangers, weeks in advance.

We're trying a **hub model**, inspired by approaches used elsewhere in the UK:

- An experienced foster carer (the **hub carer**) keeps two beds free for planned and emergency sleepovers.
- They support a cluster of six to ten fostering households who live nearby.
- The cluster meets monthly for a social: barbecues, trips to the park, a Christmas party. Children get to know each other and the hub carer.
- The hub carer is on the end of a phone for advice and helps new carers find their feet.
- The hub carer is paid as a professional role and has their own supervision.

We're running two hubs, one in Pontypool and one in Cwmbran. It's early, but carers say the biggest change is knowing who to call, and children know where they'd go for a sleepover, which makes it less frightening.

We're tracking placement moves, carer retention and how children feel about it.""",
        "challenge_areas": ["sector-unity", "value"],
        "regions": ["gwent"],
        "local_authorities": ["torfaen"],
        "sector": "children",
        "kind": "service",
        "stage": "trying-it-out",
        "role": "innovator",
        "job_role": "middle-manager",
        "what_helped": "Two brilliant hub carers and a head of service who found funding for the extra beds.",
        "what_got_in_the_way": "Finding hub carers with spare rooms in the right places. Some carers were wary of 'another meeting'.",
        "outcomes": "In the first year, 17 households took part. There were 4 unplanned placement endings in the hubs, compared with 11 among a similar number of households outside them.",
        "looking_for": ["evidence"],
        "featured": False,
        "days_ago": 250,
        "adoptions": [],
    },
    {
        "author": "jo",
        "language": "en",
        "title": "Recruiting foster carers through local employers",
        "summary": "Many potential foster carers work full-time. We want to partner with large local employers to offer 'fostering-friendly' policies, such as paid leave for training and flexible hours, and to talk to staff about fostering at work.",
        "body": """Our fostering recruitment events draw the same small group. When we ask people why they haven't considered fostering, a common answer is: "I work full-time, I couldn't do it."

Often that isn't true, but it's what people think. And with the right employer support, like time off for training or flexible hours for school meetings, many working people could foster.

**What we want to try**

- Approach the five largest employers in Torfaen, including the council itself, the health board and two manufacturers.
- Ask them to sign up to a simple **fostering-friendly pledge**: five days' paid leave a year for fostering training and meetings, flexible working requests treated positively, and a named contact in HR.
- Run lunchtime sessions at their workplaces, with current foster carers who also work.
- Track how many enquiries come from each employer.

Some councils already have fostering-friendly policies for their own staff. We haven't seen it done with private employers in our area.

We'd like to hear from anyone who has tried this, and especially from employers who have done it.""",
        "challenge_areas": ["value", "sector-unity"],
        "regions": ["gwent"],
        "local_authorities": ["torfaen"],
        "sector": "children",
        "kind": "workforce",
        "stage": "idea",
        "role": "innovator",
        "job_role": "middle-manager",
        "what_helped": "Our own council already has a fostering-friendly HR policy, so we have something to show.",
        "what_got_in_the_way": "Employers are busy, and fostering can feel like a sensitive topic for a workplace.",
        "outcomes": "Not started. Two employers have agreed to a first conversation.",
        "looking_for": ["partners", "advice"],
        "featured": False,
        "days_ago": 8,
        "adoptions": [],
    },
    {
        "author": "jo",
        "language": "en",
        "title": "Sibling days: keeping brothers and sisters in care connected",
        "summary": "Brothers and sisters who live in different foster homes now meet at monthly 'sibling days' with activities, food and their foster carers, instead of short supervised contact in a family centre. Children say it feels like family time, not an appointment.",
        "body": """When brothers and sisters can't live together in care, their contact often happens in a family centre: an hour, a room with toys, a worker with a notebook. Children told us it felt like a visit to the dentist.

We started **sibling days** once a month on a Saturday:

- A big hall or an outdoor activity centre, booked for the day.
- Activities: climbing, crafts, football, cooking, face painting.
- Siblings arrive with their foster carers and spend the day together, with staff around but not hovering.
- Lunch is shared. Foster carers get to know each other, which means they sometimes arrange extra meet-ups themselves.

For some families, supervised contact is still needed, and that can happen within the day in a quieter room.

We've had to plan carefully. Some siblings don't get on, or there are safety issues between them, and we talk to each child beforehand about who they want to see. Transport can be a nightmare.

Children's feedback has been very clear. One young person said it was the only day of the month they felt "normal".""",
        "challenge_areas": ["value", "requirements"],
        "regions": ["gwent"],
        "local_authorities": ["torfaen", "blaenau-gwent"],
        "sector": "children",
        "kind": "practice",
        "stage": "spreading",
        "role": "innovator",
        "job_role": "middle-manager",
        "what_helped": "Foster carers who volunteered to drive, and an outdoor activity centre that gave us a reduced rate.",
        "what_got_in_the_way": "Finding Saturdays that suit all carers and children, and transport across county boundaries.",
        "outcomes": "42 children from 17 sibling groups have taken part. 90% said they wanted sibling days to continue, and foster carers reported more informal contact between siblings outside the days.",
        "looking_for": [],
        "featured": False,
        "days_ago": 380,
        "adoptions": [
            {
                "organisation": "Children's services, Blaenau Gwent",
                "local_authority": "blaenau-gwent",
                "story": "We now join the Torfaen sibling days for children whose brothers and sisters are placed across both counties.",
            }
        ],
    },
    {
        "author": "alun",
        "language": "en",
        "title": "A shared pool of personal assistants for direct payment employers",
        "summary": "Eight of us who employ personal assistants through direct payments now share a small pool of back-up PAs, so that when our regular PA is ill or on holiday, there's someone we know who can step in. We organised it ourselves.",
        "body": """If you employ your own PAs through direct payments, the worst moment is the text at 6am saying your PA is ill. There's no agency to ring. You phone around, and often you end up relying on family, or going without.

A few of us met through the local co-production group and realised we all had the same problem. So we set up a **shared back-up pool**:

- Eight direct payment employers each agreed to introduce their PAs to the others.
- PAs who wanted extra hours joined the pool, and met each employer for a paid introduction visit.
- We keep a simple shared list (in a group chat and a spreadsheet) of who's available.
- Each employer pays for hours worked for them, in the normal way.

Each of us remains the employer. The support service helped us check that this was allowed and that insurance covered it.

It's not perfect. The pool is small and sometimes nobody's free. But for most absences now there's someone we've already met, who knows how we like things done.""",
        "challenge_areas": ["requirements", "sector-unity"],
        "regions": ["gwent"],
        "local_authorities": ["monmouthshire"],
        "sector": "adults",
        "kind": "community",
        "stage": "trying-it-out",
        "role": "stakeholder",
        "job_role": "person-using-care",
        "what_helped": "The direct payments support service, who checked employment and insurance questions for us. A co-production group that gave us a place to meet.",
        "what_got_in_the_way": "Different pay rates between employers, which caused some awkwardness. We agreed a shared minimum rate for back-up hours.",
        "outcomes": "In the first year the pool covered 94 shifts that would otherwise have gone uncovered. Six PAs are in the pool.",
        "looking_for": ["advice"],
        "featured": False,
        "days_ago": 195,
        "adoptions": [],
    },
    {
        "author": "alun",
        "language": "en",
        "title": "Direct payments paperwork rewritten by the people who fill it in",
        "summary": "Our co-production group rewrote Monmouthshire's direct payments agreement and monitoring forms. The agreement went from 22 pages to 8, the quarterly return is now one page, and fewer people are giving up on direct payments.",
        "body": """When I started on direct payments, the agreement I had to sign was 22 pages long. I'm used to paperwork, and it still took me a week to understand it. Then there was a quarterly return that asked for the same information in three different places.

Through our local co-production group, five of us who use direct payments worked with the council's direct payments team over six months to rewrite it all:

- The **agreement** is now 8 pages, in plain English and Welsh, with a one-page summary at the front.
- The **quarterly return** is one page. Bank statements are only needed if something doesn't add up.
- Every form says why the information is needed, and what happens with it.
- We added a page of common questions, written by us.

Council staff were worried about audit. We spent a whole session with an auditor, who turned out to be very helpful and said most of the old questions weren't needed.

The best bit was being treated as experts. We are the ones who fill these forms in.""",
        "challenge_areas": ["requirements", "leadership"],
        "regions": ["gwent"],
        "local_authorities": ["monmouthshire"],
        "sector": "adults",
        "kind": "process",
        "stage": "spreading",
        "role": "stakeholder",
        "job_role": "person-using-care",
        "what_helped": "A direct payments manager who kept coming back to the group, even when we were critical. The council paid us for our time.",
        "what_got_in_the_way": "Getting the new forms into the council's systems took almost as long as writing them.",
        "outcomes": "In the year after the change, 12 people gave up direct payments, compared with 31 the year before. Late quarterly returns fell by about two thirds.",
        "looking_for": [],
        "featured": False,
        "days_ago": 505,
        "adoptions": [
            {
                "organisation": "Direct payments team, Newport",
                "local_authority": "newport",
                "story": "We've adopted the one-page quarterly return and are working with our own user group on the agreement.",
            }
        ],
    },
    # ------------------------------------------------------------------ All Wales and more
    {
        "author": "emyr",
        "language": "cy",
        "title": "Cymuned ymarfer i hyrwyddwyr arloesi ym mhob rhanbarth",
        "summary": "Mae 70 o hyrwyddwyr arloesi o ddarparwyr, cynghorau, byrddau iechyd a'r trydydd sector yn cwrdd ar-lein bob mis, yn ddwyieithog. Maen nhw'n rhannu beth maen nhw'n ei drio, yn cael help gyda phroblemau, ac yn mynd â syniadau'n ôl i'w timau.",
        "body": """Roedden ni'n clywed yr un peth ym mhob rhan o Gymru: mae pethau da'n digwydd, ond mewn pocedi. Doedd pobl ddim yn gwybod bod rhywun hanner can milltir i ffwrdd wedi datrys yr un broblem y llynedd.

Felly fe ddechreuon ni **gymuned ymarfer** i hyrwyddwyr arloesi. Nid uwch reolwyr yn unig: mae gweithwyr gofal, therapyddion galwedigaethol, comisiynwyr a gofalwyr di-dâl yn aelodau.

**Sut mae'n gweithio**

- Cyfarfod ar-lein awr a hanner bob mis, gyda chyfieithu ar y pryd fel bod pawb yn gallu siarad yn eu dewis iaith.
- Dau aelod yn rhannu rhywbeth maen nhw'n ei drio, gan gynnwys beth sydd heb weithio.
- "Clinig problemau": mae un aelod yn dod â her, ac mae'r grŵp yn cynnig syniadau a chysylltiadau.
- Grwpiau bach rhanbarthol sy'n cwrdd wyneb yn wyneb ddwywaith y flwyddyn.

Rydyn ni'n ceisio peidio â'i wneud yn ffurfiol. Does dim cofnodion hir, dim ond rhestr fer o bwy sy'n mynd i siarad â phwy.

Y wers fwyaf oedd bod angen i bobl gael caniatâd gan eu rheolwyr i ddod. Fe ysgrifennon ni lythyr byr at reolwyr yn esbonio beth yw'r gymuned, ac mae hynny wedi helpu.""",
        "challenge_areas": ["sector-unity", "leadership"],
        "regions": ["all-wales"],
        "local_authorities": [],
        "sector": "both",
        "kind": "community",
        "stage": "spreading",
        "role": "enabler",
        "job_role": "policy-maker",
        "what_helped": "Hyrwyddwyr cyntaf brwdfrydig oedd yn fodlon rhannu methiannau yn ogystal â llwyddiannau, a chyllideb fach ar gyfer cyfieithu.",
        "what_got_in_the_way": "Mae'n anodd i weithwyr gofal gael amser i ffwrdd o'r rota, felly rydyn ni'n recordio rhannau o bob sesiwn.",
        "outcomes": "Mae 70 aelod o bob un o'r saith rhanbarth. Mewn arolwg, dywedodd 46 eu bod wedi cysylltu â rhywun newydd o ganlyniad, a 19 eu bod wedi rhoi cynnig ar syniad a glywson nhw yno.",
        "looking_for": ["partners"],
        "featured": False,
        "days_ago": 540,
        "adoptions": [],
    },
    {
        "author": "emyr",
        "language": "cy",
        "title": "Gofyn unwaith: un set graidd o ddata i ddarparwyr yn lle pum ffurflen wahanol",
        "summary": "Mae darparwyr gofal yn anfon yr un wybodaeth i'r cyngor, y bwrdd iechyd, yr arolygiaeth a chyrff cenedlaethol, ar ffurflenni gwahanol. Syniad: cytuno ar un set graidd o ddata sy'n cael ei chasglu unwaith a'i rhannu.",
        "body": """Pan siaradon ni â rheolwyr cofrestredig ar draws Cymru, roedd un gŵyn yn codi dro ar ôl tro: maen nhw'n treulio diwrnodau bob mis yn llenwi ffurflenni sy'n gofyn yr un cwestiynau mewn ffyrdd ychydig yn wahanol. Nifer y gwelyau, nifer y staff, swyddi gwag, salwch, digwyddiadau. Un ffurflen i'r cyngor, un arall i'r bwrdd iechyd, un arall eto i'r arolygiaeth, ac arolygon cenedlaethol ar ben hynny.

Fe wnaeth un rheolwr cartref gofal yng Nghonwy gyfri: 14 o ffurflenni gwahanol bob chwarter, gyda thua 60% o'r cwestiynau'n ddyblyg.

**Y syniad**

- Cytuno, gyda darparwyr, comisiynwyr a rheoleiddwyr, ar **set graidd** o tua 30 o ddarnau o ddata sydd eu hangen ar bawb.
- Casglu'r rhain unwaith, mewn un lle, gyda'r darparwr yn rheoli pwy sy'n eu gweld.
- Mae pob corff yn cytuno i ddefnyddio'r set graidd yn lle gofyn eto.
- Dim ond cwestiynau ychwanegol sy'n wirioneddol unigryw sy'n aros ar ffurflenni eraill.

Mae'n swnio'n syml. Dydy e ddim. Mae gan bob corff resymau da dros ei gwestiynau, systemau gwahanol, a dyletswyddau cyfreithiol gwahanol. Ond rydyn ni'n credu bod modd dechrau gyda rhanbarth neu ddau.

Rydyn ni'n chwilio am ddarparwyr a chomisiynwyr sy'n barod i fapio eu ffurflenni gyda ni.""",
        "challenge_areas": ["requirements", "metrics"],
        "regions": ["all-wales"],
        "local_authorities": [],
        "sector": "both",
        "kind": "process",
        "stage": "idea",
        "role": "enabler",
        "job_role": "policy-maker",
        "what_helped": "Rheolwyr a rannodd eu ffurflenni i gyd gyda ni er mwyn i ni allu gweld y dyblygu.",
        "what_got_in_the_way": "Mae pob corff yn berchen ar ei ffurflen ei hun, a does neb yn gyfrifol am yr holl ddarlun.",
        "outcomes": "Dim canlyniadau eto. Mae'r gwaith mapio cyntaf gyda 9 darparwr wedi dangos bod tua 60% o'r cwestiynau'n cael eu gofyn fwy nag unwaith.",
        "looking_for": ["partners", "permission"],
        "featured": False,
        "days_ago": 47,
        "adoptions": [],
    },
    {
        "author": "emyr",
        "language": "cy",
        "title": "Cerdyn gofalwr ifanc sy'n cael ei nabod gan ysgolion, meddygfeydd a fferyllfeydd",
        "summary": "Mae gofalwyr ifanc yng Nghonwy a Sir Ddinbych yn cario cerdyn sy'n dweud wrth athrawon, meddygon a fferyllwyr eu bod yn gofalu am rywun gartref, heb orfod esbonio bob tro. Mae'r cerdyn bellach yn cael ei ddefnyddio mewn 60 o ysgolion.",
        "body": """Roedd gofalwyr ifanc yn dweud wrthon ni eu bod yn gorfod esbonio eu sefyllfa drosodd a throsodd: wrth yr athro newydd pam eu bod yn hwyr, wrth y fferyllydd pam eu bod yn casglu meddyginiaeth rhywun arall, wrth y dderbynfa yn y feddygfa pam eu bod nhw'n ffonio ar ran mam neu dad. Roedd llawer yn dewis peidio â dweud o gwbl.

Fe ddatblygodd y gwasanaeth gofalwyr ifanc yng Nghonwy, gyda phobl ifanc, **gerdyn gofalwr ifanc**. Mae'n gerdyn syml, maint cerdyn banc, gydag enw'r person ifanc, llun, a rhif cyswllt y gwasanaeth. Dim manylion am y person maen nhw'n gofalu amdano.

**Beth mae'r cerdyn yn ei olygu**

- Mewn ysgolion sydd wedi ymuno: hyblygrwydd gyda gwaith cartref a phrydlondeb, ac aelod o staff i siarad â nhw.
- Mewn fferyllfeydd: gallu casglu presgripsiwn i'r teulu heb gwestiynau diangen.
- Mewn meddygfeydd: nodyn ar y system bod y person ifanc yn ofalwr.

Ein rhan ni oedd helpu i ymestyn y cerdyn i Sir Ddinbych, gan ddod â'r ddau wasanaeth gofalwyr ifanc, yr ysgolion a'r bwrdd iechyd at ei gilydd. Y gwaith anoddaf oedd perswadio pob ysgol i gymryd rhan, nid y cerdyn ei hun.""",
        "challenge_areas": ["value", "sector-unity"],
        "regions": ["north-wales"],
        "local_authorities": ["conwy", "denbighshire"],
        "sector": "children",
        "kind": "community",
        "stage": "spreading",
        "role": "enabler",
        "job_role": "policy-maker",
        "what_helped": "Pobl ifanc a gynlluniodd y cerdyn ac a aeth i siarad â phenaethiaid. Fferyllfeydd cymunedol oedd yn awyddus i helpu.",
        "what_got_in_the_way": "Dydy rhai ysgolion ddim yn gweld gofalwyr ifanc fel blaenoriaeth, a does dim un system i gofnodi'r cerdyn ar draws gwasanaethau.",
        "outcomes": "Mae 60 o ysgolion a 34 o fferyllfeydd yn y ddwy sir yn nabod y cerdyn. Mae 410 o ofalwyr ifanc wedi cael cerdyn, ac mae 70% yn dweud eu bod yn ei ddefnyddio o leiaf unwaith y mis.",
        "looking_for": ["partners"],
        "featured": False,
        "days_ago": 298,
        "adoptions": [
            {
                "organisation": "Gwasanaeth gofalwyr ifanc yn Sir y Fflint",
                "local_authority": "flintshire",
                "story": "Rydyn ni wedi defnyddio'r un cynllun cerdyn, ac mae 12 ysgol uwchradd wedi ymuno yn y flwyddyn gyntaf.",
            }
        ],
    },
    {
        "author": "rachel",
        "language": "en",
        "title": "Most significant change stories alongside the numbers in performance reports",
        "summary": "Performance reports count contacts, assessments and hours, but say little about difference made. We propose adding a small number of 'most significant change' stories, collected and chosen by staff and people using services, to regional reporting.",
        "body": """The people we work with in councils and providers often tell us their performance reports don't reflect what matters. The numbers go up to a board, and the stories of real change stay in team meetings, if they're shared at all.

**Most significant change** is a well-established method: people are asked to describe the most important change they've seen over a period, and groups discuss and select the stories that matter most, saying why. The selection process itself is where the learning happens.

**What we're proposing**

- Each quarter, teams collect short change stories from staff, people who use services and carers, with consent and without identifying details.
- A mixed panel at team level picks two or three and writes a sentence on why.
- A regional panel, including people who use services, picks from those, and the chosen stories go into the performance report alongside the usual measures.
- Over time, we look at themes across stories.

It's not about replacing numbers. It's about making the report tell the whole story, and making sure people at the top hear what changes lives.

We'd like to test this with one regional partnership board over a year, and are looking for a partner willing to try.""",
        "challenge_areas": ["metrics", "leadership"],
        "regions": ["all-wales"],
        "local_authorities": [],
        "sector": "both",
        "kind": "process",
        "stage": "idea",
        "role": "enabler",
        "job_role": "researcher",
        "what_helped": "Interest from two regional partnership board officers who have seen the method used in international development.",
        "what_got_in_the_way": "Worry that stories will be seen as 'soft' evidence, and the time needed for panels.",
        "outcomes": "Not yet tested. A small trial with three teams produced 27 stories in one quarter, which staff described as 'the first report I've wanted to read'.",
        "looking_for": ["partners", "evidence"],
        "featured": False,
        "days_ago": 67,
        "adoptions": [],
    },
    {
        "author": "owain",
        "language": "en",
        "title": "A learning passport so care workers don't redo the same training every time they change employer",
        "summary": "Care workers who move between providers often repeat training they did last month. Eleven providers across Wales are trying a shared learning passport: a record of training that each agrees to accept, with a short top-up for local procedures.",
        "body": """When a care worker moves from one provider to another, even just down the road, they usually start again: manual handling, safeguarding, infection control, medication, first aid. It wastes days, delays their first shift and tells experienced people their skills don't count.

We're trying a **shared learning passport** with ten other providers across Wales:

- Each care worker has a digital record of completed training, with dates and who delivered it.
- Providers in the scheme agree common standards for core topics, based on the national induction framework.
- A new employer accepts training within its refresh date and runs a **short top-up** on local procedures only, usually half a day.
- The care worker owns the record and can show it to any employer.

Providers were worried about quality: "How do we know their training was any good?" We agreed minimum standards for each course, and each provider can observe a sample of others' sessions.

We're also looking at whether the passport could link with the workforce register, so that it doesn't become one more separate system.

It's early. So far, care workers moving between providers in the scheme start work on average four days sooner.""",
        "challenge_areas": ["requirements", "sector-unity"],
        "regions": ["all-wales"],
        "local_authorities": [],
        "sector": "adults",
        "kind": "workforce",
        "stage": "trying-it-out",
        "role": "enabler",
        "job_role": "learning-development-lead",
        "what_helped": "Providers who were prepared to trust each other, and a regional workforce team that brought us together.",
        "what_got_in_the_way": "Insurers and some commissioners' contracts that require providers to deliver all training themselves.",
        "outcomes": "In nine months, 63 care workers moved between providers in the scheme. Average time to first shift fell from 11 days to 7, and about 350 hours of repeated training were avoided.",
        "looking_for": ["partners", "permission"],
        "featured": False,
        "days_ago": 128,
        "adoptions": [],
    },
    {
        "author": "gwen",
        "language": "cy",
        "title": "Rhwydwaith o eiriolwyr Cymraeg sy'n rhannu gwaith ar draws sefydliadau",
        "summary": "Mae pobl sy'n gofyn am eiriolwr Cymraeg yn aml yn aros wythnosau neu'n cael rhywun sy'n siarad Saesneg. Syniad: rhwydwaith o eiriolwyr Cymraeg o wahanol sefydliadau ar draws Cymru sy'n rhannu achosion pan nad oes neb ar gael yn lleol.",
        "body": """Mae gennym ni hawl i wasanaeth Cymraeg, ond mewn eiriolaeth mae'n aml yn dibynnu ar bwy sy'n digwydd bod ar gael. Mewn rhai ardaloedd does dim un eiriolwr Cymraeg. Mewn eraill, fel Ynys Môn, mae llawer ohonon ni, ond weithiau mae'r llwyth gwaith yn rhy drwm.

Mae'n bwysig. Mae eiriolaeth yn ymwneud â helpu pobl i ddweud beth sy'n bwysig iddyn nhw, yn aml ar adegau anodd: cyfarfod diogelu, penderfyniad am symud i gartref gofal, adolygiad iechyd meddwl. Mae'n anodd gwneud hynny mewn ail iaith.

**Y syniad**

- Rhwydwaith o eiriolwyr Cymraeg o sefydliadau eiriolaeth gwahanol, ar draws Cymru.
- Pan fydd rhywun yn gofyn am eiriolwr Cymraeg a does neb ar gael yn lleol, mae'r achos yn cael ei gynnig i'r rhwydwaith.
- Mae'r gwaith yn digwydd wyneb yn wyneb pan fo modd, neu ar fideo pan fo'r person yn gyfforddus.
- Mae'r sefydliadau'n cytuno ar drefn syml i dalu ei gilydd.

Mae hefyd angen cefnogaeth i eiriolwyr sy'n dysgu Cymraeg, i fagu hyder.

Rydyn ni wedi siarad â thri sefydliad arall hyd yma. Rydyn ni'n chwilio am bartneriaid yn y de a'r dwyrain, ac am gyngor ar gytundebau rhannu gwybodaeth.""",
        "challenge_areas": ["sector-unity", "value"],
        "regions": ["all-wales"],
        "local_authorities": [],
        "sector": "both",
        "kind": "community",
        "stage": "idea",
        "role": "stakeholder",
        "job_role": "advocate",
        "what_helped": "Sgyrsiau gyda sefydliadau eiriolaeth eraill a oedd wedi wynebu'r un broblem.",
        "what_got_in_the_way": "Mae pob sefydliad yn cael ei ariannu gan gyngor gwahanol ar gyfer ei ardal ei hun, felly mae gweithio ar draws ffiniau'n gymhleth.",
        "outcomes": "Heb ddechrau eto. Mewn un flwyddyn, roedd 23 cais am eiriolwr Cymraeg yn ein rhanbarth na allen ni eu cwrdd o fewn pythefnos.",
        "looking_for": ["partners", "advice", "funding"],
        "featured": False,
        "days_ago": 102,
        "adoptions": [],
    },
    {
        "author": "ffion",
        "language": "cy",
        "title": "Diwrnod cyfnewid: staff cartref gofal a staff ward ysbyty yn treulio diwrnod yng ngwaith ei gilydd",
        "summary": "Mae camddealltwriaeth rhwng y ward a'r cartref gofal pan mae preswylwyr yn mynd i'r ysbyty ac yn dod yn ôl. Syniad: bod gweithwyr gofal a nyrsys ward yn treulio diwrnod yn gweithio ochr yn ochr yn lle'i gilydd.",
        "body": """Pan mae un o'n preswylwyr yn mynd i'r ysbyty, mae pethau'n aml yn mynd o chwith rhwng y ward a ni. Mae'r ward yn meddwl ein bod ni'n gallu gwneud pethau nad ydyn ni'n gallu eu gwneud, fel rhoi rhai meddyginiaethau neu edrych ar ôl rhywun sydd angen nyrsio drwy'r nos. Rydyn ni'n meddwl bod y ward ddim yn gwrando pan rydyn ni'n dweud bod person wedi newid. Mae pobl yn dod adre'n hwyr y nos heb eu tabledi neu heb eu sbectol.

Y rhan fwyaf o'r amser, does neb ar fai. Dydyn ni ddim yn deall gwaith ein gilydd.

**Y syniad**

- Bob mis, mae un gweithiwr gofal o gartref lleol yn treulio diwrnod ar ward yn yr ysbyty cyffredinol, gyda nyrs yn ei "mentora".
- Mae nyrs neu weithiwr cymorth gofal iechyd o'r ward yn treulio diwrnod yn ein cartref ni.
- Ar ddiwedd y dydd, maen nhw'n ysgrifennu tri pheth wnaeth eu synnu, ac rydyn ni'n eu rhannu.

Fe fydden ni'n dechrau gydag un ward a thri chartref gofal yng Ngwynedd. Mae angen caniatâd gan y bwrdd iechyd ac yswiriant, a rhywun i gyflenwi'r shifft.

Fe soniais i am y syniad wrth nyrs ward rydw i'n ei nabod ers yr ysgol. Roedd hi'n meddwl ei fod yn werth ei drio, ac mae hi'n fodlon bod y gyntaf i ddod aton ni.""",
        "challenge_areas": ["sector-unity", "value"],
        "regions": ["north-wales"],
        "local_authorities": ["gwynedd"],
        "sector": "adults",
        "kind": "workforce",
        "stage": "idea",
        "role": "innovator",
        "job_role": "care-worker",
        "what_helped": "Rheolwr sy'n gefnogol, a nyrs ward sydd eisiau helpu i'w drefnu.",
        "what_got_in_the_way": "Does dim proses i weithwyr o'r sector gofal dreulio amser ar ward, ac mae'r ddau le'n brin o staff.",
        "outcomes": "Heb ddechrau eto. Y llynedd fe gofnodon ni 11 o ddychweliadau o'r ysbyty lle'r oedd gwybodaeth bwysig ar goll.",
        "looking_for": ["permission", "partners"],
        "featured": False,
        "days_ago": 16,
        "adoptions": [],
    },
    {
        "author": "tomos",
        "language": "en",
        "title": "Repairs operatives as a friendly extra pair of eyes for tenants who want it",
        "summary": "Our repairs team visits hundreds of homes a week. With tenants' agreement, we want to train them to notice when someone might need support, like a cold home, no food or a recent fall, and pass it on through a simple form.",
        "body": """Our repairs operatives go into around 600 homes a week. They are often the only people from outside some older tenants see for days. They notice things: the heating's off in January, the fridge is empty, there's a bruise and a story about "a little trip". But they don't know what to do with what they've seen, and they worry about interfering.

**What we want to try**

- Ask tenants, when they book a repair, whether they'd be happy for the operative to pass on any concerns to our tenancy support team. Nobody is signed up without agreeing.
- Train operatives in a 90-minute session: what to look out for, how to ask a simple question, what not to do.
- Give them a three-question form on the job app: what did you notice, did you talk to the tenant about it, does the tenant agree to a call.
- Tenancy support follows up within two working days and links people to community connectors, social services or the fire service's home safety checks.

The repairs team is keen, but some are worried about being blamed if they miss something. We need to be clear that this is extra kindness, not a duty to assess. We'd like to talk to anyone who has tried something like this.""",
        "challenge_areas": ["risk", "sector-unity"],
        "regions": ["north-wales"],
        "local_authorities": ["wrexham"],
        "sector": "adults",
        "kind": "process",
        "stage": "idea",
        "role": "innovator",
        "job_role": "other",
        "what_helped": "A repairs supervisor who suggested it after one of his team found a tenant who had been on the floor overnight.",
        "what_got_in_the_way": "Concerns about consent, data protection and operatives' time on each job, which is tightly scheduled.",
        "outcomes": "Not started. Operatives estimate they see something worrying once or twice a week across the team.",
        "looking_for": ["advice", "evidence"],
        "featured": False,
        "days_ago": 27,
        "adoptions": [],
    },
]


RESOURCES = [
    {
        "author": "dafydd",
        "language": "en",
        "title": "'Yes, if…' toolkit: running a positive risk-taking panel",
        "summary": "Templates and a step-by-step plan for setting up a fortnightly panel that helps practitioners find a safe way to say yes to what people want, and shares responsibility for the decision.",
        "body": """This toolkit comes out of two years of running a positive risk-taking panel in a rural adult team. It includes:

- terms of reference for a one-hour panel, and who should sit on it;
- a two-page referral form that starts with the person's own words;
- a **risks of saying no** worksheet to sit alongside the usual risk assessment;
- a decision record and a three-month review template;
- notes on how to brief senior managers so they understand what they are signing up to.

Use it as a starting point and change it to fit your team. The forms are deliberately short. If you find yourself adding pages, ask who they're for.""",
        "resource_type": "toolkit",
        "url": "https://example.org/resources/yes-if-panel-toolkit",
        "challenge_areas": ["risk", "leadership"],
        "regions": ["powys"],
        "local_authorities": ["powys-county"],
        "roles": ["innovator", "enabler"],
        "job_roles": ["social-worker", "middle-manager", "occupational-therapist"],
        "sector": "adults",
        "evidence_level": "practice-based",
        "cost": "free",
        "time_to_implement": "weeks",
        "licence": "CC BY 4.0",
        "review_in_days": 365,
        "days_ago": 320,
    },
    {
        "author": "ffion",
        "language": "cy",
        "title": "Pecyn cymorth: y Cynnig Rhagweithiol mewn cartref gofal",
        "summary": "Pecyn ymarferol i gartrefi gofal sydd eisiau cynnig gofal yn Gymraeg heb i neb orfod gofyn: geiriad y cwestiwn cyntaf, bathodynnau, templed cynllun gofal a syniadau i staff sy'n dysgu.",
        "body": """Lluniwyd y pecyn hwn gan staff cartref gofal cyfrwng Cymraeg yng Ngwynedd, ar ôl i sawl cartref arall ofyn sut roedden ni'n gwneud pethau. Mae'n cynnwys:

- geiriad y cwestiwn iaith ar gyfer y sgwrs dderbyn;
- templed tudalen gyntaf y cynllun gofal, gyda lle amlwg i'r dewis iaith;
- syniadau am fathodynnau i siaradwyr rhugl ac i ddysgwyr;
- rhestr o ymadroddion bob dydd i staff sy'n dechrau dysgu;
- awgrymiadau ar sut i siarad â theuluoedd a staff asiantaeth am y Cynnig Rhagweithiol.

Does dim angen cyllideb fawr. Y peth pwysicaf yw gofyn yn gynnar, a chofnodi'r ateb lle mae pawb yn ei weld.""",
        "resource_type": "toolkit",
        "url": "https://example.org/adnoddau/cynnig-rhagweithiol-cartrefi-gofal",
        "challenge_areas": ["value", "sector-unity"],
        "regions": ["north-wales"],
        "local_authorities": ["gwynedd"],
        "roles": ["innovator", "stakeholder"],
        "job_roles": ["care-worker", "registered-manager"],
        "sector": "adults",
        "evidence_level": "practice-based",
        "cost": "free",
        "time_to_implement": "days",
        "licence": "CC BY 4.0",
        "review_in_days": 540,
        "days_ago": 250,
    },
    {
        "author": "catrin",
        "language": "en",
        "title": "Single-handed care review toolkit for occupational therapists and home care providers",
        "summary": "Review templates, a training outline and an equipment guide for reviewing two-carer home care calls safely and fairly, with care workers and the person at the centre of every decision.",
        "body": """This toolkit supports joint reviews of home care calls that use two care workers. It has:

- a review template that records the views of the person, the care workers and the OT;
- a two-week trial plan and sign-off sheet;
- a guide to commonly used equipment, with rough costs;
- a half-day joint training outline for OTs and care workers;
- a short leaflet to explain reviews to people and families.

It is not a cost-cutting tool. About half of reviews in our area kept two carers, and that was the right answer for those people.""",
        "resource_type": "toolkit",
        "url": "https://example.org/resources/single-handed-care-toolkit",
        "challenge_areas": ["value", "requirements"],
        "regions": ["west-glamorgan"],
        "local_authorities": ["swansea", "neath-port-talbot"],
        "roles": ["innovator", "enabler"],
        "job_roles": [
            "occupational-therapist",
            "registered-manager",
            "care-worker",
            "commissioner",
        ],
        "sector": "adults",
        "evidence_level": "evaluated",
        "cost": "low",
        "time_to_implement": "weeks",
        "licence": "CC BY 4.0",
        "review_in_days": 365,
        "days_ago": 470,
    },
    {
        "author": "aisha",
        "language": "en",
        "title": "Writing to the child: a short guide to plain-language recording in children's services",
        "summary": "Before-and-after examples, a one-page checklist and workshop notes for teams who want to write children's records in a way the child could read and understand in years to come.",
        "body": """This guide was written with care-experienced young people and social workers in Cardiff and the Vale of Glamorgan. It contains:

- 12 before-and-after examples of case notes, assessments and review records (all invented);
- a one-page checklist: who is this written to, would it hurt to read, does it explain why;
- notes for running two 90-minute team workshops;
- guidance agreed with legal colleagues on what must still be recorded precisely.

The examples are the most useful part. Start there.""",
        "resource_type": "guide",
        "url": "https://example.org/resources/writing-to-the-child",
        "challenge_areas": ["requirements", "leadership"],
        "regions": ["cardiff-and-vale"],
        "local_authorities": ["cardiff", "vale-of-glamorgan"],
        "roles": ["innovator", "enabler"],
        "job_roles": ["social-worker", "middle-manager", "learning-development-lead"],
        "sector": "children",
        "evidence_level": "practice-based",
        "cost": "free",
        "time_to_implement": "weeks",
        "licence": "CC BY 4.0",
        "review_in_days": 720,
        "days_ago": 380,
    },
    {
        "author": "sian",
        "language": "cy",
        "title": "Canllaw: sefydlu timau ardal fach mewn gofal cartref",
        "summary": "Canllaw cam wrth gam i asiantaethau gofal cartref sydd eisiau symud o rota ganolog i dimau bach lleol sy'n trefnu eu gwaith eu hunain, yn seiliedig ar brofiad yng Ngheredigion.",
        "body": """Mae'r canllaw hwn yn dilyn y camau a gymeron ni dros ddwy flynedd:

- mapio ble mae staff yn byw a ble mae'r bobl rydyn ni'n eu cefnogi;
- penderfynu ar ffiniau ardaloedd, a beth i'w wneud gyda'r ardaloedd anodd;
- dewis arweinwyr tîm a rhoi amser iddyn nhw;
- cynnal y cyfarfodydd rota pythefnosol cyntaf gyda hwylusydd;
- siarad â'r cyngor am gomisiynu fesul ardal.

Mae adran hefyd ar beth aeth o'i le, gan gynnwys timau oedd yn dibynnu'n ormodol ar un person. Mae'r canllaw ar gael yn Gymraeg ac yn Saesneg.""",
        "resource_type": "guide",
        "url": "https://example.org/adnoddau/timau-ardal-fach",
        "challenge_areas": ["leadership", "value"],
        "regions": ["west-wales"],
        "local_authorities": ["ceredigion"],
        "roles": ["innovator", "enabler"],
        "job_roles": ["middle-manager", "registered-manager", "commissioner"],
        "sector": "adults",
        "evidence_level": "practice-based",
        "cost": "low",
        "time_to_implement": "months",
        "licence": "CC BY 4.0",
        "review_in_days": 365,
        "days_ago": 200,
    },
    {
        "author": "nia",
        "language": "en",
        "title": "Commissioning home care for outcomes: a practical guide for councils and providers",
        "summary": "What we learned moving two areas of Newport from paying per minute to patch-based outcome contracts: contract clauses, payment workarounds, review templates and the conversations with finance.",
        "body": """This guide is for commissioners, finance colleagues and providers thinking about outcome-based home care. It covers:

- how to set a patch payment from existing hours data;
- sample contract clauses on flexibility, outcomes and open-book review;
- an outcome review template, written with people who use home care;
- how we handled payment when our finance system only understood hours;
- what providers told us they needed in the first six months.

It is honest about the difficulties. Read the section on finance before you start.""",
        "resource_type": "guide",
        "url": "https://example.org/resources/commissioning-home-care-for-outcomes",
        "challenge_areas": ["requirements", "metrics", "value"],
        "regions": ["gwent"],
        "local_authorities": ["newport"],
        "roles": ["enabler"],
        "job_roles": ["commissioner", "senior-leader", "registered-manager"],
        "sector": "adults",
        "evidence_level": "evaluated",
        "cost": "free",
        "time_to_implement": "months",
        "licence": "Open Government Licence v3.0",
        "review_in_days": 365,
        "days_ago": 300,
    },
    {
        "author": "tomos",
        "language": "en",
        "title": "Acoustic monitoring in extra care housing: four-month trial report",
        "summary": "Findings from a trial of sound-based night monitoring with 16 tenants in a Wrexham extra care scheme, including falls, response times, false alerts, consent and what tenants and night staff thought.",
        "body": """This short report sets out what happened when we replaced two-hourly night checks with acoustic monitoring for tenants who chose it.

It covers how we gained consent, how we tuned alerts, the problem of televisions left on, response times, falls before and during the trial, and interviews with tenants, families and night staff. It also covers the five tenants who chose not to take part, and the one who withdrew.

The numbers are small, so treat them with care. The practical lessons on setting up and consent are likely to be useful to anyone thinking about similar technology.""",
        "resource_type": "report",
        "url": "https://example.org/resources/acoustic-monitoring-trial-report",
        "challenge_areas": ["risk", "metrics"],
        "regions": ["north-wales"],
        "local_authorities": ["wrexham"],
        "roles": ["innovator", "enabler"],
        "job_roles": ["registered-manager", "commissioner", "other"],
        "sector": "adults",
        "evidence_level": "evaluated",
        "cost": "medium",
        "time_to_implement": "months",
        "licence": "CC BY 4.0",
        "review_in_days": 270,
        "days_ago": 15,
    },
    {
        "author": "rachel",
        "language": "en",
        "title": "Why care workers leave, and what makes them stay: exit interviews from 12 providers",
        "summary": "Analysis of 214 exit interviews and 38 'stay' interviews from home care and residential providers in south Wales. Pay matters, but so do rotas, travel time, first-month support and feeling listened to.",
        "body": """Over 18 months, twelve providers used the same short exit interview and shared anonymised results with us. We also ran 'stay interviews' with long-serving staff.

Main findings:

- Pay was mentioned by 61% of leavers, but rarely as the only reason.
- Unpredictable rotas and unpaid travel time were the most common practical reasons.
- A third of leavers left within 90 days; most of them said they'd felt alone in their first weeks.
- Long-serving staff talked about a good manager, a steady team and feeling their views counted.

The report ends with five low-cost actions providers can take now.""",
        "resource_type": "report",
        "url": "https://example.org/resources/why-care-workers-leave",
        "challenge_areas": ["value", "leadership", "metrics"],
        "regions": ["west-glamorgan", "cwm-taf-morgannwg"],
        "local_authorities": [],
        "roles": ["enabler", "innovator"],
        "job_roles": [
            "registered-manager",
            "middle-manager",
            "senior-leader",
            "learning-development-lead",
        ],
        "sector": "adults",
        "evidence_level": "research-backed",
        "cost": "free",
        "time_to_implement": "weeks",
        "licence": "CC BY 4.0",
        "review_in_days": 540,
        "days_ago": 150,
    },
    {
        "author": "emyr",
        "language": "cy",
        "title": "Adroddiad: beth mae gofalwyr di-dâl yn ei ddweud am seibiant hyblyg",
        "summary": "Crynodeb o sgyrsiau gyda 120 o ofalwyr di-dâl mewn pedair sir am yr hyn sy'n gwneud seibiant yn ddefnyddiol: hyblygrwydd, wynebau cyfarwydd, a chael dewis pryd a sut.",
        "body": """Fe siaradon ni â 120 o ofalwyr di-dâl yn Sir Gaerfyrddin, Ceredigion, Powys a Gwynedd, mewn grwpiau ac un i un, yn Gymraeg ac yn Saesneg.

Prif negeseuon:

- Mae'r rhan fwyaf eisiau oriau byr, aml, nid wythnos gyfan unwaith y flwyddyn.
- Mae cael yr un gweithiwr bob tro yn bwysicach na bron dim arall.
- Mae gofalwyr yng nghefn gwlad yn wynebu prinder gweithwyr eistedd a thrafnidiaeth.
- Mae llawer yn teimlo'n euog am ofyn am help, ac yn aros nes eu bod mewn argyfwng.

Mae'r adroddiad yn cynnwys syniadau gan ofalwyr eu hunain am sut i wella pethau, ac enghreifftiau o gynlluniau banc oriau sy'n cael eu treialu.""",
        "resource_type": "report",
        "url": "https://example.org/adnoddau/gofalwyr-seibiant-hyblyg",
        "challenge_areas": ["value", "requirements"],
        "regions": ["west-wales", "powys", "north-wales"],
        "local_authorities": ["carmarthenshire", "ceredigion", "powys-county", "gwynedd"],
        "roles": ["enabler", "stakeholder"],
        "job_roles": ["commissioner", "policy-maker", "unpaid-carer", "social-worker"],
        "sector": "adults",
        "evidence_level": "practice-based",
        "cost": "free",
        "time_to_implement": "months",
        "licence": "Open Government Licence v3.0",
        "review_in_days": 720,
        "days_ago": 90,
    },
    {
        "author": "kerry",
        "language": "en",
        "title": "Case study: taking the office out of a small children's home",
        "summary": "How a four-bed children's home in Bridgend turned its office into a games room, moved records upstairs and dropped lanyards, and what happened to incidents and young people's sense of home.",
        "body": """This case study tells the story of one small change in one children's home, with the practical details other managers ask about:

- how we kept records and medication secure after moving them;
- what we said to the responsible individual and to inspectors;
- how staff felt, and where they take a break now;
- what young people said, in their own words (shared with permission);
- incident figures for six months before and after.

It is a single home's experience, not a study, but it may help you start the conversation in yours.""",
        "resource_type": "case-study",
        "url": "https://example.org/resources/case-study-office-children-home",
        "challenge_areas": ["leadership", "risk"],
        "regions": ["cwm-taf-morgannwg"],
        "local_authorities": ["bridgend"],
        "roles": ["innovator", "enabler"],
        "job_roles": ["registered-manager", "care-worker", "senior-leader"],
        "sector": "children",
        "evidence_level": "practice-based",
        "cost": "low",
        "time_to_implement": "days",
        "licence": "All rights reserved",
        "review_in_days": 365,
        "days_ago": 210,
    },
    {
        "author": "sarah",
        "language": "en",
        "title": "Case study: lifting chairs and a clinical support line for people who fall at home",
        "summary": "How care staff in two west Wales counties started helping uninjured people up after a fall, working with the ambulance service's clinical support desk, and how insurers and lawyers were brought on board.",
        "body": """This case study describes the first year of carrying inflatable lifting chairs in reablement and home care cars. It covers:

- the procedure agreed between the health board, councils and the ambulance service;
- the half-day training course for care staff;
- how we answered questions from insurers and legal teams;
- figures on lifts, time on the floor and ambulance call-outs avoided;
- what care workers said about doing it.

The section on liability is the one most people ask for.""",
        "resource_type": "case-study",
        "url": "https://example.org/resources/case-study-lifting-chairs",
        "challenge_areas": ["risk", "sector-unity"],
        "regions": ["west-wales"],
        "local_authorities": ["pembrokeshire", "carmarthenshire"],
        "roles": ["enabler", "innovator"],
        "job_roles": ["senior-leader", "registered-manager", "care-worker", "commissioner"],
        "sector": "adults",
        "evidence_level": "evaluated",
        "cost": "medium",
        "time_to_implement": "months",
        "licence": "Open Government Licence v3.0",
        "review_in_days": 365,
        "days_ago": 480,
    },
    {
        "author": "dafydd",
        "language": "en",
        "title": "Case study: a bridging team for people leaving hospitals across the border",
        "summary": "How a small council-run bridging team cut delays for Powys residents leaving hospitals in England and other Welsh counties, and why a third of people needed no ongoing care afterwards.",
        "body": """This case study covers the set-up and first 18 months of a bridging team of six care workers and a senior in north Powys.

It explains the single phone number for discharge coordinators, how the team works with hospitals in two countries, how reablement goals are set in the first week at home, and what happens at the two-week point. It also covers recruitment for a role that needs a lot of driving, and the team's experience of winter pressures.

Figures on delays and outcomes are included, with a note on their limits.""",
        "resource_type": "case-study",
        "url": "https://example.org/resources/case-study-powys-bridging-team",
        "challenge_areas": ["sector-unity", "risk"],
        "regions": ["powys"],
        "local_authorities": ["powys-county"],
        "roles": ["enabler", "innovator"],
        "job_roles": ["social-worker", "commissioner", "senior-leader"],
        "sector": "adults",
        "evidence_level": "practice-based",
        "cost": "high",
        "time_to_implement": "months",
        "licence": "CC BY 4.0",
        "review_in_days": 365,
        "days_ago": 190,
    },
    {
        "author": "sarah",
        "language": "en",
        "title": "Video: what a 15-minute health and care huddle looks like",
        "summary": "A seven-minute film of a real morning huddle between district nurses, reablement, home care and social work (with details changed), followed by short interviews with people who take part.",
        "body": """People often ask what our morning huddle actually looks like. This video shows a reconstructed huddle, using invented people and situations, run exactly as we run the real thing.

After the huddle, a home care coordinator, a district nurse and a social worker talk about what difference it has made to their day, and what they'd tell anyone thinking of starting one.

The video has Welsh and English subtitles. A one-page summary of the huddle format is available alongside it.""",
        "resource_type": "video",
        "url": "https://example.org/resources/video-morning-huddle",
        "challenge_areas": ["sector-unity", "leadership"],
        "regions": ["west-wales"],
        "local_authorities": ["pembrokeshire"],
        "roles": ["innovator", "enabler"],
        "job_roles": [
            "middle-manager",
            "registered-manager",
            "social-worker",
            "occupational-therapist",
        ],
        "sector": "adults",
        "evidence_level": "practice-based",
        "cost": "free",
        "time_to_implement": "days",
        "licence": "CC BY 4.0",
        "review_in_days": 540,
        "days_ago": 120,
    },
    {
        "author": "lee",
        "language": "en",
        "title": "Video: new care workers and their buddies talk about the first 12 weeks",
        "summary": "Four care workers in Neath Port Talbot talk about starting in home care, what their buddy did for them, and what they'd change. Ten minutes, filmed on a phone, no script.",
        "body": """We made this video to show other providers, and our own new starters, what the buddy scheme is like from the inside.

Two new care workers and their buddies talk about the first lone call, the end-of-shift phone call, the fortnightly coffee, and the times they nearly gave up. They're honest about what didn't work, like shadow shifts being cancelled when the rota was short.

It's useful for team meetings, inductions, or for managers who want to hear it from care workers rather than from us.""",
        "resource_type": "video",
        "url": "https://example.org/resources/video-buddy-scheme",
        "challenge_areas": ["value", "leadership"],
        "regions": ["west-glamorgan"],
        "local_authorities": ["neath-port-talbot"],
        "roles": ["stakeholder", "innovator"],
        "job_roles": ["care-worker", "registered-manager", "learning-development-lead"],
        "sector": "adults",
        "evidence_level": "practice-based",
        "cost": "free",
        "time_to_implement": "weeks",
        "licence": "All rights reserved",
        "review_in_days": 720,
        "days_ago": 45,
    },
    {
        "author": "owain",
        "language": "en",
        "title": "Video series: 40 short induction films for home care workers",
        "summary": "Our library of two-to-five-minute induction films, made by care staff on a phone, covering everything from finding a key safe to talking with an upset relative. Free to use and adapt with credit.",
        "body": """These are the films we use for the online part of our induction. Each is two to five minutes long and ends with three quiz questions.

Topics include: your first day, using a key safe, when nobody answers the door, food hygiene in someone else's kitchen, dignity during personal care, recording, lone working, and speaking with family members. Most are in both Welsh and English.

Some films mention our own procedures; we've marked those so you can replace them with yours.""",
        "resource_type": "video",
        "url": "https://example.org/resources/induction-films",
        "challenge_areas": ["requirements", "value"],
        "regions": ["cwm-taf-morgannwg"],
        "local_authorities": ["rhondda-cynon-taf"],
        "roles": ["enabler", "stakeholder"],
        "job_roles": ["learning-development-lead", "care-worker", "registered-manager"],
        "sector": "adults",
        "evidence_level": "practice-based",
        "cost": "free",
        "time_to_implement": "weeks",
        "licence": "CC BY 4.0",
        "review_in_days": 365,
        "days_ago": 400,
    },
    {
        "author": "nia",
        "language": "en",
        "title": "Gwent community wellbeing small grants: up to £2,500 for local groups",
        "summary": "A small grants round for community groups in Gwent running activities that reduce loneliness or support unpaid carers. Light-touch application, decisions in six weeks, two rounds a year.",
        "body": """This small grants programme is funded through the regional partnership and run by a local community foundation.

- Grants of £250 to £2,500.
- For constituted community groups and small charities in the five Gwent council areas.
- Priorities: loneliness among older people, support for unpaid carers, and activities that bring generations together.
- A two-page application, or a short video application if you prefer.
- Reporting is a short conversation at the end, not a form.

Groups that have never had a grant before are especially welcome.""",
        "resource_type": "funding",
        "url": "https://example.org/funding/gwent-community-wellbeing-grants",
        "challenge_areas": ["value", "sector-unity"],
        "regions": ["gwent"],
        "local_authorities": ["blaenau-gwent", "caerphilly", "monmouthshire", "newport", "torfaen"],
        "roles": ["innovator", "stakeholder"],
        "job_roles": ["unpaid-carer", "other", "care-worker"],
        "sector": "both",
        "evidence_level": "idea",
        "cost": "free",
        "time_to_implement": "weeks",
        "licence": "All rights reserved",
        "review_in_days": 180,
        "days_ago": 25,
    },
    {
        "author": "emyr",
        "language": "cy",
        "title": "Grantiau bach ar gyfer prosiectau rhwng y cenedlaethau",
        "summary": "Grantiau o hyd at £1,500 i gartrefi gofal, ysgolion, meithrinfeydd a grwpiau cymunedol sydd eisiau dod â phlant, pobl ifanc a phobl hŷn at ei gilydd. Croesewir ceisiadau yn Gymraeg.",
        "body": """Mae'r gronfa hon yn cefnogi prosiectau bach, ymarferol sy'n dod â chenedlaethau at ei gilydd: côr ysgol yn ymweld â chartref gofal, grŵp rhieni a phlant bach yn cwrdd mewn cynllun tai gwarchod, pobl ifanc yn dysgu sgiliau digidol i bobl hŷn.

- Grantiau o £300 i £1,500.
- Gellir gwneud cais ar-lein neu dros y ffôn, yn Gymraeg neu'n Saesneg.
- Mae'n bosib talu am drafnidiaeth, deunyddiau, bwyd a chostau gwirio DBS.
- Dim ond adroddiad byr, gyda lluniau os ydych chi eisiau, sydd ei angen ar y diwedd.

Mae dwy rownd y flwyddyn.""",
        "resource_type": "funding",
        "url": "https://example.org/cyllid/grantiau-rhwng-cenedlaethau",
        "challenge_areas": ["value", "sector-unity"],
        "regions": ["all-wales"],
        "local_authorities": [],
        "roles": ["innovator", "stakeholder"],
        "job_roles": ["registered-manager", "care-worker", "other"],
        "sector": "both",
        "evidence_level": "idea",
        "cost": "free",
        "time_to_implement": "weeks",
        "licence": "All rights reserved",
        "review_in_days": 180,
        "days_ago": 60,
    },
    {
        "author": "gareth",
        "language": "en",
        "title": "Digital care records grant for small care homes in North Wales",
        "summary": "Funding of up to £8,000 for care homes with fewer than 40 beds to buy devices, improve wi-fi and train staff when moving to digital care records. Applications through the regional partnership.",
        "body": """This grant helped us move from paper to digital records, and a new round is open for small homes across the six North Wales council areas.

- Up to £8,000 per home for devices, wi-fi improvements and training time.
- Homes must have chosen a system (the grant doesn't pay licence fees beyond the first year).
- A short application and a simple plan for the first three months.
- Peer support from homes that have already made the move is offered.

If you're thinking about applying, I'm happy to share our plan and supplier scoring sheet.""",
        "resource_type": "funding",
        "url": "https://example.org/funding/north-wales-digital-records-grant",
        "challenge_areas": ["requirements", "metrics"],
        "regions": ["north-wales"],
        "local_authorities": [],
        "roles": ["innovator"],
        "job_roles": ["registered-manager", "senior-leader"],
        "sector": "adults",
        "evidence_level": "practice-based",
        "cost": "free",
        "time_to_implement": "months",
        "licence": "All rights reserved",
        "review_in_days": 120,
        "days_ago": 33,
    },
    {
        "author": "gareth",
        "language": "en",
        "title": "North Wales care home managers' network: quarterly get-together",
        "summary": "An informal quarterly meeting for registered managers and deputies of care homes across North Wales. Half a day, in person, rotating between Conwy, Denbighshire and Gwynedd. Bring a problem and lunch is provided.",
        "body": """This is a peer network run by managers, for managers. Each meeting has:

- a short talk from a member about something they've tried;
- a 'problem swap' where anyone can bring a current difficulty;
- an update from the council's commissioning team, with time for questions;
- lunch, which is often the most useful part.

Meetings are in English with Welsh welcome; several members are Welsh speakers. There's no cost, and you don't need to be a member of anything to come.""",
        "resource_type": "event",
        "url": "https://example.org/events/north-wales-managers-network",
        "challenge_areas": ["sector-unity", "leadership"],
        "regions": ["north-wales"],
        "local_authorities": ["conwy", "denbighshire", "gwynedd"],
        "roles": ["innovator", "enabler"],
        "job_roles": ["registered-manager", "middle-manager"],
        "sector": "adults",
        "evidence_level": "practice-based",
        "cost": "free",
        "time_to_implement": "days",
        "licence": "All rights reserved",
        "review_in_days": 90,
        "days_ago": 10,
    },
    {
        "author": "rachel",
        "language": "en",
        "title": "Evidence café: monthly online session for anyone working in social care",
        "summary": "Bring a question from your practice and we'll find what the research says. One hour online, at lunchtime, on the second Wednesday of each month. Summaries of past questions are shared openly.",
        "body": """The evidence café is an informal, friendly hour for care workers, social workers, OTs, managers and anyone else working in social care in south Wales.

At each café we discuss new questions people bring, and share one-page summaries of questions from the previous month. Past topics include music and agitation in dementia, therapy animals, handover practice and lone working.

You don't need any research background. You can join with camera off and just listen. Sessions are free.""",
        "resource_type": "event",
        "url": "https://example.org/events/evidence-cafe",
        "challenge_areas": ["metrics", "leadership"],
        "regions": ["west-glamorgan", "cwm-taf-morgannwg"],
        "local_authorities": [],
        "roles": ["innovator", "stakeholder", "enabler"],
        "job_roles": [
            "care-worker",
            "social-worker",
            "occupational-therapist",
            "registered-manager",
            "researcher",
        ],
        "sector": "both",
        "evidence_level": "research-backed",
        "cost": "free",
        "time_to_implement": "days",
        "licence": "CC BY 4.0",
        "review_in_days": 180,
        "days_ago": 70,
    },
    {
        "author": "gwen",
        "language": "cy",
        "title": "Gweithdy: cyd-gynhyrchu adolygiadau gyda grwpiau hunan-eiriolaeth",
        "summary": "Gweithdy hanner diwrnod yn Llangefni i weithwyr cymdeithasol, eiriolwyr a rheolwyr sydd eisiau gweithio gyda grwpiau hunan-eiriolaeth i wella ffurflenni a chyfarfodydd adolygu. Yn Gymraeg, gyda chyfieithu ar y pryd.",
        "body": """Bydd aelodau grŵp hunan-eiriolaeth o Ynys Môn yn arwain y gweithdy hwn ac yn rhannu sut y gwnaethon nhw ailysgrifennu'r ffurflen adolygu gyda gweithwyr cymdeithasol.

Yn y gweithdy:

- gweld yr hen ffurflen a'r un newydd ochr yn ochr;
- ymarfer technegau syml ar gyfer sesiynau cyd-gynhyrchu;
- trafod sut i dalu aelodau am eu hamser a'u harbenigedd;
- cynllunio cam cyntaf ar gyfer eich tîm chi.

Mae'r gweithdy am ddim. Mae lluniaeth ar gael, ac mae'r lleoliad yn hygyrch.""",
        "resource_type": "event",
        "url": "https://example.org/digwyddiadau/gweithdy-cyd-gynhyrchu-adolygiadau",
        "challenge_areas": ["leadership", "requirements"],
        "regions": ["north-wales"],
        "local_authorities": ["isle-of-anglesey"],
        "roles": ["innovator", "enabler", "stakeholder"],
        "job_roles": ["social-worker", "advocate", "middle-manager", "person-using-care"],
        "sector": "adults",
        "evidence_level": "practice-based",
        "cost": "free",
        "time_to_implement": "days",
        "licence": "All rights reserved",
        "review_in_days": 90,
        "days_ago": 5,
    },
    {
        "author": "jo",
        "language": "en",
        "title": "Hub carers' network for fostering services in south-east Wales",
        "summary": "A peer network for hub foster carers and the staff who support them, meeting online every six weeks to share what works in hub-style fostering support, from sleepover planning to keeping clusters going.",
        "body": """This network brings together foster carers who act as hub carers, and the supervising social workers and managers who support them, from fostering services in Gwent and neighbouring areas.

Each meeting includes a short round of updates, a topic chosen by carers (recent ones: planned sleepovers, supporting new carers, looking after yourself as a hub carer), and time to ask each other questions.

Independent fostering agencies are welcome. Carers are paid for their time by their own service.""",
        "resource_type": "network",
        "url": "https://example.org/networks/hub-carers",
        "challenge_areas": ["sector-unity", "value"],
        "regions": ["gwent"],
        "local_authorities": ["torfaen", "blaenau-gwent", "newport"],
        "roles": ["innovator", "stakeholder"],
        "job_roles": ["middle-manager", "social-worker", "other"],
        "sector": "children",
        "evidence_level": "practice-based",
        "cost": "free",
        "time_to_implement": "days",
        "licence": "All rights reserved",
        "review_in_days": 365,
        "days_ago": 140,
    },
    {
        "author": "alun",
        "language": "en",
        "title": "Direct payments employers' peer network",
        "summary": "A friendly network for people who employ personal assistants through direct payments in Monmouthshire and nearby. Monthly coffee mornings, a group chat and a shared back-up PA pool.",
        "body": """Being an employer through direct payments can be lonely. This network is run by and for people who do it.

- Coffee mornings on the first Friday of each month, in an accessible café.
- A group chat for quick questions: payroll, holiday pay, finding cover.
- A shared pool of back-up PAs for members who want to join.
- Occasional sessions with the direct payments support service.

Family members who manage direct payments on someone's behalf are welcome too.""",
        "resource_type": "network",
        "url": "https://example.org/networks/direct-payments-employers",
        "challenge_areas": ["requirements", "sector-unity"],
        "regions": ["gwent"],
        "local_authorities": ["monmouthshire"],
        "roles": ["stakeholder"],
        "job_roles": ["person-using-care", "unpaid-carer"],
        "sector": "adults",
        "evidence_level": "practice-based",
        "cost": "free",
        "time_to_implement": "days",
        "licence": "All rights reserved",
        "review_in_days": 365,
        "days_ago": 230,
    },
    {
        "author": "kerry",
        "language": "en",
        "title": "South Wales children's residential managers' forum",
        "summary": "A forum for registered managers of children's homes in Cwm Taf Morgannwg and Cardiff and the Vale, from councils, charities and private providers. Meets every two months to share practice and solve problems together.",
        "body": """Children's home managers often work in isolation, especially in small homes. This forum gives us a regular place to talk honestly.

We share what's working (recent topics include young people on interview panels, mobile phones at night, and therapy animals), talk through inspection experiences, and invite guests from placing authorities and health.

It's open to any registered manager or deputy of a children's home in the two regions, whoever runs it. What's said in the room stays there.""",
        "resource_type": "network",
        "url": "https://example.org/networks/childrens-residential-managers",
        "challenge_areas": ["sector-unity", "leadership"],
        "regions": ["cwm-taf-morgannwg", "cardiff-and-vale"],
        "local_authorities": [],
        "roles": ["innovator", "enabler"],
        "job_roles": ["registered-manager", "middle-manager"],
        "sector": "children",
        "evidence_level": "practice-based",
        "cost": "free",
        "time_to_implement": "days",
        "licence": "All rights reserved",
        "review_in_days": 365,
        "days_ago": 280,
    },
]


CONTACTS = [
    {
        "person": "ffion",
        "name": "Ffion Roberts",
        "is_organisation": False,
        "language": "cy",
        "role": "innovator",
        "job_role": "care-worker",
        "organisation": "Cartref Llys Eifion, Porthmadog",
        "organisation_type": "care-provider-residential",
        "regions": ["north-wales"],
        "local_authorities": ["gwynedd"],
        "challenge_areas": ["value", "risk"],
        "can_help_with": "Sut i gynnal rownd feddyginiaeth heb darfu, a sut i gynnig gofal yn Gymraeg o'r diwrnod cyntaf. Hapus i groesawu ymwelwyr i'r cartref.",
        "bio": "Gweithiwr gofal mewn cartref cyfrwng Cymraeg yng Ngwynedd, a hyrwyddwr arloesi i'r cartref.",
    },
    {
        "person": "gareth",
        "name": "Gareth Hughes",
        "is_organisation": False,
        "language": "en",
        "role": "innovator",
        "job_role": "registered-manager",
        "organisation": "Bryn Derw, Colwyn Bay",
        "organisation_type": "care-provider-residential",
        "regions": ["north-wales"],
        "local_authorities": ["conwy", "denbighshire", "flintshire"],
        "challenge_areas": ["requirements", "metrics", "sector-unity"],
        "can_help_with": "Choosing and rolling out digital care records in a small home. Keeping inspection preparation light. Setting up a shared relief bank with neighbouring homes.",
        "bio": "Registered manager of a 30-bed residential home, and co-organiser of a North Wales managers' network.",
    },
    {
        "person": "tomos",
        "name": "Tomos Lloyd",
        "is_organisation": False,
        "language": "en",
        "role": "innovator",
        "job_role": "other",
        "organisation": "Clwyd Valley Homes",
        "organisation_type": "housing",
        "regions": ["north-wales"],
        "local_authorities": ["wrexham", "denbighshire", "flintshire"],
        "challenge_areas": ["risk", "value"],
        "can_help_with": "Trying out sensors and assistive technology with tenants' consent. Visits to our demonstration flat can be arranged for teams from anywhere in Wales.",
        "bio": "Digital and assistive technology lead at a housing association with extra care and supported living schemes.",
    },
    {
        "person": "sian",
        "name": "Siân Llewelyn",
        "is_organisation": False,
        "language": "cy",
        "role": "innovator",
        "job_role": "middle-manager",
        "organisation": "Gofal Glannau Teifi",
        "organisation_type": "care-provider-home-care",
        "regions": ["west-wales"],
        "local_authorities": ["ceredigion"],
        "challenge_areas": ["value", "leadership"],
        "can_help_with": "Symud at dimau ardal fach mewn gofal cartref, a chadw staff mewn ardaloedd gwledig. Gallaf siarad â thimau eraill ar-lein neu wyneb yn wyneb.",
        "bio": "Rheolwr gofal yn y gymuned mewn asiantaeth gofal cartref yng Ngheredigion.",
    },
    {
        "person": "dafydd",
        "name": "Dafydd Pugh",
        "is_organisation": False,
        "language": "en",
        "role": "innovator",
        "job_role": "social-worker",
        "organisation": "Adult social care, north Powys",
        "organisation_type": "local-authority",
        "regions": ["powys"],
        "local_authorities": ["powys-county"],
        "challenge_areas": ["risk", "leadership"],
        "can_help_with": "Setting up a positive risk-taking panel, and working with community connectors in rural areas. Happy to join your team meeting by video.",
        "bio": "Social worker in a rural adult team who helped set up a 'Yes, if…' panel.",
    },
    {
        "person": "catrin",
        "name": "Catrin Mathias",
        "is_organisation": False,
        "language": "en",
        "role": "innovator",
        "job_role": "occupational-therapist",
        "organisation": "Community reablement team, Swansea",
        "organisation_type": "local-authority",
        "regions": ["west-glamorgan"],
        "local_authorities": ["swansea", "neath-port-talbot"],
        "challenge_areas": ["value", "requirements", "risk"],
        "can_help_with": "Single-handed care reviews, home-based kitchen assessments and running OT drop-ins in community spaces.",
        "bio": "Occupational therapist in a reablement team, with a background in hospital OT.",
    },
    {
        "person": "rachel",
        "name": "Dr Rachel Okafor",
        "is_organisation": False,
        "language": "en",
        "role": "enabler",
        "job_role": "researcher",
        "organisation": "Centre for Care Practice Research",
        "organisation_type": "university-research",
        "regions": ["west-glamorgan", "cwm-taf-morgannwg", "cardiff-and-vale"],
        "local_authorities": [],
        "challenge_areas": ["metrics", "leadership"],
        "can_help_with": "Planning a light-touch evaluation of something you're already doing, and finding what research says about a practice question.",
        "bio": "Researcher who works with care providers and councils on small, practical evaluations.",
    },
    {
        "person": "owain",
        "name": "Owain Griffiths",
        "is_organisation": False,
        "language": "en",
        "role": "enabler",
        "job_role": "learning-development-lead",
        "organisation": "Valleys Community Care",
        "organisation_type": "care-provider-home-care",
        "regions": ["cwm-taf-morgannwg", "all-wales"],
        "local_authorities": ["rhondda-cynon-taf", "merthyr-tydfil"],
        "challenge_areas": ["value", "requirements", "sector-unity"],
        "can_help_with": "Setting up apprenticeships with a local college, making induction films on a phone, and joining the learning passport scheme.",
        "bio": "Learning and development lead for a home care provider with about 280 staff.",
    },
    {
        "person": "kerry",
        "name": "Kerry Morgan",
        "is_organisation": False,
        "language": "en",
        "role": "innovator",
        "job_role": "registered-manager",
        "organisation": "Tŷ Coed children's home",
        "organisation_type": "care-provider-residential",
        "regions": ["cwm-taf-morgannwg"],
        "local_authorities": ["bridgend"],
        "challenge_areas": ["leadership", "risk"],
        "can_help_with": "Involving young people in recruitment, and making small children's homes feel less institutional.",
        "bio": "Registered manager of a four-bed children's home run by a not-for-profit provider.",
    },
    {
        "person": "aisha",
        "name": "Aisha Rahman",
        "is_organisation": False,
        "language": "en",
        "role": "innovator",
        "job_role": "social-worker",
        "organisation": "Children's services, Cardiff",
        "organisation_type": "local-authority",
        "regions": ["cardiff-and-vale"],
        "local_authorities": ["cardiff", "vale-of-glamorgan"],
        "challenge_areas": ["requirements", "risk", "value"],
        "can_help_with": "Writing records to the child, moving family group conferences earlier, and working with a youth advisory group.",
        "bio": "Senior practitioner in children's services with a particular interest in plain-language practice.",
    },
    {
        "person": "nia",
        "name": "Nia Prosser",
        "is_organisation": False,
        "language": "en",
        "role": "enabler",
        "job_role": "commissioner",
        "organisation": "Adult services commissioning, Newport",
        "organisation_type": "local-authority",
        "regions": ["gwent"],
        "local_authorities": ["newport", "caerphilly", "torfaen"],
        "challenge_areas": ["requirements", "metrics", "sector-unity"],
        "can_help_with": "Outcome-based and patch-based home care contracts, co-designing tenders, and open-book cost conversations with providers.",
        "bio": "Commissioning officer for home care and supported living, formerly a provider manager.",
    },
    {
        "person": "jo",
        "name": "Jo Bevan",
        "is_organisation": False,
        "language": "en",
        "role": "innovator",
        "job_role": "middle-manager",
        "organisation": "Fostering service, Torfaen",
        "organisation_type": "local-authority",
        "regions": ["gwent"],
        "local_authorities": ["torfaen", "blaenau-gwent"],
        "challenge_areas": ["sector-unity", "value"],
        "can_help_with": "Hub-style fostering support, sibling days, and recruiting foster carers locally.",
        "bio": "Team manager in a council fostering service.",
    },
    {
        "person": "emyr",
        "name": "Emyr Thomas",
        "is_organisation": False,
        "language": "cy",
        "role": "enabler",
        "job_role": "policy-maker",
        "organisation": "Corff cenedlaethol ar gyfer gwella gofal cymdeithasol",
        "organisation_type": "national-body",
        "regions": ["all-wales"],
        "local_authorities": [],
        "challenge_areas": ["sector-unity", "requirements", "metrics"],
        "can_help_with": "Dod o hyd i bobl sy'n gweithio ar yr un her mewn rhan arall o Gymru, ac ymuno â'r gymuned ymarfer i hyrwyddwyr arloesi.",
        "bio": "Swyddog polisi arloesi a gweithlu, cyn-weithiwr cymdeithasol.",
    },
    {
        "person": None,
        "name": "North Wales Care Managers' Network",
        "is_organisation": True,
        "language": "en",
        "role": "enabler",
        "job_role": None,
        "organisation": "North Wales Care Managers' Network",
        "organisation_type": "third-sector",
        "regions": ["north-wales"],
        "local_authorities": [
            "isle-of-anglesey",
            "gwynedd",
            "conwy",
            "denbighshire",
            "flintshire",
            "wrexham",
        ],
        "challenge_areas": ["sector-unity", "leadership"],
        "can_help_with": "Putting registered managers in touch with peers who have faced the same problem. Quarterly meetings and an email group for care home and home care managers.",
        "bio": "A peer network run by and for managers of care services across the six North Wales council areas.",
    },
    {
        "person": None,
        "name": "Rhwydwaith Gofalwyr Gorllewin Cymru",
        "is_organisation": True,
        "language": "cy",
        "role": "stakeholder",
        "job_role": None,
        "organisation": "Rhwydwaith Gofalwyr Gorllewin Cymru",
        "organisation_type": "third-sector",
        "regions": ["west-wales"],
        "local_authorities": ["carmarthenshire", "ceredigion", "pembrokeshire"],
        "challenge_areas": ["value", "sector-unity"],
        "can_help_with": "Cysylltu gofalwyr di-dâl â grwpiau lleol, a rhoi llais i ofalwyr mewn trafodaethau am seibiant a gwasanaethau. Gallwn ddod o hyd i ofalwyr sy'n fodlon rhannu eu profiad.",
        "bio": "Rhwydwaith o grwpiau gofalwyr a gofalwyr unigol yn Sir Gaerfyrddin, Ceredigion a Sir Benfro.",
    },
    {
        "person": None,
        "name": "Powys Community Connectors Partnership",
        "is_organisation": True,
        "language": "en",
        "role": "enabler",
        "job_role": None,
        "organisation": "Powys Community Connectors Partnership",
        "organisation_type": "third-sector",
        "regions": ["powys"],
        "local_authorities": ["powys-county"],
        "challenge_areas": ["value", "sector-unity"],
        "can_help_with": "Advice on setting up community connector drop-ins in libraries and small towns, and on mapping local groups people can be linked to.",
        "bio": "A partnership of a county voluntary council, the council and local charities that hosts community connectors across Powys.",
    },
    {
        "person": None,
        "name": "Cwm Taf Morgannwg Care Innovation Hub",
        "is_organisation": True,
        "language": "en",
        "role": "enabler",
        "job_role": None,
        "organisation": "Cwm Taf Morgannwg regional partnership",
        "organisation_type": "local-authority",
        "regions": ["cwm-taf-morgannwg"],
        "local_authorities": ["bridgend", "merthyr-tydfil", "rhondda-cynon-taf"],
        "challenge_areas": ["leadership", "risk", "metrics"],
        "can_help_with": "Small amounts of seed funding, help writing up and evaluating an idea, and introductions to the right people in councils and the health board.",
        "bio": "A small team in the regional partnership that supports frontline staff and providers to test new ideas.",
    },
    {
        "person": None,
        "name": "Gwent Care Provider Forum",
        "is_organisation": True,
        "language": "en",
        "role": "enabler",
        "job_role": None,
        "organisation": "Gwent Care Provider Forum",
        "organisation_type": "third-sector",
        "regions": ["gwent"],
        "local_authorities": ["blaenau-gwent", "caerphilly", "monmouthshire", "newport", "torfaen"],
        "challenge_areas": ["sector-unity", "requirements", "value"],
        "can_help_with": "A collective voice for independent providers in conversations with commissioners. Joint recruitment events and shared training.",
        "bio": "A membership forum for home care, residential and supported living providers across the five Gwent council areas.",
    },
    {
        "person": None,
        "name": "Care-Experienced Voices Cardiff and Vale",
        "is_organisation": True,
        "language": "en",
        "role": "stakeholder",
        "job_role": None,
        "organisation": "Care-Experienced Voices Cardiff and Vale",
        "organisation_type": "third-sector",
        "regions": ["cardiff-and-vale"],
        "local_authorities": ["cardiff", "vale-of-glamorgan"],
        "challenge_areas": ["leadership", "value"],
        "can_help_with": "Care-experienced young people who can review letters, leaflets and forms, sit on interview panels or help design services. We ask that young people are paid for their time.",
        "bio": "A youth-led group of care-experienced young people aged 14 to 25.",
    },
    {
        "person": None,
        "name": "All-Wales Social Care Evaluation Support Service",
        "is_organisation": True,
        "language": "en",
        "role": "enabler",
        "job_role": None,
        "organisation": "All-Wales Social Care Evaluation Support Service",
        "organisation_type": "university-research",
        "regions": ["all-wales"],
        "local_authorities": [],
        "challenge_areas": ["metrics", "sector-unity"],
        "can_help_with": "Free advice sessions for anyone in social care who wants to know whether something they're trying is working. We can help design simple measures and surveys.",
        "bio": "A service run by a group of Welsh universities to help practitioners evaluate their own work.",
    },
    {
        "person": None,
        "name": "Rhwydwaith Technoleg Gynorthwyol y Gogledd",
        "is_organisation": True,
        "language": "cy",
        "role": "enabler",
        "job_role": None,
        "organisation": "Rhwydwaith Technoleg Gynorthwyol y Gogledd",
        "organisation_type": "supplier-technology",
        "regions": ["north-wales"],
        "local_authorities": ["gwynedd", "isle-of-anglesey", "conwy"],
        "challenge_areas": ["risk", "value"],
        "can_help_with": "Cyngor annibynnol ar dechnoleg gynorthwyol sy'n gweithio yn Gymraeg, fel cynorthwywyr llais, clociau sy'n siarad a ffonau syml.",
        "bio": "Rhwydwaith bach o arbenigwyr technoleg, therapyddion a chyflenwyr sy'n profi offer gyda siaradwyr Cymraeg.",
    },
]


NEEDS = [
    {
        "author": "sarah",
        "language": "en",
        "title": "Has anyone in Powys or west Wales used community connectors to shorten waiting lists for assessment?",
        "body": """Our integrated teams in Pembrokeshire have a waiting list of around 180 people for a first social care assessment. When we sample the list, many people seem to want help finding something local (transport, company, a bit of help around the house) rather than paid care.

Has anyone put community connectors in front of the assessment queue, rather than behind it? I'd like to know how you made sure people who do need care weren't missed, and how you counted the work.""",
        "challenge_areas": ["value", "metrics"],
        "regions": ["west-wales", "powys"],
        "local_authorities": ["pembrokeshire"],
        "answered": True,
        "days_ago": 380,
        "replies": [
            {
                "author": "dafydd",
                "body": "We did exactly this in north Powys by moving connectors into libraries and cafés. About half the people they saw needed nothing more from us. The key was agreeing with our manager that connector conversations counted as contacts, so they showed up in the figures.",
                "innovation_titles": [
                    "Community connectors based in the market towns, not the council office"
                ],
            },
            {
                "author": "rachel",
                "body": "If it helps, we can support a simple before-and-after look at your waiting list. Sampling 50 referrals and recording what people actually needed is a good starting point.",
                "innovation_titles": [],
            },
        ],
    },
    {
        "author": "gareth",
        "language": "en",
        "title": "Has anyone got their community pharmacy's system talking to their digital care records?",
        "body": """We've been on digital care records for a year and it's working well, except for medication. Our pharmacy sends printed charts, and staff key every change into our system by hand. It's slow and it's where mistakes could creep in.

Has any care home in Wales managed to get electronic medication records flowing from the pharmacy into their care records system? Which systems, and who did you have to talk to?""",
        "challenge_areas": ["requirements", "risk"],
        "regions": ["north-wales"],
        "local_authorities": ["conwy"],
        "answered": False,
        "days_ago": 150,
        "replies": [
            {
                "author": "tomos",
                "body": "Not yet for us either. Our supplier says the link exists with two pharmacy systems but depends on the pharmacy paying for it. Worth asking your supplier for a list of pharmacies already connected in North Wales.",
                "innovation_titles": [],
            }
        ],
    },
    {
        "author": "sian",
        "language": "cy",
        "title": "Oes unrhyw un wedi trefnu yswiriant ar gyfer ceir sy'n cael eu rhannu gan weithwyr gofal?",
        "body": """Rydyn ni'n ystyried prydlesu ceir trydan bach i weithwyr gofal sydd heb gar. Y cwestiwn mawr yw yswiriant: sut mae yswirio car sy'n cael ei yrru gan sawl person, rhai ohonyn nhw'n ifanc ac wedi pasio'u prawf yn ddiweddar?

Ydy unrhyw asiantaeth neu gyngor yng Nghymru wedi gwneud hyn? Pa fath o bolisi oedd ganddoch chi, a faint oedd y gost yn fras?""",
        "challenge_areas": ["value", "requirements"],
        "regions": ["west-wales"],
        "local_authorities": ["ceredigion"],
        "answered": False,
        "days_ago": 20,
        "replies": [
            {
                "author": "nia",
                "body": "Our council has pool cars insured on a fleet policy that covers any authorised driver over 21. Providers in our forum have talked about sharing a council fleet arrangement, but nobody has done it yet. Happy to put you in touch with our fleet manager.",
                "innovation_titles": [],
            }
        ],
    },
    {
        "author": "bethan",
        "language": "cy",
        "title": "Oes grwpiau gofalwyr yn y gogledd sy'n cwrdd yn Gymraeg gyda'r nos?",
        "body": """Mae ffrind i mi sy'n ofalwr wedi symud i Wynedd. Mae'n gweithio yn ystod y dydd, felly dydy grwpiau bore ddim yn bosib iddi. Mae'n chwilio am grŵp neu rwydwaith sy'n cwrdd gyda'r nos neu ar-lein, yn Gymraeg os yn bosib.

Oes rhywun yn gwybod am rywbeth tebyg? Diolch yn fawr.""",
        "challenge_areas": ["value", "sector-unity"],
        "regions": ["north-wales"],
        "local_authorities": ["gwynedd"],
        "answered": True,
        "days_ago": 95,
        "replies": [
            {
                "author": "gwen",
                "body": "Mae grŵp gofalwyr yng Nghaernarfon sy'n cwrdd ar-lein bob yn ail nos Fawrth, yn Gymraeg. Anfonwch neges ata i ac fe wna i roi'r manylion i chi.",
                "innovation_titles": [],
            },
            {
                "author": "ffion",
                "body": "Mae'r gwasanaeth cyfeillion ffôn Cymraeg hefyd yn croesawu gofalwyr, os ydy hi eisiau sgwrs wythnosol yn hytrach na grŵp.",
                "innovation_titles": [
                    "Cyfeillion ffôn Cymraeg i bobl hŷn sy'n byw ar eu pen eu hunain"
                ],
            },
        ],
    },
    {
        "author": "jo",
        "language": "en",
        "title": "How do other fostering services arrange sibling contact across council boundaries?",
        "body": """Several of our sibling groups are split between foster homes in Torfaen, Newport and Cardiff. Our sibling days work well for children within the county, but travel and different arrangements between councils make it hard for others.

Has anyone set up a joint sibling contact arrangement with a neighbouring council? How did you share costs and agree who supervises?""",
        "challenge_areas": ["sector-unity", "requirements"],
        "regions": ["gwent", "cardiff-and-vale"],
        "local_authorities": ["torfaen", "cardiff"],
        "answered": False,
        "days_ago": 210,
        "replies": [
            {
                "author": "aisha",
                "body": "We'd be interested in joining something like this from Cardiff. At the moment each social worker arranges it case by case, which is exhausting. Could we start with a joint day for two or three sibling groups?",
                "innovation_titles": [
                    "Sibling days: keeping brothers and sisters in care connected"
                ],
            }
        ],
    },
    {
        "author": "kerry",
        "language": "en",
        "title": "How are other children's homes handling mobile phones at night without confiscating them?",
        "body": """We want to move away from taking phones off young people at bedtime, which causes more arguments than anything else in the house. But some of our young people are at real risk from people contacting them late at night.

What have other homes tried? Agreements made with the young person, charging points outside bedrooms, settings on the phone? I'm interested in what worked and what didn't.""",
        "challenge_areas": ["risk", "leadership"],
        "regions": ["cwm-taf-morgannwg"],
        "local_authorities": ["bridgend"],
        "answered": False,
        "days_ago": 60,
        "replies": [
            {
                "author": "aisha",
                "body": "One of our homes agrees an individual phone plan with each young person at their review, and it's written in their own words. Having the agreement in their plan, rather than as a house rule, seems to reduce the battles.",
                "innovation_titles": [],
            }
        ],
    },
    {
        "author": "catrin",
        "language": "en",
        "title": "Has anyone found a quick way to get small equipment to people in under a week?",
        "body": """Simple aids such as perching stools, toilet frames and tap turners can take three weeks to arrive through our equipment store. By then, people have often struggled on or had a fall.

Does anyone have a stock of small items that staff can hand out directly, or a different arrangement with their store? How do you keep track of what's been issued?""",
        "challenge_areas": ["requirements", "risk"],
        "regions": ["west-glamorgan"],
        "local_authorities": ["swansea"],
        "answered": True,
        "days_ago": 330,
        "replies": [
            {
                "author": "tomos",
                "body": "Our demonstration flat keeps a small loan stock of everyday items as well as technology. People can take things home the same day, and we log them on a simple spreadsheet. Come and see it if you're ever up north.",
                "innovation_titles": [
                    "A 'try before you buy' smart flat and lending library for assistive technology"
                ],
            },
            {
                "author": "sarah",
                "body": "Our reablement cars carry a small kit of common items, topped up weekly from the store. Staff record what they leave on the visit record. It's cut waits for small items to the same day.",
                "innovation_titles": [],
            },
        ],
    },
    {
        "author": "lee",
        "language": "en",
        "title": "What do other home care teams use for lone working on late calls?",
        "body": """Our team does late calls up to 10.30pm in the valleys, often with poor signal. At the moment we text the on-call senior when we finish, which isn't reliable.

What do other agencies use? An app, a phone system, something simple? I'd especially like to hear from care workers about what it's like to use, and whether it feels like being tracked.""",
        "challenge_areas": ["risk", "value"],
        "regions": ["west-glamorgan", "cwm-taf-morgannwg"],
        "local_authorities": ["neath-port-talbot"],
        "answered": False,
        "days_ago": 11,
        "replies": [
            {
                "author": "owain",
                "body": "We use a 'finished and safe' button in our rota app. It took a few weeks for people to remember to press it, but now it's routine. We agreed in writing with staff that location is only seen if an alert is raised.",
                "innovation_titles": [],
            }
        ],
    },
    {
        "author": "owain",
        "language": "en",
        "title": "Is anyone running home care apprenticeships where the apprentices don't drive?",
        "body": """Half of the young people interested in our apprenticeship don't have a licence or a car. In the valleys, home care without a car is very hard.

Has anyone made it work, perhaps with walking runs in town centres, pairing with a driver, or paying for driving lessons? Any ideas welcome.""",
        "challenge_areas": ["value", "requirements"],
        "regions": ["cwm-taf-morgannwg"],
        "local_authorities": ["rhondda-cynon-taf"],
        "answered": False,
        "days_ago": 240,
        "replies": [
            {
                "author": "sian",
                "body": "We have the same problem in Ceredigion and are looking at shared electric cars for staff. We've also put non-drivers on runs in the town where calls are within walking distance. Happy to compare notes.",
                "innovation_titles": ["Ceir trydan a rennir i weithwyr gofal sydd heb gar"],
            },
            {
                "author": "nia",
                "body": "Our supermarket recruitment days found a lot of people who live on bus routes in town centres. Matching them to compact town runs worked better than we expected.",
                "innovation_titles": [
                    "Care recruitment pop-ups in supermarkets, with care workers doing the talking"
                ],
            },
        ],
    },
    {
        "author": "rachel",
        "language": "en",
        "title": "Is there a children's team in Cardiff or the Vale willing to test picture cards in reviews?",
        "body": """We've developed a set of picture cards that people sort to describe what is and isn't going well in their lives, and tested them with adult services. We'd like to adapt them with children and young people in care, and we're looking for a team who'd help us.

It would involve two design sessions with young people and then using the cards in around 20 reviews.""",
        "challenge_areas": ["metrics", "leadership"],
        "regions": ["cardiff-and-vale"],
        "local_authorities": ["cardiff", "vale-of-glamorgan"],
        "answered": False,
        "days_ago": 100,
        "replies": [
            {
                "author": "aisha",
                "body": "Our youth advisory group would be keen to help design a children's version. They did a great job on our letters. Let's talk about paying them for their time.",
                "innovation_titles": [
                    "Young people rewrite the letters children's services send out"
                ],
            }
        ],
    },
    {
        "author": "nia",
        "language": "en",
        "title": "Has any council changed its payment system to pay home care providers for outcomes rather than hours?",
        "body": """We're paying two pilot patches for outcomes, but our finance system only understands hours, so we're raising manual invoices every month. That won't work at scale.

Has any council in Wales changed its payment or care management system to handle a set weekly payment per patch or per person? What did you have to change, and how long did it take?""",
        "challenge_areas": ["requirements", "metrics"],
        "regions": ["gwent", "all-wales"],
        "local_authorities": ["newport"],
        "answered": True,
        "days_ago": 400,
        "replies": [
            {
                "author": "sian",
                "body": "Ceredigion pays us a set amount for each area team rather than per call. From our side it's one invoice a month per area. I can ask our contracts officer at the council to speak to you.",
                "innovation_titles": [
                    "Timau ardal fach: gweithwyr gofal cartref yn trefnu eu rowndiau eu hunain"
                ],
            },
            {
                "author": "emyr",
                "body": "Mae dau gyngor arall wedi gofyn yr un cwestiwn i ni eleni. Fe allwn ni drefnu galwad rhwng y tri ohonoch chi i rannu'r hyn rydych chi wedi'i ddysgu.",
                "innovation_titles": [],
            },
        ],
    },
    {
        "author": "alun",
        "language": "en",
        "title": "Can direct payment employers share the cost of training for personal assistants?",
        "body": """As a PA employer, I have to arrange my own PAs' training: moving and handling, first aid, safeguarding. On my own, it's expensive and hard to find courses with one or two places.

Is there a way for a few of us to share training, or to use training that PAs have already done with another employer?""",
        "challenge_areas": ["requirements", "sector-unity"],
        "regions": ["gwent"],
        "local_authorities": ["monmouthshire"],
        "answered": True,
        "days_ago": 170,
        "replies": [
            {
                "author": "owain",
                "body": "We're part of a learning passport scheme where providers accept each other's training. There's no reason PA employers couldn't join. I'll raise it at our next meeting.",
                "innovation_titles": [
                    "A learning passport so care workers don't redo the same training every time they change employer"
                ],
            },
            {
                "author": "nia",
                "body": "The direct payments support service can block-book places on council training for PAs. It's not well advertised. I'll ask them to contact your network.",
                "innovation_titles": [],
            },
        ],
    },
    {
        "author": "emyr",
        "language": "cy",
        "title": "Pwy sydd wedi mapio'r holl ffurflenni maen nhw'n eu llenwi i wahanol gyrff?",
        "body": """Rydyn ni'n casglu enghreifftiau o ddarparwyr sydd wedi rhestru'r holl ffurflenni a'r adroddiadau maen nhw'n eu hanfon i'r cyngor, y bwrdd iechyd, yr arolygiaeth a chyrff eraill.

Os ydych chi wedi gwneud hyn, hyd yn oed yn fras ar gefn amlen, fe fydden ni'n ddiolchgar iawn o'i weld. Rydyn ni eisiau deall faint o ddyblygu sydd, er mwyn dechrau sgwrs am set graidd o ddata.""",
        "challenge_areas": ["requirements", "metrics"],
        "regions": ["all-wales"],
        "local_authorities": [],
        "answered": False,
        "days_ago": 40,
        "replies": [
            {
                "author": "gareth",
                "body": "We counted 14 different returns a quarter at our home. Our evidence map started as a way to stop building inspection folders, but it also shows where information already lives. Happy to share both.",
                "innovation_titles": [
                    "A one-page evidence map so a CIW inspection isn't a week of digging through folders"
                ],
            },
            {
                "author": "sian",
                "body": "Fe wnaethon ni restr y llynedd ar gyfer gofal cartref: naw ffurflen wahanol bob mis. Fe anfona i hi atoch chi.",
                "innovation_titles": [],
            },
        ],
    },
    {
        "author": "gwen",
        "language": "cy",
        "title": "Oes unrhyw un wedi defnyddio lluniau neu gardiau mewn cyfarfodydd gydag oedolion ag anabledd dysgu?",
        "body": """Mae aelodau ein grŵp hunan-eiriolaeth yn dweud bod cyfarfodydd mawr, fel adolygiadau a chyfarfodydd diogelu, yn anodd eu dilyn. Rydyn ni'n chwilio am ffyrdd syml o helpu pobl i ddweud eu dweud: lluniau, cardiau, symbolau.

Oes unrhyw un wedi defnyddio rhywbeth sy'n gweithio? Yn enwedig rhywbeth sydd ar gael yn Gymraeg.""",
        "challenge_areas": ["leadership", "requirements"],
        "regions": ["north-wales"],
        "local_authorities": ["isle-of-anglesey"],
        "answered": True,
        "days_ago": 85,
        "replies": [
            {
                "author": "rachel",
                "body": "Our 'What good looks like' cards were written with people who use day services, and we'd love to work with your group on a Welsh version. The card sort works well in reviews.",
                "innovation_titles": [
                    "'What good looks like' cards: an outcome measure written with people who use services"
                ],
            },
            {
                "author": "ffion",
                "body": "Rydyn ni'n defnyddio cardiau lluniau syml yn y cartref gyda phobl sy'n byw gyda dementia. Dydyn nhw ddim wedi'u cynllunio ar gyfer cyfarfodydd, ond fe allech chi eu haddasu. Rhowch wybod os hoffech chi weld copi.",
                "innovation_titles": [],
            },
        ],
    },
    {
        "author": "tomos",
        "language": "en",
        "title": "How have others handled consent for sensors when a tenant can't make that decision themselves?",
        "body": """Most tenants in our extra care trial decided for themselves whether to have monitoring. For a few, living with advanced dementia, it's a best interests decision, and families and staff don't always agree.

How have others approached this? Who was involved, how did you record it, and how often did you review it?""",
        "challenge_areas": ["risk", "leadership"],
        "regions": ["north-wales"],
        "local_authorities": ["wrexham"],
        "answered": False,
        "days_ago": 30,
        "replies": [
            {
                "author": "dafydd",
                "body": "We bring decisions like this to our 'Yes, if…' panel. Writing down the risks of not using the sensor, as well as the risks of using it, helps families and staff see the whole picture. Reviewing at three months is important.",
                "innovation_titles": ["A 'Yes, if…' panel for positive risk-taking"],
            },
            {
                "author": "gwen",
                "body": "Please think about involving an independent advocate where there's disagreement or no family. It often helps everyone feel the decision was fair.",
                "innovation_titles": [],
            },
        ],
    },
    {
        "author": "sarah",
        "language": "en",
        "title": "Is anyone using an ambulance clinical support line with care homes, not just home care?",
        "body": """Our lifting chair scheme works with reablement and home care staff. Several care homes have asked whether they can use the same clinical support line when a resident falls without injury.

Has anyone extended this kind of arrangement to care homes? I'm interested in how you handled training for night staff and agreement with the ambulance service.""",
        "challenge_areas": ["risk", "sector-unity"],
        "regions": ["west-wales"],
        "local_authorities": ["pembrokeshire", "carmarthenshire"],
        "answered": False,
        "days_ago": 125,
        "replies": [
            {
                "author": "gareth",
                "body": "We'd be very interested in North Wales. Our night staff sometimes wait hours with a resident on the floor who isn't hurt. We have lifting equipment but staff don't feel able to use it without a clinician's view.",
                "innovation_titles": [
                    "Lifting chairs in home care cars: getting people up off the floor without waiting hours for an ambulance"
                ],
            }
        ],
    },
    {
        "author": "aisha",
        "language": "en",
        "title": "What would you put in a starter box for a care leaver's first flat on a tight budget?",
        "body": """We give care leavers a budget to choose items for their first flat. Young people have told us some things they wish they'd had, and some things they never used.

What would other services, foster carers or care-experienced people put at the top of the list? We're especially interested in things that cost little but made a difference.""",
        "challenge_areas": ["value"],
        "regions": ["cardiff-and-vale"],
        "local_authorities": ["cardiff"],
        "answered": False,
        "days_ago": 160,
        "replies": [
            {
                "author": "kerry",
                "body": "Our young people always say a decent duvet, a slow cooker and a phone charger that reaches the bed. And a simple list of what bills will arrive and when.",
                "innovation_titles": [],
            },
            {
                "author": "jo",
                "body": "Foster carers here suggest a framed photo or two from their time in placement, if the young person wants it. It makes a new flat feel less empty.",
                "innovation_titles": [
                    "A key worker and a 'starter box' for care leavers moving into their first flat"
                ],
            },
        ],
    },
    {
        "author": "gareth",
        "language": "en",
        "title": "Has anyone in Conwy or Denbighshire tried sharing night staff between small homes?",
        "body": """Our shared relief bank with two other homes is working for day shifts. Night shifts are harder: each home needs a waking night worker, and short notice absences are common.

Has anyone shared night cover between small homes or supported living houses nearby? How did you manage the risk of one person covering more than one building, and what did the inspectorate say?""",
        "challenge_areas": ["risk", "sector-unity"],
        "regions": ["north-wales"],
        "local_authorities": ["conwy", "denbighshire"],
        "answered": False,
        "days_ago": 14,
        "replies": [
            {
                "author": "tomos",
                "body": "In supported living we moved to two waking staff covering three houses on one estate, with sensors. It's a different setting from a registered care home, but the planning process might help.",
                "innovation_titles": [
                    "One shared waking night team across three supported living houses"
                ],
            }
        ],
    },
]
