"""Short posts and reviews where the label toward a brand is not the whole text's label:
comparisons, "X but Y", praise inside a complaint and the other way round, two brands with
opposite sentiment, pronouns that carry on about a brand. Written for the targeted scoring
(mentions/sentiment.py ``_target_sentences``) before it was changed.

Six parts, in the order they were written:

* TUNING: what the per-brand rules were developed against.
* FIRST_HELD_OUT: set aside in the first round and only measured (0.68), but its misses were
  then read to decide what to work on next, so from the second round on it is tuning data.
* SECOND_HELD_OUT: 48 posts written in the second round, committed before any rule or word
  list was changed in that round; measured after the vocabulary (0.68) and the comparison and
  sarcasm rules (0.70); then its misses were read, so from the third round on it is tuning
  data too.
* TUNING_2: written in the second round after SECOND_HELD_OUT was committed, to develop rules
  for constructions the first tuning set had few of (comparisons with "than", "switched
  from", "unlike", "instead of"; sarcasm; a brand named inside talk about something else).
* THIRD_HELD_OUT: 44 posts about other brands and trades, written after the comparison and
  sarcasm rules and committed before SECOND_HELD_OUT's misses were read: 0.44 after the
  third round; then its misses were read, so from the fourth round on it is tuning data.
* HELD_OUT (the fourth held-out set): 44 more posts (heating, broadband, lamps,
  restaurants, phones, hotels), committed before THIRD_HELD_OUT's misses were read: 0.46 with
  the third and fourth rounds' rules (the whole text's label 0.48, plain VADER 0.52). From
  round 5 on it is tuning data: its misses were read in round 5.
* FIFTH_SET: 67 posts written in round 5 before that round's rules, then tuned on (0.54
  before, see below and the README's table).

Round 5 brought new blind sets written by someone else (tests/blind/, measured by the
integrator, never read here). ``make bench`` prints the figure on HELD_OUT
(``sentiment_targeted_accuracy``, now tuning data), on TUNED (all earlier sets), on FIFTH_SET
and the second and third held-out sets' (tests/bench/languages.py).
"""

from __future__ import annotations

from mentions.sentiment import analyse
from mentions.targeted_model import spans_of

P, N, U = "positive", "negative", "neutral"

# (text, {brand: expected label toward it})
TUNING: list[tuple[str, dict[str, str]]] = [
    (
        "Awful trip: delayed train, rain all day, lost luggage. The Acme hotel staff were "
        "lovely though.",
        {"Acme": P},
    ),
    ("Acme is great, but Globex is awful.", {"Acme": P, "Globex": N}),
    (
        "Switched from Globex to Acme last month. Best decision ever, their app just works.",
        {"Acme": P},
    ),
    ("Globex support never answered. Acme sorted it out in ten minutes.", {"Globex": N, "Acme": P}),
    ("I love my Acme skates. They broke after a week though, and support ignored me.", {"Acme": N}),
    (
        "Worst week ever. Car broke down, kid is sick, boss is furious. At least Acme delivered "
        "my order on time!",
        {"Acme": P},
    ),
    ("Acme's new update is terrible. It crashes every time I open it.", {"Acme": N}),
    ("Tried Acme yesterday. It was fantastic, the staff were so friendly.", {"Acme": P}),
    (
        "The food at Acme was cold and bland. Globex next door is much better.",
        {"Acme": N, "Globex": P},
    ),
    ("Acme prices went up again. Sadly the quality went down.", {"Acme": N}),
    (
        "Honestly Globex is overrated. Acme does the same job for half the price and their "
        "support is amazing.",
        {"Globex": N, "Acme": P},
    ),
    (
        "Rainy, grey, miserable Monday. Picked up my new Acme jacket and it keeps me dry, love it.",
        {"Acme": P},
    ),
    (
        "Acme looks nice on paper. However, the delivery took three weeks and the box was damaged.",
        {"Acme": N},
    ),
    ("Not a fan of Globex, but Acme has been brilliant.", {"Globex": N, "Acme": P}),
    ("My flight with Acme Air was delayed four hours. They didn't even offer water.", {"Acme": N}),
    (
        "Acme was fine, nothing special. Globex, on the other hand, was a disaster from start "
        "to finish.",
        {"Globex": N},
    ),
    ("I hate Mondays. Acme coffee makes them bearable, it's delicious.", {"Acme": P}),
    ("Acme customer service is a joke. Their agents hang up on you.", {"Acme": N}),
    (
        "The concert was amazing, the band was incredible! Too bad the Acme ticketing app "
        "crashed and we missed the first song.",
        {"Acme": N},
    ),
    ("Acme is ok I guess. Globex is way worse though.", {"Globex": N}),
    ("Ordered from Acme. Worst experience ever.", {"Acme": N}),
    (
        "After years with Globex, I finally tried Acme. It is so much faster and cheaper.",
        {"Acme": P},
    ),
    ("Acme's phone is beautiful but the battery is terrible.", {"Acme": N}),
    (
        "Everything about this holiday went wrong, except Acme car rental: friendly, quick and "
        "fair.",
        {"Acme": P},
    ),
    (
        "Globex lost my parcel. Acme found it and delivered it the next day. Heroes.",
        {"Globex": N, "Acme": P},
    ),
    ("The Acme store staff were rude. They laughed when I asked for help.", {"Acme": N}),
    (
        "Stuck in traffic for two hours, furious. Listening to the Acme podcast though, which is "
        "great.",
        {"Acme": P},
    ),
    ("Acme refunded me without any fuss. Really impressed with them.", {"Acme": P}),
    ("Globex's website is slick but Acme actually delivers what it promises.", {"Acme": P}),
    ("Acme used to be good. Now it's overpriced and the quality is awful.", {"Acme": N}),
    ("Terrible weather, awful traffic, but the Acme bakery croissants were perfect.", {"Acme": P}),
    ("Acme and Globex both failed me this week. Acme at least apologised.", {"Globex": N}),
    ("Can't believe how bad Globex has become. Acme is still excellent.", {"Globex": N, "Acme": P}),
    ("Acme gym: great equipment, horrible changing rooms, rude staff.", {"Acme": N}),
    (
        "Lost my job today, everything sucks. Thanks Acme pizza for the free dessert, you made "
        "my night.",
        {"Acme": P},
    ),
    ("Acme's new app is slow, buggy and ugly. Please bring the old one back.", {"Acme": N}),
]

