"""Seed data for the ShareHub taxonomy (challenge areas, regions, roles and more).

A Django data migration reads these lists to fill the taxonomy tables; staff can
edit the rows afterwards. Slugs are part of the public contract (URLs, API
filters, exports) and must not change.

Welsh text (name_cy, description_cy) awaits review by a Welsh translator.
"""

from __future__ import annotations

CHALLENGE_AREAS = [
    {
        "slug": "value",
        "name_en": "Value",
        "name_cy": "Gwerth",
        "description_en": (
            "How much social care and its workforce are valued: pay, recognition "
            "and standing compared with health, public perception, and keeping "
            "good people in the sector."
        ),
        "description_cy": (
            "Faint o werth a roddir i ofal cymdeithasol a'i weithlu: cyflog, "
            "cydnabyddiaeth a statws o'i gymharu ag iechyd, canfyddiad y cyhoedd, "
            "a chadw pobl dda yn y sector."
        ),
    },
    {
        "slug": "metrics",
        "name_en": "Metrics",
        "name_cy": "Mesurau",
        "description_en": (
            "How impact is measured and evidenced: data and targets that miss "
            "what matters, and ways of capturing the qualitative outcomes that "
            "show the difference care makes."
        ),
        "description_cy": (
            "Sut mae effaith yn cael ei mesur a'i thystiolaethu: data a thargedau "
            "sy'n methu'r hyn sy'n bwysig, a ffyrdd o gofnodi'r canlyniadau "
            "ansoddol sy'n dangos y gwahaniaeth y mae gofal yn ei wneud."
        ),
    },
    {
        "slug": "leadership",
        "name_en": "Leadership and culture",
        "name_cy": "Arweinyddiaeth a diwylliant",
        "description_en": (
            "Leadership at every level, not only at the top: how managers and "
            "leaders signal, permit and encourage change, and the workplace "
            "culture that follows."
        ),
        "description_cy": (
            "Arweinyddiaeth ar bob lefel, nid ar y brig yn unig: sut mae rheolwyr "
            "ac arweinwyr yn rhoi arwydd, caniatâd ac anogaeth i newid, a'r "
            "diwylliant gwaith sy'n dilyn."
        ),
    },
    {
        "slug": "risk",
        "name_en": "Risk",
        "name_cy": "Risg",
        "description_en": (
            "Risk aversion and fear of failure that hold new ideas back, and "
            "positive, proportionate ways of managing risk so that people can "
            "try things safely."
        ),
        "description_cy": (
            "Amharodrwydd i fentro ac ofn methu sy'n dal syniadau newydd yn ôl, a "
            "ffyrdd cadarnhaol a chymesur o reoli risg fel y gall pobl roi cynnig "
            "ar bethau'n ddiogel."
        ),
    },
    {
        "slug": "sector-unity",
        "name_en": "Sector unity",
        "name_cy": "Undod y sector",
        "description_en": (
            "Joining up a scattered sector: shared pathways, networks and a common "
            "voice so that public, private and third sector organisations learn "
            "from and work with each other."
        ),
        "description_cy": (
            "Dod â sector gwasgaredig ynghyd: llwybrau a rhwydweithiau cyffredin a "
            "llais unedig er mwyn i sefydliadau cyhoeddus, preifat a'r trydydd "
            "sector ddysgu a gweithio gyda'i gilydd."
        ),
    },
    {
        "slug": "requirements",
        "name_en": "Requirements",
        "name_cy": "Gofynion",
        "description_en": (
            "Regulation, commissioning, contracts, reporting and funding "
            "conditions that add pressure or block change, and ways of building "
            "room for innovation into them."
        ),
        "description_cy": (
            "Rheoleiddio, comisiynu, contractau, adrodd ac amodau cyllido sy'n "
            "ychwanegu pwysau neu'n rhwystro newid, a ffyrdd o greu lle i arloesi "
            "o'u mewn."
        ),
    },
]

