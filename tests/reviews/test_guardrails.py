"""Each guardrail against replies as people really write them: the bad ones are caught,
the good ones pass (a guardrail that cries wolf gets ignored)."""

from __future__ import annotations

import pytest

from reviews import guardrails as g
from tests.reviews import guardrail_replies as replies

GOOD = [
    "Hi Anna, thank you for letting us know about the crash when opening the basket. Our "
    "developers found the cause and version 4.2, out this week, fixes it. If it still happens "
    "after updating, our support team at support@acme.example will help.",
    "Hi Tom, we are so sorry your order arrived late and the box was damaged. That is not the "
    "experience we want for you. Please contact us so we can make it right.",
    "We have refunded your order in full. Thank you for your feedback, Maria.",
    "Feel free to update your review once the issue is fixed, Ben. We visited on 2024-05-01.",
    "Thank you so much for the lovely words about our Berlin team, Jonas! See you soon.",
]
CONTACTS = ["support@acme.example", "+1 800 555 0100"]


def codes(text: str, **kwargs: object) -> list[str]:
    kwargs.setdefault("contacts", CONTACTS)
    kwargs.setdefault("language", "en")
    return [f.code for f in g.check(text, **kwargs)]  # type: ignore[arg-type]


@pytest.mark.parametrize("text", GOOD)
def test_good_replies_pass(text: str) -> None:
    assert codes(text, limit=350) == []


TEMPLATE = (
    "Hi there, thank you for your feedback. We are sorry to hear about your experience with "
    "Acme. Please contact our support team so we can look into this for you."
)


def test_template_left_unpersonalised() -> None:
    lazily_filled = TEMPLATE.replace("Hi there", "Hi Anna")
    assert codes(lazily_filled, templates=[("Apology", TEMPLATE)]) == ["unpersonalised"]
    finding = g.check_personal(lazily_filled, [("Apology", TEMPLATE)])
    assert finding is not None and "“Apology”" in finding.message


def test_template_made_personal_passes() -> None:
    personal = (
        "Hi Anna, thank you for your feedback. We are sorry the basket crashed on you twice. "
        "Version 4.2 fixes exactly that crash, and it is out on Thursday. Please contact our "
        "support team if it happens again after you update."
    )
    assert codes(personal, templates=[("Apology", TEMPLATE)]) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hi Mark, that is simply not true. Our driver waited outside for ten minutes.",
        "You clearly didn't read the opening hours on our website before coming.",
        "This looks like a fake review to us. We have no record of your visit.",
        "If you had bothered to read the manual you would know how to reset it.",
        "We NEVER charge extra, READ the CONTRACT before complaining.",
    ],
)
def test_argumentative_replies(text: str) -> None:
    assert codes(text) == ["argumentative"]


def test_negative_tone() -> None:
    text = (
        "This is the worst, most ridiculous complaint we have read all year. Terrible "
        "attitude and awful manners from a customer."
    )
    assert codes(text) == ["negative_tone"]


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sara, we would love to offer you a 20% discount on your next stay if you update "
        "your review.",
        "We will gladly refund the room if you remove this review.",
        "Thanks for the 5 stars, Lena! Enjoy 10% off your next order with code THANKS10.",
        "As a thank-you for your review, here is a voucher for a free dessert on your next visit.",
    ],
)
def test_incentives_for_reviews(text: str) -> None:
    assert "incentive" in codes(text)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Hi Ben, please email jane.doe@gmail.com, she handles your case.", "jane.doe@gmail.com"),
        ("Hi Ben, we called you on 0151 496 0123 twice this week.", "0151 496 0123"),
        ("Hi Ben, we looked into order #A123-99881 and sent a replacement.", "order #A123-99881"),
    ],
)
def test_leaked_contact_data(text: str, shown: str) -> None:
    findings = g.check(text, contacts=CONTACTS, language="en")
    assert [f.code for f in findings] == ["contact_data"]
    assert shown in findings[0].message


def test_own_public_contacts_are_fine() -> None:
    text = "Hi Ben, call us on +1 800 555 0100 or write to Support@acme.example any time."
    assert codes(text) == []


def test_over_the_platform_limit_blocks() -> None:
    text = "Hi Anna, thank you. " + "We are glad you like the new design. " * 10
    findings = g.check(text, limit=350, platform="Google Play", language="en")
    assert findings[0].code == "too_long" and findings[0].blocking
    assert "Google Play accepts at most 350" in findings[0].message
    assert codes(text[:350], limit=350) == []


def test_emoji_count_as_one_character() -> None:
    assert g.length("Thanks 🙏") == 8
    assert g.check_length("🙏" * 350, 350) is None


@pytest.mark.parametrize(
    "text",
    [
        "Hi {reviewer_name}, thanks for visiting {location}!",
        "Hi [Customer Name], thanks for your visit.",
        "Hi Anna, your voucher code is XXXX.",
        "Hi {{ name }}, thank you.",
    ],
)
def test_unfilled_placeholders_block(text: str) -> None:
    findings = g.check(text, language="en")
    assert findings[0].code == "placeholder" and findings[0].blocking


def test_empty_reply() -> None:
    assert codes("   ") == ["empty"]


def test_blocking_findings_come_first() -> None:
    text = "You are wrong, {reviewer_name}."
    assert codes(text) == ["placeholder", "argumentative"]


BAD = [(lang, code, text) for lang, rows in replies.REPLIES.items() for code, text in rows if code]
FINE = [(lang, text) for lang, rows in replies.REPLIES.items() for code, text in rows if not code]


@pytest.mark.parametrize(("language", "kind", "text"), BAD)
def test_bad_replies_are_caught_in_every_scored_language(
    language: str, kind: str, text: str
) -> None:
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert found & replies.CODES[kind], found


@pytest.mark.parametrize(("language", "text"), FINE)
def test_good_replies_pass_in_every_scored_language(language: str, text: str) -> None:
    assert g.check(text, contacts=replies.CONTACTS, language=language) == []


@pytest.mark.parametrize(("kind", "text"), replies.SEEN_EN + replies.THIRD_EN)
def test_first_held_out_english_replies_now_pass(kind: str, text: str) -> None:
    """The first and third English sets became tuning data once their misses were read."""
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language="en")}
    if kind:
        assert found & replies.CODES[kind], found
    else:
        assert found == set()


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for choosing us for your wedding, it was a joy to host you.",
        "If you had any other problems during your stay, please write to us.",
        "As promised, we have replaced the mattress in room 12.",
        "We understand how frustrating the delay was and we're sorry.",
        "Our team checked the heating in every room after your stay.",
        "You chose us for your anniversary and we let you down. We're sorry.",
    ],
)
def test_structural_blame_patterns_leave_ordinary_replies_alone(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Maybe the real problem was your tone at the desk.",
        "Checking the website would have saved you the trip.",
        "I think you have mixed us up with the hotel across the road.",
        "There is no record of your reservation, so we doubt you stayed here.",
        "Some people who have never cooked love to tell chefs what to do.",
        "Glancing at your other reviews, nothing ever seems good enough.",
        "We are not going to apologise for a policy printed on every ticket.",
        "Calm down, it was one cold chip.",
        "Obviously a hostel is not a spa.",
        "Maybe read our cancellation policy before booking.",
        "We won't be refunding a room you slept in.",
        "We have thousands of happy customers a year.",
    ],
)
def test_round_five_blame_without_the_listed_phrases(text: str) -> None:
    """Written for this test after round 5's English checks, as new ways of saying what the
    checks look for (the fault put on the reviewer, the visit doubted, mockery, refusing to
    apologise, talking down, a refusal with nothing offered, the record as an answer)."""
    assert "argumentative" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "You could have the corner table next time; just ask when you book.",
        "We can't refund in the shop, but we've emailed you a return label.",
        "Please check your inbox for the voucher.",
        "Relax by the pool next time, it is heated from May.",
        "Clearly we let you down, and we're sorry.",
        "That must have been frustrating after a long flight. The lift is fixed now.",
        "We're disappointed to hear the shower was cold; the boiler has been replaced.",
        "Many thanks, and good luck with the new job!",
    ],
)
def test_round_five_checks_leave_offers_policies_and_empathy_alone(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "We're sorry the room was noisy. Next time, ask for the garden side.",
        "Next time you visit, ask for Marco, he'd love to cook for you again.",
        "We have never had such lovely guests, thank you both!",
        "Our chef would love to cook for you again, Sam.",
    ],
)
def test_courtesy_keeps_tips_and_praise_from_reading_as_defensive(text: str) -> None:
    assert codes(text) == []