FIRST_HELD_OUT: list[tuple[str, dict[str, str]]] = [
    (
        "Terrible night, no sleep, screaming neighbours. The Acme breakfast was wonderful though.",
        {"Acme": P},
    ),
    ("Globex is cheap, but Acme is worth every penny.", {"Acme": P}),
    ("Acme delivered late again. Their drivers don't care at all.", {"Acme": N}),
    ("I expected a lot from Acme. Sadly it was a huge disappointment.", {"Acme": N}),
    (
        "Moved my account from Globex to Acme. Their app is clean and support replies in minutes.",
        {"Acme": P},
    ),
    (
        "Globex cancelled my order without warning. Acme had it in stock and shipped it the same "
        "day.",
        {"Globex": N, "Acme": P},
    ),
    ("The Acme hotel was lovely, but the city was dirty and noisy.", {"Acme": P}),
    ("Acme's headphones sound amazing. Unfortunately they broke after two weeks.", {"Acme": N}),
    (
        "My day was a mess: missed the bus, spilled coffee, forgot my keys. Acme support fixed my "
        "router in five minutes, great people.",
        {"Acme": P},
    ),
    ("Acme is terrible. Never again.", {"Acme": N}),
    ("Globex makes great laptops. Acme's are cheap junk.", {"Globex": P, "Acme": N}),
    ("Acme's staff were friendly, however the room was filthy and smelled of smoke.", {"Acme": N}),
    (
        "Honestly, Acme saved our wedding. The weather was horrible and the venue flooded, but "
        "they moved everything indoors in an hour.",
        {"Acme": P},
    ),
    ("Acme bank blocked my card for no reason. It took them a week to unblock it.", {"Acme": N}),
    ("Globex is fine. Acme is outstanding.", {"Acme": P}),
    ("Acme's sale was a scam: prices were raised the day before.", {"Acme": N}),
    ("Can't fault Acme. Fast delivery, perfect fit, lovely packaging.", {"Acme": P}),
    ("Their coffee is great, but Acme's service is painfully slow.", {"Acme": N}),
    ("The Acme app keeps logging me out. So annoying.", {"Acme": N}),
    (
        "Sad news about the factory fire in our town. Acme staff volunteered all weekend to help, "
        "wonderful of them.",
        {"Acme": P},
    ),
    ("Acme beats Globex on price, quality and service.", {"Acme": P}),
    ("Globex's checkout is a nightmare, Acme's takes ten seconds.", {"Globex": N}),
    (
        "I wanted to like Acme. The design is pretty, but it overheats and the fan is loud.",
        {"Acme": N},
    ),
    ("Acme replaced my broken blender for free. Amazing customer care.", {"Acme": P}),
    (
        "Hospital food is awful and the nurses are overworked. The Acme volunteers who visit are "
        "kind and cheerful.",
        {"Acme": P},
    ),
    ("Acme is overpriced and the staff are clueless.", {"Acme": N}),
    ("Globex let me down again, but Acme came through.", {"Globex": N, "Acme": P}),
    ("Acme's new menu is delicious. The old one was boring.", {"Acme": P}),
]

TUNING_2: list[tuple[str, dict[str, str]]] = [
    ("Acme is so much better than Globex.", {"Acme": P, "Globex": N}),
    ("Globex is way worse than Acme when it comes to delivery.", {"Globex": N, "Acme": P}),
    ("Switched from Globex to Acme and I'm not looking back.", {"Acme": P}),
    ("Unlike Globex, Acme actually answers the phone.", {"Acme": P}),
    ("Ditched Globex for Acme last year, best move I made.", {"Acme": P, "Globex": N}),
    ("I'd take Acme over Globex any day.", {"Acme": P, "Globex": N}),
    ("Went with Acme instead of Globex and regretted it within a week.", {"Acme": N}),
    ("Acme's pizza is nowhere near as good as Globex's.", {"Acme": N, "Globex": P}),
    ("Great job Acme, my parcel is lost for the third time this month.", {"Acme": N}),
    ("Thanks Acme for cancelling my train and leaving me stranded.", {"Acme": N}),
    ("Love how Acme charges extra for everything now. Brilliant.", {"Acme": N}),
    (
        "Snowed in at the airport for nine hours, freezing and exhausted. Acme's lounge staff "
        "brought blankets and soup, angels.",
        {"Acme": P},
    ),
    (
        "Our wedding day was chaos, the band was late and it poured. The Acme florist was the "
        "one thing that went right.",
        {"Acme": P},
    ),
    ("Acme's new store opened downtown today.", {"Acme": U}),
    ("Acme rolled out its spring collection this morning.", {"Acme": U}),
    ("The Acme mattress is firm and supportive. My back has never felt better.", {"Acme": P}),
    (
        "Acme's coffee machine makes a great espresso. It leaks water all over the counter, "
        "though.",
        {"Acme": N},
    ),
    ("Acme's staff are lovely. Shame about the prices.", {"Acme": N}),
    ("Acme never disappoints.", {"Acme": P}),
    ("Not once has Acme delivered on time.", {"Acme": N}),
    ("Acme's app used to be a mess. Now it's fast and reliable.", {"Acme": P}),
    (
        "I was ready to hate Acme after the reviews. Turns out the food is excellent.",
        {"Acme": P},
    ),
    ("Both Acme and Globex raised prices, but only Acme improved the service.", {"Acme": P}),
    ("Acme's laptop has a brilliant screen but a useless keyboard.", {"Acme": N}),
    (
        "The Globex charger died in a week. Their replacement died too. Acme's has lasted two "
        "years.",
        {"Globex": N, "Acme": P},
    ),
    ("Anyone else having trouble logging in to Acme today? Keeps failing.", {"Acme": N}),
    ("Acme finally fixed the bug that kept crashing the app. Much better now.", {"Acme": P}),
    ("Shoutout to Acme for the free upgrade!", {"Acme": P}),
    ("Acme's hotline: 45 minutes of hold music and then disconnected.", {"Acme": N}),
    ("Globex's prices are a rip-off compared to Acme.", {"Globex": N, "Acme": P}),
]

