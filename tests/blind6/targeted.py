"""Blind targeted-sentiment evaluation set (round 6).

Written blind: the author has not seen the scorer, its rules, or any earlier
test sets. Texts were composed from scratch to resemble English posts on X,
Reddit, Trustpilot, Google reviews, Facebook groups, parenting forums and app
stores, across many trades (vets, dentists, estate agents, carriers,
supermarkets, mobile networks, streaming, games, travel, ferries, e-scooters,
banks, pensions, furniture, DIY, airlines, childcare, universities, council
contractors, utilities, etc.). All brand names are invented. Each label is the
sentiment an ordinary reader would agree the writer holds toward that named
brand; ambiguous cases were rewritten or dropped rather than guessed.
"""

from __future__ import annotations

P, N, U = "positive", "negative", "neutral"

BLIND_TARGETED: list[tuple[str, dict[str, str]]] = [
    (
        "Switched from Kestrel Mobile to Tandem Telecom last month and honestly wish I'd done it years ago. Signal in my flat is actually usable now",
        {"Kestrel Mobile": N, "Tandem Telecom": P},
    ),
    (
        "Took our cat to Hollybank Vets after hours, they saw her within 20 mins and didn't make us feel stupid for panicking. Bill was steep but worth every penny tbh",
        {"Hollybank Vets": P},
    ),
    (
        "Parcel 'delivered' by Swiftdrop at 2:14pm. I was home. Nobody knocked. Parcel is not here. Cool cool cool",
        {"Swiftdrop": N},
    ),
    (
        "Anyone know if Larchfield Dental are taking new NHS patients? Just moved to the area",
        {"Larchfield Dental": U},
    ),
    (
        "Greenway Foods has the ham for £1.20 and Pantry Plus wants £2.80 for the exact same pack. Guess where I'm shopping from now on",
        {"Greenway Foods": P, "Pantry Plus": N},
    ),
    (
        "Orbit Stream cancelled another show I actually liked. Third one this year. Why do I even bother starting anything on there",
        {"Orbit Stream": N},
    ),
    (
        "Nice one Fernhill Estates, told us the flat was 'recently refurbished'. The boiler is from 1987 and the carpet has a smell I can only describe as wet dog memories",
        {"Fernhill Estates": N},
    ),
    (
        "Our nursery Little Acorns Childcare sent home a photo book of everything my son did this term and I genuinely cried. The staff there are angels",
        {"Little Acorns Childcare": P},
    ),
    (
        "Bluewave Ferries have announced the summer timetable will add an extra Saturday sailing from June.",
        {"Bluewave Ferries": U},
    ),
    (
        "Flew Skylark Air for the first time, seats a bit tight but crew were lovely and we landed 20 mins early. Would fly again",
        {"Skylark Air": P},
    ),
    (
        "Never ever book through Wanderly Travel. Hotel didn't have our reservation, rep wouldn't answer the phone, and 6 weeks later still no refund",
        {"Wanderly Travel": N},
    ),
    (
        "Council has signed a 12 month trial with Zipp for e-scooters in the town centre, starts in March",
        {"Zipp": U},
    ),
    (
        "Ridely scooter died halfway up the hill and still charged me the full 25 mins. Support chat is a bot that just sends me the FAQ",
        {"Ridely": N},
    ),
    (
        "Moved my current account to Northgate Bank after Harbour Building Society shut our local branch with 4 weeks notice. Northgate app is so much better tbh",
        {"Northgate Bank": P, "Harbour Building Society": N},
    ),
    (
        "Cedar Pensions lost my transfer paperwork twice. TWICE. It's my retirement money ffs",
        {"Cedar Pensions": N},
    ),
    (
        "Oakhaven Furniture sofa arrived on the day they said, the two delivery lads carried it up 4 flights without a single moan and took all the packaging away. Top marks",
        {"Oakhaven Furniture": P},
    ),
    (
        "Drill I got from ToolBarn packed in after 2 uses, but took it back and they swapped it on the spot, no receipt needed. Fair play, that's how you keep customers",
        {"ToolBarn": P},
    ),
    (
        "Is it just me or is Pixelforge's new update completely broken? Game crashes every time I open the inventory",
        {"Pixelforge": N},
    ),
    (
        "Castlegate Games are hiring a junior QA tester in Leeds, hybrid, apply by the 30th",
        {"Castlegate Games": U},
    ),
    (
        "University of Brackenridge accommodation office has ignored 4 emails about the mould in our flat. £7k a year for this",
        {"University of Brackenridge": N},
    ),
    (
        "Ashby Water have had the road dug up outside our house for 3 weeks and I have never once seen anyone actually working in the hole",
        {"Ashby Water": N},
    ),
    (
        "Brightline Energy rang me BEFORE my fixed deal ended to tell me a cheaper tariff was available. Didn't know energy companies were allowed to do that",
        {"Brightline Energy": P},
    ),
    (
        "Voltra Energy or Brightline Energy for a 2 bed flat, which is cheaper atm? Looking to switch when my fix ends in May",
        {"Voltra Energy": U, "Brightline Energy": U},
    ),
    (
        "Kept getting no service with Tandem Telecom out in the countryside so went back to Kestrel Mobile. Never thought I'd say it but Kestrel is just more reliable out here",
        {"Tandem Telecom": N, "Kestrel Mobile": P},
    ),
    (
        "Marlow Parcels driver left my parcel with the neighbour and put a card through the door, like a normal human. Why is this so rare",
        {"Marlow Parcels": P},
    ),
    (
        "Sent the same size box with Swiftdrop and Marlow Parcels this month. Swiftdrop one turned up crushed 5 days late, Marlow one next day spotless. Not hard to decide who gets my business",
        {"Swiftdrop": N, "Marlow Parcels": P},
    ),
    (
        "Pantry Plus self checkouts, 'unexpected item in bagging area' every single time. Just open a till ffs",
        {"Pantry Plus": N},
    ),
    (
        "Greenway Foods are closing their Northfield branch on 14 April, staff are being moved to the Kings Road store",
        {"Greenway Foods": U},
    ),
    (
        "My dentist at Larchfield Dental is so gentle I actually nodded off during a filling. Not even joking",
        {"Larchfield Dental": P},
    ),
    (
        "Reelhouse costs a couple quid more than Orbit Stream but no ads and the 4K actually works, unlike Orbit's which buffers constantly",
        {"Reelhouse": P, "Orbit Stream": N},
    ),
    (
        "Hollybank Vets charged £90 for a 5 minute consult where they told us to 'wait and see'. Dog was fine in the end but still, £90",
        {"Hollybank Vets": N},
    ),
    (
        "Pinecrest Homes valuation was £40k over what the other two agents said. Trying to win the instruction much?",
        {"Pinecrest Homes": N},
    ),
    (
        "Just had the loveliest chat with Rosie at Cedar Pensions who explained my options in plain English and followed up with an email summary. Never expected to say that about a pension provider",
        {"Cedar Pensions": P},
    ),
    (
        "Heron Insurance paid out for our flooded kitchen in 9 days. Assessor was round within 48 hours. Can't fault them",
        {"Heron Insurance": P},
    ),
    (
        "Heron Insurance renewal went up 60% with no claims. Rang up and suddenly they can 'match' the new customer price. Why do I have to phone every year just to not get ripped off",
        {"Heron Insurance": N},
    ),
    (
        "Does anyone use Fennick Bank? Thinking of opening a savings account with them, rates look decent but never heard of them before",
        {"Fennick Bank": U},
    ),
    (
        "Northgate Bank froze my card while I was abroad even though I'd put a travel notice on the app. Spent 45 mins on hold from Spain",
        {"Northgate Bank": N},
    ),
    (
        "Twinpeak Fitness: cancelled my membership in January, still being charged in April. Every email I get says 'we'll look into it'. Been looking for 3 months apparently",
        {"Twinpeak Fitness": N},
    ),
    (
        "Decided to try Brewtown Coffee instead of my usual Bean & Bloom. Staff were friendly enough but the flat white was basically warm milk. Back to Bean & Bloom tomorrow",
        {"Brewtown Coffee": N, "Bean & Bloom": P},
    ),
    (
        "omg the Bean & Bloom pumpkin thing is back 🎃🎃 autumn has officially started",
        {"Bean & Bloom": P},
    ),
    (
        "Ashby Water are recruiting apprentice network technicians, £22k starting, full training given. Link in bio",
        {"Ashby Water": U},
    ),
    (
        "Hamlet Homeware's 'solid oak' table is veneer over chipboard. Found out when the corner chipped off. Returns say it's wear and tear. It's 3 weeks old",
        {"Hamlet Homeware": N},
    ),
    (
        "Ordered from Oakhaven Furniture and Hamlet Homeware for the new flat. Oakhaven's bed frame is solid as a rock, Hamlet's wardrobe doors already don't shut",
        {"Oakhaven Furniture": P, "Hamlet Homeware": N},
    ),
    (
        "Really impressed by Skylark Air, they let me change my flight for free when my dad was taken into hospital. Didn't even ask for proof",
        {"Skylark Air": P},
    ),
    (
        "Sat on the tarmac with Meridian Airways for 3 hours, no water, no announcements, then they cancelled and told us to 'check the app'. App said the flight was on time 🙃",
        {"Meridian Airways": N},
    ),
    (
        "Meridian Airways and Skylark Air both fly Bristol to Faro, anyone know which has the bigger cabin bag allowance?",
        {"Meridian Airways": U, "Skylark Air": U},
    ),
    (
        "Love how Lyric Rail announce a 'minor delay' when the train is 50 minutes late. Minor for who exactly",
        {"Lyric Rail": N},
    ),
    (
        "Thank you to the Lyric Rail guard on the 17:42 who held the doors for the lady running down the platform with a pushchair. Small thing but made everyone's day",
        {"Lyric Rail": P},
    ),
    (
        "AIBU to be annoyed that Little Acorns Childcare charge full fees over Christmas when they're shut for 2 weeks? DH says it's in the contract so I should let it go",
        {"Little Acorns Childcare": N},
    ),
    (
        "Sunbeam Nursery has a space coming up in September for 2-3 year olds, message me if you want the manager's number",
        {"Sunbeam Nursery": U},
    ),
    (
        "Pixelforge Legends - 5 stars. Been playing since launch, the devs actually listen to feedback and the new map is gorgeous. Just fix matchmaking pls",
        {"Pixelforge": P},
    ),
    (
        "Paid £60 on day one for Starfall Odyssey and it runs at 20fps on a 4090. Castlegate Games should be embarrassed",
        {"Castlegate Games": N},
    ),
    (
        "Gave Voltra Energy a go after the price cap thing. They fitted the smart meter within a week and it's actually worked ever since. Their call centre is in the UK too which makes a change",
        {"Voltra Energy": P},
    ),
    (
        "Voltra Energy have sent me a bill for £1,140 for one month. The flat is 40 square metres. I do not own a sauna",
        {"Voltra Energy": N},
    ),
    (
        "Rang Brightline Energy about a wrong meter reading, got through in 2 mins, fixed on the call. Then they sent a survey asking how it went 😂 10/10",
        {"Brightline Energy": P},
    ),
    (
        "Fernhill Estates and Pinecrest Homes both came round to value the house this week, Fernhill came in 10k higher. Haven't decided who to go with yet",
        {"Fernhill Estates": U, "Pinecrest Homes": U},
    ),
    (
        "Pinecrest Homes sold our house in 9 days, kept us updated every step and chased the solicitors when they were dragging their feet. Highly recommend Sarah and the team",
        {"Pinecrest Homes": P},
    ),
    (
        "Council's bin contractor Veridian Waste missed our street AGAIN. 3rd week running. Foxes are having a great time though",
        {"Veridian Waste": N},
    ),
    (
        "Veridian Waste take over the council's collection contract on 1 April. Collection days in the north of the borough move from Tuesday to Wednesday.",
        {"Veridian Waste": U},
    ),
    (
        "Credit where it's due, Veridian Waste crew came back the same afternoon when I reported our missed bin. Didn't expect that",
        {"Veridian Waste": P},
    ),
    (
        "Kinsley University open day was brilliant, the engineering labs are amazing and the student ambassadors answered every question my daughter threw at them. It's her first choice now",
        {"Kinsley University": P},
    ),
    (
        "Applied to Kinsley University and University of Brackenridge. Brackenridge got back to me in 2 weeks with an offer, still nothing from Kinsley after 3 months and no updates on the portal",
        {"Kinsley University": N, "University of Brackenridge": P},
    ),
    (
        "Crestline Dental quoted £650 for a crown, then at the appointment it was £890 'because of the material'. Nobody mentioned that beforehand",
        {"Crestline Dental": N},
    ),
    (
        "PSA: if you're on Tandem Telecom check your bill, they've added a £3.50 'digital services' charge to mine without telling me",
        {"Tandem Telecom": N},
    ),
    (
        "Kestrel Mobile is raising prices by 7.9% from April, in line with most of the other networks",
        {"Kestrel Mobile": U},
    ),
    (
        "Went into Brickyard DIY for one tin of paint and came out with a lawnmower. The bloke in the garden section was so helpful I couldn't say no lol",
        {"Brickyard DIY": P},
    ),
    (
        "ToolBarn was out of stock of literally everything on my list so ended up at Brickyard DIY who had the lot and were cheaper. Lesson learned",
        {"ToolBarn": N, "Brickyard DIY": P},
    ),
    (
        "Does anyone have a number for Ridely that an actual person answers? My son's been charged £40 for a scooter he says he parked in the bay",
        {"Ridely": N},
    ),
    (
        "Honestly Zipp scooters have changed my commute, 8 minutes to the station instead of 25 walking. Just wish there were more about in the evenings",
        {"Zipp": P},
    ),
    (
        "Bluewave Ferries crossing was rough as anything but the crew were brilliant, handing out sick bags and checking on everyone. Cabin was spotless too",
        {"Bluewave Ferries": P},
    ),
    (
        "Holyhead to Dublin with Bluewave Ferries: 2 hour delay, cafe closed, toilets out of order on deck 7. Never again, flying next time",
        {"Bluewave Ferries": N},
    ),
    (
        "Tidewell Line cancelled our crossing with 12 hours notice and offered us a sailing 3 days later. We have a wedding to get to!!",
        {"Tidewell Line": N},
    ),
    (
        "Mum's carers from Hearthside Care are absolute gems. Same two ladies every day, they know she likes her tea in the flowery mug. Means the world to us",
        {"Hearthside Care": P},
    ),
    (
        "Big shop from Pantry Plus, 9 substitutions, one of which was dog food instead of baby food. We don't have a dog",
        {"Pantry Plus": N},
    ),
    (
        "Greenway Foods delivery driver carried my shopping up to the 3rd floor when the lift was broken. Legend",
        {"Greenway Foods": P},
    ),
    (
        "Reelhouse is putting the standard plan up to £12.99 from next month, existing subscribers get an email this week",
        {"Reelhouse": U},
    ),
    (
        "Really love paying Twinpeak Fitness £45 a month for a gym where half the treadmills have an out of order sign on them. Great value",
        {"Twinpeak Fitness": N},
    ),
    (
        "Was wary of Fennick Bank because they're app only but they sorted a fraud claim in a day, money back in my account before I'd even finished panicking",
        {"Fennick Bank": P},
    ),
    (
        "Crestline Dental - 2 stars. Dentist herself was fine, but reception moved my appointment 3 times and then charged me a late cancellation fee when THEY moved it",
        {"Crestline Dental": N},
    ),
    (
        "Hearthside Care are recruiting carers in the Wirral area, flexible hours, mileage paid",
        {"Hearthside Care": U},
    ),
    (
        "Lyric Rail strike dates announced for the 3rd and 5th, check before you travel",
        {"Lyric Rail": U},
    ),
    (
        "Moorland Vets or Hollybank Vets, anyone got experience of both? Rescue dog needs his jabs and we're new to the area",
        {"Moorland Vets": U, "Hollybank Vets": U},
    ),
    (
        "Hollybank Vets told us there was nothing more they could do. Took her to Moorland Vets for a second opinion and she's home and eating today. Never going back to Hollybank",
        {"Hollybank Vets": N, "Moorland Vets": P},
    ),
    (
        "Globetrot sorted our whole Japan trip, rail passes, hotels, even a sushi class. When the typhoon hit they rebooked everything without us lifting a finger",
        {"Globetrot": P},
    ),
    (
        "Booked a hotel through Globetrot and the hotel itself was great, but Globetrot added a 'service fee' at checkout that wasn't mentioned anywhere before. Won't be using them again",
        {"Globetrot": N},
    ),
    (
        "Skylark Air lost my bag on the way out. Got it back on day 6 of 7. The allowance for essentials was £25 a day which doesn't even cover a swimsuit",
        {"Skylark Air": N},
    ),
    ("Hamlet Homeware have a sale on, 30% off lighting until Sunday", {"Hamlet Homeware": U}),
    (
        "Got the Nimbus X2 from Corvo Electronics last week. It's already overheating and their helpline just tells me to turn it off and on again",
        {"Corvo Electronics": N},
    ),
    (
        "Pixelforge and Castlegate Games are both at the expo this weekend, Pixelforge have a playable demo of the new one",
        {"Pixelforge": U, "Castlegate Games": U},
    ),
    (
        "Has anyone actually managed to speak to a human at Cedar Pensions? Been on hold since 9am",
        {"Cedar Pensions": N},
    ),
    (
        "Big thanks to Ashby Water for fixing the burst main outside the school overnight so the kids could still go in this morning 👏",
        {"Ashby Water": P},
    ),
    (
        "Would recommend Copperleaf Removals to anyone moving locally. Turned up early, wrapped everything, nothing broken. Even put the kids' bunk beds back together",
        {"Copperleaf Removals": P},
    ),
    (
        "Copperleaf Removals quoted for a 2 bed and turned up with a van for a studio. Had to do two trips and then they charged us for the extra hours",
        {"Copperleaf Removals": N},
    ),
    (
        "Brewtown Coffee's new oat latte is unreal, might have to give them the title of best coffee in town",
        {"Brewtown Coffee": P},
    ),
    (
        "Was walking past the Greenway Foods car park when I caught the most amazing sunset, photo below",
        {"Greenway Foods": U},
    ),
    (
        "Any Zipp users know if you're allowed to leave them on the uni campus? Don't want to get fined",
        {"Zipp": U},
    ),
    (
        "Left Orbit Stream for Reelhouse in January. Three months in and I've watched more on Reelhouse than in a year of Orbit. Also no ads at 11pm on a Tuesday 🙏",
        {"Orbit Stream": N, "Reelhouse": P},
    ),
    (
        "Paid Meridian Airways £15 for extra legroom and it was the best money I've spent all year. 6'4 and could actually cross my legs",
        {"Meridian Airways": P},
    ),
    (
        "Sunbeam Nursery lost my daughter's comfort bunny and basically shrugged. She hasn't slept properly in 4 nights",
        {"Sunbeam Nursery": N},
    ),
    (
        "If you're looking for a dentist in Crewe: Larchfield Dental. That's it. That's the post.",
        {"Larchfield Dental": P},
    ),
    (
        "Thinking about leaving Harbour Building Society after 20 years, my savings rate is 1.1% while Fennick Bank is offering 4.5% on an easy access account. Loyalty clearly counts for nothing",
        {"Harbour Building Society": N, "Fennick Bank": P},
    ),
    (
        "Tidewell Line and Bluewave Ferries both run Pembroke to Rosslare, Tidewell is the overnight one if that helps",
        {"Tidewell Line": U, "Bluewave Ferries": U},
    ),
    (
        "Wanderly Travel rep in Tenerife was a star, got my mum to the hospital when she fell and stayed with her till we got there. Can't thank her enough",
        {"Wanderly Travel": P},
    ),
    (
        "Corvo Electronics replaced my TV under warranty no quibbles, courier brought the new one and took the old one in the same trip",
        {"Corvo Electronics": P},
    ),
    (
        "Marlow Parcels has been bought by a European logistics group, the brand is staying for now according to the press release",
        {"Marlow Parcels": U},
    ),
    (
        "Kinsley University lecturers went on strike for half my final year and we got no refund, no extension, nothing. Still paying that loan off",
        {"Kinsley University": N},
    ),
]