REGIONS = [
    {
        "slug": "north-wales",
        "name_en": "North Wales",
        "name_cy": "Gogledd Cymru",
        "description_en": (
            "The North Wales regional partnership board area, covering Anglesey, "
            "Gwynedd, Conwy, Denbighshire, Flintshire and Wrexham."
        ),
        "description_cy": (
            "Ardal Bwrdd Partneriaeth Rhanbarthol Gogledd Cymru, sy'n cynnwys Ynys "
            "Môn, Gwynedd, Conwy, Sir Ddinbych, Sir y Fflint a Wrecsam."
        ),
        "local_authorities": [
            {"slug": "isle-of-anglesey", "name_en": "Isle of Anglesey", "name_cy": "Ynys Môn"},
            {"slug": "gwynedd", "name_en": "Gwynedd", "name_cy": "Gwynedd"},
            {"slug": "conwy", "name_en": "Conwy", "name_cy": "Conwy"},
            {"slug": "denbighshire", "name_en": "Denbighshire", "name_cy": "Sir Ddinbych"},
            {"slug": "flintshire", "name_en": "Flintshire", "name_cy": "Sir y Fflint"},
            {"slug": "wrexham", "name_en": "Wrexham", "name_cy": "Wrecsam"},
        ],
    },
    {
        "slug": "west-wales",
        "name_en": "West Wales",
        "name_cy": "Gorllewin Cymru",
        "description_en": (
            "The West Wales regional partnership board area, covering "
            "Carmarthenshire, Ceredigion and Pembrokeshire."
        ),
        "description_cy": (
            "Ardal Bwrdd Partneriaeth Rhanbarthol Gorllewin Cymru, sy'n cynnwys "
            "Sir Gaerfyrddin, Ceredigion a Sir Benfro."
        ),
        "local_authorities": [
            {"slug": "carmarthenshire", "name_en": "Carmarthenshire", "name_cy": "Sir Gaerfyrddin"},
            {"slug": "ceredigion", "name_en": "Ceredigion", "name_cy": "Ceredigion"},
            {"slug": "pembrokeshire", "name_en": "Pembrokeshire", "name_cy": "Sir Benfro"},
        ],
    },
    {
        "slug": "powys",
        "name_en": "Powys",
        "name_cy": "Powys",
        "description_en": (
            "The Powys regional partnership board area, which covers the single, "
            "largely rural county of Powys."
        ),
        "description_cy": (
            "Ardal Bwrdd Partneriaeth Rhanbarthol Powys, sy'n cynnwys un sir "
            "wledig i raddau helaeth, sef Powys."
        ),
        "local_authorities": [
            {"slug": "powys-county", "name_en": "Powys", "name_cy": "Powys"},
        ],
    },
    {
        "slug": "west-glamorgan",
        "name_en": "West Glamorgan",
        "name_cy": "Gorllewin Morgannwg",
        "description_en": (
            "The West Glamorgan regional partnership board area, covering Swansea "
            "and Neath Port Talbot."
        ),
        "description_cy": (
            "Ardal Bwrdd Partneriaeth Rhanbarthol Gorllewin Morgannwg, sy'n "
            "cynnwys Abertawe a Chastell-nedd Port Talbot."
        ),
        "local_authorities": [
            {"slug": "swansea", "name_en": "Swansea", "name_cy": "Abertawe"},
            {
                "slug": "neath-port-talbot",
                "name_en": "Neath Port Talbot",
                "name_cy": "Castell-nedd Port Talbot",
            },
        ],
    },
    {
        "slug": "cwm-taf-morgannwg",
        "name_en": "Cwm Taf Morgannwg",
        "name_cy": "Cwm Taf Morgannwg",
        "description_en": (
            "The Cwm Taf Morgannwg regional partnership board area, covering "
            "Bridgend, Merthyr Tydfil and Rhondda Cynon Taf."
        ),
        "description_cy": (
            "Ardal Bwrdd Partneriaeth Rhanbarthol Cwm Taf Morgannwg, sy'n cynnwys "
            "Pen-y-bont ar Ogwr, Merthyr Tudful a Rhondda Cynon Taf."
        ),
        "local_authorities": [
            {"slug": "bridgend", "name_en": "Bridgend", "name_cy": "Pen-y-bont ar Ogwr"},
            {"slug": "merthyr-tydfil", "name_en": "Merthyr Tydfil", "name_cy": "Merthyr Tudful"},
            {
                "slug": "rhondda-cynon-taf",
                "name_en": "Rhondda Cynon Taf",
                "name_cy": "Rhondda Cynon Taf",
            },
        ],
    },
    {
        "slug": "cardiff-and-vale",
        "name_en": "Cardiff and Vale",
        "name_cy": "Caerdydd a'r Fro",
        "description_en": (
            "The Cardiff and Vale regional partnership board area, covering "
            "Cardiff and the Vale of Glamorgan."
        ),
        "description_cy": (
            "Ardal Bwrdd Partneriaeth Rhanbarthol Caerdydd a'r Fro, sy'n cynnwys "
            "Caerdydd a Bro Morgannwg."
        ),
        "local_authorities": [
            {"slug": "cardiff", "name_en": "Cardiff", "name_cy": "Caerdydd"},
            {
                "slug": "vale-of-glamorgan",
                "name_en": "Vale of Glamorgan",
                "name_cy": "Bro Morgannwg",
            },
        ],
    },
    {
        "slug": "gwent",
        "name_en": "Gwent",
        "name_cy": "Gwent",
        "description_en": (
            "The Gwent regional partnership board area, covering Blaenau Gwent, "
            "Caerphilly, Monmouthshire, Newport and Torfaen."
        ),
        "description_cy": (
            "Ardal Bwrdd Partneriaeth Rhanbarthol Gwent, sy'n cynnwys Blaenau "
            "Gwent, Caerffili, Sir Fynwy, Casnewydd a Thor-faen."
        ),
        "local_authorities": [
            {"slug": "blaenau-gwent", "name_en": "Blaenau Gwent", "name_cy": "Blaenau Gwent"},
            {"slug": "caerphilly", "name_en": "Caerphilly", "name_cy": "Caerffili"},
            {"slug": "monmouthshire", "name_en": "Monmouthshire", "name_cy": "Sir Fynwy"},
            {"slug": "newport", "name_en": "Newport", "name_cy": "Casnewydd"},
            {"slug": "torfaen", "name_en": "Torfaen", "name_cy": "Tor-faen"},
        ],
    },
    {
        "slug": "all-wales",
        "name_en": "All Wales",
        "name_cy": "Cymru gyfan",
        "description_en": (
            "National, Wales-wide work that is not tied to one region, such as "
            "programmes led by national bodies or networks spanning the country."
        ),
        "description_cy": (
            "Gwaith cenedlaethol ledled Cymru nad yw'n perthyn i un rhanbarth, fel "
            "rhaglenni a arweinir gan gyrff cenedlaethol neu rwydweithiau sy'n "
            "cwmpasu'r wlad gyfan."
        ),
        "local_authorities": [],
    },
]