SECOND_HELD_OUT: list[tuple[str, dict[str, str]]] = [
    (
        "Three hours on hold with Globex and still no refund. Switched to Acme, whose team "
        "sorted it in one call.",
        {"Globex": N, "Acme": P},
    ),
    ("The Acme blender is a beast. Crushes ice in seconds and cleans up easily.", {"Acme": P}),
    (
        "Acme's customer service is great, shame the product itself fell apart after a month.",
        {"Acme": N},
    ),
    (
        "Rained the whole weekend in Bergen and our flight home was cancelled. At least the Acme "
        "hotel upgraded us for free, very kind of them.",
        {"Acme": P},
    ),
    (
        "Still waiting for my Acme order, placed it three weeks ago. No tracking, no reply to "
        "emails.",
        {"Acme": N},
    ),
    ("If you want a phone that lasts, skip Globex and get an Acme.", {"Globex": N, "Acme": P}),
    (
        "Acme's new headphones are comfortable and the noise cancelling is superb. The app is "
        "clunky, but who cares.",
        {"Acme": P},
    ),
    (
        "Globex charged me twice for the same ticket. When I called, they told me to wait 30 days.",
        {"Globex": N},
    ),
    (
        "Ordered the Acme desk chair after reading the reviews. Sturdy, comfortable and my back "
        "pain is gone.",
        {"Acme": P},
    ),
    (
        "Not impressed with Acme. The pasta was overcooked and we waited 40 minutes for it.",
        {"Acme": N},
    ),
    (
        "My sister swears by Globex, but honestly Acme's coffee beats theirs every time.",
        {"Acme": P},
    ),
    (
        "Acme's delivery guy left the parcel in the rain. Soaked cardboard, ruined book.",
        {"Acme": N},
    ),
    (
        "The traffic into town was a nightmare and parking cost a fortune. Acme's market stall "
        "made up for it: fresh bread and the friendliest baker around.",
        {"Acme": P},
    ),
    (
        "Bought Acme running shoes in March. By May the sole was coming off. Never buying them "
        "again.",
        {"Acme": N},
    ),
    (
        "Huge thanks to Acme for replacing my cracked screen without asking questions.",
        {"Acme": P},
    ),
    (
        "Acme's website is a maze. It took me twenty minutes to find the cancel button.",
        {"Acme": N},
    ),
    (
        "We used Globex for our move last year and they broke half our furniture. This time we "
        "hired Acme and not a single scratch.",
        {"Globex": N, "Acme": P},
    ),
    ("Love the Acme loyalty card, the discounts actually add up.", {"Acme": P}),
    (
        "Acme used to be my go-to pharmacy. The queues are now ridiculous and half the shelves "
        "are empty.",
        {"Acme": N},
    ),
    (
        "The hike was brutal, freezing wind and fog all the way up. My Acme jacket kept me warm "
        "and dry the whole time.",
        {"Acme": P},
    ),
    ("Acme promised a technician between 8 and 12. Nobody came, nobody called.", {"Acme": N}),
    (
        "Globex is pricier, but you get what you pay for. Acme's version broke in a week.",
        {"Globex": P, "Acme": N},
    ),
    (
        "Not sure why people complain about Acme. Their support has always been quick and "
        "polite with me.",
        {"Acme": P},
    ),
    ("Acme's fries were soggy and cold. The milkshake was decent.", {"Acme": N}),
    (
        "After the nightmare with Globex, Acme was a breath of fresh air.",
        {"Globex": N, "Acme": P},
    ),
    (
        "Acme cancelled my flight two hours before departure and offered a voucher instead of a "
        "refund.",
        {"Acme": N},
    ),
    (
        "The kids had a blast at the Acme water park. Clean pools, friendly lifeguards, decent "
        "food.",
        {"Acme": P},
    ),
    (
        "Acme's subscription is a rip-off. They hike the price every six months.",
        {"Acme": N},
    ),
    (
        "My laptop died the night before my exam, total panic. The Acme repair shop had it "
        "running by morning, lifesavers.",
        {"Acme": P},
    ),
    (
        "Globex's app crashes constantly, Acme's has never let me down.",
        {"Globex": N, "Acme": P},
    ),
    (
        "Returned the Acme vacuum. Loud, weak suction and the cord is too short.",
        {"Acme": N},
    ),
    (
        "Booked through Acme for the first time. Smooth check-in, room upgrade, and a bottle of "
        "wine waiting. Will be back.",
        {"Acme": P},
    ),
    (
        "The Acme cafe is cosy and the staff are sweet, but the cakes taste like cardboard.",
        {"Acme": N},
    ),
    (
        "Globex support closed my ticket without fixing anything. Acme's team called me back "
        "within the hour.",
        {"Globex": N, "Acme": P},
    ),
    ("Acme's gym is spotless and never crowded. Worth every cent.", {"Acme": P}),
    (
        "The Acme router drops the connection every evening. I've reset it a dozen times.",
        {"Acme": N},
    ),
    (
        "Waited for the Acme bus in the snow for 50 minutes. The driver didn't even apologise.",
        {"Acme": N},
    ),
    ("Acme is the only airline that hasn't lost my luggage this year.", {"Acme": P}),
    (
        "Between Globex and Acme I'd pick Acme any day. Globex's staff are rude and their prices "
        "are a joke.",
        {"Globex": N, "Acme": P},
    ),
    (
        "The food at the festival was overpriced and the toilets were disgusting. Acme's stage "
        "had the best lineup, though.",
        {"Acme": P},
    ),
    ("Acme's insurance paid out in four days. No forms, no arguments.", {"Acme": P}),
    ("I gave Acme a second chance. Same rude staff, same cold food.", {"Acme": N}),
    ("Globex's new model is gorgeous. Too bad it overheats within minutes.", {"Globex": N}),
    (
        "Acme fixed the leak on Saturday morning, and the plumber even cleaned up after himself.",
        {"Acme": P},
    ),
    (
        "Went to the Acme store to return a Globex charger that stopped working after two days.",
        {"Globex": N, "Acme": U},
    ),
    ("Acme announced a new store in Riga opening next spring.", {"Acme": U}),
    (
        "Globex ran out of stock, so I bought the Acme one instead. Works fine so far, no "
        "complaints.",
        {"Acme": P},
    ),
    (
        "Honestly the Acme staff deserve a raise. They handled the angry crowd after the "
        "cancelled show with patience and humour.",
        {"Acme": P},
    ),
]