def test_held_out_reply_figures_do_not_fall_back() -> None:
    """Floors under `make bench`: the second English set 1.0 recall and 1 of 12 good replies
    flagged; the fourth 0.67 and 1 of 15 before round 5 read it (1.0 and 0 after). Round 5:
    FIFTH_EN, written before the round's checks, 7 of 18 and 2 of 16 before, 18 of 18 and 0
    after (tuned on); SIXTH_EN, written after them, 8 of 16 and 6 of 20 when first run, 8 of 16
    and 2 of 20 once the four false positives the round's own checks caused were read."""
    for rows, recall_floor, flagged_ceiling in (
        (replies.HELD_OUT_EN, 0.9, 0.1),
        (replies.FOURTH_EN, 0.6, 0.1),
        (replies.FIFTH_EN, 0.9, 0.07),
        (replies.SIXTH_EN, 0.45, 0.1),
    ):
        bad = [t for k, t in rows if k]
        good = [t for k, t in rows if not k]
        caught = sum("argumentative" in codes(t) for t in bad)
        flagged = sum(bool(codes(t)) for t in good)
        assert caught / len(bad) >= recall_floor
        assert flagged / len(good) <= flagged_ceiling


def test_every_scored_language_has_its_set() -> None:
    from mentions.languages import scored_languages

    assert set(scored_languages()) <= set(replies.REPLIES)


def test_the_reply_language_is_detected_when_not_given() -> None:
    text = "Wenn Sie Ihre Bewertung ändern, schenken wir Ihnen einen Gutschein."
    assert [f.code for f in g.check(text)] == ["incentive"]


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for your review! We are sorry the order was late.",
        "We have fixed the booking page, thanks for your feedback.",
        "Our Berlin shop at Hauptstraße 5, 10115 Berlin is open on Sundays now.",
        "Your order arrived on 2024-05-01 according to the courier.",
    ],
)
def test_own_address_dates_and_thanks_for_a_review_are_not_flagged(text: str) -> None:
    assert g.check(text, contacts=replies.CONTACTS, language="en") == []


def test_own_phone_matches_with_or_without_country_code() -> None:
    assert g.check_contact_data("Call 030 1234567.", ["+49 30 1234567"]) is None
    assert g.check_contact_data("Call +49 (0)30 1234567.", ["030 1234567"]) is None
    assert g.check_contact_data("Call 030 7654321.", ["+49 30 1234567"]) is not None


def test_contact_findings_name_where_the_public_details_are_set() -> None:
    finding = g.check_contact_data("Write to jane@gmail.com", [])
    assert finding is not None and finding.link == "review_settings"
    assert "Settings › Reviews & SLA" in finding.message


ROUND_5_BAD = [
    (language, kind, text)
    for language, rows in {**replies.ROUND_5}.items()
    for kind, text in rows + replies.ROUND_5_LATE[language]
    if kind
]
ROUND_5_FINE = [
    (language, text)
    for language, rows in replies.ROUND_5.items()
    for kind, text in rows + replies.ROUND_5_LATE[language]
    if not kind
] + [(language, text) for language, texts in replies.ROUND_5_GOOD.items() for text in texts]


@pytest.mark.parametrize(("language", "kind", "text"), ROUND_5_BAD)
def test_round5_bad_replies_are_caught(language: str, kind: str, text: str) -> None:
    """Blame by structure, rewards in their inflected forms, private details in local
    formats, in each language (round 5's tuning replies)."""
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert found & replies.CODES[kind], (language, text, found)


@pytest.mark.parametrize(("language", "text"), ROUND_5_FINE)
def test_round5_good_replies_pass(language: str, text: str) -> None:
    """Apologies that name the problem ("the parcel should have arrived Monday"), "you are
    right", thanks for the feedback, refunds named in an apology, the business's own
    address."""
    assert g.check(text, contacts=replies.CONTACTS, language=language) == [], (language, text)


def test_round5_closing_set_figures_do_not_fall_back() -> None:
    """The closing round-5 set: 31 of 52 caught when it was written (never tuned for
    recall); its false positives were read and fixed. Later rounds may only do better."""
    caught = flagged = 0
    for language, rows in replies.ROUND_5_CLOSING.items():
        for kind, text in rows:
            found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
            if kind:
                caught += bool(found & replies.CODES[kind])
            else:
                flagged += bool(found)
    assert caught >= 31
    assert flagged == 0


@pytest.mark.parametrize(
    ("text", "leaks"),
    [
        ("Erstattet auf DE89 3704 0044 0532 0130 00.", True),  # a valid IBAN
        ("Geliefert an Bergweg 7, 80331 München.", True),
        ("Pakken ble levert til Karl Johans gate 22.", True),
        ("Paczka trafiła na ul. Długą 12.", True),
        ("Ваше замовлення № 4471-2290 в дорозі.", True),
        ("Wir haben Ihnen 1500 Euro erstattet, es tut uns leid.", False),
        ("Boarding was at gate 22, sorry for the delay.", False),
        ("Besuchen Sie uns in der Hauptstraße 5, 10115 Berlin.", False),  # the own address
    ],
)
def test_private_details_in_local_formats(text: str, leaks: bool) -> None:
    finding = g.check_contact_data(text, replies.CONTACTS)
    assert (finding is not None) == leaks, (text, finding)


def test_an_iban_is_named_as_one_only_when_its_check_digits_add_up() -> None:
    assert "IBAN" in g.check_contact_data("Auf DE89 3704 0044 0532 0130 00.").message
    wrong = g.check_contact_data("Auf DE89 3704 0044 0532 0130 01.")
    assert wrong is None or "IBAN" not in wrong.message


@pytest.mark.parametrize(
    ("language", "text", "flagged"),
    [
        # no courtesy, pushback at the reviewer: read as defensive in every language
        ("de", "Dass Sie das so sehen, können wir nicht nachvollziehen.", True),
        ("pl", "Nie rozumiemy, dlaczego Pan tak pisze.", True),
        ("fr", "Nous ne comprenons pas votre réaction.", True),
        # courtesy, or no pushback, or nobody addressed: fine
        ("de", "Danke, wir verstehen Ihren Ärger nicht nur, wir teilen ihn.", False),
        ("fr", "Le problème venait de notre logiciel, pas de vous.", False),
        ("pl", "Parking jest od teraz bezpłatny.", False),
    ],
)
def test_replies_are_read_as_a_whole_in_every_language(
    language: str, text: str, flagged: bool
) -> None:
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert ("argumentative" in found) == flagged, (language, text, found)


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("de", "Ihre Kritik ist völlig übertrieben.", "argumentative"),
        ("pl", "Pana opinia jest krzywdząca i nieprawdziwa.", "argumentative"),
        ("it", "Siamo aperti da 40 anni e sappiamo fare la pizza.", "argumentative"),
        ("sv", "Skriv ett bra omdöme så går kaffet på huset.", "incentive"),
        ("de", "Danke für Ihre Bewertung, wir laden Sie herzlich ein, bald wiederzukommen.", ""),
        ("fr", "Merci pour votre avis, c'est important pour nous.", ""),
        ("es", "Gracias por su reseña, le invitamos a volver pronto.", ""),
        ("nb", "Synd at fisken ikke falt i smak, vi gir beskjed til kjøkkenet.", ""),
    ],
)
def test_judging_the_review_the_record_on_the_house_and_regret(
    language: str, text: str, kind: str
) -> None:
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert (found & replies.CODES[kind]) if kind else not found, (language, text, found)