ROLES = [
    {
        "slug": "innovator",
        "name_en": "Innovator",
        "name_cy": "Arloeswr",
        "description_en": (
            "Someone who makes or tries a change in their everyday work or life, "
            "or adapts an idea that worked somewhere else."
        ),
        "description_cy": (
            "Rhywun sy'n gwneud newid neu'n rhoi cynnig arno yn ei waith neu ei "
            "fywyd bob dydd, neu'n addasu syniad a weithiodd yn rhywle arall."
        ),
    },
    {
        "slug": "enabler",
        "name_en": "Enabler",
        "name_cy": "Galluogwr",
        "description_en": (
            "Someone with the power to support, fund, permit or spread innovation, "
            "such as a manager, commissioner, funder or learning and development lead."
        ),
        "description_cy": (
            "Rhywun sydd â'r grym i gefnogi, ariannu, caniatáu neu ledaenu "
            "arloesi, fel rheolwr, comisiynydd, cyllidwr neu arweinydd dysgu a "
            "datblygu."
        ),
    },
    {
        "slug": "stakeholder",
        "name_en": "Stakeholder",
        "name_cy": "Rhanddeiliad",
        "description_en": (
            "Someone affected by, or with an interest in, how care changes, such "
            "as people who draw on care and support, unpaid carers, regulators "
            "and researchers."
        ),
        "description_cy": (
            "Rhywun y mae newidiadau mewn gofal yn effeithio arno neu sydd â "
            "diddordeb ynddynt, fel pobl sy'n cael gofal a chymorth, gofalwyr "
            "di-dâl, rheoleiddwyr ac ymchwilwyr."
        ),
    },
]