THIRD_HELD_OUT: list[tuple[str, dict[str, str]]] = [
    (
        "Nordbank's app logged me out mid-transfer twice today. Veloxa never does that.",
        {"Nordbank": N, "Veloxa": P},
    ),
    (
        "Had dinner at Trattoria Sole last night. The risotto was creamy and perfectly seasoned, "
        "and the waiter remembered us from last year.",
        {"Trattoria Sole": P},
    ),
    (
        "Flight delayed, gate changed three times, no announcements. Well done, SkyLink.",
        {"SkyLink": N},
    ),
    (
        "Finally cancelled my Streamly subscription. Half the shows I liked are gone and the "
        "price keeps going up.",
        {"Streamly": N},
    ),
    (
        "Veloxa's onboarding took five minutes. Nordbank wanted me to visit a branch with two "
        "forms of ID.",
        {"Veloxa": P, "Nordbank": N},
    ),
    (
        "The beach was packed and the water was freezing, but the little Kiosko bar had the best "
        "fish tacos I've eaten.",
        {"Kiosko": P},
    ),
    ("Streamly's new interface is confusing. I can't find anything anymore.", {"Streamly": N}),
    (
        "Shout out to the SkyLink crew on flight 442 who calmed a terrified kid during the "
        "turbulence.",
        {"SkyLink": P},
    ),
    ("Tried the new Brewhouse IPA. Tastes like soap.", {"Brewhouse": N}),
    (
        "My Fitbeat watch survived a swim, a hike and my toddler. Tough little thing.",
        {"Fitbeat": P},
    ),
    (
        "Two weeks since I returned the jacket and Modaline still hasn't refunded me.",
        {"Modaline": N},
    ),
    (
        "Modaline's sizes run small, so order one up, but the quality is excellent for the price.",
        {"Modaline": P},
    ),
    (
        "I've been a Telco One customer for ten years and this is how they treat me? Unbelievable.",
        {"Telco One": N},
    ),
    ("Telco One's 5G coverage in the countryside is surprisingly good.", {"Telco One": P}),
    (
        "The conference was dull and the coffee was terrible. Only highlight: the Pixelcraft "
        "demo, which blew everyone away.",
        {"Pixelcraft": P},
    ),
    ("Pixelcraft's update deleted all my presets. Months of work gone.", {"Pixelcraft": N}),
    (
        "Compared with Brewhouse, Hopfield's beers are smoother and less bitter.",
        {"Hopfield": P, "Brewhouse": N},
    ),
    (
        "Drove four hours through sleet to get to the Alpenhof. Worth it: warm room, hot "
        "chocolate, and a view to die for.",
        {"Alpenhof": P},
    ),
    (
        "Alpenhof charged us for a minibar we never touched. Still arguing with them by email.",
        {"Alpenhof": N},
    ),
    (
        "Nordbank blocked a fraudulent payment before I even noticed it. Impressed.",
        {"Nordbank": P},
    ),
    ("Trattoria Sole is lovely for a date, though a bit pricey.", {"Trattoria Sole": P}),
    (
        "Avoid Quickfix Plumbing. Showed up three hours late and the tap still drips.",
        {"Quickfix": N},
    ),
    (
        "Quickfix sent someone within the hour on a Sunday. Saved our kitchen from flooding.",
        {"Quickfix": P},
    ),
    (
        "Streamly or Flixo? Flixo has more films but Streamly's originals are better.",
        {"Streamly": P},
    ),
    ("Honestly surprised by how good the Fitbeat sleep tracking is.", {"Fitbeat": P}),
    (
        "SkyLink lost my suitcase on the way out and my sunglasses on the way back.",
        {"SkyLink": N},
    ),
    (
        "Our team moved from Taskly to Boardio and productivity went up. Nobody misses Taskly.",
        {"Boardio": P, "Taskly": N},
    ),
    (
        "Boardio keeps freezing when I drag cards between columns. Getting really frustrated.",
        {"Boardio": N},
    ),
    (
        "Rain, rain, rain all week in Galway. Thank god for the Harbour Café and its fireplace.",
        {"Harbour Café": P},
    ),
    (
        "The Harbour Café used to be my favourite spot. New owners, watery coffee, rude staff.",
        {"Harbour Café": N},
    ),
    (
        "Hopfield sponsored the kids' football tournament this weekend. Nice gesture.",
        {"Hopfield": P},
    ),
    ("Hopfield's brewery tour was overpriced and lasted twenty minutes.", {"Hopfield": N}),
    ("Ordered a sofa from Homely in June. It's November. Still no sofa.", {"Homely": N}),
    (
        "Homely's delivery team carried the wardrobe up five floors and assembled it. Legends.",
        {"Homely": P},
    ),
    ("Taskly announced it will shut down its free plan next month.", {"Taskly": U}),
    (
        "Watching the match at a pub with the Telco One app streaming on my phone. Not a single "
        "buffer.",
        {"Telco One": P},
    ),
    (
        "Veloxa's exchange rates are fine, but their card got declined at every shop in Oslo.",
        {"Veloxa": N},
    ),
    (
        "Nordbank closed its branch in our village. The nearest one is now 40 km away.",
        {"Nordbank": N},
    ),
    (
        "The new Pixelcraft tablet is light, fast and the pen feels like real paper.",
        {"Pixelcraft": P},
    ),
    (
        "Fitbeat support told me to reset the watch. I did. Then they told me to reset it again.",
        {"Fitbeat": N},
    ),
    (
        "Was nervous about ordering glasses online, but Optiva nailed my prescription first time.",
        {"Optiva": P},
    ),
    ("Optiva's frames snapped within a month. Cheap plastic.", {"Optiva": N}),
    (
        "Stayed at the Alpenhof for a conference. Rooms fine, food fine, nothing memorable.",
        {"Alpenhof": U},
    ),
    ("My dog refuses every food except Pawsome's salmon mix. He's obsessed.", {"Pawsome": P}),
]


