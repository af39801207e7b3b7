"""Blind targeted-sentiment evaluation set (round 8).

Written blind and from scratch: no scorer, test file or earlier evaluation set was
opened or run while writing it. Every brand name is invented. The posts imitate
ordinary English writing on X/Twitter, Reddit, Trustpilot, Google and app-store
reviews, Facebook groups, forums, LinkedIn and news-style headlines, across many
trades (mobile networks, broadband, banks, insurers, airlines, rail and coaches,
couriers, supermarkets, restaurants and cafés, hotels and B&Bs, gyms, SaaS and
apps, games, car dealers and garages, energy and water, letting agents, clinics,
dentists, vets, schools, charities, council contractors, fashion, cosmetics, pet
food). The mix: posts naming two or three brands with different verdicts
(switching, comparisons, "X > Y", "unlike X"); a brand praised inside a complaint
about something else or criticised inside a happy post; "but / though / to be
fair / sadly" posts with a clear net verdict; verdicts carried by pronouns and
continuations ("they", "their app") after a neutral mention; neutral mentions
(questions, announcements, news) some inside emotional posts; and implicit
verdicts, sarcasm, slang, emoji, typos, hashtags and British/American spelling.
Each label is the writer's sentiment toward that named brand only; anything a
reader could reasonably read two ways was dropped or rewritten.
"""

from __future__ import annotations

P, N, U = "positive", "negative", "neutral"