JOB_ROLES = [
    {
        "slug": "care-worker",
        "name_en": "Care worker",
        "name_cy": "Gweithiwr gofal",
        "description_en": (
            "Works directly with people at home, in care homes or in the "
            "community, providing day-to-day care and support."
        ),
        "description_cy": (
            "Yn gweithio'n uniongyrchol gyda phobl gartref, mewn cartrefi gofal "
            "neu yn y gymuned, gan ddarparu gofal a chymorth o ddydd i ddydd."
        ),
    },
    {
        "slug": "social-worker",
        "name_en": "Social worker",
        "name_cy": "Gweithiwr cymdeithasol",
        "description_en": (
            "A registered social worker who assesses needs, plans care and "
            "support, and safeguards adults or children."
        ),
        "description_cy": (
            "Gweithiwr cymdeithasol cofrestredig sy'n asesu anghenion, yn "
            "cynllunio gofal a chymorth ac yn diogelu oedolion neu blant."
        ),
    },
    {
        "slug": "registered-manager",
        "name_en": "Registered manager",
        "name_cy": "Rheolwr cofrestredig",
        "description_en": (
            "Manages a regulated care service, such as a care home or domiciliary "
            "support service, and is registered for that role."
        ),
        "description_cy": (
            "Yn rheoli gwasanaeth gofal a reoleiddir, fel cartref gofal neu "
            "wasanaeth cymorth cartref, ac wedi'i gofrestru ar gyfer y rôl honno."
        ),
    },
    {
        "slug": "middle-manager",
        "name_en": "Middle manager",
        "name_cy": "Rheolwr canol",
        "description_en": (
            "A team leader, service manager or similar role between frontline "
            "staff and senior leaders."
        ),
        "description_cy": (
            "Arweinydd tîm, rheolwr gwasanaeth neu rôl debyg rhwng y staff rheng "
            "flaen a'r uwch arweinwyr."
        ),
    },
    {
        "slug": "commissioner",
        "name_en": "Commissioner",
        "name_cy": "Comisiynydd",
        "description_en": (
            "Plans and buys care and support services, usually for a local "
            "authority or health board."
        ),
        "description_cy": (
            "Yn cynllunio ac yn prynu gwasanaethau gofal a chymorth, fel arfer ar "
            "ran awdurdod lleol neu fwrdd iechyd."
        ),
    },
    {
        "slug": "senior-leader",
        "name_en": "Director / senior leader",
        "name_cy": "Cyfarwyddwr / uwch arweinydd",
        "description_en": (
            "Sets the direction of an organisation or service, for example a "
            "director of social services, chief executive or head of service."
        ),
        "description_cy": (
            "Yn gosod cyfeiriad sefydliad neu wasanaeth, er enghraifft "
            "cyfarwyddwr gwasanaethau cymdeithasol, prif weithredwr neu bennaeth "
            "gwasanaeth."
        ),
    },
    {
        "slug": "learning-development-lead",
        "name_en": "Learning and development lead",
        "name_cy": "Arweinydd dysgu a datblygu",
        "description_en": (
            "Plans and delivers training, induction and professional development "
            "for the social care workforce."
        ),
        "description_cy": (
            "Yn cynllunio ac yn darparu hyfforddiant, cyfnod sefydlu a datblygiad "
            "proffesiynol ar gyfer y gweithlu gofal cymdeithasol."
        ),
    },
    {
        "slug": "advocate",
        "name_en": "Advocate",
        "name_cy": "Eiriolwr",
        "description_en": (
            "Helps people to express their views and wishes and to make sure "
            "their rights are respected."
        ),
        "description_cy": (
            "Yn helpu pobl i fynegi eu barn a'u dymuniadau ac i sicrhau bod eu "
            "hawliau'n cael eu parchu."
        ),
    },
    {
        "slug": "occupational-therapist",
        "name_en": "Occupational therapist",
        "name_cy": "Therapydd galwedigaethol",
        "description_en": (
            "Helps people to stay independent through adaptations, equipment and "
            "support with everyday activities."
        ),
        "description_cy": (
            "Yn helpu pobl i aros yn annibynnol drwy addasiadau, offer a chymorth "
            "gyda gweithgareddau bob dydd."
        ),
    },
    {
        "slug": "policy-maker",
        "name_en": "Policy maker",
        "name_cy": "Llunydd polisi",
        "description_en": (
            "Shapes policy, guidance or legislation, for example in Welsh "
            "Government or a national body."
        ),
        "description_cy": (
            "Yn llunio polisi, canllawiau neu ddeddfwriaeth, er enghraifft yn "
            "Llywodraeth Cymru neu mewn corff cenedlaethol."
        ),
    },
    {
        "slug": "researcher",
        "name_en": "Researcher",
        "name_cy": "Ymchwilydd",
        "description_en": (
            "Studies social care, evaluates services or builds the evidence base, "
            "in a university or elsewhere."
        ),
        "description_cy": (
            "Yn astudio gofal cymdeithasol, yn gwerthuso gwasanaethau neu'n "
            "datblygu'r sylfaen dystiolaeth, mewn prifysgol neu rywle arall."
        ),
    },
    {
        "slug": "unpaid-carer",
        "name_en": "Unpaid carer",
        "name_cy": "Gofalwr di-dâl",
        "description_en": (
            "Looks after a family member, partner or friend without being paid to do so."
        ),
        "description_cy": (
            "Yn gofalu am aelod o'r teulu, partner neu ffrind heb gael tâl am wneud hynny."
        ),
    },
    {
        "slug": "person-using-care",
        "name_en": "Person who uses care and support",
        "name_cy": "Person sy'n defnyddio gofal a chymorth",
        "description_en": (
            "Someone who receives care and support and brings lived experience of "
            "what works and what does not."
        ),
        "description_cy": (
            "Rhywun sy'n cael gofal a chymorth ac sy'n dod â phrofiad bywyd o'r "
            "hyn sy'n gweithio a'r hyn nad yw'n gweithio."
        ),
    },
    {
        "slug": "other",
        "name_en": "Other",
        "name_cy": "Arall",
        "description_en": "Choose this if none of the other job roles fits.",
        "description_cy": "Dewiswch hwn os nad yw'r un o'r rolau eraill yn addas.",
    },
]