def score(texts: list[tuple[str, dict[str, str]]], model: bool = False) -> tuple[int, int]:
    """(targets labelled right, targets) over texts by the rules alone, as each round's floors
    were set, or as the product labels them, with the learned model's second opinion
    (``model=True``: mentions.targeted_model)."""
    right = total = 0
    for text, wanted in texts:
        targets = {brand: spans_of(text, brand) for brand in wanted}
        analysis = analyse(text, targets=targets, language="en", model=model)
        for brand, label in wanted.items():
            total += 1
            right += analysis.targets[brand].label == label
    return right, total


# The fourth held-out set: written and committed before THIRD_HELD_OUT's misses were read.
HELD_OUT: list[tuple[str, dict[str, str]]] = [
    (
        "Got my Kelvo heat pump installed last week. House is finally warm and the bill "
        "dropped by a third.",
        {"Kelvo": P},
    ),
    (
        "Day 3 without internet. Fibranet says an engineer is 'scheduled'. Working from a café "
        "again.",
        {"Fibranet": N},
    ),
    (
        "The Lumio lamp looked great in the photos. In real life it's tiny and the light flickers.",
        {"Lumio": N},
    ),
    (
        "Huge queue at passport control, screaming baby behind us, 30 degrees in the hall. "
        "Then the RideNow driver was waiting with a cold bottle of water. Faith restored.",
        {"RideNow": P},
    ),
    (
        "Cancelled our Fibranet contract after the third outage this month. Zappy installed "
        "theirs in a day and it hasn't dropped once.",
        {"Fibranet": N, "Zappy": P},
    ),
    (
        "Anyone know if Kelvo still does free servicing? Mine is making a weird noise.",
        {"Kelvo": N},
    ),
    ("Bought the Lumio desk light for my daughter. She loves it, and so do I.", {"Lumio": P}),
    (
        "Greenleaf's vegan burger is honestly better than most beef ones I've had.",
        {"Greenleaf": P},
    ),
    (
        "Waited 50 minutes for a Greenleaf delivery and got someone else's order.",
        {"Greenleaf": N},
    ),
    (
        "RideNow charged me surge pricing at 3 am on a Tuesday. Never again, taking the night bus.",
        {"RideNow": N},
    ),
    (
        "The concert sound was muddy and we could barely see the stage. The TicketHub app did "
        "work perfectly though, scanned in seconds.",
        {"TicketHub": P},
    ),
    (
        "TicketHub's 'service fee' was more than the ticket. Absolute robbery.",
        {"TicketHub": N},
    ),
    (
        "Zappy's customer service is hit and miss, but the speed is unbeatable at this price.",
        {"Zappy": P},
    ),
    (
        "Library was closed, printer at home broke, deadline tomorrow. PrintPoint on Main "
        "Street printed and bound my thesis in an hour. Forever grateful.",
        {"PrintPoint": P},
    ),
    ("PrintPoint misprinted all 200 of our wedding invitations. Wrong date.", {"PrintPoint": N}),
    (
        "I'm torn. Bellaroma has the better pasta, Casa Verde the better wine.",
        {"Bellaroma": P},
    ),
    (
        "Bellaroma messed up our booking and seated us next to the toilets.",
        {"Bellaroma": N},
    ),
    (
        "Booked Casa Verde for my parents' anniversary. They haven't stopped talking about the "
        "tiramisu.",
        {"Casa Verde": P},
    ),
    ("Mobix's phones get slower after every update. Planned obsolescence.", {"Mobix": N}),
    (
        "Three years in and my Mobix still holds a charge all day. No complaints at all.",
        {"Mobix": P},
    ),
    (
        "Snow chaos on the motorway, six hours to get home. Thank goodness my Kelvo was on a "
        "timer and the house was warm when we arrived.",
        {"Kelvo": P},
    ),
    (
        "Zappy raised my bill by 8 euros without telling me. Found out from my bank statement.",
        {"Zappy": N},
    ),
    (
        "If Fibranet spent as much on engineers as on adverts, we might have working broadband.",
        {"Fibranet": N},
    ),
    (
        "Went back to Greenleaf after a year away. Still the best falafel wrap in town.",
        {"Greenleaf": P},
    ),
    (
        "RideNow's app froze while I was paying and charged me twice. Support refunded one "
        "within a day, fair enough.",
        {"RideNow": P},
    ),
    ("Lumio finally brought back the warm white bulbs. About time!", {"Lumio": P}),
    (
        "Casa Verde's terrace is stunning at sunset, but we waited an hour for starters and "
        "the fish was dry.",
        {"Casa Verde": N},
    ),
    (
        "TicketHub refunded the cancelled festival in full within a week. Didn't expect that.",
        {"TicketHub": P},
    ),
    ("Mobix announced its new foldable at the Berlin fair today.", {"Mobix": U}),
    (
        "Printer jammed, laptop crashed, coffee spilled. Only thing that worked today was my "
        "Zappy connection.",
        {"Zappy": P},
    ),
    (
        "Mobix or Nokta for a first phone for my son? Nokta is cheaper but the Mobix camera is "
        "way better.",
        {"Mobix": P},
    ),
    (
        "Stayed at the Seaview Inn: sea view was a car park, breakfast was two slices of toast.",
        {"Seaview Inn": N},
    ),
    (
        "Seaview Inn staff went out of their way when my wife fell ill. Called a doctor, "
        "brought soup to the room.",
        {"Seaview Inn": P},
    ),
    (
        "Dropped my phone in the sea on day one. Mobix's insurance sent a new one to the hotel "
        "two days later.",
        {"Mobix": P},
    ),
    (
        "The Lumio smart plug disconnects from wifi every night, so my morning coffee "
        "automation never runs.",
        {"Lumio": N},
    ),
    (
        "Kelvo quoted 9,000 for the install, then the invoice said 11,500. No explanation.",
        {"Kelvo": N},
    ),
    (
        "Switched our office from Fibranet to Zappy and the video calls stopped freezing.",
        {"Zappy": P, "Fibranet": N},
    ),
    (
        "PrintPoint's staff were friendly enough but the colours came out completely washed out.",
        {"PrintPoint": N},
    ),
    (
        "Our flight was cancelled, hotels were full, and RideNow got us to the next airport "
        "at 2 am for a fair price.",
        {"RideNow": P},
    ),
    (
        "Greenleaf opened a second branch near the station.",
        {"Greenleaf": U},
    ),
    (
        "TicketHub put me in a virtual queue for three hours and then sold out.",
        {"TicketHub": N},
    ),
    (
        "Lumio's bulbs last ages. Bought a pack in 2019 and I'm still on the first one.",
        {"Lumio": P},
    ),
    (
        "Bellaroma's pizza was good, nothing more. For that price I expected more.",
        {"Bellaroma": N},
    ),
    (
        "The Seaview Inn is nothing fancy, but it's clean, quiet and the owners are sweet.",
        {"Seaview Inn": P},
    ),
]