@pytest.mark.parametrize(
    ("text", "codes_wanted"),
    [
        # after an apology, the cause explained is the problem owned, not the reply's tone
        (
            "We apologise for the cold food. A broken oven left the kitchen short all evening "
            "and the backlog was awful.",
            [],
        ),
        (
            "Sorry your parcel went missing. The courier's depot had a serious flood and "
            "lost hundreds of parcels that week.",
            [],
        ),
        # ... but a negative sentence about the reviewer or the review still counts
        (
            "We apologise for the cold food. Your review is a nasty, hateful and dishonest "
            "attack on a terrible, awful night.",
            ["negative_tone"],
        ),
        # "Sorry, but" owns nothing
        (
            "Sorry, but that is how it goes. The oven was broken, the night was awful, a "
            "horrible disaster.",
            ["negative_tone"],
        ),
    ],
)
def test_an_explained_problem_after_an_apology_is_not_negative_tone(
    text: str, codes_wanted: list[str]
) -> None:
    assert codes(text) == codes_wanted


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The mistake was on your end, not ours.", True),
        ("We checked and the error is clearly on your side.", True),
        ("That was a misunderstanding on your part.", True),
        ("Thank you, we know the new prices make it harder on your side too.", False),
        ("We appreciate the patience on your part while we moved offices.", False),
    ],
)
def test_on_your_side_blames_only_when_a_fault_is_put_there(text: str, flagged: bool) -> None:
    assert ("argumentative" in codes(text)) == flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # the reviewer labelled to mock them
        ("Thanks! We'll tell the barista a self-proclaimed coffee expert disliked it.", True),
        ("Yet another genius who thinks they know better than our mechanics.", True),
        # the reviewer's own conduct told as the cause
        ("You turned up an hour late and then complained the kitchen had closed.", True),
        # how clearly it was said; a backhanded concession; the review called fake
        ("It is on every page. Hard to see how it could have been made any clearer.", True),
        ("Everyone is entitled to an opinion. Ours is different.", True),
        ("Thank you for all reviews, even the ridiculous ones.", True),
        ("This was obviously written by a rival. Our genuine guests know better.", True),
        # a verdict that closes the matter; the record as the answer; advice as an order
        ("Cheap rooms are small rooms. End of story.", True),
        ("Our ratings speak for themselves.", True),
        ("Slow service? We were full. Perhaps book ahead.", True),
        # ... and what good replies say with the same words
        ("Thank you! The barista is a trained coffee expert and loved reading this.", False),
        ("Questions? Our team is on +1 800 555 0100 every day.", False),
        ("We're sorry you arrived to a closed kitchen; the hours online were wrong.", False),
        ("Thank you, your opinion matters to us and we have shared it with the team.", False),
    ],
)
def test_round6_defensive_constructions(text: str, flagged: bool) -> None:
    assert ("argumentative" in codes(text)) == flagged, codes(text)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # the gift said as a state or a favour, the change as its condition
        ("As soon as the rating is updated, your next haircut is on the house.", True),
        ("We'll upgrade you to a bigger room if you take this review down.", True),
        ("Nudge it up to five stars and lunch is on us all week.", True),
        ("Please remove this. In exchange, the next delivery will be free.", True),
        ("We'll waive the call-out fee when you amend your rating.", True),
        # an offer and a review named with nothing tying them
        ("Thanks for leaving a review! If you return the jacket, we'll refund you in full.", False),
        ("If you'd like to change it for a larger size, we'll cover the postage.", False),
        ("We have refunded your order. You are welcome to update your review if you wish.", False),
        ("If you remove it from the box and it is damaged, we'll refund you.", False),
    ],
)
def test_an_exchange_for_a_changed_review_read_across_the_reply(text: str, flagged: bool) -> None:
    assert ("incentive" in codes(text)) == flagged, codes(text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # what was put right names the fault because it is gone
        ("de", "Danke für den Hinweis. Die kaputten Spinde werden nächste Woche ersetzt."),
        ("pt", "Obrigado. Os cacifos avariados já foram substituídos."),
        ("uk", "Дякуємо! Помилку, через яку не працював промокод, виправлено."),
        ("lv", "Paldies! Kļūda, kuras dēļ maksājums tika noņemts divreiz, ir novērsta."),
        # "we understand that it was disappointing" acknowledges, with its object
        ("nb", "Vi forstår at det var skuffende. Ring oss gjerne."),
        ("de", "Wir verstehen, dass das in Ihrem Fall ärgerlich war."),
    ],
)
def test_a_fault_put_right_or_acknowledged_is_no_negative_tone(language: str, text: str) -> None:
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert not found, (language, text, found)


def test_we_do_not_understand_is_still_no_acknowledgement() -> None:
    text = "Vi forstår ikke at du skriver en dårlig anmeldelse etter tre netter hos oss."
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language="nb")}
    assert "argumentative" in found


@pytest.mark.parametrize(
    ("text", "leaks"),
    [
        # what else a customer is known by, and a card named by its last digits
        ("We looked at your loan agreement LN-448120 and the fee stands.", True),
        ("Your insurance claim (ref CLM-90211) is with the assessor.", True),
        ("Membership no. GYM-55102 has been unfrozen.", True),
        ("The charge to your Visa ending in 9921 was reversed.", True),
        ("Le remboursement sur votre carte se terminant par 3310 est parti.", True),
        # ... and the same words without a code, or with a year
        ("Our cancellation policy for 2025 is on the website, thank you.", False),
        ("Thank you for your membership since 2019!", False),
        ("Our parcel partner DPD2 delivers on Saturdays.", False),
        ("The refund to your card will arrive within 5 days.", False),
    ],
)
def test_references_and_card_endings(text: str, leaks: bool) -> None:
    assert ("contact_data" in codes(text)) == leaks, codes(text)


@pytest.mark.parametrize(
    ("language", "text", "negative"),
    [
        # one negative word is the problem named, or a word the lexicon misreads
        ("da", "Vi vil gerne høre mere. Ring til klinikken, så får du en snak med os.", False),
        ("nb", "Vi beklager ventetiden. Ring oss, eller stikk innom verkstedet.", False),
        ("es", "La fianza cubre posibles daños y se devuelve el mismo día.", False),
        ("en", "Sorry we missed your slot. One of our vans broke down that afternoon.", False),
        # ... several carry a negative reply
        ("en", "This is the worst, most ridiculous complaint. Terrible, awful manners.", True),
    ],
)
def test_one_negative_word_is_no_negative_tone(language: str, text: str, negative: bool) -> None:
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert ("negative_tone" in found) == negative, found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # an invitation or an offer to go on talking
        ("fr", "N'hésitez pas à appeler l'atelier, du mardi au samedi."),
        ("fr", "Nous ne sommes pas d'accord sur le prix. Nous restons à votre disposition."),
        # the point taken, a concession
        ("es", "No podemos estar de acuerdo, pero tomamos nota de lo que comenta del ruido."),
        ("da", "Vi er ikke enige. Vi kan dog godt se, at skiltet kunne være tydeligere."),
        ("nb", "Det står i rutetabellen, men vi ser at det burde komme tydeligere fram."),
        # sorry in other words, the feeling acknowledged, what was sent
        ("da", "Vi er virkelig kede af, at bestillingen kom for sent. Det er ikke i orden."),
        (
            "da",
            "Vi forstår din frustration. Vi kan desværre ikke tage badetøj retur, hvis det er brudt.",
        ),
        ("pl", "Ma Pan rację. Wysłaliśmy już właściwy produkt, a błędny może Pan zatrzymać."),
    ],
)
def test_invitations_concessions_and_sorry_are_courtesy(language: str, text: str) -> None:
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert not found, (language, text, found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the same disagreement without any of it still reads as defensive
        ("fr", "Nous ne partageons pas votre lecture des faits, vous avez signé le devis."),
        ("da", "Vi er ikke enige i, at prisen ikke var oplyst, den står på skiltet til dig."),
    ],
)
def test_disagreement_without_courtesy_is_still_defensive(language: str, text: str) -> None:
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert "argumentative" in found, (language, text, found)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Cheers for the 5 stars! Glad the move went well. Enjoy the new place.", False),
        ("Enjoy your new hotel then. We won't miss the noise.", True),
        ("Enjoy the cheaper hotel down the road.", True),
    ],
)
def test_enjoy_the_new_place_is_a_wish_after_courtesy(text: str, flagged: bool) -> None:
    assert ("argumentative" in codes(text)) == flagged, codes(text)


@pytest.mark.parametrize(
    ("language", "text", "leaks"),
    [
        # the card word in a compound, the last digits named in other words, a masked number
        ("de", "Die Kaution auf Ihrer Kreditkarte mit den Endziffern 4471 ist freigegeben.", True),
        ("nl", "De betaling met de creditcard eindigend op 9021 is één keer afgeschreven.", True),
        ("da", "Beløbet blev trukket på dit kort med slutcifrene 5523.", True),
        ("lv", "Maksājums tika veikts ar karti, kuras numurs beidzas ar 6612.", True),
        ("uk", "Оплата пройшла з картки **** 4417, тож подвійного списання не було.", True),
        ("en", "The charge to card XXXX-XXXX-XXXX-1234 was reversed.", True),
        # ... and a card without digits, or a count of four digits
        ("de", "Die Kaution auf Ihrer Kreditkarte haben wir am Montag freigegeben.", False),
        ("nl", "Betalen kan met elke creditcard, ook voor bedragen tot 2500 euro.", False),
    ],
)
def test_card_digits_in_other_words(language: str, text: str, leaks: bool) -> None:
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert ("contact_data" in found) == leaks, (language, text, found)