ORGANISATION_TYPES = [
    {
        "slug": "local-authority",
        "name_en": "Local authority",
        "name_cy": "Awdurdod lleol",
        "description_en": (
            "A council, including its social services, housing and commissioning teams."
        ),
        "description_cy": (
            "Cyngor, gan gynnwys ei dimau gwasanaethau cymdeithasol, tai a chomisiynu."
        ),
    },
    {
        "slug": "health-board",
        "name_en": "Health board / NHS",
        "name_cy": "Bwrdd iechyd / GIG",
        "description_en": (
            "An NHS health board or trust, including community health and "
            "integrated health and social care teams."
        ),
        "description_cy": (
            "Bwrdd iechyd neu ymddiriedolaeth GIG, gan gynnwys timau iechyd "
            "cymunedol a thimau integredig iechyd a gofal cymdeithasol."
        ),
    },
    {
        "slug": "care-provider-residential",
        "name_en": "Care provider (residential)",
        "name_cy": "Darparwr gofal (preswyl)",
        "description_en": ("Runs care homes or other residential services for adults or children."),
        "description_cy": (
            "Yn rhedeg cartrefi gofal neu wasanaethau preswyl eraill i oedolion neu blant."
        ),
    },
    {
        "slug": "care-provider-home-care",
        "name_en": "Care provider (home care)",
        "name_cy": "Darparwr gofal (gofal cartref)",
        "description_en": ("Provides care and support in people's own homes (domiciliary care)."),
        "description_cy": (
            "Yn darparu gofal a chymorth yng nghartrefi pobl eu hunain (gofal cartref)."
        ),
    },
    {
        "slug": "supplier-technology",
        "name_en": "Supplier / technology",
        "name_cy": "Cyflenwr / technoleg",
        "description_en": (
            "A business that supplies equipment, digital tools or technology-enabled care."
        ),
        "description_cy": (
            "Busnes sy'n cyflenwi offer, adnoddau digidol neu ofal wedi'i alluogi gan dechnoleg."
        ),
    },
    {
        "slug": "third-sector",
        "name_en": "Third sector / community",
        "name_cy": "Trydydd sector / cymuned",
        "description_en": (
            "A charity, voluntary group, social enterprise or community organisation."
        ),
        "description_cy": ("Elusen, grŵp gwirfoddol, menter gymdeithasol neu sefydliad cymunedol."),
    },
    {
        "slug": "housing",
        "name_en": "Housing",
        "name_cy": "Tai",
        "description_en": (
            "A housing association or housing support provider, including extra "
            "care housing and supported housing."
        ),
        "description_cy": (
            "Cymdeithas dai neu ddarparwr cymorth tai, gan gynnwys tai gofal "
            "ychwanegol a thai â chymorth."
        ),
    },
    {
        "slug": "national-body",
        "name_en": "National body / regulator",
        "name_cy": "Corff cenedlaethol / rheoleiddiwr",
        "description_en": (
            "A national organisation or regulator, such as Social Care Wales, "
            "Care Inspectorate Wales or Welsh Government."
        ),
        "description_cy": (
            "Sefydliad cenedlaethol neu reoleiddiwr, fel Gofal Cymdeithasol "
            "Cymru, Arolygiaeth Gofal Cymru neu Lywodraeth Cymru."
        ),
    },
    {
        "slug": "university-research",
        "name_en": "University / research",
        "name_cy": "Prifysgol / ymchwil",
        "description_en": "A university, research centre or evaluation team.",
        "description_cy": "Prifysgol, canolfan ymchwil neu dîm gwerthuso.",
    },
    {
        "slug": "individual",
        "name_en": "Individual",
        "name_cy": "Unigolyn",
        "description_en": (
            "Someone not sharing on behalf of an organisation, for example an "
            "unpaid carer or a person drawing on their own experience."
        ),
        "description_cy": (
            "Rhywun nad yw'n rhannu ar ran sefydliad, er enghraifft gofalwr "
            "di-dâl neu berson sy'n rhannu profiad personol."
        ),
    },
]