TUNED = TUNING + FIRST_HELD_OUT + TUNING_2 + SECOND_HELD_OUT + THIRD_HELD_OUT


def accuracy(model: bool = False) -> tuple[float, float]:
    """(accuracy on the tuning data, TUNED; accuracy on HELD_OUT, the fourth held-out set)."""
    tuned, held = score(TUNED, model), score(HELD_OUT, model)
    return tuned[0] / tuned[1], held[0] / held[1]


def second_round(model: bool = False) -> tuple[float, float]:
    """(accuracy on TUNING, FIRST_HELD_OUT and TUNING_2; on SECOND_HELD_OUT)."""
    tuned = score(TUNING + FIRST_HELD_OUT + TUNING_2, model)
    held = score(SECOND_HELD_OUT, model)
    return tuned[0] / tuned[1], held[0] / held[1]


def third_round(model: bool = False) -> tuple[float, float]:
    """(accuracy on the second round's tuning data and SECOND_HELD_OUT; on THIRD_HELD_OUT)."""
    tuned = score(TUNING + FIRST_HELD_OUT + TUNING_2 + SECOND_HELD_OUT, model)
    held = score(THIRD_HELD_OUT, model)
    return tuned[0] / tuned[1], held[0] / held[1]


def first_round(model: bool = False) -> tuple[float, float]:
    """(accuracy on TUNING, on FIRST_HELD_OUT): the first round's two figures."""
    tuned, held = score(TUNING, model), score(FIRST_HELD_OUT, model)
    return tuned[0] / tuned[1], held[0] / held[1]