@pytest.mark.parametrize(
    ("language", "text", "leaks"),
    [
        # the customer addressed by first name and surname, next to what they booked
        ("en", "Hi Gemma Walsh, we've checked your table for 6 on Saturday 18th.", True),
        ("sv", "Hej Lena Johansson, din bokning den 14–16 oktober var betald.", True),
        ("da", "Peter Lund, værelse 214, ankomst 2. juli: vi har ingen klager registreret.", True),
        ("es", "Marta García Ruiz, reserva del 15 al 18 de agosto, habitación doble.", True),
        # a relative named in full
        ("en", "Our register shows your daughter Lily Shah attended on 3 and 4 March.", True),
        # ... a first name, a title, or a full name without anything booked
        ("en", "Hi Gemma, we've checked your table for 6 on Saturday 18th.", False),
        ("de", "Sehr geehrter Herr Weber, Ihr Zimmer 12 wird gerade renoviert.", False),
        ("en", "Hi Gemma Walsh, thank you so much for the kind words!", False),
    ],
)
def test_a_full_name_with_the_booking(language: str, text: str, leaks: bool) -> None:
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert ("contact_data" in found) == leaks, (language, text, found)


@pytest.mark.parametrize(
    ("text", "leaks"),
    [
        # the postcode's format alone says it is an address
        ("We've spoken to the driver who delivered to 41 Kingsway, Stockport SK4 1AA.", True),
        ("The parcel went to Main St, Columbus, OH 43215 by mistake.", True),
        # ... and codes that only look alike
        ("The A4 prints are ready, and the 2 XL shirts are back in stock.", False),
        ("Flight BA 2490 lands at 6pm.", False),
    ],
)
def test_a_postcode_alone_is_an_address(text: str, leaks: bool) -> None:
    assert ("contact_data" in codes(text)) == leaks, codes(text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fi", "Tilauksesi 7731904 toimitettiin pakettiautomaattiin."),
        ("fi", "Varauksenne VR-44812 on maksettu."),
        ("sv", "Bokningen 558120 var betald och genomförd."),
        ("uk", "Ваше замовленні 4471290 вже в дорозі."),
    ],
)
def test_inflected_order_words_before_a_code(language: str, text: str) -> None:
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert "contact_data" in found, (language, text, found)


@pytest.mark.parametrize(
    ("language", "text", "flagged"),
    [
        # a gift named in other words, in the same sentence as the changed review
        ("en", "Post an updated review and we'll pop a free bag of treats in the post.", True),
        ("en", "Post a review on Trustpilot too and we'll knock £10 off your next order.", True),
        (
            "en",
            "We've refunded the charge, so we'd appreciate it if you took this review down.",
            True,
        ),
        ("sv", "Vi kan betala tillbaka hela beloppet om du tar bort recensionen.", True),
        ("pt", "Devolvemos-lhe o valor total assim que retirar este comentário.", True),
        # ... and the same words with no review to change
        ("en", "Feel free to update your review once the replacement arrives.", False),
        ("en", "We've refunded the charge. Thank you for the honest review.", False),
        ("pt", "Devolvemos o valor total ontem. Obrigado pelo comentário.", False),
    ],
)
def test_gifts_in_other_words_for_a_changed_review(language: str, text: str, flagged: bool) -> None:
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert ("incentive" in found) == flagged, (language, text, found)


@pytest.mark.parametrize(
    ("language", "text", "flagged"),
    [
        # the fault refused, sarcastically put on the business, or "blaming us is easier"
        ("nb", "Du ba om det, og det fikk du. At du angrer etterpå, er ikke vår feil.", True),
        ("sv", "Att andra gäster ville ha lugn är knappast vårt fel.", True),
        ("da", "Vi forstår godt, at det er dyrt. Men det er altså ikke vores skyld.", True),
        ("da", "At det regnede dagen efter, kan vi ikke gøre for.", True),
        ("nl", "Dat het er tachtig bleken te zijn, kunt u ons moeilijk kwalijk nemen.", True),
        ("es", "Trajo la bici rota y ahora resulta que la culpa es nuestra.", True),
        ("lv", "Vainot ārstu ir vienkāršāk.", True),
        ("en", "It broke because of how it was used, not our workmanship.", True),
        ("en", "A car that hasn't been serviced fails, and somehow it's the garage's fault.", True),
        # ... the fault owned, or taken off the reviewer, is courtesy
        ("nb", "Det var vår feil, og vi beklager.", False),
    ],
)
def test_the_fault_refused(language: str, text: str, flagged: bool) -> None:
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert ("argumentative" in found) == flagged, (language, text, found)


@pytest.mark.parametrize(
    ("language", "text", "flagged"),
    [
        # "not your fault" takes the blame off the reviewer
        ("en", "It was not your fault at all; our engineer should have checked. Sorry!", False),
        ("de", "Das war nicht Ihre Schuld, sondern unser Fehler. Entschuldigung!", False),
        ("fr", "Ce n'est pas de votre faute, la réservation a été mal saisie. Désolés !", False),
        ("es", "No es culpa suya: el sistema falló. Lo sentimos.", False),
        ("it", "Non è colpa sua, il sistema si è bloccato. Ci scusiamo.", False),
        ("pl", "To nie pani wina, system się zawiesił. Przepraszamy.", False),
        ("uk", "Це не ваша провина, система дала збій. Вибачте.", False),
        ("pt", "Não é culpa sua, o sistema falhou. Pedimos desculpa.", False),
        # ... "your fault" is still blame
        ("en", "That was entirely your fault.", True),
        ("de", "Das war Ihre eigene Schuld.", True),
        ("es", "Es culpa suya por llegar tarde.", True),
    ],
)
def test_not_your_fault_is_no_blame(language: str, text: str, flagged: bool) -> None:
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert ("argumentative" in found) == flagged, (language, text, found)


@pytest.mark.parametrize(
    ("language", "text", "flagged"),
    [
        # counsel opened by "perhaps", in either order
        ("it", "Forse prima di recensire bisognerebbe informarsi un minimo.", True),
        ("nb", "Kanskje du burde sjekket klokka før du skrev dette?", True),
        ("fi", "Ehkä kannattaisi lukea käyttöohje ennen kuin haukkuu meitä.", True),
        ("de", "Wer zu spät kommt, sollte sich vielleicht an die eigene Nase fassen.", True),
        ("nl", "Misschien is een vakantie in de natuur gewoon niets voor u?", True),
        ("pt", "Talvez ajudasse ele estudar em casa.", True),
        ("uk", "А може, їх просто не треба було тримати на підвіконні?", True),
        ("en", "Maybe a campsite just isn't for you.", True),
        # ... "perhaps" without counsel, or "may" that is permission
        ("pl", "Przepraszamy. Błędny produkt może Pan zatrzymać.", False),
        ("it", "Grazie! Forse ci rivedremo in estate.", False),
        ("de", "Danke! Vielleicht sehen wir uns im Sommer wieder.", False),
    ],
)
def test_perhaps_counsel_in_every_language(language: str, text: str, flagged: bool) -> None:
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert ("argumentative" in found) == flagged, (language, text, found)


@pytest.mark.parametrize(
    ("language", "text", "flagged"),
    [
        # a sarcastic interjection opening a sentence or standing alone
        ("de", "Ach, die Brötchen waren Ihnen zu teuer. Dann kaufen Sie beim Discounter.", True),
        ("es", "Claro, claro, las croquetas estaban frías.", True),
        ("pt", "Reservou um apartamento na Ribeira em pleno São João. Francamente.", True),
        ("fi", "Järven rannalla on hyttysiä kesäkuussa. Uskomatonta, mutta totta.", True),
        # a question put back to the reviewer
        ("da", "Du bookede et enkeltværelse til halv pris. Hvad havde du regnet med?", True),
        ("pl", "Róże zwiędły po tygodniu? Tyle właśnie żyją cięte kwiaty.", True),
        # ... a question that invites or asks for something, a joke, or courtesy first
        ("de", "Hätten Sie Lust, uns im Frühling noch einmal zu besuchen?", False),
        ("fr", "Pourriez-vous nous écrire à info@solvik.example en précisant la date ?", False),
        ("lv", "Tātad pirmo reizi mūžā uzvarējāt boulingā? Apsveicam! 😄", False),
        ("da", "Tak for din anmeldelse! Hvad fik du at spise?", False),
    ],
)
def test_sarcasm_and_questions_put_back_without_courtesy(
    language: str, text: str, flagged: bool
) -> None:
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert ("argumentative" in found) == flagged, (language, text, found)


