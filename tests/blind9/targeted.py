"""Blind targeted-sentiment evaluation set (round 9): English posts toward each brand.

Written blind and from scratch by two writers (brand names A-M, then N-Z) after round 9's
model was trained: neither saw the scorer, the model, its corpus or any earlier set. Their
brief asked for what real people write in the proportions met when monitoring brands
(mostly ordinary posts naming one brand; some naming two or three with different verdicts;
some sarcasm; neutral questions, news and announcements). 240 posts, 265 brand labels.
Measured once, with the rules alone and with the model (README, "Round 9"); never read.
"""

from __future__ import annotations

P, N, U = "positive", "negative", "neutral"

BLIND_TARGETED: list[tuple[str, dict[str, str]]] = [
    (
        "Ordered a standing desk from Arvelline and it arrived two days early, solid frame, zero wobble. Very happy.",
        {"Arvelline": P},
    ),
    ("Brontavo support hung up on me twice today. Twice.", {"Brontavo": N}),
    ("Does anyone know if Calderwick ships to Ireland or is it UK only?", {"Calderwick": U}),
    (
        "Dunmarra coffee beans r actually class, got the medium roast and its gone in a week lol",
        {"Dunmarra": P},
    ),
    (
        "1 star. Elsmoor charged my card three times for one order and the refund is 'processing' for 19 days now.",
        {"Elsmoor": N},
    ),
    (
        "Switched from Fenthorpe to Glimvale for my home broadband last month. Fenthorpe kept dropping every evening, Glimvale has been rock solid so far.",
        {"Fenthorpe": N, "Glimvale": P},
    ),
    (
        "Hepzimar Foods announced today that it will open a second distribution centre near Leeds in spring.",
        {"Hepzimar Foods": U},
    ),
    (
        "Oh great, another Ivenzo update that moves every button I use. Love that for me.",
        {"Ivenzo": N},
    ),
    ("The Jorvane running shoes lasted me 900 km. Not bad at all for the price.", {"Jorvane": P}),
    (
        "Kestmoor hotel: room was fine, but breakfast was cold and the staff seemed like they couldnt care less.",
        {"Kestmoor": N},
    ),
    (
        "Lunaveld app works great on my phone, syncs instantly with the watch. 5 stars",
        {"Lunaveld": P},
    ),
    (
        "Anyone tried Marrowgate meal kits? Thinking of ordering for the first time.",
        {"Marrowgate": U},
    ),
    ("Amberlyn mattress ruined my back in 3 weeks. Returning it.", {"Amberlyn": N}),
    ("Honestly the best pizza in town is still Bellacrest, nothing comes close", {"Bellacrest": P}),
    (
        "My Corvalis blender died the day after the warranty ran out, but the guys at Dravenmill repair shop fixed it for twenty quid. Legends.",
        {"Corvalis": N, "Dravenmill": P},
    ),
    (
        "Ezmorra Bank is closing its branch on the high street from 1 March, per a letter I got today.",
        {"Ezmorra Bank": U},
    ),
    (
        "Fawnley delivered my parcel to the wrong house again. Third time this month.",
        {"Fawnley": N},
    ),
    (
        "Been using Grindleford accounting software for our small business for 2 years now. Does exactly what we need, invoicing is painless.",
        {"Grindleford": P},
    ),
    (
        "Wow Halvesta, 45 minutes on hold just to be told to check the website. Truly world class service.",
        {"Halvesta": N},
    ),
    (
        "Ilmaren vs Jessamont for a first electric bike? Budget around 1500.",
        {"Ilmaren": U, "Jessamont": U},
    ),
    (
        "The staff at Kelvastre Vets were so gentle with our old dog on his last day. Cannot thank them enough.",
        {"Kelvastre Vets": P},
    ),
    (
        "Lorvik headphones sound amazing, and when the case hinge snapped they posted me a new one free. Cant fault them.",
        {"Lorvik": P},
    ),
    ("Meadhollow cider is way too sweet for me, tastes like syrup.", {"Meadhollow": N}),
    ("Just landed a role at Ardencroft as a data analyst, starting Monday!", {"Ardencroft": U}),
    (
        "Bravissa paint covered our dark wall in one coat. I did not think that was possible.",
        {"Bravissa": P},
    ),
    ("Cindral customer service fixed my billing issue in 5 min on chat. Painless.", {"Cindral": P}),
    (
        "Went to Dellmont Cinema last night, sticky floors, broken seat, film started 20 minutes late. Never again.",
        {"Dellmont Cinema": N},
    ),
    (
        "Thanks Evergale for losing my luggage on a direct flight. Impressive stuff.",
        {"Evergale": N},
    ),
    (
        "I had a Farrowdene kettle for ten years, it finally died, so I bought a Gillcrest one. Wish I hadn't, it already leaks. Should have stuck with what I knew.",
        {"Farrowdene": P, "Gillcrest": N},
    ),
    (
        "Hollenby gym cancelled my membership then kept taking payments for 3 months. Still fighting for the money back.",
        {"Hollenby": N},
    ),
    (
        "Our team migrated our CI pipelines to Irongate Cloud this quarter. Build times dropped by about 40% and the support engineers were responsive throughout. Recommend.",
        {"Irongate Cloud": P},
    ),
    (
        "Joverin cat food made both of our cats sick. Switched them back and they are fine now.",
        {"Joverin": N},
    ),
    (
        "Kozzlin Motors recalls 12,000 vans over a brake sensor fault, company says.",
        {"Kozzlin Motors": U},
    ),
    (
        "lmaooo Lindqvale really thought we wouldnt notice the shrinkflation. 20% smaller bag same price",
        {"Lindqvale": N},
    ),
    ("Mirabow nail polish lasted 10 days without a chip. Obsessed", {"Mirabow": P}),
    (
        "Arkwell insurance paid out my claim in under a week with zero hassle. Didn't expect that from an insurer.",
        {"Arkwell": P},
    ),
    (
        "Bexhollow is the reason I dread Mondays. Their portal logs me out every 5 minutes.",
        {"Bexhollow": N},
    ),
    ("Where is the nearest Cartmoor store in Manchester?", {"Cartmoor": U}),
    ("Dimbleroot bakery. Cinnamon buns. That's it, that's the review. 10/10", {"Dimbleroot": P}),
    (
        "We booked the Emberhill cottage for a week. Beautiful spot, the owner left fresh eggs and a handwritten note. Will be back next summer.",
        {"Emberhill": P},
    ),
    (
        "Froswick left me without heating for 6 days in January and then sent a survey asking how they did.",
        {"Froswick": N},
    ),
    (
        "Grayholt and Hembury both quoted for our roof. Grayholt never turned up for the survey, twice, while Hembury came on time and did a neat job. Easy choice.",
        {"Grayholt": N, "Hembury": P},
    ),
    (
        "Isterby's new flagship phone goes on sale on 14 October starting at 799 dollars.",
        {"Isterby": U},
    ),
    ("Jakkaburn sneakers look good in the photos. in real life? cardboard.", {"Jakkaburn": N}),
    (
        "The Kwennel Pharmacy lady spent twenty minutes explaining my new meds to me. Such a kind person, such a good place.",
        {"Kwennel Pharmacy": P},
    ),
    ("Luxwend routers are unreliable. Had two, both died within a year.", {"Luxwend": N}),
    ("Mivrodent has been my dentist for 15 years. Never had a bad experience.", {"Mivrodent": P}),
    (
        "Switching my phone plan from Aldersyke to Brightmarsh next week. Anything I should know?",
        {"Aldersyke": U, "Brightmarsh": U},
    ),
    (
        "Cobbleton's app crashes every single time I try to pay. Every. Single. Time.",
        {"Cobbleton": N},
    ),
    ("Dravelle makes the only sunscreen that doesnt break me out. Holy grail.", {"Dravelle": P}),
    (
        "Elvarra Energy hikes prices again, third increase this year. Fantastic, really.",
        {"Elvarra Energy": N},
    ),
    (
        "Ferncastle Books is hosting a poetry night on Thursday at 7pm, free entry.",
        {"Ferncastle Books": U},
    ),
    (
        "Glenharrow vacuum still picks up more dog hair than my old one ever did, and its 5 years old. Brilliant machine.",
        {"Glenharrow": P},
    ),
    ("Hunivelle honey is the real deal, you can taste the heather.", {"Hunivelle": P}),
    (
        "Inchbrae hostel was filthy. Hair in the shower, mould on the ceiling. Avoid.",
        {"Inchbrae": N},
    ),
    (
        "Jorgatta Tools drill still going strong after 6 years on building sites. Beast.",
        {"Jorgatta Tools": P},
    ),
    (
        "Kindlebrook delays my order for the fourth time and support just copy pastes the same message.",
        {"Kindlebrook": N},
    ),
    (
        "Used Lostravel Removals for our move. The lads were quick, careful and nothing got broken. Would book again.",
        {"Lostravel Removals": P},
    ),
    ("Maplewick is a Scottish candle company founded in 2019.", {"Maplewick": U}),
    (
        "Astorvane keyboard: typing feels mushy and two keys already stick. Returning.",
        {"Astorvane": N},
    ),
    (
        "Bramblecote garden centre has the friendliest staff and the plants actually survive. Rare combo.",
        {"Bramblecote": P},
    ),
    (
        "Ditched Cressida Streaming after they added ads to the paid tier. Duskbay is cheaper and has no ads, and honestly the catalogue is better too.",
        {"Cressida Streaming": N, "Duskbay": P},
    ),
    (
        "Has Eldermoss changed their recipe? The granola tastes different this week.",
        {"Eldermoss": U},
    ),
    (
        "Felbridge Airlines: legroom of a toddler's chair, a 'meal' that was a biscuit, and a 3 hour delay. Good times.",
        {"Felbridge Airlines": N},
    ),
    (
        "Gorsedale wool socks kept my feet warm for a whole week of hiking in the rain. Buying 3 more pairs.",
        {"Gorsedale": P},
    ),
    (
        "Heathwyn took my deposit and then ghosted me. Reported to trading standards.",
        {"Heathwyn": N},
    ),
    (
        "Ilvenhaugh Council confirmed bin collections will move to fortnightly from April.",
        {"Ilvenhaugh Council": U},
    ),
    (
        "Junipera yoga studio changed my life, not even exaggerating. The teachers are incredible.",
        {"Junipera": P},
    ),
    ("Kettlewick's new flavour is awful, tastes like soap", {"Kettlewick": N}),
    ("Lowmarsh washing machine, 4 years, zero problems. Quiet too.", {"Lowmarsh": P}),
    (
        "Mossgarth bus was on time today. Marking it in my calendar as a historic event.",
        {"Mossgarth": N},
    ),
    (
        "Applewyn's new budget tablet lags opening the settings menu. Grab a Birchgale instead, night and day difference in speed.",
        {"Applewyn": N, "Birchgale": P},
    ),
    (
        "Cubbrecky pub does the best Sunday roast for miles. Yorkshires the size of your head.",
        {"Cubbrecky": P},
    ),
    (
        "Deverill Pay froze my account with no explanation and I cannot get anyone on the phone. My rent is due Friday.",
        {"Deverill Pay": N},
    ),
    (
        "Just got my Estermere order, everything packed beautifully, even a little thank you card. Lovely touch.",
        {"Estermere": P},
    ),
    (
        "Fruvanne Water to carry out essential maintenance on Tuesday, customers may experience low pressure.",
        {"Fruvanne Water": U},
    ),
    (
        "Gubberley garage told me I needed 800 quid of work. Took it to Hoxlund Autos for a second opinion and they found it was a loose wire. Charged me 30.",
        {"Gubberley": N, "Hoxlund Autos": P},
    ),
    (
        "idk why everyone hypes Indravo, the burgers were dry and the fries were cold",
        {"Indravo": N},
    ),
    (
        "Jussavel Print did our wedding invitations and they came out gorgeous. Thank you!!",
        {"Jussavel Print": P},
    ),
    ("Krovaltic Tech is hiring remote frontend devs, anyone applied there?", {"Krovaltic Tech": U}),
    ("Lavonqui eyeliner smudges within the hour. Waste of money.", {"Lavonqui": N}),
    ("Moxalune shampoo actually got rid of my dandruff. Took 2 weeks.", {"Moxalune": P}),
    (
        "Avonquell Rail: cancelled, replacement bus, cancelled again. A true adventure every morning.",
        {"Avonquell Rail": N},
    ),
    (
        "Bozzlewick is the only delivery app where my food arrives hot. Not sure how they do it.",
        {"Bozzlewick": P},
    ),
    (
        "Cavrelli Labs published its quarterly results on Thursday, reporting revenue of 42 million euros.",
        {"Cavrelli Labs": U},
    ),
    (
        "Went with Dravomir Flooring after a friend recommended them. Fitted in a day, looks amazing, tidied up after themselves.",
        {"Dravomir Flooring": P},
    ),
    (
        "Ezzovane phones used to be great. This new model overheats playing a YouTube video. What happened?",
        {"Ezzovane": N},
    ),
    (
        "Flomverra and Glintrova both sell refurbished laptops. Flomverra's came with a dead battery and no reply to emails, Glintrova's works perfectly and arrived in two days.",
        {"Flomverra": N, "Glintrova": P},
    ),
    ("Hovantie Coffee opened a new shop on Bridge Street today.", {"Hovantie Coffee": U}),
    ("Ixworne paint peeled off the fence after one winter. Waste of a weekend.", {"Ixworne": N}),
    (
        "Jembraly Sports refunded my broken tent no questions asked. Good people.",
        {"Jembraly Sports": P},
    ),
    (
        "Kavellin Kitchens fitted our kitchen 3 weeks late and left a cupboard door hanging off. Still waiting for them to come back.",
        {"Kavellin Kitchens": N},
    ),
    (
        "Our Lawnivex robot mower handles the slope better than I ever did. Best garden purchase we've made.",
        {"Lawnivex": P},
    ),
    (
        "Is Mizzaqo worth it for a beginner drone? Seen mixed things, would like real opinions.",
        {"Mizzaqo": U},
    ),
    (
        "Ambrovix's chatbot is the most useless thing I've ever spoken to. Just give me a human.",
        {"Ambrovix": N},
    ),
    (
        "Bizzolt Bikes sorted my gears while I waited and didnt charge me. Top shop.",
        {"Bizzolt Bikes": P},
    ),
    (
        "Corvessa Insurance renewed my policy at double the price without telling me. Loyalty penalty is real.",
        {"Corvessa Insurance": N},
    ),
    (
        "I was ready to hate Dorvaskie because my last experience with budget airlines was awful, but the flight was smooth and the crew were lovely.",
        {"Dorvaskie": P},
    ),
    ("Enquilo Games confirms sequel is in development, no release date yet.", {"Enquilo Games": U}),
    ("Fizzenby coat looked great for exactly one wash", {"Fizzenby": N}),
    (
        "Gruvetta kids shoes are pricey but they survive my son, which nothing else has. Worth it.",
        {"Gruvetta": P},
    ),
    (
        "Hexworld Broadband: paying for 500 Mbps, getting 40. Fantastic value.",
        {"Hexworld Broadband": N},
    ),
    (
        "My Ixtrelle smartwatch is great, but the Kivvolo Labs strap I bought for it snapped on day two.",
        {"Ixtrelle": P, "Kivvolo Labs": N},
    ),
    (
        "Just want to say Lumbrel Clinic saved my mum. The nurses there are angels.",
        {"Lumbrel Clinic": P},
    ),
    (
        "Muvvington have not answered a single email in 3 weeks. Is the company even still running?",
        {"Muvvington": N},
    ),
    ("Aubrenne Spa was pure bliss. Best massage of my life.", {"Aubrenne Spa": P}),
    ("Broquint plumbing quoted 2 hours and billed 6. Will not use again.", {"Broquint": N}),
    (
        "Crindlevar Foods is recalling a batch of its peanut butter over possible contamination, the regulator said.",
        {"Crindlevar Foods": U},
    ),
    (
        "Dextellio changed their website and now i cant find anything. Who approved this",
        {"Dextellio": N},
    ),
    (
        "Elvquist Organic veg box has been consistently fresh for six months now. Zero complaints.",
        {"Elvquist Organic": P},
    ),
    (
        "Left Fennoquay after eight years. Their new management treats staff like numbers. Now at Gravlomi Studios and its a breath of fresh air.",
        {"Fennoquay": N, "Gravlomi Studios": P},
    ),
    ("Hoxtavia trainers arrived today, will post a review after a few runs.", {"Hoxtavia": U}),
    (
        "Ibsenwyck Bakery's sourdough is worth the 20 minute queue every Saturday.",
        {"Ibsenwyck Bakery": P},
    ),
    ("Jopplety lost my booking and then blamed me for it. Absolutely shocking.", {"Jopplety": N}),
    (
        "Kellorby Inn – cosy, warm fire, great ale, dog friendly. Perfect after a long walk.",
        {"Kellorby Inn": P},
    ),
    ("Lentrivo printer ink costs more than the printer. Scam.", {"Lentrivo": N}),
    ("Mallowquist is rolling out its loyalty scheme to all stores next month.", {"Mallowquist": U}),
    (
        "Tried Albavesk oat milk in my coffee, foams nicely. Bit pricey but I'm converted.",
        {"Albavesk": P},
    ),
    (
        "Bought a Chenvory air fryer because everyone on here raved about it. Then I tried my sister's Bellquorra and wow, it crisps so much better. Chenvory is going back.",
        {"Chenvory": N, "Bellquorra": P},
    ),
    (
        "Morvenza payroll has messed up our staff wages for the second month running. We're a 12 person company, we can't absorb this.",
        {"Morvenza": N},
    ),
    (
        "Nubrikko delivered my sofa two days early and the guys even took the old one away. Top marks.",
        {"Nubrikko": P},
    ),
    (
        "Ordered from Quelvane on the 3rd, still nothing, and their chat bot just loops me back to the FAQ. Never again.",
        {"Quelvane": N},
    ),
    ("Does anyone know if Tarsivo ships to Northern Ireland? Website is unclear.", {"Tarsivo": U}),
    ("Vornelli pizza slaps. that's the review", {"Vornelli": P}),
    (
        "Switched my broadband from Ostrevo to Plimbury last month and honestly wish I'd done it years ago. Speeds are actually what they advertise now.",
        {"Ostrevo": N, "Plimbury": P},
    ),
    (
        "Oh great, Raskelda cancelled my flight again. Third time this year. Love that for me.",
        {"Raskelda": N},
    ),
    (
        "Zembrillo is opening its first store in Leeds on Saturday, according to the local paper.",
        {"Zembrillo": U},
    ),
    (
        "1 star. Bought a kettle from Sovrantix, the handle cracked in week two, and customer service said it was 'user damage'. Absolute joke.",
        {"Sovrantix": N},
    ),
    (
        "Used Nimbrelle for my wedding flowers and they were stunning. Every guest asked who did them.",
        {"Nimbrelle": P},
    ),
    (
        "The Ulvatto app keeps logging me out every time I switch screens. Fix your app pls",
        {"Ulvatto": N},
    ),
    (
        "Went to Wexmoor Bistro for our anniversary. Food was lovely, staff were attentive, and they brought out a little dessert with a candle. Would go back.",
        {"Wexmoor Bistro": P},
    ),
    (
        "Anyone tried Yarlowe meal kits? Thinking of signing up but want real opinions first.",
        {"Yarlowe": U},
    ),
    (
        "Tried the new Pemblix running shoes. Comfortable but the sole is already peeling after 80km, which is not acceptable at that price.",
        {"Pemblix": N},
    ),
    (
        "Shoutout to the team at Roskinder Garage, they found the fault the dealer missed and charged me half what I expected.",
        {"Roskinder Garage": P},
    ),
    (
        "Xantrova support actually rang me back within an hour. Didn't think that still happened in 2026.",
        {"Xantrova": P},
    ),
    (
        "Nothing says premium like a Quorbel laptop whose hinge snapped after six months. Truly luxury engineering.",
        {"Quorbel": N},
    ),
    (
        "Vistrelle Energy announced today that it will raise standing charges by 4% from April.",
        {"Vistrelle Energy": U},
    ),
    (
        "Had a nightmare with Norvestyn insurance after my car was hit, but the body shop they sent me to, Sabrecliffe Motors, was brilliant and sorted everything in four days.",
        {"Norvestyn": N, "Sabrecliffe Motors": P},
    ),
    (
        "Olmaretti coffee pods are the only ones that don't taste burnt in my machine",
        {"Olmaretti": P},
    ),
    ("tbh Trevisk earbuds are trash. left one died in a month", {"Trevisk": N}),
    (
        "I've been with Umberlane Bank for 12 years and the new app is the first thing they've done that makes me want to leave. Can't even see pending transactions anymore.",
        {"Umberlane Bank": N},
    ),
    (
        "Picked up a Zolvara air fryer in the sale and I use it every single day. Best £60 I've spent.",
        {"Zolvara": P},
    ),
    ("Is Pollivar still doing the student discount or did that end?", {"Pollivar": U}),
    (
        "Staff at Rendlecombe Pharmacy were so kind when I came in panicking about my son's prescription. Thank you.",
        {"Rendlecombe Pharmacy": P},
    ),
    (
        "Waited 50 min at Sorvello Burger for a cold burger. The fries were nice though, I'll give them that. Still not going back.",
        {"Sorvello Burger": N},
    ),
    (
        "Quintaro vs Nexelby for a first mirrorless camera? Budget about 700.",
        {"Quintaro": U, "Nexelby": U},
    ),
    (
        "Wastrella paint covered in one coat. One coat! Over dark red! I'm a convert.",
        {"Wastrella": P},
    ),
    (
        "Vantrisk Gym has put the membership up again and half the machines are still out of order. Tell me where my money's going.",
        {"Vantrisk Gym": N},
    ),
    (
        "Thrilled to announce I've accepted a position as Senior Data Analyst at Orvendale Logistics. Excited for this next chapter!",
        {"Orvendale Logistics": U},
    ),
    (
        "I returned the Skelvoro blender because it sounded like a jet engine and leaked, and bought a Palmiren instead. Quiet, solid, no leaks. Should have gone with it from the start.",
        {"Skelvoro": N, "Palmiren": P},
    ),
    (
        "Yensford hotel: bed was hard as a plank, walls paper thin, breakfast was cold. Location is the only positive.",
        {"Yensford": N},
    ),
    ("Teldrove's new update is so good. Battery lasts two days now", {"Teldrove": P}),
    (
        "Rivolta Cabs driver was on his phone the whole time and missed our exit twice. Reported it.",
        {"Rivolta Cabs": N},
    ),
    (
        "Been using Novarindle skincare for 3 months and my skin has never looked better. Not sponsored lol",
        {"Novarindle": P},
    ),
    (
        "Prelvick has been acquired by a private equity firm for an undisclosed sum, the company confirmed on Tuesday.",
        {"Prelvick": U},
    ),
    (
        "Wow, Snorvale charged me twice AND took 9 days to refund it. Such efficiency, much wow.",
        {"Snorvale": N},
    ),
    (
        "Ordered the cheap Zintaro phone case as a stopgap and it's outlasted the expensive Ullerby one I had before, which cracked in a month.",
        {"Zintaro": P, "Ullerby": N},
    ),
    (
        "Quimbrook Dental are fantastic with nervous patients. I genuinely don't dread check-ups anymore.",
        {"Quimbrook Dental": P},
    ),
    (
        "Package from Tolvrey arrived smashed. Box looked like it was used as a football.",
        {"Tolvrey": N},
    ),
    (
        "Which branch of Verrowick Library has the longest opening hours on weekends?",
        {"Verrowick Library": U},
    ),
    (
        "Okay I take back everything I said about Pirvelto. Their replacement arrived next day and the new one works perfectly.",
        {"Pirvelto": P},
    ),
    (
        "Ombrisca's return policy is a nightmare. 30 days my foot, they rejected mine on day 12 because the tag was 'damaged'.",
        {"Ombrisca": N},
    ),
    (
        "Sennavo dog food - our fussy spaniel actually finishes her bowl now. Wonder of wonders.",
        {"Sennavo": P},
    ),
    (
        "Went into Rollmarsh to buy a drill, left with a drill. Nothing to report really.",
        {"Rollmarsh": U},
    ),
    (
        "Used Wildenhay for our move. Two of the four movers didn't show, they broke a mirror, and then argued about the bill. Avoid.",
        {"Wildenhay": N},
    ),
    (
        "Everyone kept telling me Xerivo was overhyped, but the Zephlint fitness tracker I had before was so inaccurate I'll take overhyped any day. Xerivo nails my heart rate.",
        {"Xerivo": P, "Zephlint": N},
    ),
    ("Tamsworthy's Bakery sourdough >>> everything else in town", {"Tamsworthy's Bakery": P}),
    (
        "Is it just me or has Nellorin's streaming quality gone downhill? Constant buffering since the price rise.",
        {"Nellorin": N},
    ),
    (
        "Spoke to three people at Orbisca Telecom today and got three different answers. Still no working landline.",
        {"Orbisca Telecom": N},
    ),
    (
        "Parvello Cosmetics will be at the trade show in Birmingham next week, stand 14B.",
        {"Parvello Cosmetics": U},
    ),
    (
        "The Strindle vacuum is light, the battery actually lasts, and it picks up dog hair off the stairs. 10/10.",
        {"Strindle": P},
    ),
    (
        "My Quellomat washing machine is 11 years old and still going strong. They don't make them like this anymore.",
        {"Quellomat": P},
    ),
    (
        "Reckford Electrics quoted £400, turned up a week late and left the job half done. Had to get Tavenport Electrical in to finish it, and they were tidy, quick and fairly priced.",
        {"Reckford Electrics": N, "Tavenport Electrical": P},
    ),
    (
        "Never seen a checkout queue move as slow as at Uxleigh Market. Two tills open on a Saturday?!",
        {"Uxleigh Market": N},
    ),
    (
        "Just finished the Vellomar online course on bookkeeping. Clear, practical, worth every penny.",
        {"Vellomar": P},
    ),
    ("wanted to like Yobrelli ice cream but it's just sugar. tastes like nothing", {"Yobrelli": N}),
    (
        "Zarnwick Airways moves its London hub to Gatwick from October, per a statement this morning.",
        {"Zarnwick Airways": U},
    ),
    (
        "Oh sure, Nolvestra, make me re-enter my card details for the fifth time. It's not like I have a life.",
        {"Nolvestra": N},
    ),
    (
        "Highly recommend Pendrowan Tutors. My daughter went from a 4 to a 7 in maths in one term.",
        {"Pendrowan Tutors": P},
    ),
    (
        "Redmarrow Outdoor's tent survived a proper Welsh storm. Dry as a bone inside. Impressed.",
        {"Redmarrow Outdoor": P},
    ),
    (
        "The Sarvetti espresso machine is beautiful to look at and makes awful coffee. Style over substance.",
        {"Sarvetti": N},
    ),
    (
        "Ordering from Trelwin again? Yes, obviously, they're the only site that gets my size right.",
        {"Trelwin": P},
    ),
    (
        "Ulmbrook Water is digging up our road again. Third time since spring. Nobody tells us anything.",
        {"Ulmbrook Water": N},
    ),
    (
        "For anyone asking, I got the Vorsanne stroller, not the Quilbury one. The Quilbury was too heavy for the bus, the Vorsanne folds one-handed and it's been great.",
        {"Vorsanne": P, "Quilbury": N},
    ),
    (
        "Wendrovia's hiking boots needed zero breaking in. Walked 20 miles the first weekend without a blister.",
        {"Wendrovia": P},
    ),
    ("Noticed Xaldrin has a new logo. Looks like a bird now?", {"Xaldrin": U}),
    (
        "Yarrowfen Estates took 3 months to return our deposit and deducted £300 for 'cleaning' a spotless flat.",
        {"Yarrowfen Estates": N},
    ),
    (
        "Zobrella sunglasses fell apart the first time I dropped them. Screws just popped out.",
        {"Zobrella": N},
    ),
    (
        "Shoutout to Nantovi for replacing my broken charger, no questions asked, even though it was out of warranty.",
        {"Nantovi": P},
    ),
    (
        "Opalwick Cinema finally fixed the sound. Watched the new sci-fi film there and it was incredible.",
        {"Opalwick Cinema": P},
    ),
    (
        "Prosmeade Vets saved our cat's life last night. Can't thank the night team enough.",
        {"Prosmeade Vets": P},
    ),
    (
        "Looking for reviews of Quarnley electric bikes, specifically battery range in winter. Any owners here?",
        {"Quarnley": U},
    ),
    (
        "Rastmoor Holidays sold us a 'sea view' room that looked onto a car park. When we complained they offered a 5% voucher. Insulting.",
        {"Rastmoor Holidays": N},
    ),
    (
        "Love my Selvantic keyboard. Satisfying clicks, zero issues after two years of heavy use.",
        {"Selvantic": P},
    ),
    (
        "Trunhelm's customer service is great when they actually answer. Yesterday I was on hold 2 hours.",
        {"Trunhelm": N},
    ),
    (
        "Ulverstrand Dairy recalls a batch of yoghurt over possible contamination; customers are advised to check the best before date.",
        {"Ulverstrand Dairy": U},
    ),
    (
        "My old Vexbourne printer jammed every week. Got a Wimbrale last month - no jams, cheap ink, works from my phone. Bye Vexbourne.",
        {"Vexbourne": N, "Wimbrale": P},
    ),
    (
        "Xellmore Gardens is gorgeous this time of year. Perfect for a Sunday stroll.",
        {"Xellmore Gardens": P},
    ),
    (
        "Yendrith's new phone has the worst camera I've used in years. Everything looks washed out.",
        {"Yendrith": N},
    ),
    ("Zaventi makes the comfiest bed sheets, fight me", {"Zaventi": P}),
    (
        "Nordquist Plumbing came out on a bank holiday for a burst pipe and didn't charge extra. Legends.",
        {"Nordquist Plumbing": P},
    ),
    (
        "Ordered the Obrenza chair for my home office. Arrived with a missing bolt and the instructions were for a different model.",
        {"Obrenza": N},
    ),
    (
        "Paxlowe Travel app lets you change seats right up to boarding. Small thing but so handy.",
        {"Paxlowe": P},
    ),
    (
        "Quendry just released version 4.2 with support for dark mode and offline maps.",
        {"Quendry": U},
    ),
    (
        "The new Rathbrook manager has completely turned that shop around. Clean, stocked, friendly staff now.",
        {"Rathbrook": P},
    ),
    (
        "Nice one Stellvane, another 'scheduled maintenance' in the middle of the working day. Really appreciate it.",
        {"Stellvane": N},
    ),
    (
        "Tormaly Broadband tried to hike my renewal by £15 a month, so I went with Uspernal. They had me connected in two days and it's been faster too.",
        {"Tormaly Broadband": N, "Uspernal": P},
    ),
    (
        "Verbling & Co accountants sorted my self-assessment in a day. Stress-free for the first time ever.",
        {"Verbling & Co": P},
    ),
    ("Wolvecroft Cafe has changed owners. Menu looks the same for now.", {"Wolvecroft Cafe": U}),
    (
        "Xystrel's smart bulbs disconnect from wifi constantly. Spent more time resetting them than using them.",
        {"Xystrel": N},
    ),
    (
        "Yolvenne's vegan cheese is the first one that actually melts. Pizza night saved.",
        {"Yolvenne": P},
    ),
    ("Zarrowick council tax portal is down again, can't pay my bill. Typical.", {"Zarrowick": N}),
    (
        "Just got my Nivelstone mattress and it's firm but supportive. Back pain has gone in a week.",
        {"Nivelstone": P},
    ),
    (
        "Orrinda's delivery slots are always full. Gave up and went to the shop myself.",
        {"Orrinda": N},
    ),
    (
        "Parkeston Hardware vs Quillbrook DIY for decking supplies - prices similar? Anyone compared?",
        {"Parkeston Hardware": U, "Quillbrook DIY": U},
    ),
    (
        "Revoskia shampoo made my hair fall out in clumps. Stopped using it and it's recovering. Be careful, folks.",
        {"Revoskia": N},
    ),
    (
        "Sumbrelle Kids Club kept my two entertained all week of half term. They came home exhausted and happy.",
        {"Sumbrelle Kids Club": P},
    ),
    (
        "Tavistell headphones broke, and Tavistell just sent a new pair without me even asking for the receipt. That's how you keep a customer.",
        {"Tavistell": P},
    ),
    (
        "Umbrovo dropped support for my tablet after only three years. Bought it new. Planned obsolescence at its finest.",
        {"Umbrovo": N},
    ),
    (
        "Vendrasco is hiring warehouse staff in Swindon, £12.50/hr, DM for the link.",
        {"Vendrasco": U},
    ),
    (
        "Weltmorra Pet Insurance paid out in 4 days for our dog's surgery. No arguing, no hoops. Can't recommend them enough.",
        {"Weltmorra Pet Insurance": P},
    ),
    (
        "Xorbani phone chargers get dangerously hot. Mine melted the plug. Returned it.",
        {"Xorbani": N},
    ),
    (
        "I was ready to hate Yelvarro because of the ads, but their coffee is actually really good.",
        {"Yelvarro": P},
    ),
    (
        "Zuttleby Mobile's signal in my flat is non-existent. I have to stand by the window to send a text.",
        {"Zuttleby Mobile": N},
    ),
    (
        "Naverlin Hotel in Bath: lovely room, great breakfast, friendly staff. Only gripe is parking but that's Bath for you.",
        {"Naverlin Hotel": P},
    ),
    (
        "Ostrella's 'lifetime guarantee' apparently means until they stop answering emails.",
        {"Ostrella": N},
    ),
    (
        "Pinnacrest Solar installed our panels and the bill has halved. Clean install, good communication.",
        {"Pinnacrest Solar": P},
    ),
    ("Has anyone's Quandrel order from the Black Friday sale shipped yet?", {"Quandrel": U}),
    (
        "Ridgewell Autos sold me a car with a faulty gearbox and denied all knowledge. Small claims it is.",
        {"Ridgewell Autos": N},
    ),
    (
        "Stoneleigh & Pym tailored my suit for a wedding. Fit perfectly and done in three days.",
        {"Stoneleigh & Pym": P},
    ),
    (
        "Tessaro Games' new release is buggy, crashes every hour, and costs £70. Refund requested.",
        {"Tessaro Games": N},
    ),
    (
        "Unvaro Books still has the best secondhand section in the city. Lost three hours there today.",
        {"Unvaro Books": P},
    ),
    (
        "Vollingham Rail to trial contactless ticketing on the coastal line from May.",
        {"Vollingham Rail": U},
    ),
    (
        "Wrenfold's duvet is warm without being sweaty. Finally sleeping through the night.",
        {"Wrenfold": P},
    ),
    (
        "Xavrin Fitness app charged me after I cancelled and their support just closes the ticket without replying.",
        {"Xavrin Fitness": N},
    ),
    (
        "Yeskomb Bakery's birthday cake was the star of the party. Light sponge, not too sweet.",
        {"Yeskomb Bakery": P},
    ),
    (
        "Zephraim Tech laptops run hot and loud. Returned mine and got my money back at least.",
        {"Zephraim Tech": N},
    ),
    (
        "Nurvana yoga studio is so calm and the instructors actually correct your form. Worth it.",
        {"Nurvana": P},
    ),
    (
        "Orlowick Estates listing my flat at £50k below value and then trying to rush me into an offer. No thanks.",
        {"Orlowick Estates": N},
    ),
    (
        "Sunderhalt Air lost our bags and cancelled the connection, but credit where it's due, the staff in the Pellisandra lounge rebooked us and found us a hotel at midnight.",
        {"Sunderhalt Air": N, "Pellisandra": P},
    ),
]