# Round 5: written and committed before any rule or word list was changed in round 5, about
# brands and trades none of the earlier sets has (dentists, gyms, car hire, pet shops,
# bakeries, energy, banks, parcels, streaming, plumbers, software, florists, car dealers,
# insurance, airlines, cinemas, pubs, outdoor wear, cleaners). Mostly posts that tell what
# happened (waits, failures, fixes, "never again"), questions, sarcasm and a few neutral news
# items. Written by the same person who then changed the rules, knowing roughly what would be
# tried: it is tuning data with a before/after figure, not a blind set.
FIFTH_SET: list[tuple[str, dict[str, str]]] = [
    (
        "Booked a cleaning at Brightpath Dental for 9:00. Sat in the waiting room until 10:15.",
        {"Brightpath Dental": N},
    ),
    ("FitHub cancelled my spin class for the third time this month, no notice.", {"FitHub": N}),
    (
        "Rentwell gave us a free upgrade at the airport and the car was spotless.",
        {"Rentwell": P},
    ),
    (
        "Ordered dog food from PawPal on Sunday night, it was at the door Monday morning.",
        {"PawPal": P},
    ),
    ("Crumb & Co sourdough was stale by lunchtime. £5.20 for that.", {"Crumb & Co": N}),
    ("Voltia has billed me twice for March and still no reply to my two emails.", {"Voltia": N}),
    ("Three weeks and counting for a Nordbank refund of a fraudulent charge.", {"Nordbank": N}),
    (
        "ParcelGo says delivered. It was not delivered. The photo shows someone else's door.",
        {"ParcelGo": N},
    ),
    ("Is anyone else's Streamly buffering every five minutes since the update?", {"Streamly": N}),
    (
        "Quikfix came out on a Sunday, found the leak in ten minutes and didn't charge a "
        "call-out fee.",
        {"Quikfix": P},
    ),
    (
        "Our team moved to Taskly in January and nobody has missed a deadline since.",
        {"Taskly": P},
    ),
    (
        "The Hearth Hotel looked cosy online. In reality the room smelled of damp and the "
        "heater didn't work.",
        {"Hearth Hotel": N},
    ),
    (
        "Got flowers from Bloom for my mum's birthday. She sent me a photo, they were gorgeous.",
        {"Bloom": P},
    ),
    (
        "Drivo sold us a car with a faulty gearbox and now claims it was fine when it left.",
        {"Drivo": N},
    ),
    ("Safeguard paid out for our flooded kitchen within ten days. No haggling.", {"Safeguard": P}),
    ("Linea lost my suitcase on the way to Lisbon. Day 5, still no news.", {"Linea": N}),
    (
        "Brewhouse on the corner is my new Friday spot. Great IPAs, friendly bar staff.",
        {"Brewhouse": P},
    ),
    ("My Peakwear jacket leaked on the first rainy hike. Returned it.", {"Peakwear": N}),
    (
        "Sparkle Cleaners left the flat cleaner than when we moved in. Got our full deposit back.",
        {"Sparkle Cleaners": P},
    ),
    (
        "The wedding was chaos: the band was late, the cake collapsed, it rained. But Bloom's "
        "flowers were stunning and held up all day.",
        {"Bloom": P},
    ),
    (
        "Long day at the office, train stuck outside Leeds for an hour, missed dinner. At least "
        "the Brewhouse kitchen was still open and the burger hit the spot.",
        {"Brewhouse": P},
    ),
    (
        "Lovely sunny weekend in the Lakes, great walks, great company. Shame the Hearth Hotel "
        "breakfast was cold both mornings.",
        {"Hearth Hotel": N},
    ),
    (
        "Switched our energy from Voltia to Greenwatt and our bill went down by 40 pounds a month.",
        {"Greenwatt": P, "Voltia": N},
    ),
    (
        "Nordbank froze my card abroad. Revolve's app let me pay within minutes.",
        {"Nordbank": N, "Revolve": P},
    ),
    (
        "Tried FitHub and Corefit. FitHub is cheaper but the machines are always broken; Corefit "
        "is spotless.",
        {"FitHub": N, "Corefit": P},
    ),
    (
        "Go with Quikfix, not Pipeline Plumbing. Pipeline Plumbing never turned up.",
        {"Quikfix": P, "Pipeline Plumbing": N},
    ),
    ("Would not recommend Drivo to anyone.", {"Drivo": N}),
    (
        "Taking my money elsewhere. Crumb & Co used to be my favourite, now the croissants are "
        "half the size.",
        {"Crumb & Co": N},
    ),
    (
        "Won't be back to Cinemax. Sticky floors and the film started 25 minutes late.",
        {"Cinemax": N},
    ),
    (
        "Avoid Rentwell at Malaga airport: 90 minute queue and a hard sell on insurance.",
        {"Rentwell": N},
    ),
    ("Streamly finally added offline downloads. Perfect for the commute.", {"Streamly": P}),
    ("Thanks Linea, for the six hour delay and the voucher for a sandwich.", {"Linea": N}),
    ("Oh great, another Voltia price rise. Just what we needed.", {"Voltia": N}),
    ("Love that ParcelGo left my parcel in the rain. Again.", {"ParcelGo": N}),
    ("Nice one Nordbank, the app is down on payday.", {"Nordbank": N}),
    ("Peakwear boots, five years old, still waterproof. Resoled them once.", {"Peakwear": P}),
    (
        "My PawPal order arrived with a torn bag and half the litter on the floor of the box.",
        {"PawPal": N},
    ),
    (
        "Brightpath Dental fitted me in the same day when my filling fell out. Painless.",
        {"Brightpath Dental": P},
    ),
    ("Cinemax announced it will reopen the Leith screen in May.", {"Cinemax": U}),
    ("Safeguard Insurance is moving its head office to Leeds.", {"Safeguard Insurance": U}),
    ("Does Rentwell allow a second driver for free?", {"Rentwell": U}),
    (
        "Has Streamly changed its price again? My bill says 13.99 now instead of 9.99.",
        {"Streamly": N},
    ),
    ("Why does the Linea app log me out every time I open it?", {"Linea": N}),
    (
        "Sparkle Cleaners missed the oven and the inside of the fridge, even though both were "
        "on the list.",
        {"Sparkle Cleaners": N},
    ),
    (
        "The Quikfix guy turned up two hours late, but he fixed the boiler and cleaned up after "
        "himself.",
        {"Quikfix": P},
    ),
    (
        "Drivo's showroom is gorgeous and the coffee is free, but the car I bought has been back "
        "to the garage four times.",
        {"Drivo": N},
    ),
    (
        "Been with Safeguard twelve years. First claim, and they refused it over a technicality.",
        {"Safeguard": N},
    ),
    ("Bloom delivered the wrong bouquet to the funeral. Lilies instead of roses.", {"Bloom": N}),
    (
        "Brewhouse has served the same menu for years and honestly I hope they never change it.",
        {"Brewhouse": P},
    ),
    (
        "Hearth Hotel: check-in took 40 minutes, the lift was out of order, and the room was "
        "next to the kitchen.",
        {"Hearth Hotel": N},
    ),
    (
        "Ordered 30 pastries from Crumb & Co for the office, all gone by ten. Will order again.",
        {"Crumb & Co": P},
    ),
    (
        "My ParcelGo driver carried the washing machine up four flights of stairs. Legend.",
        {"ParcelGo": P},
    ),
    (
        "Had to call Nordbank six times to close a joint account. Each time, a different answer.",
        {"Nordbank": N},
    ),
    (
        "Rentwell charged my card 250 for a scratch that was already on the car when I picked "
        "it up.",
        {"Rentwell": N},
    ),
    (
        "Went back to Peakwear for a second jacket, the first one survived three winters.",
        {"Peakwear": P},
    ),
    (
        "Dentist appointment at Brightpath today. Cancelled again, fourth time. Looking for a "
        "new dentist.",
        {"Brightpath": N},
    ),
    (
        "The Taskly app hasn't crashed once since we started, and support answers within the hour.",
        {"Taskly": P},
    ),
    ("Voltia fixed our smart meter in a day after I rang.", {"Voltia": P}),
    ("FitHub's new opening hours are 6 to 23 on weekdays.", {"FitHub": U}),
    ("Arrived at the Linea desk at 5 am, no staff until 6:30, flight gone.", {"Linea": N}),
    (
        "Kitchen's been cold for a week and Quikfix still hasn't called back about the part.",
        {"Quikfix": N},
    ),
    (
        "PawPal's vet chat told us to take our cat in straight away. Turned out it was serious. "
        "So grateful.",
        {"PawPal": P},
    ),
    (
        "Told Cinemax about the broken seat. They gave us free tickets for next week.",
        {"Cinemax": P},
    ),
    (
        "Rentwell's car broke down on the motorway. Their roadside assistance took four hours "
        "to arrive.",
        {"Rentwell": N},
    ),
    (
        "Corefit's 6 am class is the only thing getting me out of bed in January.",
        {"Corefit": P},
    ),
    ("Still waiting for Drivo to send the V5 logbook, eight weeks after the sale.", {"Drivo": N}),
    (
        "Greenwatt's engineer was booked for Tuesday, came Monday, done in half an hour.",
        {"Greenwatt": P},
    ),
]