@pytest.mark.parametrize(
    ("language", "text", "flagged"),
    [
        # the reviewer's word denied in scare quotes, or held up as "the famous"
        ("en", "Nobody 'forced' you to pay for the X-rays.", True),
        ("en", "Ah yes, the famous 'cold food'. Our logs say otherwise.", True),
        ("it", "La pizza ha il centro morbido, non è “cruda”.", True),
        ("pl", "To klasyka, a nie „mdła papka”.", True),
        # a word or two quoted in a reply without courtesy
        ("en", "The 'dirty' oven was cleaned before you arrived.", True),
        # ... a clause cited, affection, an instruction with an offer of help
        (
            "nb",
            "Vi er uenige i at vi «ikke gjorde noe»: klossene ble byttet. Ring oss gjerne.",
            False,
        ),
        ("en", "Aww, thank you! We loved how Bella 'helped' with the towels.", False),
        ("en", "We'd like to help. Please email us and quote 'review follow-up'.", False),
    ],
)
def test_scare_quotes_denied_or_without_courtesy(language: str, text: str, flagged: bool) -> None:
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert ("argumentative" in found) == flagged, (language, text, found)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # idioms of contempt, the reviewer thinking they know better, "not your office"
        ("lol 45 mins on a Friday night, welcome to the real world mate", True),
        ("Reviews like this hurt real people. Hope you're proud of yourself.", True),
        ("Pretty rich to complain when you'd already haggled us down.", True),
        ("Our team checks every machine daily. Sounds more like user error to us.", True),
        ("Thanks for the lecture on how to run a hotel.", True),
        ("Patients think a Google search makes them know more than a dentist.", True),
        ("Sorry the wifi was slow for you. We're a café, not your office.", True),
        ("Our waiter remembers your table very differently, and so do we.", True),
        ("We've been doing this for 30 years and know how to cook a steak.", True),
        ("Nobody else at the wedding had a problem with the music.", True),
        # ... and jokes, thanks, and the record offered kindly
        ("Haha, we promise the parrot only swears in Portuguese. Thanks!", False),
        ("Thank you! We're a family bakery, not a chain, so every loaf is shaped by hand.", False),
        ("Thanks, Ana! After 30 years we still love hearing this.", False),
    ],
)
def test_round6_english_contempt(text: str, flagged: bool) -> None:
    assert ("argumentative" in codes(text)) == flagged, codes(text)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # records cited to inform, with an invitation to go on
        (
            "Our records show the refund went out on Monday; please let us know if it hasn't arrived.",
            False,
        ),
        # ... records cited against the reviewer, and camera footage anywhere
        ("Our records show you never checked in. There is nothing to refund.", True),
        ("Thanks for writing. Our CCTV shows you were served within ten minutes.", True),
    ],
)
def test_records_cited_to_inform_or_against_the_reviewer(text: str, flagged: bool) -> None:
    assert ("argumentative" in codes(text)) == flagged, codes(text)


@pytest.mark.parametrize(
    ("language", "text", "flagged"),
    [
        # what did you expect; if you wanted X you could have Y; you knew when you booked
        ("es", "Faltaba a la mitad de las clases, no entendemos qué esperaba.", True),
        ("it", "Se voleva la tavola piatta poteva prendere il treno.", True),
        ("pt", "Se queria ondas perfeitas, o melhor era ter ficado na piscina.", True),
        ("it", "Ci dispiace. È un agriturismo: lo sapeva quando ha prenotato.", True),
        ("de", "Was haben Sie bei diesem Preis erwartet?", True),
        ("en", "The street is loud in June, and you knew that when you booked.", True),
        # it was you who, in a reply without courtesy
        ("es", "Nos sorprende: fue usted quien dejó la barbacoa sin limpiar.", True),
        # ... after thanks it is kind
        ("fr", "Merci ! C'est vous qui avez rendu la soirée si joyeuse.", False),
        ("nb", "Takk! Det var du som fikk hele bordet til å le.", False),
    ],
)
def test_expectations_and_choices_thrown_back(language: str, text: str, flagged: bool) -> None:
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert ("argumentative" in found) == flagged, (language, text, found)


@pytest.mark.parametrize(
    ("language", "text", "flagged"),
    [
        # we need no lessons; thanks but no thanks; says more about you; don't come telling
        # us; the review called blackmail
        ("nb", "Vi trenger ikke belæring om hyllene. Takk for tipset, men nei takk.", True),
        ("sv", "Att du tycker så säger nog mer om dig än om oss.", True),
        ("pt", "O preço está na montra. Não nos venha agora dizer que foi enganado.", True),
        ("pl", "Opinia z jedną gwiazdką to raczej próba wyłudzenia niż uczciwa ocena.", True),
        ("fr", "Nous n'avons pas de leçons à recevoir sur la cuisson des moules.", True),
        ("en", "We don't need lessons on how to cook a steak.", True),
        # ... and the same words meaning something else
        ("pl", "Dziękujemy! Ten SMS to była próba wyłudzenia danych, nie nasza wiadomość.", False),
        ("nb", "Takk! Spør gjerne om kaffe, vi har både med og uten melk.", False),
    ],
)
def test_the_reviewer_rebuffed(language: str, text: str, flagged: bool) -> None:
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert ("argumentative" in found) == flagged, (language, text, found)


@pytest.mark.parametrize(
    ("language", "text", "flagged"),
    [
        # don't blame us; the fault is not with us; your choice, not our mistake
        ("lv", "Ja to neizlasījāt, nevajag vainot mūs.", True),
        ("fi", "Muut asiakkaat kehuivat saunaa, joten ehkä vika ei ollut meissä.", True),
        ("pt", "O anúncio diz que não há elevador. Se não leu, a culpa não é nossa.", True),
        ("uk", "Не прочитали — то вже не до нас питання.", True),
        ("en", "The hours are on the door. Don't blame us.", True),
        # ... the fault owned
        ("pt", "A culpa é nossa, pedimos desculpa.", False),
        ("en", "The problem was with us, not you. We're sorry.", False),
    ],
)
def test_the_fault_not_with_us(language: str, text: str, flagged: bool) -> None:
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert ("argumentative" in found) == flagged, (language, text, found)


@pytest.mark.parametrize(
    ("language", "text", "flagged"),
    [
        # "you're welcome to do it yourself", a closing "liksom", writing here instead of
        # paying or reading
        ("sv", "Om du vet bättre får du gärna köra själv nästa gång.", True),
        ("da", "Det koster at lave ordentlig mad. Men du er velkommen til at smøre selv.", True),
        ("nb", "Joda, kaffen koster 49 kroner. Velkommen til Oslo, liksom.", True),
        (
            "sv",
            "Tråkigt att du väljer att hänga ut oss här i stället för att betala fakturan.",
            True,
        ),
        ("pt", "É pena ter preferido escrever aqui em vez de as ler.", True),
        ("en", "If you know better, you're welcome to fix the boiler yourself.", True),
        # ... an invitation to come and see, or our own choice
        ("de", "Danke! Überzeugen Sie sich gerne selbst beim nächsten Besuch.", False),
        ("en", "Thank you! You're welcome to come and see for yourself.", False),
        ("nb", "Takk! Vi valgte ferske råvarer i stedet for frosne.", False),
    ],
)
def test_courtesy_words_turned_into_a_taunt(language: str, text: str, flagged: bool) -> None:
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert ("argumentative" in found) == flagged, (language, text, found)


@pytest.mark.parametrize(
    ("language", "text", "leaks"),
    [
        # an honorific before the full name, a greeting closed by "!", a name addressed at
        # the end of the first sentence, a compound booking word, a street with a comma
        ("es", "Don Javier Morales Ruiz, su reserva del 14 al 17 de junio se canceló.", True),
        ("uk", "Доброго дня, Ірино Мельник! Ваше бронювання з 3 по 5 травня скасовано.", True),
        (
            "en",
            "Sorry about the mix-up, Thomas Green. Your table for 6 on Saturday is moved.",
            True,
        ),
        (
            "da",
            "Kære Søren Jensen, din bordreservation til 4 personer den 18. maj blev annulleret.",
            True,
        ),
        ("uk", "Кур'єр був за адресою вул. Шевченка, 25 о 18:30.", True),
        # ... a signature at the end, a title and surname
        ("en", "Thanks for staying in room 12! Kind regards, Anna Berg.", False),
        ("es", "Estimado Sr. Morales, gracias por su reserva de 3 noches.", False),
    ],
)
def test_full_names_in_more_positions(language: str, text: str, leaks: bool) -> None:
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert ("contact_data" in found) == leaks, (language, text, found)