STAGES = [
    {
        "slug": "idea",
        "name_en": "Idea",
        "name_cy": "Syniad",
        "description_en": "A change someone wants to try but has not started yet.",
        "description_cy": ("Newid y mae rhywun eisiau rhoi cynnig arno, ond heb ei ddechrau eto."),
    },
    {
        "slug": "trying-it-out",
        "name_en": "Trying it out",
        "name_cy": "Rhoi cynnig arni",
        "description_en": ("Being tested on a small scale while people learn what works."),
        "description_cy": (
            "Yn cael ei dreialu ar raddfa fach wrth i bobl ddysgu beth sy'n gweithio."
        ),
    },
    {
        "slug": "working-well",
        "name_en": "Working well here",
        "name_cy": "Yn gweithio'n dda yma",
        "description_en": (
            "Established where it started, with some evidence that it makes a difference."
        ),
        "description_cy": (
            "Wedi ymsefydlu lle y dechreuodd, gyda pheth tystiolaeth ei fod yn gwneud gwahaniaeth."
        ),
    },
    {
        "slug": "spreading",
        "name_en": "Spreading to other places",
        "name_cy": "Lledaenu i leoedd eraill",
        "description_en": ("Being taken up or adapted by other teams, organisations or areas."),
        "description_cy": (
            "Yn cael ei fabwysiadu neu ei addasu gan dimau, sefydliadau neu ardaloedd eraill."
        ),
    },
]

KINDS = [
    {
        "slug": "practice",
        "name_en": "Practice",
        "name_cy": "Ymarfer",
        "description_en": (
            "A change in how people work directly with individuals and families day to day."
        ),
        "description_cy": (
            "Newid yn y ffordd y mae pobl yn gweithio'n uniongyrchol gydag "
            "unigolion a theuluoedd o ddydd i ddydd."
        ),
    },
    {
        "slug": "service",
        "name_en": "Service",
        "name_cy": "Gwasanaeth",
        "description_en": (
            "A new or redesigned service, or a different way of delivering an existing one."
        ),
        "description_cy": (
            "Gwasanaeth newydd neu wedi'i ailgynllunio, neu ffordd wahanol o "
            "ddarparu gwasanaeth sy'n bodoli eisoes."
        ),
    },
    {
        "slug": "technology",
        "name_en": "Technology",
        "name_cy": "Technoleg",
        "description_en": (
            "Using digital tools, equipment or technology-enabled care to support people or staff."
        ),
        "description_cy": (
            "Defnyddio adnoddau digidol, offer neu ofal wedi'i alluogi gan "
            "dechnoleg i gefnogi pobl neu staff."
        ),
    },
    {
        "slug": "process",
        "name_en": "Process",
        "name_cy": "Proses",
        "description_en": (
            "A change to paperwork, systems, referrals, rotas or other ways of organising work."
        ),
        "description_cy": (
            "Newid i waith papur, systemau, atgyfeiriadau, rotâu neu ffyrdd eraill o drefnu gwaith."
        ),
    },
    {
        "slug": "workforce",
        "name_en": "Workforce",
        "name_cy": "Gweithlu",
        "description_en": (
            "Recruitment, retention, training, wellbeing or new roles for the "
            "people who provide care."
        ),
        "description_cy": (
            "Recriwtio, cadw staff, hyfforddiant, llesiant neu rolau newydd i'r "
            "bobl sy'n darparu gofal."
        ),
    },
    {
        "slug": "community",
        "name_en": "Community",
        "name_cy": "Cymuned",
        "description_en": (
            "Working with local people, groups and places to build support and "
            "connections around people."
        ),
        "description_cy": (
            "Gweithio gyda phobl, grwpiau a lleoedd lleol i greu cymorth a "
            "chysylltiadau o amgylch pobl."
        ),
    },
]

