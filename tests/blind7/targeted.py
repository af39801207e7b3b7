"""Blind targeted-sentiment evaluation set (English, brand-level labels).

How it was written: blind and from scratch, by a writer who saw neither the
sentiment scorer nor any earlier evaluation set, without running any
sentiment tool. Every post and every brand name is invented; the brands are
fictional. Posts imitate X/Twitter, Reddit, Trustpilot, Google reviews,
Facebook groups, forums and app-store reviews across many trades (banks,
telecoms, airlines, trains, vets, dentists, gyms, delivery apps,
supermarkets, software, games, hotels, council contractors, utilities,
insurers, car dealers, cafes and more).

Labels: for each brand named in a post (the key appears verbatim, exact
case, in the text) the label is the attitude an ordinary native reader would
agree the writer holds toward THAT brand: "positive", "negative" or
"neutral" (merely named, asked about, or reported without opinion).
"""

from __future__ import annotations

P, N, U = "positive", "negative", "neutral"

BLIND_TARGETED: list[tuple[str, dict[str, str]]] = [
    # --- two brands, opposite sentiment ---
    (
        "Left Harbourline Bank after 11 years because they kept closing branches and charging me for everything. Moved to Kestrel Savings and the app alone is night and day.",
        {"Harbourline Bank": N, "Kestrel Savings": P},
    ),
    (
        "Switched broadband from Velnet to Orbit Fibre last month. Orbit engineer turned up on time, speeds are actually what they advertise. Velnet were dropping out every evening for a year.",
        {"Velnet": N, "Orbit Fibre": P},
    ),
    (
        "SkyPelican cancelled our flight at the gate with zero explanation, Brightwing had seats on the next one out and the lady at their desk sorted us in 10 mins. Never booking SkyPelican again.",
        {"SkyPelican": N, "Brightwing": P},
    ),
    (
        "honestly GrubDash is just better than Munchly now, Munchly fees are insane and the food always turns up cold",
        {"GrubDash": P, "Munchly": N},
    ),
    (
        "Was with Tallis Mobile for years, never had a single issue. Partner is on Zapcell and his signal dies the second we leave town lol",
        {"Tallis Mobile": P, "Zapcell": N},
    ),
    (
        "Took the dog to Oakridge Vets, they wanted £900 for a scan before even examining her properly. Second opinion at Fenwick Animal Clinic: proper exam, antibiotics, £68, she's fine now.",
        {"Oakridge Vets": N, "Fenwick Animal Clinic": P},
    ),
    (
        "PSA if you're in Leeds: avoid Crownpoint Motors, they sold my brother a car with a dodgy gearbox and refused to help. We bought from Ashdale Cars instead and they've been brilliant with the aftercare.",
        {"Crownpoint Motors": N, "Ashdale Cars": P},
    ),
    (
        "Netcore Antivirus slowed my laptop to a crawl and the renewal was sneaky. Uninstalled it, put Shieldly on, no complaints at all so far.",
        {"Netcore Antivirus": N, "Shieldly": P},
    ),
    (
        "Gymflex membership: £45 a month for broken treadmills and a queue for every rack. Iron Vault down the road is £30, spotless and the staff actually know what they're doing.",
        {"Gymflex": N, "Iron Vault": P},
    ),
    (
        "r/UKPersonalFinance - moved my ISA from Pennyworth to Meridian Invest. Pennyworth took 7 weeks to transfer it. Meridian did their side in 2 days and kept me updated by email.",
        {"Pennyworth": N, "Meridian Invest": P},
    ),
    (
        "Northway Rail gets a lot of stick but today's train was early, clean and the guard was lovely. Meanwhile the replacement bus from Coachlink took 2 hours and the driver got lost twice.",
        {"Northway Rail": P, "Coachlink": N},
    ),
    (
        "Our home insurance renewal from Guardwell went up 60% for no reason. Rang Baytree Insurance and got the same cover for less than last year's price, and the guy on the phone was great.",
        {"Guardwell": N, "Baytree Insurance": P},
    ),
    (
        "Quick shout out to Polder Plumbing who came out on a Sunday after HomeFix Direct left us with a leaking boiler and stopped answering our calls.",
        {"Polder Plumbing": P, "HomeFix Direct": N},
    ),
    (
        "ngl Starbrew's oat latte slaps but the Cuppa Co one tastes like warm cardboard",
        {"Starbrew": P, "Cuppa Co": N},
    ),
    (
        "Dentist update: Smileworks quoted me £3k for work I apparently needed. Went to Dr Patel at Riverside Dental for a second look, she said two small fillings. Done. £160. Make of that what you will.",
        {"Smileworks": N, "Riverside Dental": P},
    ),
    (
        "Trustpilot: Packwise lost my parcel and blamed the courier. The courier, Swiftlane, actually rang me and found it sitting in a depot. Credit to Swiftlane, zero credit to Packwise.",
        {"Packwise": N, "Swiftlane": P},
    ),
    # --- comparisons ---
    (
        "Freshmart is miles better than Valuco for fruit and veg, not even close",
        {"Freshmart": P, "Valuco": N},
    ),
    (
        "Tried both Lumo Energy and Greenpeak for a year each. Greenpeak's bills were a mess every single month, Lumo just works.",
        {"Lumo Energy": P, "Greenpeak": N},
    ),
    (
        "Google review: Far cleaner than the Redgate Inn where we stayed last year. The Willow Lodge team went above and beyond, we'll be back.",
        {"Redgate Inn": N, "Willow Lodge": P},
    ),
    (
        "Code review tool comparison at work: everyone on the team prefers Diffly over Mergeport. Mergeport just feels clunky and slow on big PRs.",
        {"Diffly": P, "Mergeport": N},
    ),
    (
        "Ok unpopular opinion but Pixelforge's new battle pass is way fairer than anything Stormbyte has done in years",
        {"Pixelforge": P, "Stormbyte": N},
    ),
    (
        "Switched from Cartwheel to Basketful for the weekly shop. Not one substitution in six orders, which Cartwheel never once managed.",
        {"Cartwheel": N, "Basketful": P},
    ),
    (
        "Moved our accounting from Ledgerly to Sumwise because of the price hike. Honestly should have done it sooner, Sumwise does everything we need for half the cost.",
        {"Ledgerly": N, "Sumwise": P},
    ),
    (
        "Flew out with Hopscotch Airways and back with Jetlow. Hopscotch was genuinely lovely, friendly crew and actual legroom. Jetlow charged me £8 for a cup of tea and my knees are still recovering 😂",
        {"Hopscotch Airways": P, "Jetlow": N},
    ),
    # --- brand praise inside a complaint about something else ---
    (
        "Worst day ever. Car broke down on the motorway in the rain, phone at 4%, missed my niece's party. Only good thing was the RoadAid guy who turned up in 25 mins and was an absolute legend.",
        {"RoadAid": P},
    ),
    (
        "Flight delayed 5 hours, terminal freezing, kids melting down. The staff at the Kettle & Crumb café in departures gave them free hot chocolates without us even asking. Small thing but it saved my sanity.",
        {"Kettle & Crumb": P},
    ),
    (
        "Council still hasn't fixed the potholes on our road after 8 months of emails. At least the bin men from Cleanway are reliable, never missed a collection.",
        {"Cleanway": P},
    ),
    (
        "My landlord is useless and the heating's been off for a week, but shoutout to Brisco Heaters, the little oil radiator I bought is keeping the whole flat warm.",
        {"Brisco Heaters": P},
    ),
    (
        "Monday from hell: boss yelled at me, spilled coffee on my keyboard, train was cancelled. The one thing that went right was Quillpad autosaving my whole report before the laptop died. Love that app.",
        {"Quillpad": P},
    ),
    (
        "Honestly the hotel was grim and the weather awful, but Bluefin Tours made the trip. Our guide Marco knew everything about the island.",
        {"Bluefin Tours": P},
    ),
    (
        "Whole neighbourhood lost power for 14 hours last night thanks to the storm. Northgrid had crews out at 3am and kept the outage map updated every hour, genuinely impressed.",
        {"Northgrid": P},
    ),
    # --- complaint about a brand inside a post that's otherwise happy ---
    (
        "Had the most amazing weekend in Edinburgh, the weather was perfect and the food incredible. Shame Railstar had to ruin it by cancelling our train home and leaving us stranded at Waverley till midnight.",
        {"Railstar": N},
    ),
    (
        "Baby's first birthday today!! So much love in the room 🥰 only hiccup was the cake from Sugarloaf Bakery, which arrived with the wrong name on it and half the icing smeared.",
        {"Sugarloaf Bakery": N},
    ),
    (
        "Finally got the keys to our first house!!! 🏡 Now just the small matter of Linkway taking three weeks to connect our internet 🙃",
        {"Linkway": N},
    ),
    (
        "Great holiday overall, beautiful beaches, friendly locals. Just don't hire a car from Drivo, they charged my card £250 for a 'scratch' that was already there when we picked it up.",
        {"Drivo": N},
    ),
    (
        "Loved the concert, best night of the year. Ticketzone charging £14 in 'service fees' per ticket was the only thing that annoyed me.",
        {"Ticketzone": N},
    ),
    # --- X but Y / though / however ---
    (
        "The food at Marlowe's was nice but the service was so slow and rude that I wouldn't go back.",
        {"Marlowe's": N},
    ),
    (
        "Clearpath Broadband is a bit pricier than the others, but it's never dropped once in two years and support picks up in minutes. Worth it.",
        {"Clearpath Broadband": P},
    ),
    (
        "The Fernhill gym is a bit old, though the coaches are fantastic and the classes are the best in town. Happy member for 3 years.",
        {"Fernhill": P},
    ),
    (
        "Nice design on the new Budgetly app, however it logs me out every five minutes and half my transactions are missing. Unusable at the moment.",
        {"Budgetly": N},
    ),
    (
        "Rooms at the Castellan Hotel were small, however the staff were so kind and the breakfast was superb. Would happily stay again.",
        {"Castellan Hotel": P},
    ),
    (
        "Vintra's prices are good, but I've had three orders arrive damaged now and they make you jump through hoops for a refund. Done with them.",
        {"Vintra": N},
    ),
    (
        "Took forever to get an appointment at Brookside Surgery, but once I was in, the GP was thorough and really listened. Really glad I stuck with it.",
        {"Brookside Surgery": P},
    ),
    (
        "Solid phones, I'll give them that, but Novaphone's customer service is the worst I've dealt with in my life. 6 weeks for a screen repair and nobody could tell me where it was.",
        {"Novaphone": N},
    ),
    # --- pronoun references ---
    (
        "Ordered a sofa from Hollis Home in March. They said 6 weeks. It's now August. Their customer service line just plays music for an hour and then hangs up.",
        {"Hollis Home": N},
    ),
    (
        "Renewed with Ashcombe Insurance today. They matched a cheaper quote without me even having to push, and their agent explained everything clearly. That's how you keep customers.",
        {"Ashcombe Insurance": P},
    ),
    (
        "I've been using Taskmint for our team for a year. Their recent update broke recurring tasks and they haven't even acknowledged it on the forum. Looking at alternatives.",
        {"Taskmint": N},
    ),
    (
        "Booked the kids' swimming lessons with Splashworks. They're so patient with nervous children, my daughter went from crying at the poolside to jumping in within a month.",
        {"Splashworks": P},
    ),
    (
        "Used Moveright for our house move. Their lads were careful with everything, nothing broken, and they even reassembled the beds. Couldn't fault them.",
        {"Moveright": P},
    ),
    (
        "Stay away from Parkfield Lettings. They kept our whole deposit over a 'dirty oven' and stopped replying when we sent them the check-in photos.",
        {"Parkfield Lettings": N},
    ),
    # --- neutral mentions ---
    (
        "Does anyone know if Corvid Credit Union lets you open an account online or do you have to go to a branch?",
        {"Corvid Credit Union": U},
    ),
    (
        "Hollowmere Water says the supply in the north of the town will be switched off between 9am and 1pm on Thursday for maintenance.",
        {"Hollowmere Water": U},
    ),
    (
        "Thinking of trying either Gardenbox or Veggieway for meal kits, which one do you lot use?",
        {"Gardenbox": U, "Veggieway": U},
    ),
    (
        "Palisade Bank has announced it will merge with Rowan Building Society next year, according to a statement released this morning.",
        {"Palisade Bank": U, "Rowan Building Society": U},
    ),
    ("Is the Quayside branch of Bean & Barrel open on Sundays?", {"Bean & Barrel": U}),
    (
        "Heads up: Trentline buses are running a Sunday timetable on the bank holiday.",
        {"Trentline": U},
    ),
    (
        "r/gaming: Ironlark Studios just confirmed the sequel is coming out in March on PC and consoles.",
        {"Ironlark Studios": U},
    ),
    (
        "Our street is getting fibre installed by the broadband contractor Dalton Civils next week, apparently.",
        {"Dalton Civils": U},
    ),
    (
        "What time does Coppergate Pharmacy shut on Saturdays? Need to pick up a prescription.",
        {"Coppergate Pharmacy": U},
    ),
    (
        "FYI Lynx Parcel's depot is moving to the industrial estate on Harrow Road from 1 June.",
        {"Lynx Parcel": U},
    ),
    # --- neutral mention of one brand, opinion about another ---
    (
        "My mortgage is with Ferrous Bank and I use Lumen for everyday spending. Lumen's app is so nice to use, everything's instant.",
        {"Ferrous Bank": U, "Lumen": P},
    ),
    (
        "Booked flights with Altair Air, hotel through Staywell. The Staywell booking vanished from my account two days before travel and nobody could find it.",
        {"Altair Air": U, "Staywell": N},
    ),
    (
        "Anyone tried Corbel Gym? I'm moving over from Pulse Fitness because their new opening hours are ridiculous.",
        {"Corbel Gym": U, "Pulse Fitness": N},
    ),
    (
        "My mum's on Saltmarsh Energy and I'm on Brightvolt. Brightvolt refunded my overpayment within a day of me asking, honestly didn't expect it.",
        {"Saltmarsh Energy": U, "Brightvolt": P},
    ),
    (
        "We're going to Lisbon with Airvia in May. Any tips on where to stay? We used Hostaway last time and the apartment was filthy.",
        {"Airvia": U, "Hostaway": N},
    ),
    # --- sarcasm ---
    (
        "Wow, thanks Orbitel, really loving the fourth outage this week. Great value for £50 a month 🙄",
        {"Orbitel": N},
    ),
    (
        "Oh brilliant, Dunmore Trains have cancelled the 7:42 AGAIN. Truly the gift that keeps on giving.",
        {"Dunmore Trains": N},
    ),
    (
        "Love how Cashbridge's 'instant' transfer took five working days. Really living up to the name there lads.",
        {"Cashbridge": N},
    ),
    (
        "Shoutout to Pinewood Estates for only taking 9 months to fix our damp. Real speed demons. #renting",
        {"Pinewood Estates": N},
    ),
    (
        "Nothing says 'we value your custom' like Quickway Delivery leaving my parcel in the recycling bin in the rain 👏👏",
        {"Quickway Delivery": N},
    ),
    (
        "Cant wait to spend another 2 hours on hold with Bellcom tomorrow, best part of my week honestly",
        {"Bellcom": N},
    ),
    # --- facts without opinion words ---
    (
        "Returned a faulty kettle to Homestead Stores on 2 March. Still waiting for the refund. It's now 28 April.",
        {"Homestead Stores": N},
    ),
    (
        "Boiler packed in at 8pm, rang Hearth Heating at 8:15, engineer was here at 9:30 and it was fixed by 10. Didn't charge for the callout.",
        {"Hearth Heating": P},
    ),
    (
        "Called Emberly Insurance about my claim 14 times. Spoken to 9 different people. Still no decision after 5 months.",
        {"Emberly Insurance": N},
    ),
    (
        "Cracked my phone screen at lunch, dropped it at Fixpoint at 1, picked it up at 2:30 with a new screen and a free case.",
        {"Fixpoint": P},
    ),
    (
        "Ordered from Loomhouse on Monday, arrived Tuesday morning, exactly as pictured.",
        {"Loomhouse": P},
    ),
    (
        "Vet at Highfield Animal Hospital stayed two hours after closing to operate on our cat. She's home and eating today.",
        {"Highfield Animal Hospital": P},
    ),
    # --- slang, typos, emoji, lowercase, hashtags ---
    (
        "zestly is SO good for last minute groceries omg 15 mins and it was at my door 😭🙌",
        {"zestly": P},
    ),
    (
        "cant belive Rendr charged me twice for the same subscription and wont refund untill i 'raise a ticket' which nobody ever answers smh",
        {"Rendr": N},
    ),
    (
        "Glimmer Cosmetics are doing 20% off everything this weekend according to their newsletter #makeup #glimmer",
        {"Glimmer Cosmetics": U},
    ),
    (
        "@Flyzo ur app crashed mid check in AGAIN and now im being charged £55 at the airport to check in there. fix ur app 😤",
        {"Flyzo": N},
    ),
    ("the new Bramble & Co on the high st opens at 7am weekdays btw 🥯", {"Bramble & Co": U}),
    (
        "#neveragain Stayzy put us in a 'sea view' room facing a car park. when we complained they said sea view was 'from the roof' 💀",
        {"Stayzy": N},
    ),
    ("tbh Kitewire support is goated, sorted my billing issue in like 3 msgs", {"Kitewire": P}),
    ("does FoodFox deliver out to the villages or just in town?", {"FoodFox": U}),
    (
        "W for Crestline Rail today, quiet coach actually quiet and on time 🙌",
        {"Crestline Rail": P},
    ),
    # --- app store ---
    (
        "App Store ★☆☆☆☆: Latest update of Parkbee won't let me pay for parking anymore. Got a ticket because of it. Fix this.",
        {"Parkbee": N},
    ),
    (
        "Google Play ★★★★★ Been using Sproutly to track my plants for a year and it's honestly kept them alive. Simple, no ads, does what it says.",
        {"Sproutly": P},
    ),
    (
        "Fantastic little app. Snoozebox's white noise got my toddler sleeping through the night. Worth every penny of the premium.",
        {"Snoozebox": P},
    ),
    # --- three brands ---
    (
        "Compared quotes from Harwood Builders, Stonebridge Construction and Kenning & Sons for our extension. Harwood never turned up, Stonebridge were £20k over everyone, Kenning & Sons were fair, on time and the work is lovely.",
        {"Harwood Builders": N, "Stonebridge Construction": N, "Kenning & Sons": P},
    ),
    (
        "Phone contracts in our house: I'm on Lyra Mobile, hubby's on Tenpoint, son's on Bluebell SIM. Lyra's been perfect, Tenpoint keeps overcharging him, no idea about Bluebell yet, he only switched last week.",
        {"Lyra Mobile": P, "Tenpoint": N, "Bluebell SIM": U},
    ),
    (
        "Streaming cull: kept Reelhouse because the shows are actually good, cancelled Flickbox because they keep adding ads to a paid plan. Still deciding on Vistaplay.",
        {"Reelhouse": P, "Flickbox": N, "Vistaplay": U},
    ),
    (
        "Facebook group: For anyone in the area looking for a childminder, we used Little Acorns for 2 years and they were wonderful. Avoid Sunny Days Nursery, my son came home with bruises twice and nobody could explain it. Rainbow Club opens a new branch in September.",
        {"Little Acorns": P, "Sunny Days Nursery": N, "Rainbow Club": U},
    ),
    # --- council contractors, utilities, misc ---
    (
        "The contractors the council hired, Greystone Highways, dug up our road for 3 months and left it worse than before. Half the new tarmac is already cracking.",
        {"Greystone Highways": N},
    ),
    (
        "Credit where it's due, Verdant Grounds who do the park maintenance for the council have made it look beautiful this year. The flower beds are stunning.",
        {"Verdant Grounds": P},
    ),
    (
        "Ringmere Water finally replaced the old lead pipe outside our house. Crew were polite, tidied up after and the water pressure is loads better.",
        {"Ringmere Water": P},
    ),
    (
        "Fenland Gas sent me a bill for £1,400 for a flat I moved out of two years ago. Third time this has happened.",
        {"Fenland Gas": N},
    ),
    # --- games, software ---
    (
        "Been playing Emberfall since launch and Nightjar Games keep listening to the community. Every patch fixes exactly what people asked for. Rare these days.",
        {"Emberfall": P, "Nightjar Games": P},
    ),
    (
        "Crashfield Interactive laid off half the team and shipped a broken game at full price. Refunded it on Steam after 40 minutes.",
        {"Crashfield Interactive": N},
    ),
    (
        "Our office is moving to Papertrail for docs next month, anyone got tips for the migration?",
        {"Papertrail": U},
    ),
    (
        "Has anyone here migrated from Cloudlet to self-hosting? Curious how long it took your team.",
        {"Cloudlet": U},
    ),
    # --- cafes, hotels, car dealers, misc ---
    (
        "The Copper Kettle is my favourite spot in town. Scones are always warm and the owner remembers everyone's order.",
        {"The Copper Kettle": P},
    ),
    (
        "Traded in my car at Brayford Motors. They offered £1,500 less than the online valuation and then tried to charge me an 'admin fee' on top. Walked out.",
        {"Brayford Motors": N},
    ),
    (
        "Picked up the new car from Wexley Autos today. No pressure selling, they showed me every scratch before I signed, and threw in a year's servicing.",
        {"Wexley Autos": P},
    ),
    (
        "Hey @Tollgate Tyres, I booked a fitting for 9am and was still sitting in your waiting room at 12:15. Nobody told me anything.",
        {"Tollgate Tyres": N},
    ),
    (
        "Parkview Dental is taking on new NHS patients again, just saw the sign in the window.",
        {"Parkview Dental": U},
    ),
    (
        "Just a heads up that Kilnworth Pottery are running their beginners' wheel class again from next Tuesday, 6 weeks, £120.",
        {"Kilnworth Pottery": U},
    ),
    (
        "Saw that Marbury Supermarkets are opening a new store on the retail park where the old carpet warehouse was.",
        {"Marbury Supermarkets": U},
    ),
    (
        "Does Wrenfield Leisure Centre still do the Friday family swim or did they stop it?",
        {"Wrenfield Leisure Centre": U},
    ),
    (
        "Thinking about getting a Pebblestone mattress. Anyone had one for more than a year?",
        {"Pebblestone": U},
    ),
]