@pytest.mark.parametrize(
    ("language", "text", "flagged"),
    [
        # the offer in the sentence after, opened by "then"; split and inflected offer words
        ("nl", "Pas je je review aan naar 5 sterren? Dan krijg je een tegoedbon van €15.", True),
        ("nl", "Als u deze recensie verwijdert, storten we het volledige bedrag terug.", True),
        ("sv", "Om du tar bort recensionen betalar vi tillbaka halva rumspriset.", True),
        ("fi", "Kaikki arvostelun jättäneet ovat mukana kylpyläpaketin arvonnassa.", True),
        ("lv", "Ja nomainīsiet vērtējumu uz 5 zvaigznēm, kafija būs no mums.", True),
        ("pt", "Deixe a sua opinião e receba um código de 5 € para o próximo pedido.", True),
        # ... a review thanked and a refund made, with nothing tying them
        ("pl", "Dziękujemy za opinię. To był nasz błąd, zwrot już wysłaliśmy.", False),
        ("nl", "Bedankt voor uw review. Het bedrag storten we vandaag terug.", False),
    ],
)
def test_incentives_split_across_words_and_sentences(
    language: str, text: str, flagged: bool
) -> None:
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert ("incentive" in found) == flagged, (language, text, found)


@pytest.mark.parametrize(
    ("language", "text", "flagged"),
    [
        # the first to complain; nobody ever found it; the crowd set against the reviewer
        ("sv", "Samma köttbullar i 40 år och du är den första som klagar.", True),
        ("pt", "Servimos marisco há 30 anos e nunca ninguém achou as amêijoas com areia.", True),
        (
            "nl",
            "Jammer dat u 1 ster geeft, maar onze honderden andere klanten zijn wél tevreden.",
            True,
        ),
        ("da", "Tak for den flotte anmeldelse… Vi har over 800 glade kunder på Trustpilot.", True),
        ("fr", "Nous avons plus de 600 avis positifs, alors excusez-nous.", True),
        # ... happy customers counted in a glad thank-you, the first visit
        ("de", "Danke! Wir freuen uns, dass über 500 zufriedene Kunden uns treu sind.", False),
        ("sv", "Tack! Kul att det var ditt första besök hos oss.", False),
    ],
)
def test_the_first_to_complain_and_the_crowd(language: str, text: str, flagged: bool) -> None:
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert ("argumentative" in found) == flagged, (language, text, found)


@pytest.mark.parametrize(
    ("language", "text", "flagged"),
    [
        # "strange that" after a word or three; the visit doubted
        (
            "es",
            "Qué curioso que hable de comida fría cuando estuvo veinte minutos haciendo fotos.",
            True,
        ),
        ("da", "Det er lidt morsomt at blive kritiseret af en, der udeblev.", True),
        ("es", "Gracias por tu reseña, aunque nos cuesta creer que hayas estado aquí.", True),
        (
            "it",
            "Non risulta nessun appuntamento. Viene il dubbio che lei abbia sbagliato officina.",
            True,
        ),
        ("en", "We find it hard to believe you were here that night.", True),
        # ... no doubt, suspecting a fault, sympathy
        ("es", "No dudamos que fue una noche difícil. Lo sentimos mucho.", False),
        ("fi", "Kiitos palautteesta! Epäilemme, että vika on laturissa, ja vaihdamme sen.", False),
        ("en", "It's hard to believe you were treated like that. We're so sorry.", False),
    ],
)
def test_strange_that_and_the_visit_doubted(language: str, text: str, flagged: bool) -> None:
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert ("argumentative" in found) == flagged, (language, text, found)


@pytest.mark.parametrize(
    ("language", "text", "flagged"),
    [
        # the rules apply to everyone; nothing to apologise for; a lecture to "whoever";
        # "you're just not used to it"; "it is not X, it is Y" without courtesy
        ("it", "Capisco che dia fastidio, ma le regole valgono per tutti.", True),
        ("nb", "Det står på nettsiden. Det er derfor ikke noe vi kan beklage.", True),
        ("de", "Wer ohne Reservierung auftaucht, muss eben mit Wartezeit rechnen.", True),
        ("fi", "Jos ei jaksa katsoa hintaa, ei kannata tulla kassalle syyttämään myyjää.", True),
        ("pt", "Se calhar não está habituado a marisco fresco.", True),
        (
            "nl",
            "Een plant zonder water gaat dood. Dat is geen slechte kwaliteit, dat is biologie.",
            True,
        ),
        ("it", "Gentile cliente, non è cruda, è fatta così.", True),
        # ... a correction after an apology, a tip for anyone
        ("it", "Ci scusiamo: non è un errore del sistema, è stata una nostra svista.", False),
        ("de", "Danke! Wer früh kommt, bekommt noch Plätze auf der Terrasse.", False),
    ],
)
def test_dismissals_in_every_language(language: str, text: str, flagged: bool) -> None:
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert ("argumentative" in found) == flagged, (language, text, found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Fünf Sterne? Wir freuen uns riesig!"),
        ("nl", "Vijf sterren? Wat fijn om te lezen!"),
        ("pt", "Cinco estrelas? Ficamos tão contentes!"),
    ],
)
def test_a_glad_reply_may_ask_in_delight(language: str, text: str) -> None:
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert not found, (language, text, found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "Ah, que bom ler isto! Até breve."),
        ("es", "Claro, nos alegra mucho. ¡Hasta pronto!"),
    ],
)
def test_a_glad_interjection_is_no_sarcasm(language: str, text: str) -> None:
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert not found, (language, text, found)


# Round 8: blunt but fair replies. No courtesy word, but a question that asks for what the
# reply needs (which day, a request, whether what was sent arrived), a filler that opens
# the answer ("Ah,", "Tja,", "Vaya,", "Well,"), a topic put as a question, or the failure
# owned without a "sorry" ("Das hätte nicht passieren dürfen"): a manager who sees warnings
# on these stops reading warnings.
BLUNT_BUT_FAIR = [
    ("en", "Which day was this? We changed suppliers on the 3rd; the old bakery is back Monday."),
    ("en", "Parking? There's a free car park behind the church, two minutes' walk."),
    ("en", "Well, that shouldn't have happened. The manager has spoken to the driver."),
    ("en", "Right, the shower in room 12: the plumber fitted a new valve this morning."),
    (
        "en",
        "That shouldn't have happened. The driver should ring your bell, not leave the box at "
        "the gate; he has been told.",
    ),
    (
        "en",
        "Not good enough: your table should not have been given away. The booking system now "
        "holds tables for 20 minutes.",
    ),
    (
        "en",
        "We apologise for the wrong dish. You should have been served the vegan curry you "
        "ordered; the ticket printer cut the note off.",
    ),
    ("de", "Welche Filiale war das? In Köln war die Kasse an dem Tag defekt, sonst nirgends."),
    ("de", "Haben Sie die Ersatzlieferung bekommen? Sie ging am Dienstag raus."),
    ("de", "Das hätte nicht passieren dürfen. Ihr Paket hätte nicht vor der Tür stehen sollen."),
    ("fr", "Quel jour était-ce ? Le chef a changé la carte le 3, et le plat n'y est plus."),
    ("fr", "Ah, la climatisation de la chambre 12 : le technicien a changé le compresseur."),
    ("fr", "Cela n'aurait jamais dû arriver. Votre table n'aurait pas dû être donnée à d'autres."),
    ("es", "¿Qué día fue? Cambiamos de proveedor el día 3 y el pan no es el mismo desde entonces."),
    ("es", "Vaya, eso no debería pasar. El encargado ya ha hablado con el repartidor."),
    ("es", "¿Le llegó ya el reembolso? Salió el martes y tarda de tres a cinco días hábiles."),
    ("it", "Che giorno era? Il 3 abbiamo cambiato fornitore e il pane non è più lo stesso."),
    ("it", "Le è arrivato il rimborso? È partito martedì e ci vogliono tre-cinque giorni."),
    ("nl", "Tja, de lift. De monteur heeft vrijdag de motor gewisseld en komt morgen terug."),
    ("nl", "Dat had niet mogen gebeuren. Uw tafel had niet aan anderen gegeven mogen worden."),
    ("nb", "Har du fått den nye pakken? Den ble sendt tirsdag, og sporingen står i e-posten."),
    ("nb", "Det skulle ikke ha skjedd. Bordet ditt skulle ikke vært gitt bort."),
    ("sv", "Vilken dag var det? Vi bytte bageri den 3:e och brödet har varit annorlunda sedan."),
    ("sv", "Oj, så ska det inte vara. Teknikern kommer i morgon och byter termostaten."),
    ("da", "Åh nej, sådan skal det ikke være. Teknikeren kommer i morgen og skifter termostaten."),
    ("da", "Har du fået pengene retur? De blev overført tirsdag og tager tre til fem bankdage."),
    ("fi", "Voi ei, näin ei pitäisi käydä. Huoltomies tulee huomenna vaihtamaan termostaatin."),
    ("fi", "Onko hyvitys jo tullut tilillenne? Se lähti tiistaina."),
    (
        "pl",
        "Którego dnia to było? Trzeciego zmieniliśmy piekarnię i od tego czasu chleb jest inny.",
    ),
    ("pl", "Ojej, tak nie powinno być. Serwisant przyjedzie jutro i wymieni termostat."),
    ("lv", "Kurā dienā tas bija? Trešajā datumā nomainījām maiznīcu."),
    ("lv", "Ak vai, tā nedrīkst būt. Meistars rīt atbrauks un nomainīs termostatu."),
    ("uk", "Якого дня це було? Третього числа ми змінили пекарню, і відтоді хліб інший."),
    ("uk", "Ой, так не має бути. Майстер приїде завтра і замінить термостат."),
    ("pt", "Ah, o ar condicionado do quarto 12: o técnico trocou o compressor esta manhã."),
    ("pt", "O reembolso já chegou? A transferência saiu na terça e demora de três a cinco dias."),
    # asked for what would settle it: a request is an offer to go on
    ("en", "Your parcel isn't lost. Could you send the order number to support@acme.example?"),
    ("de", "Ihre Buchung ist bei uns nicht angekommen. Können Sie uns die Bestätigung schicken?"),
    ("sv", "Ditt paket har inte skannats än. Kan du skicka ordernumret till support@acme.example?"),
    ("pt", "Não encontramos a sua reserva. Pode enviar o código para support@acme.example?"),
]