SECTORS = [
    {
        "slug": "adults",
        "name_en": "Adults",
        "name_cy": "Oedolion",
        "description_en": (
            "Care and support for adults, including older people, disabled people and carers."
        ),
        "description_cy": (
            "Gofal a chymorth i oedolion, gan gynnwys pobl hŷn, pobl anabl a gofalwyr."
        ),
    },
    {
        "slug": "children",
        "name_en": "Children and young people",
        "name_cy": "Plant a phobl ifanc",
        "description_en": (
            "Care and support for children, young people and families, including "
            "fostering and residential care."
        ),
        "description_cy": (
            "Gofal a chymorth i blant, pobl ifanc a theuluoedd, gan gynnwys maethu a gofal preswyl."
        ),
    },
    {
        "slug": "both",
        "name_en": "Adults and children",
        "name_cy": "Oedolion a phlant",
        "description_en": (
            "Relevant to both adults' and children's services, or to people moving "
            "from one to the other."
        ),
        "description_cy": (
            "Yn berthnasol i wasanaethau oedolion a gwasanaethau plant, neu i bobl "
            "sy'n symud o'r naill i'r llall."
        ),
    },
]

INNOVATION_PROFILES = [
    {
        "slug": "networker",
        "name_en": "Networker",
        "name_cy": "Rhwydweithiwr",
        "description_en": (
            "Enjoys bringing people together and making connections that help ideas move forward."
        ),
        "description_cy": (
            "Yn mwynhau dod â phobl ynghyd a chreu cysylltiadau sy'n helpu syniadau i symud ymlaen."
        ),
    },
    {
        "slug": "visionary",
        "name_en": "Visionary",
        "name_cy": "Gweledydd",
        "description_en": (
            "Thinks about the big picture and likes setting an ambitious direction "
            "for others to follow."
        ),
        "description_cy": (
            "Yn meddwl am y darlun mawr ac yn hoffi gosod cyfeiriad uchelgeisiol "
            "i eraill ei ddilyn."
        ),
    },
    {
        "slug": "problem-solver",
        "name_en": "Problem solver",
        "name_cy": "Datryswr problemau",
        "description_en": (
            "Gets satisfaction from working through obstacles and helping others "
            "past a sticking point."
        ),
        "description_cy": (
            "Yn cael boddhad o oresgyn rhwystrau a helpu eraill i ddod heibio i anhawster."
        ),
    },
    {
        "slug": "experimenter",
        "name_en": "Experimenter",
        "name_cy": "Arbrofwr",
        "description_en": (
            "Likes testing new ideas and is always looking for a different way to do things."
        ),
        "description_cy": (
            "Yn hoffi profi syniadau newydd ac yn chwilio o hyd am ffordd wahanol o wneud pethau."
        ),
    },
    {
        "slug": "cross-pollinator",
        "name_en": "Cross-pollinator",
        "name_cy": "Croesbeilliwr",
        "description_en": (
            "Combines ideas from different fields or places to spark creative solutions."
        ),
        "description_cy": (
            "Yn cyfuno syniadau o wahanol feysydd neu leoedd i sbarduno atebion creadigol."
        ),
    },
    {
        "slug": "people-powered",
        "name_en": "People-powered",
        "name_cy": "Grym pobl",
        "description_en": (
            "Works through empathy, trust and relationships, helping people feel "
            "comfortable with change."
        ),
        "description_cy": (
            "Yn gweithio drwy empathi, ymddiriedaeth a pherthnasoedd, gan helpu "
            "pobl i deimlo'n gyfforddus â newid."
        ),
    },
]
