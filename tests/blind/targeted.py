"""Blind targeted-sentiment evaluation set (English).

Written by an independent evaluator, written blind, without seeing the scorer
or earlier sets. Texts imitate real social posts and reviews (Twitter/X,
Reddit, Trustpilot, Google reviews, Facebook groups, forums). All brand names
are invented. Each label is the sentiment the writer expresses toward that
named brand, as an ordinary reader would judge it.
"""

from __future__ import annotations

P, N, U = "positive", "negative", "neutral"

BLIND_TARGETED: list[tuple[str, dict[str, str]]] = [
    # --- comparisons / switching ---
    (
        "switched from Tallymoor to Volterra last month and honestly wish i'd done it years ago. signal at home actually works now",
        {"Volterra": P, "Tallymoor": N},
    ),
    (
        "Skyvane lost my bag AGAIN. third time this year. Aerolume never once lost anything in 6 yrs of flying them 🙄",
        {"Skyvane": N, "Aerolume": P},
    ),
    (
        "Fetchly > Munchbox. not even close. faster, food actually hot, drivers dont leave it at the wrong door",
        {"Fetchly": P, "Munchbox": N},
    ),
    (
        "Velvetine's foundation is honestly better than the Dewbloom one i was paying twice as much for. the Dewbloom one went orange by lunch, Velvetine lasts all day",
        {"Velvetine": P, "Dewbloom": N},
    ),
    (
        "we moved our whole agency off Taskbloom after they doubled the price with 2 weeks notice. went to Planwise, cheaper and honestly the timeline view is nicer",
        {"Taskbloom": N, "Planwise": P},
    ),
    (
        "Drivana tried to charge me £300 for a scratch that was there when I picked the car up. Keyroad gave me a free upgrade and the return took 2 minutes. Guess who I'm booking with next time.",
        {"Drivana": N, "Keyroad": P},
    ),
    (
        "Long time lurker. Had Nettora for 5 years and the only reason I stayed was laziness. Finally moved to Linkwave last week. Engineer came on time, speed is exactly what they promised and the router isn't a brick. If you're on the fence about leaving Nettora, just do it.",
        {"Nettora": N, "Linkwave": P},
    ),
    (
        "Left Pulsefit for IronPeak. Pulsefit wanted 60 days notice to cancel and charged me for a month I'd already paid. IronPeak is cheaper and the showers actually get hot",
        {"Pulsefit": N, "IronPeak": P},
    ),
    (
        "Tried the new Brasa Norte place everyone's raving about. Overpriced and underseasoned tbh, the burrito at Casa Pequeña down the road is way better and half the price",
        {"Casa Pequeña": P, "Brasa Norte": N},
    ),
    (
        "Kestrel Bank > Brightfield for anyone under 30 tbh. Kestrel's app actually does budgeting, Brightfield's looks like it's from 2009 and crashes every other day",
        {"Kestrel Bank": P, "Brightfield": N},
    ),
    (
        "Switched from a Voltix phone to a Pixelhaus one. Camera is better, battery's better, and no more random reboots.",
        {"Pixelhaus": P, "Voltix": N},
    ),
    (
        "Gave up on Railon and started taking the Coachline bus to London. It's slower but it's £12 instead of £80 and it actually turns up.",
        {"Railon": N, "Coachline": P},
    ),
    (
        "Aerolume vs Skyvane for Lisbon? Aerolume every time. Skyvane charged me €60 because my cabin bag was 2cm over",
        {"Aerolume": P, "Skyvane": N},
    ),
    (
        "Moved my savings from Brightfield to Kestrel Bank, 4.1% vs 0.5%. no brainer, should've done it ages ago",
        {"Kestrel Bank": P, "Brightfield": N},
    ),
    (
        "Volterra Mobile coverage in rural Wales is a joke. Zero bars in the whole valley while my mate on Tallymoor was streaming the football no problem",
        {"Volterra Mobile": N, "Tallymoor": P},
    ),
    # --- two brands, opposite sentiment / mixed multi-brand ---
    (
        "Ordered the same trainers from Stridewell and Threadwell to compare. Stridewell ones arrived in 2 days, perfect. Threadwell's never came and they keep telling me to 'wait 48 hours'",
        {"Stridewell": P, "Threadwell": N},
    ),
    (
        "Medora Pharmacy had my prescription ready in 10 mins. The Pillbox Express next door told me to come back in 3 days for the same thing.",
        {"Medora Pharmacy": P, "Pillbox Express": N},
    ),
    (
        "Olive & Ash did our wedding dinner and it was perfect, every guest asked about the food. The Grandmere Hotel where we had the reception, on the other hand, lost half our table plan and double-booked the room.",
        {"Olive & Ash": P, "Grandmere Hotel": N},
    ),
    (
        "Tried Fetchly and Dishwell on the same night (long story). Both late, both cold, both ignored my messages. Back to cooking.",
        {"Fetchly": N, "Dishwell": N},
    ),
    (
        "Both Harbourview Inn and Larkspur Hotel were great on our road trip, spotless rooms and really friendly staff, honestly couldn't pick a favourite",
        {"Harbourview Inn": P, "Larkspur Hotel": P},
    ),
    (
        "Booked through Tripnest, flying Skyvane. Tripnest's app made it super easy to change the date, took like 30 seconds",
        {"Tripnest": P, "Skyvane": U},
    ),
    (
        "Brightwatt vs Greenspark? Been with Brightwatt 2 yrs, never had a billing issue and their app shows usage by the hour. Can't speak for Greenspark, never used them",
        {"Brightwatt": P, "Greenspark": U},
    ),
    # --- praise inside a complaint about other things, and the reverse ---
    (
        "what a day. train cancelled, soaked to the bone, phone died. only good thing was the lady at Medora Pharmacy who stayed open 10 mins late so i could get my prescription. angel.",
        {"Medora Pharmacy": P},
    ),
    (
        "Gorgeous weekend in the Lakes, sunshine, great walks, lovely pub lunch. Then got home and Greenspark had sent me a £480 'catch up' bill for a flat I moved out of in March. Brilliant.",
        {"Greenspark": N},
    ),
    (
        "Worst week of my life honestly, flu, car broke down, boss on my case. But the Dishwell driver left a little get well note with my soup order and i nearly cried. thank you whoever you are",
        {"Dishwell": P},
    ),
    (
        "Storm delayed us 5 hours which is nobody's fault, but Aerolume crew handed out food vouchers, kept us informed every 30 mins and were smiling the whole time. Respect.",
        {"Aerolume": P},
    ),
    (
        "Rained the entire holiday, kids were sick, and I burnt my arm on the first day. The Osprey Suites staff were brilliant though, got us a doctor and moved us to a quieter room without being asked.",
        {"Osprey Suites": P},
    ),
    (
        "Best concert of my life last night!! shame Railon decided the last train home didn't need to run so we slept in the station 🙃",
        {"Railon": N},
    ),
    (
        "Lovely day at the beach with the kids, sun out, ice creams, the works. Ruined by Keyroad at the end: car's 'return bay' closed so we had to drive 40 mins to another branch and they still charged a late fee",
        {"Keyroad": N},
    ),
    # --- "X but Y" contrasts ---
    (
        "Larkspur Hotel in Bristol: room was spotless and the bed was amazing but the breakfast was sad and cost £18. still would stay again tbh",
        {"Larkspur Hotel": P},
    ),
    (
        "Pixelhaus monitor arrived with a dead pixel, but their support sent a replacement before I even shipped the old one back. That's how you do it.",
        {"Pixelhaus": P},
    ),
    (
        "Nice shop, shame about the staff. Went into Maison Verre to return a dress (with receipt, within 14 days) and was treated like a criminal",
        {"Maison Verre": N},
    ),
    (
        "Skyvane seats are cramped and the snacks cost a fortune but the flight was on time both ways and staff were friendly. For £39 return I can't complain",
        {"Skyvane": P},
    ),
    (
        "The Brasa Norte terrace is pretty and the cocktails look great on insta, but we waited an hour for two tacos and the waiter rolled his eyes when we asked. not going back",
        {"Brasa Norte": N},
    ),
    # --- pronoun / product references across sentences ---
    (
        "Tried Cloudnest for our team's file sharing. Setup took 5 minutes. Their support answered a question on a Sunday. The desktop app is a bit heavy on RAM but overall we're sticking with it.",
        {"Cloudnest": P},
    ),
    (
        "Brightfield Bank closed my account with no explanation. They won't tell me why, their complaints line hangs up after 40 mins on hold, and my salary is due Friday.",
        {"Brightfield Bank": N},
    ),
    (
        "Bought a Pixelhaus tablet for my dad (he's 78). He set it up himself. HIMSELF. Screen is lovely, battery lasts days. Very happy.",
        {"Pixelhaus": P},
    ),
    (
        "We've used Cloudnest for 3 years. Since the acquisition, support takes 5 days to reply, they removed the feature we relied on without warning, and the invoice went up 40%. Looking for alternatives, suggestions welcome.",
        {"Cloudnest": N},
    ),
    (
        "Got the Threadwell winter coat in the sale. It's so warm I walked to work in -4 and didn't notice. Pockets are deep enough for a phone AND gloves. they've nailed it this year",
        {"Threadwell": P},
    ),
    (
        "Signed up with Brightwatt in January. The app never loads, the meter readings I send vanish, and their chat bot just sends me the same FAQ link. Honestly exhausting.",
        {"Brightwatt": N},
    ),
    # --- sarcasm ---
    (
        "love how Kestrel Bank's app logs me out every time i switch to another app to copy a code. really great security guys, very cool",
        {"Kestrel Bank": N},
    ),
    (
        "Oh great, CityGlide has put fares up again. Can't wait to pay more to stand in a bus that's 25 minutes late 👏👏",
        {"CityGlide": N},
    ),
    (
        "Shoutout to Munchbox for delivering my curry to a house 3 streets away and then marking it delivered. really top tier service",
        {"Munchbox": N},
    ),
    (
        "Osprey Suites advertises 'quiet luxury'. The quiet must be extra because our room was above the nightclub until 3am.",
        {"Osprey Suites": N},
    ),
    (
        "Nothing says 'sensitive skin formula' like the Dewbloom night cream giving me a rash on both cheeks. thanks so much",
        {"Dewbloom": N},
    ),
    (
        "Taskbloom's new 'simplified' interface is so simple I can no longer find the button to assign a task. genius",
        {"Taskbloom": N},
    ),
    (
        "Pulsefit has 3 squat racks for 400 members and one of them has been 'out of order' since christmas. great value for £45 a month",
        {"Pulsefit": N},
    ),
    (
        "Covera really said 'we value your loyalty' and then quoted me £200 more than a new customer. feeling so valued rn",
        {"Covera": N},
    ),
    (
        "Thanks Railon for the complimentary 2 hour stop in a field outside Crewe, truly the scenic route 🙃",
        {"Railon": N},
    ),
    (
        "wow Volterra Mobile, charging me roaming in a country i've never been to, impressive stuff. who needs a phone bill that makes sense",
        {"Volterra Mobile": N},
    ),
    # --- complaints told as plain facts ---
    (
        "Ordered a sofa from Homestead Living on 2 Feb. It's 19 April. Still no delivery date, 4 emails unanswered.",
        {"Homestead Living": N},
    ),
    (
        "4th outage this month. Nettora status page still says 'all systems operational'.",
        {"Nettora": N},
    ),
    (
        "Pillbox Express 'next day delivery' lol. ordered monday, its friday. running out of my meds tomorrow",
        {"Pillbox Express": N},
    ),
    (
        "Railon 07:42 to Manchester cancelled. Next one is 08:42. This is the third Monday running.",
        {"Railon": N},
    ),
    ("Voltix laptop: 3 repairs in 11 months. Same hinge every time.", {"Voltix": N}),
    (
        "Shieldway renewal quote: £612. Same car, same address, no claims. Last year: £389.",
        {"Shieldway": N},
    ),
    (
        "Brightwatt: 3 months of estimated bills, 2 meter readings submitted, both 'not received'.",
        {"Brightwatt": N},
    ),
    (
        "Munchbox order #4 this month: 1h40 wait, cold chips, missing drink. Support offered 50p credit.",
        {"Munchbox": N},
    ),
    (
        "3 weeks and still no refund from Stridewell for a return they confirmed receiving on the 2nd.",
        {"Stridewell": N},
    ),
    # --- recommendations and warnings ---
    (
        "PSA: do NOT buy the Voltix X2 earbuds. left one died after 7 weeks and Voltix say it's 'user damage'. save your money",
        {"Voltix": N},
    ),
    (
        "If you're in Leeds and need a decent gym without the bro vibe, IronPeak on Kirkgate is great. Clean, staff are friendly, never had to wait for a rack.",
        {"IronPeak": P},
    ),
    (
        "Stayed at the Harbourview Inn in Whitby for 3 nights — lovely owners, proper breakfast, sea view from the room. Can't recommend enough",
        {"Harbourview Inn": P},
    ),
    (
        "Avoid the Grandmere Hotel. Hair in the bath, broken kettle, and reception said 'that's how it was when you checked in' when I asked for a fix.",
        {"Grandmere Hotel": N},
    ),
    (
        "Honestly didnt expect much but Covera sorted my car claim in 9 days, the guy on the phone was lovely and kept me updated. Would recommend",
        {"Covera": P},
    ),
    (
        "5 stars. Café Lumen does the best flat white in town and the almond croissant is unreal. staff remember my order after 2 visits",
        {"Café Lumen": P},
    ),
    (
        "Olive & Ash for my mum's birthday: 45 min wait for mains, lamb was cold, and they added a 15% service charge without asking. Never again.",
        {"Olive & Ash": N},
    ),
    (
        "Threadwell jeans used to last me years. bought 2 pairs in jan and both have holes in the thigh already. quality has fallen off a cliff",
        {"Threadwell": N},
    ),
    (
        "Velvetine lip oil is my holy grail 😍 not sticky, smells like vanilla, lasts through coffee. buying a 3rd tube",
        {"Velvetine": P},
    ),
    (
        "Maison Verre customer service is on another level. wrong size sent, they emailed me before i noticed and posted the right one next day",
        {"Maison Verre": P},
    ),
    (
        "Shout out to Tallymoor's support chat, sorted my roaming issue while I was standing at the airport in Rome. Fast and actually knew what they were talking about",
        {"Tallymoor": P},
    ),
    (
        "Kestrel Bank froze my card within seconds when i reported it stolen and had a new one to me in 2 days. no complaints at all",
        {"Kestrel Bank": P},
    ),
    (
        "Credit where it's due, CityGlide's new night bus route has made getting home from my shifts so much easier. Clean, on time, drivers are sound",
        {"CityGlide": P},
    ),
    (
        "Dishwell refunded my whole order without arguing when half of it was missing. didn't even need a photo. that's why i keep using them",
        {"Dishwell": P},
    ),
    (
        "Just want to say Brightfield Bank's fraud team were brilliant today. Spotted a dodgy payment, called me straight away, money back by tea time.",
        {"Brightfield Bank": P},
    ),
    (
        "Finally had the smart meter fitted by Greenspark, engineer was in and out in 40 mins and tidied up after himself. Much better experience than I expected",
        {"Greenspark": P},
    ),
    (
        "Ordered from Stridewell for the first time. Wrong colour sent. Return label didn't work. Chat bot useless. 1 star, only because 0 isn't an option.",
        {"Stridewell": N},
    ),
    # --- questions that imply a problem ---
    (
        "@Shieldway is anyone actually going to call me back about my claim or do I just keep ringing every day for the rest of my life?",
        {"Shieldway": N},
    ),
    (
        "Has anyone actually gotten their deposit back from Drivana? It's been 6 weeks for me and they just keep saying 'processing'",
        {"Drivana": N},
    ),
    (
        "Is Planwise down for everyone or just us? third time this week we can't load boards",
        {"Planwise": N},
    ),
    (
        "Casa Pequeña did you change the recipe?? the tacos used to be amazing and last night they were bland and greasy",
        {"Casa Pequeña": N},
    ),
    (
        "why does Pixelhaus need my date of birth, phone number AND home address just to register a mouse warranty? bit much no?",
        {"Pixelhaus": N},
    ),
    # --- neutral mentions ---
    (
        "Does anyone know if Pulsefit lets you freeze your membership if you're travelling for a month?",
        {"Pulsefit": U},
    ),
    (
        "Brightfield Bank to close 40 branches by end of year, moving more services to its app, according to a statement released this morning.",
        {"Brightfield Bank": U},
    ),
    (
        "Flying Aerolume to Lisbon tomorrow, any tips for what to do there on a rainy day?",
        {"Aerolume": U},
    ),
    (
        "Pixelhaus announced today it will release its new 27-inch monitor line in September, with prices starting at $349.",
        {"Pixelhaus": U},
    ),
    (
        "Meet us outside the Larkspur Hotel at 7, we'll walk to the venue from there",
        {"Larkspur Hotel": U},
    ),
    ("Is Fetchly available in Cork yet or is it just Dublin?", {"Fetchly": U}),
    (
        "Cloudnest just pushed an update that changes how shared folders sync. Release notes are on their blog if you want details.",
        {"Cloudnest": U},
    ),
    (
        "Osprey Suites is opening a new property in Glasgow next spring according to the local paper",
        {"Osprey Suites": U},
    ),
    (
        "Working from the Café Lumen on High St today if anyone wants to drop by and talk through the project",
        {"Café Lumen": U},
    ),
    (
        "What's the difference between Covera and Shieldway's basic home insurance? trying to pick one before Friday",
        {"Covera": U, "Shieldway": U},
    ),
    (
        "Skyvane will start flying direct from Leeds to Reykjavik in November, three times a week.",
        {"Skyvane": U},
    ),
    (
        "Linkwave and Nettora both announced price rises for April, around 6% each.",
        {"Linkwave": U, "Nettora": U},
    ),
    (
        "Picking up a Keyroad car at Faro airport, is the desk in the terminal or do you take a shuttle?",
        {"Keyroad": U},
    ),
    (
        "Medora Pharmacy on Elm St is now doing flu jabs on Saturdays, no appointment needed.",
        {"Medora Pharmacy": U},
    ),
    (
        "Does the Harbourview Inn have parking or do we need to use the town car park?",
        {"Harbourview Inn": U},
    ),
    (
        "Threadwell is collaborating with a Danish designer on an autumn capsule collection, dropping 12 Sept.",
        {"Threadwell": U},
    ),
]