@pytest.mark.parametrize(("language", "text"), BLUNT_BUT_FAIR)
def test_blunt_but_fair_replies_pass(language: str, text: str) -> None:
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert not found, (language, text, found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the filler speaks to the reviewer; the question puts their conduct back to them;
        # the complaint echoed as a question
        ("en", "Well, you did book the cheapest room in August."),
        ("en", "Noisy rooms? It's a city centre hotel."),
        ("fr", "Ah, vous vouliez une vue sur la mer pour 60 euros la nuit."),
        ("es", "Vaya, así que usted esperaba mesa sin reservar un sábado."),
        ("de", "Sie haben die Beschreibung überhaupt gelesen? Dort steht alles."),
        ("sv", "Du kom en timme för sent och förväntar dig att frisören ska vänta?"),
        ("pt", "Se o prato estava tão mau, por que o comeu até ao fim?"),
        ("lv", "Nu, jūs taču paši izvēlējāties lētāko istabu."),
        ("en", "Could you read the booking terms next time? You didn't."),
        # ... and what the new leniency must not let through
        ("en", "Oh, so the rain was our fault too?"),
        ("en", "Oh dear. Another guest who can't read a menu."),
        ("en", "Right. Next time book a table like everyone else."),
        ("en", "No refund until the item is back, by Friday at the latest, as the terms say."),
        ("de", "Tja, wer zu spät kommt, den bestraft das Leben."),
        ("es", "¿Qué día fue? Porque ese día usted ni siquiera estaba en la lista."),
        ("it", "Beh, il menù è esposto fuori. Basta leggerlo."),
        ("pl", "No cóż, regulamin jest na stronie. Wystarczy przeczytać."),
        ("de", "Welche Speisekarte haben Sie denn gelesen? Dort steht alles."),
        ("nl", "Wanneer heeft u eigenlijk de voorwaarden gelezen?"),
    ],
)
def test_fillers_and_questions_at_the_reviewer_still_count(language: str, text: str) -> None:
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert "argumentative" in found, (language, text, found)


@pytest.mark.parametrize(
    ("language", "text", "flagged"),
    [
        # round 8, in English: the rating judged, the audience called on, refusing to be
        # bullied, only yourself to blame, "what a coincidence that", a lecture titled "101"
        ("en", "A cold side salad is not a reason to leave a two star review.", True),
        ("en", "You cancelled twice and then posted this. We'll let readers decide.", True),
        ("en", "This salon will not be intimidated by threats of bad reviews.", True),
        ("en", "You skipped the aftercare, so you only have yourself to blame.", True),
        (
            "en",
            "What a coincidence that the complaint arrived the day the refund was refused.",
            True,
        ),
        ("en", "Parking etiquette 101: one car, one space.", True),
        # ... and the same words in good replies
        ("en", "What a coincidence! Our head chef grew up on your street too. Thanks!", False),
        (
            "en",
            "There's no excuse for that wait, and your review is fair. We've added staff.",
            False,
        ),
        ("en", "Thanks for the lovely review; see you in room 101 next year!", False),
        # the matter declared closed, in every language
        ("de", "Das Gerät war bei Abholung einwandfrei. Ende der Diskussion.", True),
        ("it", "Il conto era corretto. Punto e basta.", True),
        ("da", "Prisen stod på tavlen. Punktum.", True),
        ("pl", "Paragon był prawidłowy. Koniec dyskusji.", True),
        ("pt", "O valor estava na tabela. Fim de conversa.", True),
        ("de", "Der Shuttle fährt Punkt 8 Uhr am Haupteingang ab.", False),
        ("uk", "Дякуємо! Питання закрите: кошти вже на вашій картці.", False),
        # "what a coincidence that"; only yourself to blame; "not a reason for stars"
        ("fr", "Quelle coïncidence que cet avis arrive juste après votre demande de remise.", True),
        ("nl", "Wat toevallig dat u pas klaagt nadat de korting werd geweigerd.", True),
        ("sv", "Du hoppade över genomgången, så du får skylla dig själv.", True),
        ("it", "Una pioggia improvvisa non è un motivo per dare una stella al tour.", True),
        ("pl", "Korek na autostradzie nie jest powodem do wystawienia jednej gwiazdki.", True),
        ("es", "Qué casualidad, ¡nuestra cocinera también es de Jerez! Gracias por venir.", False),
        ("nl", "We hadden toevallig net een tafel vrij. Fijn dat u bleef!", False),
        # the visit doubted ("we never had such a customer"), without reading "never was"
        ("uk", "Такої клієнтки в нашому салоні ніколи не було.", True),
        ("nb", "Vi har aldri hatt en slik kunde. Du har aldri vært hos oss.", True),
        ("it", "Il servizio non è mai stato così lento, ci scusiamo davvero.", False),
        ("pl", "Przepraszamy, ten problem nigdy nie był nam zgłaszany, już go naprawiamy.", False),
        ("fi", "Varaustanne ei löydy järjestelmästämme. Voisitteko lähettää varausnumeron?", False),
    ],
)
def test_round8_closing_doubting_and_judging_the_rating(
    language: str, text: str, flagged: bool
) -> None:
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert ("argumentative" in found) == flagged, (language, text, found)


@pytest.mark.parametrize(
    ("language", "text", "flagged"),
    [
        # the review blamed on competitors; the cameras set against the reviewer; the
        # reviewer's lateness as the cause in a reply without courtesy
        ("de", "Diese Bewertung stammt offensichtlich von der Konkurrenz.", True),
        ("sv", "Recensionen är skriven av en konkurrent, det syns direkt.", True),
        ("es", "Las cámaras muestran que usted golpeó el retrovisor al aparcar.", True),
        ("nb", "Kameraet viser at du rygget inn i stolpen selv.", True),
        ("it", "Lei è arrivato in ritardo di un'ora e il tavolo era stato dato via.", True),
        ("da", "Du kom 40 minutter for sent, og så var der ikke flere pladser.", True),
        # ... what good replies say with the same words
        (
            "fr",
            "Merci pour votre avis. Nos concurrents sont moins chers, nos chambres plus grandes.",
            False,
        ),
        (
            "de",
            "Wir haben die Kameraaufnahmen geprüft: Unser Fahrer hat Ihr Paket nicht abgegeben. "
            "Das tut uns leid, es kommt heute.",
            False,
        ),
        ("nl", "U kwam te laat aan omdat onze shuttle niet reed. Excuses daarvoor.", False),
        (
            "pt",
            "O seu pedido chegou tarde porque o estafeta se perdeu; a entrega foi devolvida.",
            False,
        ),
        ("es", "Usted llegó cuarenta minutos tarde y la mesa ya estaba dada.", True),
    ],
)
def test_round8_competitors_cameras_and_lateness(language: str, text: str, flagged: bool) -> None:
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert ("argumentative" in found) == flagged, (language, text, found)


