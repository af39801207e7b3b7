"""Short posts and reviews where the label toward a brand is not the whole text's label:
comparisons, "X but Y", praise inside a complaint and the other way round, two brands with
opposite sentiment, pronouns that carry on about a brand. Written for the targeted scoring
(mentions/sentiment.py ``_target_sentences``) before it was changed.

TUNING is what the rules were developed against; HELD_OUT was set aside and only measured.
``make bench`` prints both (tests/bench/languages.py).
"""

from __future__ import annotations

from mentions.sentiment import analyse

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

HELD_OUT: list[tuple[str, dict[str, str]]] = [
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


def spans_of(text: str, term: str) -> list[tuple[int, int]]:
    found, start, lower = [], 0, text.lower()
    while (at := lower.find(term.lower(), start)) >= 0:
        found.append((at, at + len(term)))
        start = at + len(term)
    return found


def score(texts: list[tuple[str, dict[str, str]]]) -> tuple[int, int]:
    """(targets labelled right, targets) over texts."""
    right = total = 0
    for text, wanted in texts:
        targets = {brand: spans_of(text, brand) for brand in wanted}
        analysis = analyse(text, targets=targets, language="en")
        for brand, label in wanted.items():
            total += 1
            right += analysis.targets[brand].label == label
    return right, total


def accuracy() -> tuple[float, float]:
    """(accuracy on TUNING, accuracy on HELD_OUT)."""
    tuned, held = score(TUNING), score(HELD_OUT)
    return tuned[0] / tuned[1], held[0] / held[1]