BLIND_TARGETED: list[tuple[str, dict[str, str]]] = [
    (
        "Switched from Northgate Mobile to Tidewell last month and honestly wish I'd done it years ago. Same signal in my flat, half the price, and Tidewell's support actually answer the chat.",
        {"Northgate Mobile": N, "Tidewell": P},
    ),
    (
        "Kestrel Bank > Harbourline Bank, fight me. Kestrel lets me freeze my card in two taps, Harbourline wants me to ring a number that's shut at weekends 🙄",
        {"Kestrel Bank": P, "Harbourline Bank": N},
    ),
    (
        "Flew out with Skyvale and back with Aeronord. Skyvale lost a bag and took 40 mins to board a half-empty plane. Aeronord were on time, friendly crew, free water. Guess who I'm booking with next summer.",
        {"Skyvale": N, "Aeronord": P},
    ),
    (
        "Unlike Pennant Insurance, Clearbrook Cover actually paid out on my windscreen claim without making me jump through hoops.",
        {"Pennant Insurance": N, "Clearbrook Cover": P},
    ),
    (
        "Quick PSA for anyone in Leeds: Fennick's Grocers charge £3.20 for the same oat milk that's £1.95 at Marlow Market. Doing my weekly shop at Marlow from now on.",
        {"Fennick's Grocers": N, "Marlow Market": P},
    ),
    (
        "Rotaline could learn a thing or two from Brisket & Bean. Ordered from both on Friday: Brisket & Bean turned up hot in 25 minutes, Rotaline's chicken was cold and missing the sides.",
        {"Rotaline": N, "Brisket & Bean": P},
    ),
    (
        "After six years as a Corvalis customer we've moved the whole team to Stackwise. Corvalis kept hiking the per-seat price and the editor still crashes on big files. Stackwise import took an afternoon and everyone's happier. #SaaS #productivity",
        {"Corvalis": N, "Stackwise": P},
    ),
    (
        "If you're choosing between Parcelon and Swiftbox for your little online shop, go Swiftbox. Parcelon 'delivered' three of my parcels to addresses that don't exist.",
        {"Parcelon": N, "Swiftbox": P},
    ),
    (
        "Ranking the gyms I've tried this year: IronLeaf is the best value by miles, Pulse Republic is a close second with great classes, and FitCore Studios is a joke. Broken machines and they charged me after I cancelled.",
        {"IronLeaf": P, "Pulse Republic": P, "FitCore Studios": N},
    ),
    (
        "Our bill with Voltara went up 40% overnight. Rang Greenmere Power for a quote and they beat it by £38 a month, switch done in ten days. Bye Voltara 👋",
        {"Voltara": N, "Greenmere Power": P},
    ),
    (
        "Hot take: the Lumenpad 4 is a better buy than the Orbix Tab Pro. Half the price, screen is just as good, and the Orbix battery barely makes it through a film.",
        {"Lumenpad": P, "Orbix": N},
    ),
    (
        "Used to swear by Halden Motors for servicing but the last two visits were a mess, they forgot the oil change and overcharged me. Tried Pike Street Garage on a mate's recommendation and they were honest, quick and £60 cheaper.",
        {"Halden Motors": N, "Pike Street Garage": P},
    ),
    (
        "Rented through Ashby Lettings for 3 years, deposit took 4 months to come back with made-up deductions. Current place is with Cobalt Homes and they fixed the boiler the same day I reported it. Night and day.",
        {"Ashby Lettings": N, "Cobalt Homes": P},
    ),
    (
        "why does Trellis Rail charge £74 for a 90 minute journey when Westway Coaches does it for £12 and has wifi that actually works",
        {"Trellis Rail": N, "Westway Coaches": P},
    ),
    (
        "Dermara's vitamin C serum broke me out in two days. Switched to the Fern & Moss one everyone on this sub recommends and my skin has never looked better.",
        {"Dermara": N, "Fern & Moss": P},
    ),
    (
        "The Brassica Kitchen on Mill Road is everything Salt & Ember pretends to be. Proper portions, staff who remember your name, and no £4 'service charge' snuck onto the bill.",
        {"Brassica Kitchen": P, "Salt & Ember": N},
    ),
    (
        "Pawley's kibble gave our spaniel an upset tummy for a week. Vet suggested Hearthhound instead and she's been perfect since, coat looks shinier too.",
        {"Pawley's": N, "Hearthhound": P},
    ),
    (
        "Moved my ISA from Orrin Invest to Tallyfin. Orrin's app felt like it was built in 2009 and their fees quietly went up twice. Tallyfin is clean, cheap, and the transfer was painless.",
        {"Orrin Invest": N, "Tallyfin": P},
    ),
    (
        "Genuinely don't understand the hype around Nimbus Streaming. £12.99 a month for the same five shows on rotation. Quarrel+ has twice the catalogue for less.",
        {"Nimbus Streaming": N, "Quarrel+": P},
    ),
    (
        "Stayed at the Grand Alder for 2 nights then moved to the Seabright Inn down the road because our room at the Alder smelled of damp and reception just shrugged. Seabright upgraded us for free when they heard. Would recommend Seabright, would not recommend the Alder.",
        {"Grand Alder": N, "Seabright Inn": P},
    ),
    (
        "Honestly Bramblewood Primary handled the snow closure so much better than Hatherley Academy. Bramblewood texted parents at 6:30am; Hatherley told us at 8:40 when we were already standing at the gate.",
        {"Bramblewood Primary": P, "Hatherley Academy": N},
    ),
    (
        "Ordered the same jacket from Vantel and Rowe & Finch to compare sizes. Vantel's arrived in two days, beautifully packed. Rowe & Finch's turned up a week late with a stain on the sleeve.",
        {"Vantel": P, "Rowe & Finch": N},
    ),
    (
        "Three years on Quillmark and not one outage that mattered. We trialled Draftly for a month on the marketing team and the sync conflicts drove everyone mad. Sticking with Quillmark.",
        {"Quillmark": P, "Draftly": N},
    ),
    (
        "Gearforge Games just announced ANOTHER battle pass, meanwhile Hollow Pine Studio put out Lanternfall for £20 with no microtransactions and more content. Support the devs who respect you.",
        {"Gearforge Games": N, "Hollow Pine Studio": P},
    ),
    (
        "My Brightwave broadband dropped 14 times last week. Neighbour's on Fibrelink and hasn't had a single outage since March. Ringing to cancel tomorrow.",
        {"Brightwave": N, "Fibrelink": P},
    ),
    (
        "Cardiff to Edinburgh: Celtwing cancelled with 3 hours' notice and offered nothing. Booked last minute on Northjet who were brilliant about it, even let me change the date for free.",
        {"Celtwing": N, "Northjet": P},
    ),
    (
        "Vetwise charged us £280 for a consultation and one jab. Took the cat to Oakhill Vets for a second opinion and they sorted it for £65 and actually explained what was wrong.",
        {"Vetwise": N, "Oakhill Vets": P},
    ),
    (
        "Paid for Zentro for two years before realising Ledgerly does the exact same thing for free and doesn't nag you to upgrade every five minutes 🤷",
        {"Zentro": N, "Ledgerly": P},
    ),
    (
        "Redfern Cars tried to add £900 of 'paint protection' at the last minute. Walked out, bought the same model from Ellison Autos the next day with zero pressure. Ellison all the way.",
        {"Redfern Cars": N, "Ellison Autos": P},
    ),
    (
        "Lusette foundation is still the only one that matches my skin. Tried the new Aurelle shade range everyone's raving about and every single one is orange on me.",
        {"Lusette": P, "Aurelle": N},
    ),
    (
        "Gave to Brightpath Trust for years but moved my monthly donation to Open Harbour after reading how much Brightpath spends on admin. Open Harbour publish exactly where every pound goes.",
        {"Brightpath Trust": N, "Open Harbour": P},
    ),
    (
        "Bin collections since the council moved the contract from Greencycle to Ardent Services have been a disaster. Missed three weeks running. Never thought I'd miss Greencycle.",
        {"Greencycle": P, "Ardent Services": N},
    ),
    (
        "Hertwell Couriers: 'attempted delivery, nobody home' while I was literally sat by the door. Meanwhile Kitelane Express left my other parcel with a neighbour and sent me a photo. It's not hard, Hertwell.",
        {"Hertwell Couriers": N, "Kitelane Express": P},
    ),
    (
        "Wedding venue hunting: Willowgate Hall quoted us £14k for 80 guests, wouldn't budge on a thing and wanted extra for chairs. Marston Barns quoted £9k with chairs and bar staff included and were flexible on dates. Easy decision.",
        {"Willowgate Hall": N, "Marston Barns": P},
    ),
    (
        "Linguaro's streak system is genuinely motivating, way better than Parlé which just spams you with guilt-trip notifications.",
        {"Linguaro": P, "Parlé": N},
    ),
    (
        "Absolutely soaked, train cancelled, phone on 4%, and yet the lad at the Copperleaf Café gave me a free hot chocolate and let me charge my phone. Faith in humanity restored.",
        {"Copperleaf Café": P},
    ),
    (
        "Worst week of my life tbh. Landlord's ignoring me, car failed its MOT, cat's poorly. Only good thing was Mossgate Pharmacy who sorted my prescription in ten minutes and were so kind about it.",
        {"Mossgate Pharmacy": P},
    ),
    (
        "Had the best birthday ever! Family came over, weather was gorgeous, cake was amazing. Only thing that went wrong was Dellway Deliveries losing the present my sister sent, still no sign of it.",
        {"Dellway Deliveries": N},
    ),
    (
        "Finally got the keys to our first home!!! 🏡🥳 Couldn't have done it without our brilliant solicitor. Not thanking Calder Mortgages though, who nearly collapsed the whole thing by losing our documents twice.",
        {"Calder Mortgages": N},
    ),
    (
        "Flight delayed 5 hours because of the weather, but shout out to the staff at the Aspen Lounge at Gatwick who kept everyone fed and genuinely seemed to care.",
        {"Aspen Lounge": P},
    ),
    (
        "Promoted today 🎉 celebrated with dinner at Corbel & Vine which sadly was the low point: 50 minute wait for mains and the steak was grey. Still a great day though!",
        {"Corbel & Vine": N},
    ),
    (
        "Stuck at home with flu, everything aches. Kudos to Hollins Grocery though, their driver brought the shopping right to the door and even carried the bags into the kitchen.",
        {"Hollins Grocery": P},
    ),
    (
        "Honestly this year has been rubbish but my Tessaly Fitness membership is the one thing keeping me sane. Coaches are lovely and the 6am class is my therapy.",
        {"Tessaly Fitness": P},
    ),
    (
        "Amazing holiday in Crete, sun, sea, best food ever. Ruined slightly at the end by Sunjet Transfers not turning up to take us to the airport, had to pay €90 for a taxi.",
        {"Sunjet Transfers": N},
    ),
    (
        "The roadworks on the A38 are a nightmare and the council should be ashamed. Anyway, credit where it's due, Alder Tyres fitted a new tyre in 20 mins on a Saturday after I hit one of the potholes.",
        {"Alder Tyres": P},
    ),
    (
        "Graduation day!! So proud of everyone 🎓 Small note for next year's lot: Regalia Hire sent me a gown two sizes too big and wouldn't swap it on the day.",
        {"Regalia Hire": N},
    ),
    (
        "Kids screaming, dog sick on the carpet, dinner burnt. Ordered from Pronto Pizza Co and it arrived in 20 minutes, piping hot, and the driver threw in free garlic bread when he saw the chaos. Legend.",
        {"Pronto Pizza Co": P},
    ),
    (
        "New job, new city, new flat, loving it all. Except Quayside Broadband, who have now cancelled the install appointment three times. Working off my phone hotspot like it's 2012.",
        {"Quayside Broadband": N},
    ),
    (
        "My ex kept the sofa, the telly and the dog. But I kept the Larkspur mattress, and honestly I think I won.",
        {"Larkspur": P},
    ),
    (
        "Lovely walk, lovely pub lunch, lovely company. The only sour note: Fairway Parking charging £8 for two hours and the machine wouldn't take cards.",
        {"Fairway Parking": N},
    ),
    (
        "I hate dentists, I hate needles, I hate waiting rooms. But the team at Clearview Dental actually made me feel calm for the first time in years. Already booked my check-up for next year.",
        {"Clearview Dental": P},
    ),
    (
        "Wedding was perfect, couldn't have asked for more. Only regret is the photographer we booked through Snapbook. Half the photos are blurry and they've stopped replying to emails.",
        {"Snapbook": N},
    ),
    (
        "ugh monday. rain, no coffee at home, bus late. at least the Halfmoon Bakery croissants are still the best thing in this town 🥐",
        {"Halfmoon Bakery": P},
    ),
    (
        "Ref was a disgrace, the team were awful, lost 3-0 at home. The pies from Bridger's Pies were the only thing worth the ticket price.",
        {"Bridger's Pies": P},
    ),
    (
        "Just passed my driving test first time!!! 🚗 Huge thanks to my instructor Dave. No thanks to Roadstart Insurance for quoting me £3,400 for a 1.0 hatchback lol",
        {"Roadstart Insurance": N},
    ),
    (
        "Baby finally sleeping through the night, we're over the moon. Would've been sooner if the Snugglo monitor app didn't keep disconnecting and waking us with false alarms at 3am.",
        {"Snugglo": N},
    ),
    (
        "Boiler packed in on the coldest night of the year and our landlord didn't answer for two days. Heatright Plumbing came out at 10pm, didn't overcharge, had it running in an hour. Saving their number forever.",
        {"Heatright Plumbing": P},
    ),
    (
        "Fantastic Christmas market this year, loads of new stalls and the choir was beautiful. Shame Glowfest Events ran the ticketing: 45 minute queue for pre-booked tickets in the freezing cold.",
        {"Glowfest Events": N},
    ),
    (
        "Lost my wallet, missed my connection, then found out my hotel booking had vanished. The night manager at the Pembry Hotel found me a room at their sister hotel and walked me over there himself. Absolute star.",
        {"Pembry Hotel": P},
    ),
    (
        "Loving the new house, loving the garden, loving the neighbours. Not loving Tarnwell Water, who have sent us three bills for the same month and can't explain why.",
        {"Tarnwell Water": N},
    ),
    (
        "Food at Olive & Ash was a bit slow to come out but honestly worth the wait, best lamb I've had in years. Will be back.",
        {"Olive & Ash": P},
    ),
    (
        "The Rivven app looks gorgeous, I'll give them that, but it logs me out every single day and support just send the same copy-paste reply. Uninstalling.",
        {"Rivven": N},
    ),
    (
        "Staff at Bellwood Opticians were lovely, however the glasses took seven weeks instead of two and the prescription was wrong when they finally arrived. Can't recommend, sadly.",
        {"Bellwood Opticians": N},
    ),
    (
        "To be fair to Cranleigh Energy, they did eventually sort the meter reading and credited me £50 for the hassle. Took a while but I'm staying with them.",
        {"Cranleigh Energy": P},
    ),
    (
        "Pricey? Yes. But Thornbury Fitness is spotless, never crowded, and the pool is actually warm. Worth every penny.",
        {"Thornbury Fitness": P},
    ),
    (
        "Sadly Maple & Rye isn't what it used to be. Bread is still good but the coffee's gone downhill and they've cut the opening hours. Probably won't bother going back.",
        {"Maple & Rye": N},
    ),
    (
        "Delivery was late, though to be fair Pantrio kept me updated the whole time and refunded the delivery fee without me asking. Really happy with how they handled it.",
        {"Pantrio": P},
    ),
    (
        "Okay, Velocity Tyres are cheap. But cheap isn't a bargain when they leave your wheel nuts loose. Never again.",
        {"Velocity Tyres": N},
    ),
    (
        "The Harbour View B&B isn't fancy, the rooms are small and the wifi's patchy, but the breakfast and the welcome make up for it tenfold. Already booked for next year.",
        {"Harbour View B&B": P},
    ),
    (
        "Zephyr Phones' customer service is friendly enough, but three months and two replacement handsets later I still don't have a phone that works. Friendly doesn't fix anything.",
        {"Zephyr Phones": N},
    ),
    (
        "Not the cheapest, but Stirling & Co. have done our accounts for 10 years and never missed a deadline. Can't put a price on that.",
        {"Stirling & Co.": P},
    ),
    (
        "Loved the design of the Auralite speaker, however the sound is tinny and it won't stay connected to my laptop. Returned it.",
        {"Auralite": N},
    ),
    (
        "Longer queue than usual at Pinecrest Post Office this morning, but the staff were cheerful and got through it fast. Always a good experience there.",
        {"Pinecrest Post Office": P},
    ),
    (
        "Wilder Rail's new trains are nice, I'll give them that. Shame they're never on time. Third late arrival at work this week.",
        {"Wilder Rail": N},
    ),
    (
        "Bit of a faff setting up the Homely hub, the instructions are vague, but once it's running it's brilliant. Lights, heating, all from my phone, zero problems since.",
        {"Homely": P},
    ),
    (
        "Rang Stonebridge Insurance this morning about my claim. They put me on hold for 50 minutes, then told me the person dealing with it is on leave until March. Unreal.",
        {"Stonebridge Insurance": N},
    ),
    (
        "Picked up my new car from Wexford Autos on Saturday. Their salesman went through every feature with me, they'd filled the tank, and there was a bottle of bubbly on the seat. Lovely touch.",
        {"Wexford Autos": P},
    ),
    (
        "We moved our payroll to Payzo in January. Their onboarding team had everything migrated in a week and the support chat replies in minutes, even on a Sunday. Grateful to work with partners like this. #smallbusiness",
        {"Payzo": P},
    ),
    (
        "My nan's care home is run by Elmhurst Care. The staff there treat her like family, they ring me every week with updates and they remembered her birthday before I did.",
        {"Elmhurst Care": P},
    ),
    (
        "Ordered a sofa from Loungely in August. It's now December. The app says 'in transit', the phone line says 'in production', and their email address just bounces.",
        {"Loungely": N},
    ),
    (
        "Booked a clean through Sparkhaus. The cleaner arrived an hour late, skipped the bathroom, and their app won't let me leave a rating. Disputing the charge with my bank.",
        {"Sparkhaus": N},
    ),
    (
        "Signed my son up for swim lessons at Aquaventure. The instructors are patient, the groups are small, and he went from scared of the water to swimming a width in six weeks.",
        {"Aquaventure": P},
    ),
    (
        "Had the boiler serviced by Warmline. The engineer was in and out in 15 minutes, never took the cover off, and they still charged the full £95. Pretty sure it wasn't serviced at all.",
        {"Warmline": N},
    ),
    (
        "Started using Cadence for our staff rota. It takes about 5 minutes a week now instead of an afternoon, and nobody has double-booked a shift since.",
        {"Cadence": P},
    ),
    (
        "Just had a letter from Brixley Bank saying my account's being closed in 60 days, no reason given. I've been with them 22 years. Their branch staff couldn't tell me anything either.",
        {"Brixley Bank": N},
    ),
    (
        "We adopted Biscuit through Paws Forward last spring. They did a home visit, matched us with the perfect dog and still check in every few months. Can't say enough good things.",
        {"Paws Forward": P},
    ),
    (
        "Went to Kirby's Garden Centre for a Christmas tree. The trees were half dead, the staff ignored us, and the 'free' hot chocolate was £3.50.",
        {"Kirby's Garden Centre": N},
    ),
    (
        "Got my blood test results through Meridia Health. Their GP called me the same afternoon, explained everything properly and booked a follow-up without me having to chase.",
        {"Meridia Health": P},
    ),
    (
        "Our letting agent is Hollis & Grant. The damp has been reported four times since October. Each time they say a contractor is booked. No contractor has ever appeared.",
        {"Hollis & Grant": N},
    ),
    (
        "Tried Veloxa scooter hire for my commute this week. The app unlocked first try, the scooters are clean and it's cheaper than the bus. They've won me over.",
        {"Veloxa": P},
    ),
    (
        "Anyone tried Brightwater Energy? Thinking of switching but can't find many reviews.",
        {"Brightwater Energy": U},
    ),
    (
        "Harcourt Rail announces new timetable from 14 May, with additional evening services between Bristol and Exeter.",
        {"Harcourt Rail": U},
    ),
    (
        "Devastated. We had to say goodbye to our old boy Max today, 14 years of love. If anyone knows whether Lakeside Pet Crematorium does home collection, please DM me.",
        {"Lakeside Pet Crematorium": U},
    ),
    (
        "Does anyone know if Corrigan's Pharmacy is open on Boxing Day? Need to pick up a prescription.",
        {"Corrigan's Pharmacy": U},
    ),
    (
        "Ferrovia Group has agreed to acquire regional bus operator Tanfield Travel for an undisclosed sum, the companies said on Tuesday.",
        {"Ferrovia Group": U, "Tanfield Travel": U},
    ),
    (
        "So angry right now. Someone reversed into my car in the supermarket car park and just drove off. Does anyone know if Halverson Insurance cover hit and run on third party fire and theft?",
        {"Halverson Insurance": U},
    ),
    (
        "Moving to Manchester in June with two little ones. Which is better to rent through, Oakfield Homes or Linden Lettings? Open to any advice!",
        {"Oakfield Homes": U, "Linden Lettings": U},
    ),
    (
        "Reminder: Northfield Leisure Centre will be closed for maintenance from 2–9 January. Classes resume on the 10th.",
        {"Northfield Leisure Centre": U},
    ),
    (
        "Absolutely gutted, my flight home got cancelled because of the storm 😭 Does anyone know if Vantage Coach runs an overnight service from Heathrow to Cardiff?",
        {"Vantage Coach": U},
    ),
    (
        "Can someone explain the difference between the Saver and Flex accounts at Ormond Building Society? Trying to decide before the end of the tax year.",
        {"Ormond Building Society": U},
    ),
    (
        "Refund from Glimmer arrived in 2 days. Didn't even have to ask twice.",
        {"Glimmer": P},
    ),
    (
        "third missed delivery from Parcelbox this month. third. 🙃",
        {"Parcelbox": N},
    ),
    (
        "Oh brilliant, Stratos Broadband have put my bill up again. Love paying more for wifi that dies every time it rains. #greatservice",
        {"Stratos Broadband": N},
    ),
    (
        "wow thanks Zoomcart for delivering my fridge to a completely different town, really appreciate it 👏👏",
        {"Zoomcart": N},
    ),
    (
        "Blackthorn Coffee is actually bussin no cap, the oat flat white slaps ☕🔥",
        {"Blackthorn Coffee": P},
    ),
    (
        "Been on hold with Carraway Energy for 1 hr 47 mins now. Their hold music is the only song I know by heart anymore.",
        {"Carraway Energy": N},
    ),
    (
        "kinda obsessed w the new Solenne lip oils?? went back and bought 3 more colors lol #notsponsored",
        {"Solenne": P},
    ),
    (
        "Great job Metrolux, closing the only lift at the station for 'upgrades' for six months. Really thought about the wheelchair users there 👍",
        {"Metrolux": N},
    ),
    (
        "recieved my order from Tuckbox in 3 days, everything well packed, nothing missing and theyd added a handwritten thank you note. favourite shop now",
        {"Tuckbox": P},
    ),
    (
        "Paid £140 for the 'express' repair at FixIt Hub. Phone came back 19 days later with a new scratch on the screen.",
        {"FixIt Hub": N},
    ),
]