@pytest.mark.parametrize(
    ("language", "text", "code"),
    [
        # the rating asked for by number or as a verb, an offer put as a question, "free of
        # charge", "complimentary"
        ("en", "Bump it up to five stars and the next coffee is on us.", "incentive"),
        ("en", "Review us on Google and we'll unlock a free spa session.", "incentive"),
        ("en", "Want 20% off? Just leave us a review and show it at the till.", "incentive"),
        ("en", "Everyone who writes a review gets a complimentary dessert.", "incentive"),
        # "free" and prize draws in the other languages
        ("nl", "Schrijf een review en maak kans op een tegoedbon van €25.", "incentive"),
        ("lv", "Atstājiet atsauksmi, un kafija būs par brīvu.", "incentive"),
        ("pt", "Deixe uma avaliação de 5 estrelas e a sobremesa sai de graça.", "incentive"),
        ("pl", "Za opinię z pięcioma gwiazdkami deser za darmo.", "incentive"),
        # a card's last digits in inflected or other words
        ("es", "El cargo se anuló en su tarjeta acabada en 5521.", "contact_data"),
        ("pl", "Zwrot trafił na kartę, na karcie kończącej się na 7710.", "contact_data"),
        ("uk", "Гроші повернуто на картці, що закінчується на 4402.", "contact_data"),
        ("it", "Abbiamo stornato l'addebito: ultime 4 cifre 6630.", "contact_data"),
    ],
)
def test_round8_incentives_and_card_digits(language: str, text: str, code: str) -> None:
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert code in found, (language, text, found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Fancy a coffee next time you're in town? The review made our week!"),
        ("en", "Please rate us on the App Store once the update has fixed it for you."),
        ("pt", "Obrigado! A água é sempre de graça, basta pedir."),
        ("nl", "Bedankt! Kans op regen is er altijd, maar de boot heeft een dak."),
    ],
)
def test_round8_offers_and_review_requests_apart(language: str, text: str) -> None:
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert "incentive" not in found, (language, text, found)


@pytest.mark.parametrize(
    ("language", "text", "flagged"),
    [
        # round 8: a correction that says what happens next (a deadline, an alternative, what
        # was updated) or what is not there yet informs; a negation with "you" alone in a
        # reply without courtesy no longer reads as defensive
        ("en", "Your refund hasn't cleared yet; the bank takes three days.", False),
        ("en", "The sauna isn't part of your package, but guests can book it at the desk.", False),
        ("en", "The 7:10 ferry doesn't stop at your village now; the timetable is updated.", False),
        ("de", "Ihr Gutschein ist noch nicht aktiviert. Bis Freitag ist er freigeschaltet.", False),
        (
            "fr",
            "Le parking n'est pas compris dans votre tarif, mais vous pouvez le réserver.",
            False,
        ),
        ("it", "Il rimborso non è ancora visibile sul suo conto: arriva entro 5 giorni.", False),
        ("nl", "Uw pakket is nog niet gescand. Morgen gaat het de deur uit.", False),
        ("sv", "Din återbetalning syns inte än, den kommer inom tre bankdagar.", False),
        ("fi", "Hyvitys ei näy vielä tililläsi; se tulee perjantaihin mennessä.", False),
        ("uk", "Ваше замовлення ще не відправлене, завтра воно вийде зі складу.", False),
        (
            "en",
            "Your card was fine; the terminal was offline on Saturday and it's been replaced.",
            False,
        ),
        (
            "en",
            "It was left at number 12, not at your door. If it isn't there, we'll send another.",
            False,
        ),
        # ... sending the reviewer away or contradicting them still counts
        ("en", "You weren't overcharged, but you can always shop elsewhere.", True),
        ("en", "You weren't overcharged. Read the receipt.", True),
        ("de", "Das macht es noch nicht wahr, nur weil Sie es schreiben.", True),
        ("fr", "Vous n'avez pas payé trop, mais vous pouvez toujours aller ailleurs.", True),
        ("pl", "Nie był Pan obsłużony źle, tylko nie czekał Pan na swoją kolejkę.", True),
    ],
)
def test_round8_informing_with_a_way_forward(language: str, text: str, flagged: bool) -> None:
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert ("argumentative" in found) == flagged, (language, text, found)
    if not flagged:
        assert not found, (language, text, found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # round 8: the new kinds' words in good replies. A coincidence after thanks is glad, a
        # closer inside a sentence is no closer, footage after an apology owns the fault,
        # "rate us" next to a free amenity asks nothing in exchange, "Thanks Jo" is no name
        (
            "en",
            "Thanks Jo! What a coincidence that you stayed in your honeymoon room, 20 years on.",
        ),
        (
            "en",
            "We were sorry to read this. Our cameras show the courier never came to your door, so "
            "a new parcel goes out tomorrow.",
        ),
        ("en", "Thank you! Rate us anytime; the free Wi-Fi password is on your key card."),
        ("de", "Vielen Dank! Was für ein Zufall, dass Sie an Ihrem Hochzeitstag bei uns waren."),
        ("da", "Tak for anmeldelsen! Sikke et tilfælde, at I også var her sidste år."),
        ("pl", "Dziękujemy! Co za zbieg okoliczności, że byli Państwo u nas rok temu."),
        ("fr", "Merci pour ce retour. Point final des travaux : le 12 mai, la piscine rouvre."),
        ("sv", "Tack! Punkt slut på renoveringen blir i maj, då öppnar spaet igen."),
        ("uk", "Дякуємо! Тема закрита лише тоді, коли ви задоволені."),
        # a greeting, a title and a surname name nobody in full
        ("de", "Guten Tag Herr Weber, die Klimaanlage in Zimmer 214 ist inzwischen getauscht."),
        ("pl", "Dzień dobry Panie Tomaszu, sprężarka w pokoju 12 jest już wymieniona."),
        (
            "pt",
            "Lamentamos. As câmeras mostram que o estafeta não entregou a sua encomenda; enviamos "
            "outra hoje.",
        ),
    ],
)
def test_round8_kinds_leave_good_replies_alone(language: str, text: str) -> None:
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert not found, (language, text, found)


@pytest.mark.parametrize(
    ("language", "text", "flagged"),
    [
        # round 8: the reviewer accused of pretending; the record with an emphatic "we know
        # perfectly well"; "no wonder" in a reply without courtesy
        ("sv", "Kvittot visar att du betalade för två. Ingen idé att låtsas något annat.", True),
        ("uk", "Ви підписали акт без зауважень. Немає сенсу вдавати, що це не так.", True),
        ("it", "Da 25 anni in cucina sappiamo benissimo come si cuoce un risotto.", True),
        (
            "de",
            "Seit 40 Jahren reparieren wir Uhren, da wissen wir sehr wohl, was eine Feder kostet.",
            True,
        ),
        ("nl", "Twee jaar geen onderhoud. Geen wonder dat de ketel het begaf.", True),
        ("pt", "Com o pneu careca há meses, não admira que tenha furado.", True),
        # ... a glad record, empathy after an apology, owning what we won't pretend
        (
            "de",
            "Danke! Seit 30 Jahren wissen wir, was unsere Gäste lieben: genau diesen Kuchen.",
            False,
        ),
        ("nl", "Excuses voor de wachttijd; geen wonder dat u liever naar huis ging.", False),
        (
            "fr",
            "Nous n'allons pas faire comme si tout était parfait : désolés pour le bruit.",
            False,
        ),
    ],
)
def test_round8_pretending_the_record_and_no_wonder(
    language: str, text: str, flagged: bool
) -> None:
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert ("argumentative" in found) == flagged, (language, text, found)
    if not flagged:
        assert not found, (language, text, found)


@pytest.mark.parametrize(
    ("language", "text", "leaks"),
    [
        # round 8: how much was ordered or paid is no reference; the reference still is
        ("en", "Thanks Sam! Your order of 1200 business cards ships Monday.", False),
        ("de", "Danke! Ihre Bestellung über 1500 Euro ist versandkostenfrei.", False),
        ("nl", "Bedankt! Uw bestelling van 2500 flyers gaat morgen de deur uit.", False),
        ("pl", "Dziękujemy! Zamówienie na 3000 ulotek wyślemy jutro.", False),
        (
            "de",
            "Vielen Dank! Ihre Buchung für 2 Nächte ist bestätigt, Check-in ab 1500 Uhr.",
            False,
        ),
        ("en", "Thanks Sam! Your order 48213 ships Monday.", True),
        ("de", "Danke! Ihre Bestellnummer 48213 ist versandt.", True),
        ("es", "¡Gracias! Su pedido 1000-2231 sale mañana.", True),
        # opening hours and seasons are no phone numbers; a phone number still is
        (
            "nl",
            "Bedankt! Wij zijn open van 09.00 tot 17.30 uur, zaterdag 10.00 - 16.00 uur.",
            False,
        ),
        ("en", "Thank you! The 2024/2025 season starts on 14 September.", False),
        ("en", "Thank you! Call Dana on 07700 900123 about the refund.", True),
    ],
)
def test_round8_quantities_are_no_reference(language: str, text: str, leaks: bool) -> None:
    found = {f.code for f in g.check(text, contacts=replies.CONTACTS, language=language)}
    assert ("contact_data" in found) == leaks, (language, text, found)