def fifth_round(model: bool = False) -> float:
    """Accuracy on FIFTH_SET, the set written in round 5 before its rules."""
    right, total = score(FIFTH_SET, model)
    return right / total


# Round 5, second set: written after round 5's rules and committed before they were run on it
# (same person, who knows the rules' ideas: a check on text the rules were not tuned on, not
# a blind figure). Other trades again: opticians, car washes, vets, hostels, removals,
# bike shops, language apps, ferries, dry cleaners, solar installers, kitchen fitters.
SIXTH_SET: list[tuple[str, dict[str, str]]] = [
    (
        "Picked up my glasses from ClearSight after a week. Left lens is the wrong prescription.",
        {"ClearSight": N},
    ),
    (
        "ClearSight redid the lenses the next morning, no charge, and apologised twice.",
        {"ClearSight": P},
    ),
    (
        "Paid 15 for the premium wash at SudsUp and there's still bird muck on the roof.",
        {"SudsUp": N},
    ),
    ("SudsUp on Mill Road opens at 7 now.", {"SudsUp": U}),
    (
        "Our dog swallowed a sock on Christmas Eve. PawCare Vets had her in surgery within an hour.",
        {"PawCare Vets": P},
    ),
    ("PawCare Vets charged 80 just to tell us to come back tomorrow.", {"PawCare Vets": N}),
    (
        "Hostel Luna: bunk beds that creak, lockers that don't lock, a 2 am fire alarm.",
        {"Hostel Luna": N},
    ),
    (
        "Rainy week in Porto but Hostel Luna's rooftop breakfast made every morning.",
        {"Hostel Luna": P},
    ),
    (
        "MoveMate turned up with a van half the size we booked. Two trips, double the hours.",
        {"MoveMate": N},
    ),
    ("MoveMate's crew wrapped every plate and had us moved by lunchtime.", {"MoveMate": P}),
    ("Took my bike to Spokes & Co for a service. Gears are worse than before.", {"Spokes & Co": N}),
    (
        "Spokes & Co fixed a puncture for free while I waited. Proper local shop.",
        {"Spokes & Co": P},
    ),
    ("200 days streak on Lingo. My Spanish teacher noticed the difference.", {"Lingo": P}),
    ("Lingo's new update locks half the lessons behind a subscription. Uninstalled.", {"Lingo": N}),
    ("Bluewave ferry left 90 minutes late and the cafe ran out of food.", {"Bluewave": N}),
    (
        "Rough crossing, half the passengers seasick, but the Bluewave crew were brilliant with the kids.",
        {"Bluewave": P},
    ),
    ("PressPerfect lost a button off my suit and shrugged.", {"PressPerfect": N}),
    ("Is PressPerfect open on Sundays?", {"PressPerfect": U}),
    (
        "SunGrid installed our panels in March. The electricity bill has halved since.",
        {"SunGrid": P},
    ),
    ("Four months after signing, SunGrid still hasn't sent an installer.", {"SunGrid": N}),
    (
        "KitchenCraft's fitters left the worktop scratched and the skirting off. Third visit booked.",
        {"KitchenCraft": N},
    ),
    (
        "Two weeks with the new KitchenCraft kitchen and I can't stop cooking in it.",
        {"KitchenCraft": P},
    ),
    (
        "ClearSight vs SpecSavers: ClearSight took longer but the frames feel far better.",
        {"ClearSight": P},
    ),
    (
        "Left SudsUp for ShineBay, which actually dries the car properly.",
        {"SudsUp": N, "ShineBay": P},
    ),
    ("MoveMate quoted 600, Shift quoted 450 and did it faster.", {"Shift": P}),
    ("Why does Lingo keep telling me my streak is at risk at 11 pm?", {"Lingo": N}),
    ("Anyone used SunGrid? Thinking of getting a quote.", {"SunGrid": U}),
    (
        "Oh brilliant, Bluewave cancelled the last ferry again. Night in the car it is.",
        {"Bluewave": N},
    ),
    ("Cheers PressPerfect for ironing a crease into my trousers.", {"PressPerfect": N}),
    (
        "The KitchenCraft showroom looked amazing in the brochure. In person it's three dusty displays.",
        {"KitchenCraft": N},
    ),
    ("Hostel Luna was cheap, cheerful and exactly what the photos showed.", {"Hostel Luna": P}),
    (
        "Called PawCare Vets at midnight, a real vet answered and talked us through it.",
        {"PawCare Vets": P},
    ),
    ("Spokes & Co has had my bike for three weeks waiting for a part.", {"Spokes & Co": N}),
    ("After two years my SunGrid battery still covers the whole evening.", {"SunGrid": P}),
    (
        "Booked Bluewave for the summer: 40 percent cheaper than flying with the car.",
        {"Bluewave": P},
    ),
    ("MoveMate still hasn't refunded the deposit for the cancelled move.", {"MoveMate": N}),
]


def sixth_round(model: bool = False) -> float:
    """Accuracy on SIXTH_SET, written after round 5's rules."""
    right, total = score(SIXTH_SET, model)
    return right / total
