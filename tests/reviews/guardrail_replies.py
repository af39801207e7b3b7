"""Replies to reviews, as people write them, in every language the product scores: ones a
guardrail must catch (arguing, offering something for a review, a customer's private
details) and good ones it must leave alone (apologies that name the problem among them).
Written for reviews/guardrails.py; ``make bench`` prints recall and false-positive rate per
language (tests/bench/guardrails.py). The workspace's own public contacts are CONTACTS."""

from __future__ import annotations

CONTACTS = ["support@acme.example", "+49 30 1234567", "Hauptstraße 5, 10115 Berlin"]

# language -> [(code the reply must get, or "" for a good reply, text)]
REPLIES: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("argumentative", "With respect, the issue was on your end, not ours."),
        ("argumentative", "Next time, check the size chart before ordering."),
        ("argumentative", "Perhaps you should have read the description before complaining."),
        ("argumentative", "We're sorry you feel that way, but every other guest loved it."),
        (
            "argumentative",
            "As clearly stated on our website, refunds take 14 days. Please read it.",
        ),
        ("argumentative", "Thanks for the 'feedback'. Good luck finding a cheaper hotel."),
        ("argumentative", "It is the customer's responsibility to enter the correct address."),
        ("argumentative", "You are simply wrong, our driver waited ten minutes."),
        ("incentive", "Update your review to five stars and we'll send you a free dessert."),
        ("incentive", "If you delete this review we will refund your order in full."),
        ("private", "Hi Tom, we checked booking reference KX7Q2M and the room was paid."),
        ("private", "We sent the replacement to 42 Baker Street, London as requested."),
        ("private", "Your card 4539 1488 0343 6467 was charged only once."),
        ("private", "Sara, please call us back on +44 20 7946 0958."),
        ("", "We're sorry the size chart was unclear, Tom. We have added measurements in cm."),
        ("", "Thank you, Anna! We're glad the room was quiet and the breakfast fresh."),
        ("", "We apologise for the cold food and the long wait, that is not our standard."),
        ("", "Sorry the parcel arrived late. Write to support@acme.example and we'll sort it."),
        ("", "Next time you visit, ask for Marco, he'd love to cook for you again."),
        ("", "You're right, the check-in took far too long. We've added a second desk."),
    ],
    "de": [
        ("argumentative", "Das stimmt einfach nicht, unser Fahrer hat zehn Minuten gewartet."),
        ("argumentative", "Das ist Ihre eigene Schuld, Sie hätten die Beschreibung lesen sollen."),
        ("incentive", "Wenn Sie Ihre Bewertung ändern, schenken wir Ihnen einen Gutschein."),
        ("incentive", "Löschen Sie die Bewertung und Sie bekommen 20 % Rabatt."),
        ("private", "Wir haben Ihre Buchungsnummer KX7Q2M geprüft."),
        ("private", "Die Ersatzlieferung ging an Lindenstraße 12 in Hamburg."),
        ("private", "Rufen Sie Frau Weber direkt an: 0171 2345678."),
        ("", "Es tut uns leid, dass das Paket beschädigt ankam. Wir schicken sofort Ersatz."),
        ("", "Vielen Dank für das Lob, wir freuen uns auf Ihren nächsten Besuch!"),
        ("", "Entschuldigen Sie die lange Wartezeit, wir haben mehr Personal eingeplant."),
        (
            "",
            "Schreiben Sie uns an support@acme.example oder besuchen Sie uns in der Hauptstraße 5, 10115 Berlin.",
        ),
    ],
    "fr": [
        ("argumentative", "C'est tout simplement faux, notre livreur a attendu dix minutes."),
        ("argumentative", "C'est de votre faute, vous auriez dû lire la description."),
        ("incentive", "Si vous modifiez votre avis, nous vous offrons un bon d'achat."),
        ("incentive", "Supprimez cet avis et vous aurez 20 % de réduction."),
        ("private", "Nous avons vérifié votre numéro de réservation KX7Q2M."),
        ("private", "Le colis a été renvoyé au 12 rue des Lilas, Lyon."),
        ("", "Nous sommes désolés que le colis soit arrivé abîmé, un remplacement part demain."),
        ("", "Merci beaucoup pour votre message, à bientôt !"),
        ("", "Toutes nos excuses pour l'attente, nous avons renforcé l'équipe."),
    ],
    "es": [
        ("argumentative", "Eso no es verdad, nuestro repartidor esperó diez minutos."),
        ("argumentative", "Es culpa suya, debería haber leído la descripción."),
        ("incentive", "Si cambia su reseña, le regalamos un vale de descuento."),
        ("incentive", "Borre esta reseña y le devolvemos el dinero."),
        ("private", "Hemos revisado su número de reserva KX7Q2M."),
        ("private", "Enviamos el paquete a la calle Mayor 12, Madrid."),
        ("", "Sentimos mucho que el paquete llegara dañado, le enviamos otro hoy."),
        ("", "¡Muchas gracias por su comentario, le esperamos pronto!"),
        ("", "Disculpe la espera, hemos contratado más personal."),
    ],
    "it": [
        ("argumentative", "Non è vero, il nostro corriere ha aspettato dieci minuti."),
        ("argumentative", "È colpa sua, avrebbe dovuto leggere la descrizione."),
        ("incentive", "Se modifica la recensione le regaliamo un buono sconto."),
        ("incentive", "Cancelli questa recensione e avrà il 20% di sconto."),
        ("private", "Abbiamo controllato il suo numero di prenotazione KX7Q2M."),
        ("private", "Il pacco è stato spedito in via Roma 12, Milano."),
        ("", "Ci dispiace molto che il pacco sia arrivato danneggiato, ne spediamo un altro."),
        ("", "Grazie mille per le belle parole, a presto!"),
        ("", "Ci scusiamo per l'attesa, abbiamo aumentato il personale."),
    ],
    "nl": [
        ("argumentative", "Dat is gewoon niet waar, onze bezorger heeft tien minuten gewacht."),
        ("argumentative", "Dat is uw eigen schuld, u had de beschrijving moeten lezen."),
        ("incentive", "Als u uw review aanpast, krijgt u een cadeaubon."),
        ("incentive", "Verwijder deze recensie en u krijgt 20% korting."),
        ("private", "We hebben uw boekingsnummer KX7Q2M gecontroleerd."),
        ("private", "Het pakket is verstuurd naar Kerkstraat 12, Utrecht."),
        ("", "Het spijt ons dat het pakket beschadigd aankwam, we sturen vandaag een nieuw."),
        ("", "Hartelijk dank voor uw mooie woorden, tot snel!"),
        ("", "Excuses voor het wachten, we hebben extra personeel ingezet."),
    ],
    "nb": [
        ("argumentative", "Det er rett og slett ikke sant, sjåføren vår ventet i ti minutter."),
        ("argumentative", "Det er din egen feil, du burde ha lest beskrivelsen."),
        ("incentive", "Hvis du endrer anmeldelsen, gir vi deg et gavekort."),
        ("incentive", "Slett anmeldelsen, så får du 20 % rabatt."),
        ("private", "Vi har sjekket bestillingsnummeret ditt KX7Q2M."),
        ("private", "Pakken ble sendt til Storgata 12, Oslo."),
        ("", "Vi beklager at pakken kom skadet, vi sender en ny i dag."),
        ("", "Tusen takk for de fine ordene, velkommen tilbake!"),
        ("", "Beklager ventetiden, vi har satt inn flere ansatte."),
    ],
    "sv": [
        ("argumentative", "Det stämmer helt enkelt inte, vår chaufför väntade i tio minuter."),
        ("argumentative", "Det är ditt eget fel, du borde ha läst beskrivningen."),
        ("incentive", "Om du ändrar ditt omdöme får du ett presentkort."),
        ("incentive", "Ta bort recensionen så får du 20 % rabatt."),
        ("private", "Vi har kontrollerat ditt bokningsnummer KX7Q2M."),
        ("private", "Paketet skickades till Storgatan 12, Uppsala."),
        ("", "Vi beklagar att paketet kom skadat, vi skickar ett nytt i dag."),
        ("", "Stort tack för de fina orden, välkommen åter!"),
        ("", "Ursäkta väntetiden, vi har tagit in mer personal."),
    ],
    "da": [
        ("argumentative", "Det passer simpelthen ikke, vores chauffør ventede i ti minutter."),
        ("argumentative", "Det er din egen skyld, du burde have læst beskrivelsen."),
        ("incentive", "Hvis du ændrer din anmeldelse, får du et gavekort."),
        ("incentive", "Slet anmeldelsen, så får du 20 % rabat."),
        ("private", "Vi har tjekket dit ordrenummer KX7Q2M."),
        ("private", "Pakken blev sendt til Nørregade 12, Aarhus."),
        ("", "Vi beklager, at pakken kom beskadiget, vi sender en ny i dag."),
        ("", "Mange tak for de søde ord, velkommen igen!"),
        ("", "Undskyld ventetiden, vi har sat flere folk på."),
    ],
    "fi": [
        (
            "argumentative",
            "Tämä ei yksinkertaisesti pidä paikkaansa, kuljettajamme odotti kymmenen minuuttia.",
        ),
        ("argumentative", "Se on omaa syytänne, teidän olisi pitänyt lukea kuvaus."),
        ("incentive", "Jos muutatte arvosteluanne, saatte lahjakortin."),
        ("incentive", "Poistakaa arvostelu, niin saatte 20 % alennuksen."),
        ("private", "Tarkistimme varausnumeronne KX7Q2M."),
        ("private", "Paketti lähetettiin osoitteeseen Mannerheimintie 12, Helsinki."),
        ("", "Olemme pahoillamme, että paketti saapui rikki, lähetämme uuden tänään."),
        ("", "Kiitos kauniista sanoista, tervetuloa uudelleen!"),
        ("", "Pahoittelemme odotusta, olemme lisänneet henkilökuntaa."),
    ],
    "pl": [
        ("argumentative", "To po prostu nieprawda, nasz kurier czekał dziesięć minut."),
        ("argumentative", "To Pana wina, trzeba było przeczytać opis."),
        ("incentive", "Jeśli zmieni Pan opinię, dostanie Pan bon podarunkowy."),
        ("incentive", "Proszę usunąć tę opinię, a otrzyma Pan 20% rabatu."),
        ("private", "Sprawdziliśmy Pana numer zamówienia KX7Q2M."),
        ("private", "Paczkę wysłaliśmy na ulicę Długą 12 w Gdańsku."),
        ("", "Przepraszamy, że paczka dotarła uszkodzona, dziś wysyłamy nową."),
        ("", "Dziękujemy za miłe słowa, zapraszamy ponownie!"),
        ("", "Przepraszamy za długie oczekiwanie, zatrudniliśmy więcej osób."),
    ],
    "lv": [
        ("argumentative", "Tā vienkārši nav taisnība, mūsu kurjers gaidīja desmit minūtes."),
        ("argumentative", "Tā ir jūsu pašu vaina, jums vajadzēja izlasīt aprakstu."),
        ("incentive", "Ja jūs mainīsiet atsauksmi, mēs jums uzdāvināsim dāvanu karti."),
        ("incentive", "Izdzēsiet šo atsauksmi un saņemsiet 20% atlaidi."),
        ("private", "Mēs pārbaudījām jūsu pasūtījuma numuru KX7Q2M."),
        ("private", "Paka tika nosūtīta uz Brīvības ielu 12, Rīgā."),
        ("", "Atvainojamies, ka paka pienāca bojāta, šodien nosūtīsim jaunu."),
        ("", "Liels paldies par jaukajiem vārdiem, gaidām jūs atkal!"),
        ("", "Atvainojiet par gaidīšanu, esam pieņēmuši vairāk darbinieku."),
    ],
    "uk": [
        ("argumentative", "Це просто неправда, наш кур'єр чекав десять хвилин."),
        ("argumentative", "Це ваша власна провина, треба було прочитати опис."),
        ("incentive", "Якщо ви зміните відгук, ми подаруємо вам сертифікат."),
        ("incentive", "Видаліть цей відгук, і ви отримаєте знижку 20%."),
        ("private", "Ми перевірили ваш номер замовлення KX7Q2M."),
        ("private", "Посилку надіслали на вулицю Хрещатик 12, Київ."),
        ("", "Вибачте, що посилка прийшла пошкодженою, сьогодні надішлемо нову."),
        ("", "Щиро дякуємо за теплі слова, чекаємо на вас знову!"),
        ("", "Перепрошуємо за очікування, ми залучили більше працівників."),
    ],
    "pt": [
        ("argumentative", "Isso simplesmente não é verdade, o nosso estafeta esperou dez minutos."),
        ("argumentative", "A culpa é sua, devia ter lido a descrição."),
        ("incentive", "Se alterar a sua avaliação, oferecemos-lhe um vale de desconto."),
        ("incentive", "Apague esta avaliação e recebe 20% de desconto."),
        ("private", "Verificámos o seu número de reserva KX7Q2M."),
        ("private", "A encomenda foi enviada para a Rua Augusta 12, Lisboa."),
        ("", "Lamentamos muito que a encomenda tenha chegado danificada, enviamos outra hoje."),
        ("", "Muito obrigado pelas suas palavras, volte sempre!"),
        ("", "Pedimos desculpa pela espera, reforçámos a equipa."),
    ],
}

# What each expected code means among the guardrail codes.
CODES = {
    "argumentative": {"argumentative"},
    "incentive": {"incentive"},
    "private": {"contact_data"},
}

# English replies written after the checks were first written and only measured (recall 0.5,
# one good reply flagged); the misses were then read, so from the second round on these are
# tuning data like REPLIES.
SEEN_EN: list[tuple[str, str]] = [
    ("argumentative", "Our records show the parcel was delivered, so the problem is on your side."),
    ("argumentative", "Had you contacted us first, we could have fixed this in minutes."),
    ("argumentative", "The opening hours are clearly displayed on the door and online."),
    ("argumentative", "Maybe you should try reading the instructions next time."),
    ("argumentative", "We find it strange that nobody else has ever mentioned this."),
    ("argumentative", "Interesting that you only complained after eating everything."),
    ("argumentative", "Unfortunately, you ignored the warning label on the box."),
    ("argumentative", "As explained at booking, the room type was your choice."),
    ("argumentative", "We're sorry if you were disappointed, but that's how it works here."),
    ("argumentative", "Thanks for your 'honest' review, we'll be sure to frame it."),
    ("", "We're sorry the heating failed during your stay; an engineer fixed it the next day."),
    ("", "Thank you for pointing out the typo on our menu, it's corrected now."),
    ("", "You were right to be upset about the delay, and we've changed couriers."),
    ("", "We apologise that the staff member was short with you. We've spoken with the team."),
    ("", "Thanks for the five stars, Maria! See you next summer."),
    ("", "We hear you: the music was too loud. We now keep it down after 10 pm."),
]

# Second round: written and committed before the English checks were changed again, never
# looked at while changing them. Defensive replies that blame, lecture, doubt or mock without
# the usual phrases, and good replies, most of them apologies that name what went wrong.
HELD_OUT_EN: list[tuple[str, str]] = [
    ("argumentative", "We checked the CCTV and our staff were polite at all times."),
    ("argumentative", "The menu clearly lists the allergens; it's up to guests to read it."),
    ("argumentative", "Had you arrived on time, your table would still have been available."),
    (
        "argumentative",
        "We're a busy restaurant, so a short wait is to be expected on a Saturday night.",
    ),
    ("argumentative", "Perhaps a budget hostel would suit your expectations better."),
    (
        "argumentative",
        "As mentioned in our confirmation email, check-in is from 3 pm, not earlier.",
    ),
    (
        "argumentative",
        "If you had read the listing properly you would have known there is no lift.",
    ),
    ("argumentative", "Funny how you didn't mention any of this while you were here."),
    (
        "argumentative",
        "We don't recall any guest by that name, so we're not sure this visit actually happened.",
    ),
    (
        "argumentative",
        "Your 'terrible experience' was a five-minute delay. Let's keep things in perspective.",
    ),
    ("argumentative", "Other reviewers seem to manage the stairs just fine."),
    ("argumentative", "You chose the cheapest room, so you can hardly expect a sea view."),
    (
        "argumentative",
        "Our policy is very clear, and we won't make exceptions because of a review.",
    ),
    (
        "argumentative",
        "Next time, please try telling the staff instead of writing about it online.",
    ),
    (
        "",
        "We're sorry your room wasn't ready at check-in. That wait shouldn't have happened, and "
        "we've changed how housekeeping is scheduled.",
    ),
    (
        "",
        "Thank you for telling us about the cold soup, Peter. The chef has been told and we'd "
        "love to make it up to you.",
    ),
    (
        "",
        "You're absolutely right that the bathroom wasn't clean enough. We apologise and have "
        "spoken to the cleaning team.",
    ),
    (
        "",
        "We're sorry the courier left your parcel in the rain. We've sent a replacement and "
        "complained to the courier.",
    ),
    ("", "Thanks for the lovely words about our garden, we'll pass them on to Jan!"),
    (
        "",
        "We apologise for the noise from the renovation. It finishes on Friday, and we should "
        "have warned you at booking.",
    ),
    (
        "",
        "Sorry to hear the app logged you out repeatedly. Our team found the bug and the fix is "
        "live.",
    ),
    ("", "Your feedback about the portion sizes is fair. We've increased them since your visit."),
    (
        "",
        "We're really sorry that our driver was rude to you. That's not acceptable, and we've "
        "addressed it with him.",
    ),
    (
        "",
        "Thank you for staying with us, and sorry again that the pool was closed for maintenance.",
    ),
    ("", "We hear you on the prices. We've added a lunch menu with smaller, cheaper dishes."),
    (
        "",
        "Sorry you had to wait so long on the phone. We've hired two more people for the "
        "support line.",
    ),
]

# Third round: written after the structural checks had landed, and committed with the figures
# they got, without any change to the checks afterwards. The same person wrote the checks,
# so this is a check on over-fitting to HELD_OUT_EN, not text from the wild.
THIRD_EN: list[tuple[str, str]] = [
    (
        "argumentative",
        "We've been in business for 25 years and have never had a complaint like this.",
    ),
    ("argumentative", "Sorry, but the photos on our website show exactly what you got."),
    ("argumentative", "It seems you came in with the intention of finding fault."),
    (
        "argumentative",
        "The staff member you describe does not exist, so we can only assume you have us "
        "confused with another hotel.",
    ),
    (
        "argumentative",
        "Most people understand that a 5-euro lunch doesn't come with table service.",
    ),
    ("argumentative", "We did everything by the book. There is nothing more we can do."),
    (
        "argumentative",
        "Reading reviews like this, we wonder why some people bother eating out at all.",
    ),
    (
        "argumentative",
        "Maybe read the cancellation policy you agreed to before leaving one star.",
    ),
    ("argumentative", "Again, the parking fee is listed on every page of our website."),
    (
        "argumentative",
        "You were offered a refund and declined it, so we don't see the issue.",
    ),
    (
        "argumentative",
        "Respectfully, a 'cold' pizza after you took 40 minutes to pick it up is hardly our doing.",
    ),
    (
        "argumentative",
        "Sure, we'll just rebuild the whole hotel because the lift was slow for you.",
    ),
    (
        "argumentative",
        "Your 'two-hour wait' was in fact 25 minutes according to our till.",
    ),
    ("argumentative", "We stand by our chef. The steak was cooked exactly as ordered."),
    (
        "argumentative",
        "Perhaps you'd be happier at one of the chain hotels down the road.",
    ),
    ("argumentative", "Nobody forced you to order the most expensive wine on the list."),
    (
        "",
        "Thank you for your honest feedback. The wait was far too long and we've added staff "
        "on Saturdays.",
    ),
    ("", "We're sorry our photos didn't match the room you got. We've updated them."),
    ("", "Hi Lisa, thanks for taking the time to write. We've refunded the parking fee."),
    ("", "Sorry about the cold pizza! We've started using insulated bags for pick-up orders."),
    (
        "",
        "You're right that our cancellation policy is hard to find. It's now on the booking page.",
    ),
    ("", "We really appreciate your kind words about our team, Tom."),
    ("", "We apologise for the slow lift. A new one is being installed in March."),
    (
        "",
        "Thanks for letting us know the steak was overcooked. Our chef would love another "
        "chance to cook for you.",
    ),
    (
        "",
        "We're sorry the room was noisy. Next time, ask for the garden side, which is much "
        "quieter.",
    ),
    ("", "Sorry you had a bad experience. Please email us so we can make it right."),
    ("", "Thank you for the five stars! We're glad the kids loved the pool."),
    ("", "We understand the frustration with the parking. We've added 20 spaces."),
    ("", "Your comment about the prices is fair; we've introduced a cheaper lunch menu."),
    ("", "Thanks for being a regular for so many years, Marco. See you soon!"),
]

# Fourth round: committed before THIRD_EN's misses were read (which makes THIRD_EN tuning
# data); never used to change the checks.
FOURTH_EN: list[tuple[str, str]] = [
    (
        "argumentative",
        "Our kitchen follows strict hygiene rules, so we doubt the food made you ill.",
    ),
    ("argumentative", "This is the first time in ten years anyone has said our coffee is bad."),
    (
        "argumentative",
        "Every booking comes with a confirmation email, which apparently nobody reads.",
    ),
    ("argumentative", "We're not a five-star hotel and never claimed to be."),
    (
        "argumentative",
        "Had a look at your other reviews. You seem to dislike everywhere you go.",
    ),
    ("argumentative", "The price was on the menu. You chose to order it."),
    ("argumentative", "Unfortunately we can't control the weather, or your mood."),
    (
        "argumentative",
        "Our receptionist followed procedure. Raising your voice at her did not help.",
    ),
    (
        "argumentative",
        "We offered you another room and you refused. That was your decision.",
    ),
    ("argumentative", "Please don't post reviews when you've had a few drinks."),
    ("argumentative", "Yes, the music is loud. It's a bar."),
    ("argumentative", "Funnily enough, the table next to you loved the same dish."),
    ("argumentative", "We won't be offering a refund for a meal that was finished."),
    (
        "argumentative",
        "Your dog was not allowed in the dining room, as the sign at the door says.",
    ),
    ("argumentative", "Not sure what you expected for that price, honestly."),
    (
        "",
        "We're so sorry the food made you ill. Please contact us directly so we can look into it.",
    ),
    ("", "Thank you, Helena! We're delighted you enjoyed the tasting menu."),
    (
        "",
        "Sorry the confirmation email went to your spam folder. We've changed our sender settings.",
    ),
    ("", "We appreciate you telling us about the broken lamp; it has been replaced."),
    (
        "",
        "Thanks for staying with us. We've passed your comments about the breakfast to the chef.",
    ),
    ("", "We're sorry you were charged twice. The second payment has been refunded today."),
    (
        "",
        "The music was too loud on Friday, and that's on us. We've set a limit for the speakers.",
    ),
    ("", "Thank you for your patience during the renovation, and for the lovely review."),
    ("", "Apologies for the mix-up with your table. We hope to welcome you again soon."),
    ("", "Glad you liked the new terrace! It's open every day from 10 am."),
    ("", "We hear you about the stairs. We now mention them clearly on the booking page."),
    ("", "Sorry the wifi kept dropping. We've installed new routers on every floor."),
    ("", "Many thanks for the kind review, Ahmed, and good luck with the new job!"),
    (
        "",
        "We understand the price felt high. We've added a smaller portion at a lower price.",
    ),
    (
        "",
        "Thank you for pointing out the allergen mistake on our menu. It's been corrected.",
    ),
]

# Round 5. REPLIES above (two bad replies per kind and language) were fitted in round 4;
# ROUND_5 was written at the start of round 5, before the checks were changed, as people
# write when defensive, tempting or careless in each language: blame by structure (what the
# reviewer should have done, correcting or doubting them, other guests were happy,
# condescension, sarcastic thanks), rewards in their inflected forms next to a review word,
# and private details in local formats (addresses with postcodes, phone numbers, IBANs,
# booking codes). Good replies include apologies that name the problem. The checks of round 5
# were tuned on ROUND_5; ROUND_5_ASIDE was written at the same time and only measured
# (``make bench``: guardrails_round5_recall_CODE, guardrails_round5_aside_recall_CODE, ...).
ROUND_5: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "argumentative",
            "Hätten Sie die Buchungsbestätigung gelesen, wüssten Sie, dass das Frühstück extra kostet.",
        ),
        ("argumentative", "Alle anderen Gäste waren mit dem Zimmer sehr zufrieden."),
        (
            "argumentative",
            "Danke für Ihre „Bewertung“. Vielleicht sollten Sie nächstes Mal ein teureres Hotel buchen.",
        ),
        (
            "argumentative",
            "Wir können Ihre Darstellung nicht nachvollziehen, unser Personal war die ganze Zeit freundlich.",
        ),
        ("argumentative", "Sie haben offensichtlich die Größentabelle ignoriert."),
        (
            "incentive",
            "Für eine 5-Sterne-Bewertung erhalten Sie bei Ihrem nächsten Einkauf 15 % Nachlass.",
        ),
        ("incentive", "Wenn Sie Ihren Kommentar entfernen, erstatten wir Ihnen den vollen Betrag."),
        ("private", "Wir haben Herrn Müller unter 030 98765432 erreicht und alles geklärt."),
        ("private", "Die Ware wurde an Bergweg 7, 80331 München zugestellt."),
        ("private", "Die Erstattung ging auf Ihr Konto DE89 3704 0044 0532 0130 00."),
        ("", "Es tut uns sehr leid, dass Ihr Essen kalt serviert wurde. Das darf nicht passieren."),
        ("", "Danke für den Hinweis zur Heizung, der Techniker war heute schon da."),
        ("", "Wir bedauern die Verspätung Ihrer Lieferung und haben den Versanddienst gewechselt."),
        ("", "Melden Sie sich gern unter +49 30 1234567, dann finden wir eine Lösung."),
    ],
    "fr": [
        (
            "argumentative",
            "Si vous aviez lu les conditions, vous sauriez que le petit-déjeuner est en supplément.",
        ),
        ("argumentative", "Tous nos autres clients ont adoré la chambre."),
        (
            "argumentative",
            "Merci pour ce « commentaire ». La prochaine fois, choisissez peut-être un autre hôtel.",
        ),
        (
            "argumentative",
            "Nous contestons votre version des faits, notre personnel a été parfaitement correct.",
        ),
        ("argumentative", "Vous avez manifestement ignoré le guide des tailles."),
        (
            "incentive",
            "Pour un avis 5 étoiles, nous vous offrons une remise de 15 % sur votre prochaine commande.",
        ),
        ("incentive", "Si vous retirez votre commentaire, nous vous remboursons intégralement."),
        ("private", "Nous avons joint Mme Martin au 06 12 34 56 78 et tout est réglé."),
        ("private", "Le colis a été livré au 8 avenue Victor Hugo, 75016 Paris."),
        (
            "private",
            "Le remboursement a été versé sur votre compte FR76 3000 6000 0112 3456 7890 189.",
        ),
        ("", "Nous sommes navrés que votre plat soit arrivé froid, ce n'est pas acceptable."),
        ("", "Merci de nous avoir signalé le problème de chauffage, il est réparé."),
        ("", "Nous regrettons le retard de livraison et avons changé de transporteur."),
        ("", "Écrivez-nous à support@acme.example, nous trouverons une solution."),
    ],
    "es": [
        (
            "argumentative",
            "Si hubiera leído las condiciones, sabría que el desayuno se paga aparte.",
        ),
        ("argumentative", "Todos nuestros demás clientes quedaron encantados con la habitación."),
        (
            "argumentative",
            "Gracias por su «opinión». Quizás la próxima vez debería elegir otro hotel.",
        ),
        (
            "argumentative",
            "No compartimos su versión, nuestro personal fue en todo momento correcto.",
        ),
        ("argumentative", "Usted claramente ignoró la guía de tallas."),
        (
            "incentive",
            "Por una valoración de 5 estrellas le hacemos un 15 % de descuento en su próxima compra.",
        ),
        ("incentive", "Si retira su comentario, le reembolsamos el importe completo."),
        ("private", "Hemos hablado con la Sra. García en el 612 345 678 y todo está resuelto."),
        ("private", "El paquete se entregó en Calle de Alcalá 45, 28014 Madrid."),
        ("private", "El reembolso se hizo a su cuenta ES91 2100 0418 4502 0005 1332."),
        ("", "Lamentamos mucho que su plato llegara frío, no es lo que queremos ofrecer."),
        ("", "Gracias por avisarnos de la calefacción, ya está arreglada."),
        ("", "Sentimos el retraso en la entrega y hemos cambiado de empresa de transporte."),
        ("", "Escríbanos a support@acme.example y lo solucionamos."),
    ],
    "it": [
        ("argumentative", "Se avesse letto le condizioni, saprebbe che la colazione è a parte."),
        ("argumentative", "Tutti gli altri ospiti sono stati entusiasti della camera."),
        (
            "argumentative",
            'Grazie per la sua "recensione". La prossima volta forse dovrebbe scegliere un altro hotel.',
        ),
        (
            "argumentative",
            "Non condividiamo la sua versione, il nostro personale è stato sempre corretto.",
        ),
        ("argumentative", "Lei ha chiaramente ignorato la tabella delle taglie."),
        (
            "incentive",
            "Per una valutazione a 5 stelle le offriamo il 15 % di sconto sul prossimo acquisto.",
        ),
        ("incentive", "Se rimuove il suo commento, la rimborsiamo per intero."),
        ("private", "Abbiamo sentito la signora Rossi al 347 123 4567 e abbiamo risolto."),
        ("private", "Il pacco è stato consegnato in Via Garibaldi 21, 20121 Milano."),
        ("private", "Il rimborso è stato accreditato sul conto IT60 X054 2811 1010 0000 0123 456."),
        ("", "Ci dispiace molto che il piatto sia arrivato freddo, non è il nostro standard."),
        ("", "Grazie per averci segnalato il problema del riscaldamento, è già stato riparato."),
        ("", "Ci scusiamo per il ritardo nella consegna, abbiamo cambiato corriere."),
        ("", "Ci scriva a support@acme.example e troveremo una soluzione."),
    ],
    "nl": [
        (
            "argumentative",
            "Als u de voorwaarden had gelezen, had u geweten dat het ontbijt apart is.",
        ),
        ("argumentative", "Al onze andere gasten waren juist heel tevreden over de kamer."),
        (
            "argumentative",
            "Bedankt voor uw 'recensie'. Misschien kunt u volgende keer beter een ander hotel kiezen.",
        ),
        (
            "argumentative",
            "Wij herkennen ons niet in uw verhaal, ons personeel was altijd correct.",
        ),
        ("argumentative", "U heeft de maattabel duidelijk genegeerd."),
        (
            "incentive",
            "Voor een beoordeling van 5 sterren krijgt u 15 % korting op uw volgende bestelling.",
        ),
        ("incentive", "Als u uw reactie verwijdert, betalen we het volledige bedrag terug."),
        ("private", "We hebben mevrouw de Vries gebeld op 06 12345678 en alles opgelost."),
        ("private", "Het pakket is bezorgd op Prinsengracht 263, 1016 GV Amsterdam."),
        ("private", "Het bedrag is teruggestort op rekening NL91 ABNA 0417 1643 00."),
        ("", "Het spijt ons echt dat uw gerecht koud werd geserveerd, dat hoort niet."),
        ("", "Bedankt voor de melding over de verwarming, die is inmiddels gerepareerd."),
        ("", "Onze excuses voor de late levering, we zijn van vervoerder gewisseld."),
        ("", "Mail ons op support@acme.example, dan zoeken we een oplossing."),
    ],
    "nb": [
        ("argumentative", "Hvis du hadde lest vilkårene, ville du visst at frokost koster ekstra."),
        ("argumentative", "Alle de andre gjestene var fornøyde med rommet."),
        (
            "argumentative",
            "Takk for din «anmeldelse». Kanskje du burde velge et annet hotell neste gang.",
        ),
        (
            "argumentative",
            "Vi kjenner oss ikke igjen i din beskrivelse, personalet var hele tiden høflige.",
        ),
        ("argumentative", "Du har tydeligvis oversett størrelsestabellen."),
        ("incentive", "For en anmeldelse med 5 stjerner får du 15 % avslag på neste kjøp."),
        ("incentive", "Hvis du fjerner kommentaren, refunderer vi hele beløpet."),
        ("private", "Vi ringte Kari Nordmann på 912 34 567 og ordnet alt."),
        ("private", "Pakken ble levert til Karl Johans gate 22, 0159 Oslo."),
        ("private", "Pengene er overført til konto NO93 8601 1117 947."),
        ("", "Vi beklager virkelig at maten ble servert kald, det skal ikke skje."),
        ("", "Takk for at du sa fra om varmen, den er reparert nå."),
        ("", "Vi beklager den sene leveringen og har byttet transportør."),
        ("", "Skriv til support@acme.example, så finner vi en løsning."),
    ],
    "sv": [
        ("argumentative", "Om du hade läst villkoren hade du vetat att frukosten kostar extra."),
        ("argumentative", "Alla andra gäster var nöjda med rummet."),
        (
            "argumentative",
            "Tack för ditt ”omdöme”. Du kanske borde välja ett annat hotell nästa gång.",
        ),
        (
            "argumentative",
            "Vi känner inte igen oss i din beskrivning, personalen var hela tiden korrekt.",
        ),
        ("argumentative", "Du har uppenbarligen ignorerat storleksguiden."),
        ("incentive", "För ett betyg med 5 stjärnor får du 15 % rabatt på nästa köp."),
        ("incentive", "Om du tar bort kommentaren återbetalar vi hela beloppet."),
        ("private", "Vi ringde Anna Svensson på 070-123 45 67 och löste allt."),
        ("private", "Paketet levererades till Drottninggatan 53, 111 21 Stockholm."),
        ("private", "Pengarna har satts in på konto SE45 5000 0000 0583 9825 7466."),
        ("", "Vi beklagar verkligen att maten serverades kall, så ska det inte vara."),
        ("", "Tack för att du sa till om värmen, den är lagad nu."),
        ("", "Vi ber om ursäkt för den sena leveransen och har bytt transportör."),
        ("", "Skriv till support@acme.example så hittar vi en lösning."),
    ],
    "da": [
        (
            "argumentative",
            "Hvis du havde læst betingelserne, ville du vide, at morgenmad koster ekstra.",
        ),
        ("argumentative", "Alle vores andre gæster var glade for værelset."),
        (
            "argumentative",
            "Tak for din »anmeldelse«. Måske skulle du vælge et andet hotel næste gang.",
        ),
        (
            "argumentative",
            "Vi kan ikke genkende din beskrivelse, personalet var hele tiden høflige.",
        ),
        ("argumentative", "Du har tydeligvis overset størrelsesguiden."),
        ("incentive", "For en anmeldelse med 5 stjerner får du 15 % rabat på dit næste køb."),
        ("incentive", "Hvis du fjerner kommentaren, refunderer vi hele beløbet."),
        ("private", "Vi ringede til Mette Hansen på 20 12 34 56 og fik det ordnet."),
        ("private", "Pakken blev leveret til Vesterbrogade 34, 1620 København V."),
        ("private", "Beløbet er overført til konto DK50 0040 0440 1162 43."),
        ("", "Vi beklager virkelig, at maden blev serveret kold, det må ikke ske."),
        ("", "Tak fordi du sagde til om varmen, den er repareret nu."),
        ("", "Vi beklager den sene levering og har skiftet fragtfirma."),
        ("", "Skriv til support@acme.example, så finder vi en løsning."),
    ],
    "fi": [
        (
            "argumentative",
            "Jos olisitte lukeneet ehdot, tietäisitte, että aamiainen maksaa erikseen.",
        ),
        ("argumentative", "Kaikki muut asiakkaamme olivat tyytyväisiä huoneeseen."),
        (
            "argumentative",
            "Kiitos ”arvostelustanne”. Ehkä teidän kannattaisi valita ensi kerralla toinen hotelli.",
        ),
        ("argumentative", "Emme tunnista kuvaustanne, henkilökuntamme oli koko ajan asiallinen."),
        ("argumentative", "Olette ilmeisesti jättäneet kokotaulukon huomiotta."),
        ("incentive", "Viiden tähden arviosta saatte 15 % alennuksen seuraavasta ostoksesta."),
        ("incentive", "Jos poistatte kommenttinne, hyvitämme koko summan."),
        ("private", "Soitimme Matti Virtaselle numeroon 040 123 4567 ja asia on hoidettu."),
        ("private", "Paketti toimitettiin osoitteeseen Aleksanterinkatu 15, 00100 Helsinki."),
        ("private", "Hyvitys maksettiin tilille FI21 1234 5600 0007 85."),
        ("", "Olemme todella pahoillamme, että ruoka tarjoiltiin kylmänä, näin ei saa käydä."),
        ("", "Kiitos, että kerroitte lämmityksestä, se on nyt korjattu."),
        ("", "Pahoittelemme myöhästynyttä toimitusta ja olemme vaihtaneet kuljetusyhtiötä."),
        ("", "Kirjoittakaa meille osoitteeseen support@acme.example, niin löydämme ratkaisun."),
    ],
    "pl": [
        (
            "argumentative",
            "Gdyby Pan przeczytał regulamin, wiedziałby Pan, że śniadanie jest płatne osobno.",
        ),
        ("argumentative", "Wszyscy inni goście byli zadowoleni z pokoju."),
        (
            "argumentative",
            "Dziękujemy za tę „opinię”. Może następnym razem powinien Pan wybrać inny hotel.",
        ),
        ("argumentative", "Nie zgadzamy się z Pana wersją, nasz personel był cały czas uprzejmy."),
        ("argumentative", "Najwyraźniej zignorowała Pani tabelę rozmiarów."),
        ("incentive", "Za ocenę 5 gwiazdek otrzyma Pan 15 % zniżki na kolejne zakupy."),
        ("incentive", "Jeśli usunie Pan komentarz, zwrócimy całą kwotę."),
        (
            "private",
            "Zadzwoniliśmy do Pani Kowalskiej pod numer 601 234 567 i wszystko wyjaśniliśmy.",
        ),
        ("private", "Paczka została dostarczona na ul. Marszałkowską 10, 00-590 Warszawa."),
        ("private", "Zwrot przelaliśmy na konto PL61 1090 1014 0000 0712 1981 2874."),
        ("", "Bardzo przepraszamy, że danie podano zimne, to nie powinno się zdarzyć."),
        ("", "Dziękujemy za zgłoszenie problemu z ogrzewaniem, zostało już naprawione."),
        ("", "Przepraszamy za opóźnioną dostawę, zmieniliśmy firmę kurierską."),
        ("", "Prosimy o kontakt pod adresem support@acme.example, znajdziemy rozwiązanie."),
    ],
    "lv": [
        (
            "argumentative",
            "Ja jūs būtu izlasījis noteikumus, jūs zinātu, ka brokastis ir par papildu maksu.",
        ),
        ("argumentative", "Visi pārējie viesi bija apmierināti ar istabu."),
        (
            "argumentative",
            "Paldies par jūsu “atsauksmi”. Varbūt nākamreiz jums vajadzētu izvēlēties citu viesnīcu.",
        ),
        (
            "argumentative",
            "Mēs nepiekrītam jūsu versijai, mūsu personāls visu laiku bija pieklājīgs.",
        ),
        ("argumentative", "Jūs acīmredzot ignorējāt izmēru tabulu."),
        ("incentive", "Par 5 zvaigžņu vērtējumu jūs saņemsiet 15 % atlaidi nākamajam pirkumam."),
        ("incentive", "Ja jūs izdzēsīsiet komentāru, mēs atmaksāsim visu summu."),
        ("private", "Mēs sazvanījām Jāni Bērziņu pa tālruni 29 123 456 un visu nokārtojām."),
        ("private", "Paka tika piegādāta uz Elizabetes ielu 10, Rīga, LV-1010."),
        ("private", "Atmaksa tika pārskaitīta uz kontu LV80 BANK 0000 4351 9500 1."),
        ("", "Mums ļoti žēl, ka ēdiens tika pasniegts auksts, tā nedrīkst notikt."),
        ("", "Paldies, ka pastāstījāt par apkuri, tā jau ir salabota."),
        ("", "Atvainojamies par kavēto piegādi, esam nomainījuši kurjeru."),
        ("", "Rakstiet mums uz support@acme.example, un mēs atradīsim risinājumu."),
    ],
    "uk": [
        ("argumentative", "Якби ви прочитали умови, то знали б, що сніданок оплачується окремо."),
        ("argumentative", "Усі інші гості були задоволені номером."),
        (
            "argumentative",
            "Дякуємо за ваш «відгук». Можливо, наступного разу вам варто обрати інший готель.",
        ),
        (
            "argumentative",
            "Ми не погоджуємося з вашою версією, наш персонал весь час був ввічливим.",
        ),
        ("argumentative", "Ви, очевидно, проігнорували таблицю розмірів."),
        ("incentive", "За оцінку 5 зірок ви отримаєте знижку 15 % на наступну покупку."),
        ("incentive", "Якщо ви видалите коментар, ми повернемо всю суму."),
        ("private", "Ми зателефонували пані Олені за номером 067 123 45 67 і все з'ясували."),
        ("private", "Посилку доставили на вул. Шевченка 15, Київ, 01001."),
        ("private", "Кошти повернули на рахунок UA21 3223 1300 0002 6007 2335 6600 1."),
        ("", "Нам дуже шкода, що страву подали холодною, так не повинно бути."),
        ("", "Дякуємо, що повідомили про опалення, його вже полагодили."),
        ("", "Перепрошуємо за затримку доставки, ми змінили перевізника."),
        ("", "Напишіть нам на support@acme.example, і ми знайдемо рішення."),
    ],
    "pt": [
        (
            "argumentative",
            "Se tivesse lido as condições, saberia que o pequeno-almoço é pago à parte.",
        ),
        ("argumentative", "Todos os outros hóspedes ficaram satisfeitos com o quarto."),
        (
            "argumentative",
            "Obrigado pela sua «avaliação». Talvez da próxima vez deva escolher outro hotel.",
        ),
        ("argumentative", "Não concordamos com a sua versão, o nosso pessoal foi sempre correto."),
        ("argumentative", "O senhor claramente ignorou a tabela de tamanhos."),
        (
            "incentive",
            "Por uma classificação de 5 estrelas oferecemos 15 % de desconto na próxima compra.",
        ),
        ("incentive", "Se retirar o seu comentário, reembolsamos o valor total."),
        ("private", "Falámos com a D. Ana Silva pelo 912 345 678 e ficou tudo resolvido."),
        ("private", "A encomenda foi entregue na Avenida da Liberdade 110, 1250-146 Lisboa."),
        ("private", "O reembolso foi feito para a conta PT50 0002 0123 1234 5678 9015 4."),
        ("", "Lamentamos muito que o prato tenha chegado frio, não é o nosso padrão."),
        ("", "Obrigado por nos avisar do aquecimento, já foi reparado."),
        ("", "Pedimos desculpa pelo atraso na entrega e mudámos de transportadora."),
        ("", "Escreva-nos para support@acme.example e encontraremos uma solução."),
    ],
}

ROUND_5_ASIDE: dict[str, list[tuple[str, str]]] = {
    "de": [
        ("argumentative", "Das Problem lag eindeutig bei Ihnen, nicht bei uns."),
        ("incentive", "Ändern Sie bitte Ihre Sterne, dann gibt es ein Dessert gratis."),
        ("private", "Ihre Bestellung 4471-2290 ist unterwegs."),
        ("", "Sorry für die laute Baustelle, wir haben Ihnen das nicht vorher gesagt."),
    ],
    "fr": [
        ("argumentative", "Le problème venait clairement de votre côté, pas du nôtre."),
        ("incentive", "Changez votre note et le dessert vous sera offert."),
        ("private", "Votre commande n° 4471-2290 est en route."),
        ("", "Désolés pour le bruit des travaux, nous aurions dû vous prévenir."),
    ],
    "es": [
        ("argumentative", "El problema fue claramente suyo, no nuestro."),
        ("incentive", "Cambie sus estrellas y le invitamos al postre."),
        ("private", "Su pedido n.º 4471-2290 ya está en camino."),
        ("", "Perdone el ruido de las obras, deberíamos haberle avisado."),
    ],
    "it": [
        ("argumentative", "Il problema era chiaramente suo, non nostro."),
        ("incentive", "Modifichi le stelle e il dolce glielo offriamo noi."),
        ("private", "Il suo ordine n. 4471-2290 è in viaggio."),
        ("", "Ci scusi per il rumore dei lavori, avremmo dovuto avvisarla."),
    ],
    "nl": [
        ("argumentative", "Het probleem lag duidelijk bij u, niet bij ons."),
        ("incentive", "Pas uw sterren aan en het dessert is van ons."),
        ("private", "Uw bestelling 4471-2290 is onderweg."),
        ("", "Sorry voor het lawaai van de verbouwing, we hadden u moeten waarschuwen."),
    ],
    "nb": [
        ("argumentative", "Problemet lå helt klart hos deg, ikke hos oss."),
        ("incentive", "Endre stjernene dine, så spanderer vi desserten."),
        ("private", "Ordren din 4471-2290 er på vei."),
        ("", "Beklager bråket fra byggearbeidet, vi burde ha varslet deg."),
    ],
    "sv": [
        ("argumentative", "Problemet låg helt klart hos dig, inte hos oss."),
        ("incentive", "Ändra dina stjärnor så bjuder vi på efterrätten."),
        ("private", "Din order 4471-2290 är på väg."),
        ("", "Förlåt för bullret från bygget, vi borde ha varnat dig."),
    ],
    "da": [
        ("argumentative", "Problemet lå helt klart hos dig, ikke hos os."),
        ("incentive", "Ret dine stjerner, så giver vi desserten."),
        ("private", "Din ordre 4471-2290 er på vej."),
        ("", "Undskyld larmen fra byggeriet, vi burde have advaret dig."),
    ],
    "fi": [
        ("argumentative", "Vika oli selvästi teidän päässänne, ei meidän."),
        ("incentive", "Muuttakaa tähtiänne, niin jälkiruoka on talon puolesta."),
        ("private", "Tilauksenne 4471-2290 on matkalla."),
        ("", "Anteeksi remontin melu, meidän olisi pitänyt varoittaa teitä."),
    ],
    "pl": [
        ("argumentative", "Problem leżał wyraźnie po Pana stronie, nie po naszej."),
        ("incentive", "Proszę zmienić liczbę gwiazdek, a deser będzie na nasz koszt."),
        ("private", "Pana zamówienie nr 4471-2290 jest w drodze."),
        ("", "Przepraszamy za hałas z remontu, powinniśmy byli uprzedzić."),
    ],
    "lv": [
        ("argumentative", "Problēma skaidri bija jūsu pusē, nevis mūsu."),
        ("incentive", "Nomainiet zvaigznes, un deserts būs uz mūsu rēķina."),
        ("private", "Jūsu pasūtījums Nr. 4471-2290 ir ceļā."),
        ("", "Atvainojiet par remonta troksni, mums vajadzēja jūs brīdināt."),
    ],
    "uk": [
        ("argumentative", "Проблема явно була на вашому боці, а не на нашому."),
        ("incentive", "Змініть кількість зірок, і десерт буде за наш рахунок."),
        ("private", "Ваше замовлення № 4471-2290 вже в дорозі."),
        ("", "Вибачте за шум від ремонту, ми мали вас попередити."),
    ],
    "pt": [
        ("argumentative", "O problema foi claramente do seu lado, não do nosso."),
        ("incentive", "Altere as suas estrelas e a sobremesa fica por nossa conta."),
        ("private", "A sua encomenda n.º 4471-2290 já está a caminho."),
        ("", "Desculpe o barulho das obras, devíamos tê-lo avisado."),
    ],
}

# Good replies written during round 5 to look for false positives: the parcel "should have
# arrived", "next time we'll book you a quieter room", refunds named in apologies, the
# business's own address, dates. 3 of 58 were flagged after the first round-5 checks (6 of 58
# before them); those were read and fixed, so these are tuning data.
ROUND_5_GOOD: dict[str, list[str]] = {
    "de": [
        "Ihr Paket hätte am Montag ankommen sollen, dafür entschuldigen wir uns.",
        "Beim nächsten Mal reservieren wir Ihnen gern ein ruhigeres Zimmer.",
        "Wir haben Ihnen die 45 Euro bereits erstattet, es tut uns leid.",
        "Hätten Sie Lust, uns im Frühling noch einmal zu besuchen?",
        "Unser Laden in der Hauptstraße 5, 10115 Berlin hat jetzt auch sonntags geöffnet.",
        "Am 12.05.2024 war unsere Küche leider unterbesetzt, das war nicht in Ordnung.",
    ],
    "fr": [
        "Votre colis aurait dû arriver lundi, nous en sommes désolés.",
        "La prochaine fois, nous vous réserverons une chambre plus calme.",
        "Nous vous avons remboursé les 45 euros, toutes nos excuses.",
        "Le problème venait de notre logiciel de réservation, pas de vous.",
        "Nous avons bien noté vos remarques sur le petit-déjeuner.",
    ],
    "es": [
        "Su paquete debería haber llegado el lunes, lo sentimos.",
        "La próxima vez le reservaremos una habitación más tranquila.",
        "Le hemos devuelto los 45 euros, disculpe las molestias.",
        "El error fue nuestro, no suyo, y ya lo hemos corregido.",
    ],
    "it": [
        "Il pacco avrebbe dovuto arrivare lunedì, ci scusiamo.",
        "La prossima volta le riserveremo una camera più tranquilla.",
        "Le abbiamo rimborsato i 45 euro, ci dispiace.",
        "Grazie per la recensione, siamo felici che la cena le sia piaciuta.",
    ],
    "nl": [
        "Uw pakket had maandag moeten aankomen, onze excuses.",
        "Volgende keer reserveren we graag een rustigere kamer voor u.",
        "We hebben de 45 euro al terugbetaald, het spijt ons.",
        "Bedankt voor uw review, fijn dat het eten in de smaak viel.",
    ],
    "nb": [
        "Pakken skulle ha kommet mandag, det beklager vi.",
        "Neste gang reserverer vi gjerne et roligere rom til deg.",
        "Vi har refundert de 450 kronene, beklager bryet.",
        "Takk for anmeldelsen, hyggelig at maten falt i smak.",
    ],
    "sv": [
        "Paketet skulle ha kommit i måndags, det beklagar vi.",
        "Nästa gång bokar vi gärna ett lugnare rum åt dig.",
        "Vi har återbetalat de 450 kronorna, förlåt besväret.",
        "Tack för recensionen, roligt att maten smakade.",
    ],
    "da": [
        "Pakken skulle være kommet mandag, det beklager vi.",
        "Næste gang reserverer vi gerne et roligere værelse til dig.",
        "Vi har refunderet de 450 kroner, undskyld besværet.",
        "Tak for anmeldelsen, dejligt at maden faldt i god jord.",
    ],
    "fi": [
        "Paketin olisi pitänyt saapua maanantaina, pahoittelemme.",
        "Ensi kerralla varaamme teille mielellämme rauhallisemman huoneen.",
        "Olemme hyvittäneet 45 euroa, pahoittelemme vaivaa.",
        "Kiitos arvostelusta, mukava kuulla että ruoka maistui.",
    ],
    "pl": [
        "Paczka powinna była dotrzeć w poniedziałek, przepraszamy.",
        "Następnym razem chętnie zarezerwujemy dla Pana cichszy pokój.",
        "Zwróciliśmy już 45 zł, przepraszamy za kłopot.",
        "Przepraszamy, że trzeba było tak długo czekać na stolik.",
        "Dziękujemy za opinię, cieszymy się, że jedzenie smakowało.",
    ],
    "lv": [
        "Pakai vajadzēja pienākt pirmdien, atvainojamies.",
        "Nākamreiz labprāt rezervēsim jums klusāku istabu.",
        "Mēs jau atmaksājām 45 eiro, atvainojiet par neērtībām.",
        "Atvainojamies, ka jums vajadzēja tik ilgi gaidīt.",
        "Paldies par atsauksmi, priecājamies, ka ēdiens garšoja.",
    ],
    "uk": [
        "Посилка мала прийти в понеділок, перепрошуємо.",
        "Наступного разу ми залюбки забронюємо для вас тихіший номер.",
        "Ми вже повернули 450 гривень, вибачте за незручності.",
        "Дякуємо за відгук, раді, що вам сподобалася їжа.",
    ],
    "pt": [
        "A encomenda devia ter chegado na segunda-feira, pedimos desculpa.",
        "Da próxima vez reservamos com gosto um quarto mais sossegado.",
        "Já devolvemos os 45 euros, desculpe o incómodo.",
        "Obrigado pela avaliação, ficamos felizes por ter gostado da comida.",
        "Agradecemos a compreensão da sua parte.",
    ],
}

# Written after round 5's first checks passed ROUND_5, with other phrasings, and measured
# once before anything was changed for them: recall 0.40 (0.33 before round 5), 5 of 26 good
# replies flagged (5 before round 5). Their misses were then read, so they are tuning data of
# the second half of round 5; ROUND_5_FINAL below was written after that and only measured.
ROUND_5_LATE: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "argumentative",
            "Wer das Kleingedruckte nicht liest, darf sich hinterher nicht beschweren.",
        ),
        (
            "argumentative",
            "Komisch, dass sich bisher noch nie jemand über das Frühstück beschwert hat.",
        ),
        (
            "incentive",
            "Als Dankeschön für eine positive Bewertung schicken wir Ihnen einen 10-Euro-Gutschein.",
        ),
        ("private", "Ihre Rechnung RE-2024-00817 wurde storniert."),
        (
            "",
            "Sie haben völlig recht, die Dusche war defekt. Wir haben sie inzwischen ausgetauscht.",
        ),
        ("", "Danke für Ihr ehrliches Feedback zum Lärm, wir prüfen neue Fenster."),
    ],
    "fr": [
        ("argumentative", "Vous êtes le seul client à vous plaindre de cela en dix ans."),
        ("argumentative", "Il suffisait de lire la description avant de commander."),
        ("incentive", "En échange d'un avis positif, nous vous offrirons le café."),
        ("private", "Nous avons appelé votre portable, le 07 81 22 33 44, sans réponse."),
        ("", "Vous avez tout à fait raison, l'attente était trop longue."),
        ("", "Merci pour votre retour sur le bruit, nous allons isoler les fenêtres."),
    ],
    "es": [
        ("argumentative", "Es usted el único cliente que se ha quejado de esto en diez años."),
        ("argumentative", "Bastaba con leer la descripción antes de hacer el pedido."),
        ("incentive", "A cambio de una reseña positiva le regalamos el café."),
        ("private", "Le llamamos al móvil, el 655 44 33 22, pero no contestó."),
        ("", "Tiene toda la razón, la espera fue demasiado larga."),
        ("", "Gracias por comentarnos lo del ruido, vamos a cambiar las ventanas."),
    ],
    "it": [
        ("argumentative", "Lei è l'unico cliente che si sia mai lamentato in dieci anni."),
        ("argumentative", "Bastava leggere la descrizione prima di ordinare."),
        ("incentive", "In cambio di una recensione positiva le offriamo il caffè."),
        ("private", "L'abbiamo chiamata al cellulare 333 987 6543 senza risposta."),
        ("", "Ha perfettamente ragione, l'attesa è stata troppo lunga."),
        ("", "Grazie per averci detto del rumore, cambieremo le finestre."),
    ],
    "nl": [
        ("argumentative", "U bent de enige gast die hier in tien jaar over klaagt."),
        ("argumentative", "Het had volstaan om de beschrijving te lezen voordat u bestelde."),
        ("incentive", "In ruil voor een positieve review krijgt u een gratis kop koffie."),
        ("private", "We hebben u gebeld op 06-87654321 maar kregen geen gehoor."),
        ("", "U heeft helemaal gelijk, het wachten duurde te lang."),
        ("", "Dank voor uw opmerking over het lawaai, we vervangen de ramen."),
    ],
    "nb": [
        ("argumentative", "Du er den eneste gjesten som har klaget på dette på ti år."),
        ("argumentative", "Det hadde holdt å lese beskrivelsen før du bestilte."),
        ("incentive", "Som takk for en positiv anmeldelse spanderer vi kaffen."),
        ("private", "Vi ringte mobilen din, 987 65 432, uten svar."),
        ("", "Du har helt rett, ventetiden var for lang."),
        ("", "Takk for tilbakemeldingen om støyen, vi bytter vinduene."),
    ],
    "sv": [
        ("argumentative", "Du är den enda gäst som klagat på detta på tio år."),
        ("argumentative", "Det hade räckt att läsa beskrivningen innan du beställde."),
        ("incentive", "Som tack för en positiv recension bjuder vi på kaffet."),
        ("private", "Vi ringde din mobil, 073-987 65 43, utan svar."),
        ("", "Du har helt rätt, väntetiden var för lång."),
        ("", "Tack för synpunkten om bullret, vi byter fönstren."),
    ],
    "da": [
        ("argumentative", "Du er den eneste gæst, der har klaget over det på ti år."),
        ("argumentative", "Det havde været nok at læse beskrivelsen, før du bestilte."),
        ("incentive", "Som tak for en positiv anmeldelse giver vi kaffen."),
        ("private", "Vi ringede til din mobil, 28 76 54 32, uden svar."),
        ("", "Du har helt ret, ventetiden var for lang."),
        ("", "Tak for din kommentar om støjen, vi skifter vinduerne."),
    ],
    "fi": [
        ("argumentative", "Olette ainoa asiakas, joka on valittanut tästä kymmenessä vuodessa."),
        ("argumentative", "Olisi riittänyt, että luette kuvauksen ennen tilaamista."),
        ("incentive", "Positiivisesta arvostelusta tarjoamme teille kahvit."),
        ("private", "Soitimme matkapuhelimeenne 050 987 6543, mutta ette vastanneet."),
        ("", "Olette aivan oikeassa, odotus oli liian pitkä."),
        ("", "Kiitos palautteesta melusta, vaihdamme ikkunat."),
    ],
    "pl": [
        ("argumentative", "Jest Pan jedynym gościem, który narzekał na to od dziesięciu lat."),
        ("argumentative", "Wystarczyło przeczytać opis przed złożeniem zamówienia."),
        ("incentive", "W zamian za pozytywną opinię postawimy Panu kawę."),
        ("private", "Dzwoniliśmy na Pana komórkę 512 987 654, ale bez odpowiedzi."),
        ("", "Ma Pan całkowitą rację, czekanie trwało za długo."),
        ("", "Dziękujemy za uwagę o hałasie, wymienimy okna."),
    ],
    "lv": [
        ("argumentative", "Jūs esat vienīgais viesis, kurš par to sūdzējies desmit gadu laikā."),
        ("argumentative", "Pietika izlasīt aprakstu pirms pasūtīšanas."),
        ("incentive", "Apmaiņā pret pozitīvu atsauksmi mēs jums uzsauksim kafiju."),
        ("private", "Mēs zvanījām uz jūsu mobilo, 26 987 654, bet neatbildējāt."),
        ("", "Jums ir pilnīga taisnība, gaidīšana bija pārāk ilga."),
        ("", "Paldies par piezīmi par troksni, mēs nomainīsim logus."),
    ],
    "uk": [
        ("argumentative", "Ви єдиний гість, який скаржився на це за десять років."),
        ("argumentative", "Достатньо було прочитати опис перед замовленням."),
        ("incentive", "В обмін на позитивний відгук ми пригостимо вас кавою."),
        ("private", "Ми телефонували на ваш мобільний 095 987 65 43, але ви не відповіли."),
        ("", "Ви абсолютно праві, очікування було надто довгим."),
        ("", "Дякуємо за зауваження щодо шуму, ми замінимо вікна."),
    ],
    "pt": [
        ("argumentative", "É o único cliente que se queixou disto em dez anos."),
        ("argumentative", "Bastava ter lido a descrição antes de encomendar."),
        ("incentive", "Em troca de uma avaliação positiva oferecemos-lhe o café."),
        ("private", "Ligámos para o seu telemóvel, 936 987 654, sem resposta."),
        ("", "Tem toda a razão, a espera foi demasiado longa."),
        ("", "Obrigado pelo comentário sobre o barulho, vamos trocar as janelas."),
    ],
}

# Written after the second half of round 5 and only measured, never tuned on: other ways of
# arguing ("we don't understand why you write ...", "our website says very clearly"),
# incentives as a prize draw, addresses without postcodes, good replies that name the
# problem. Recall 0.46 (0.23 before round 5), 1 of 39 good replies flagged (3 before).
# Its misses were then read (a reply read as a whole in every language came of it), so
# it is tuning data now; ROUND_5_LAST was written after that and only measured.
ROUND_5_FINAL: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "argumentative",
            "Dass Sie jetzt eine schlechte Bewertung schreiben, nachdem Sie drei Nächte geblieben sind, verstehen wir nicht.",
        ),
        (
            "argumentative",
            "Auf unserer Website steht ganz deutlich, dass Haustiere nicht erlaubt sind.",
        ),
        (
            "incentive",
            "Jeder, der uns eine Bewertung schreibt, nimmt an der Verlosung eines Wellness-Wochenendes teil.",
        ),
        ("private", "Frau Schulz aus der Gartenstraße 8 hat das Paket für Sie angenommen."),
        ("", "Das mit dem kaputten Aufzug tut uns aufrichtig leid, er wird am Montag repariert."),
        (
            "",
            "Schön, dass Ihnen die Torte geschmeckt hat, wir geben das Lob an die Konditorei weiter.",
        ),
        ("", "Die Wartezeit war zu lang, da haben Sie recht. Wir stellen zwei neue Köche ein."),
    ],
    "fr": [
        (
            "argumentative",
            "Nous ne comprenons pas que vous publiiez un tel avis après trois nuits chez nous.",
        ),
        (
            "argumentative",
            "Notre site indique très clairement que les animaux ne sont pas acceptés.",
        ),
        (
            "incentive",
            "Chaque client qui laisse un avis participe au tirage au sort d'un week-end spa.",
        ),
        ("private", "Votre voisine du 14 rue Pasteur a réceptionné le colis."),
        ("", "Nous sommes sincèrement désolés pour l'ascenseur en panne, il sera réparé lundi."),
        ("", "Ravis que le gâteau vous ait plu, nous transmettons vos compliments au pâtissier."),
        ("", "L'attente était trop longue, c'est vrai. Nous embauchons deux cuisiniers."),
    ],
    "es": [
        (
            "argumentative",
            "No entendemos que escriba una mala reseña después de alojarse tres noches con nosotros.",
        ),
        ("argumentative", "En nuestra web se indica muy claramente que no se admiten mascotas."),
        (
            "incentive",
            "Todos los clientes que dejen una reseña participan en el sorteo de un fin de semana en el spa.",
        ),
        ("private", "Su vecina de la Calle Sierpes 22 recogió el paquete."),
        ("", "Sentimos de verdad lo del ascensor averiado, lo reparan el lunes."),
        ("", "Nos alegra que le gustara la tarta, se lo diremos al pastelero."),
        ("", "La espera fue demasiado larga, es cierto. Vamos a contratar a dos cocineros."),
    ],
    "it": [
        (
            "argumentative",
            "Non capiamo perché scriva una recensione negativa dopo aver soggiornato tre notti da noi.",
        ),
        (
            "argumentative",
            "Sul nostro sito è scritto molto chiaramente che gli animali non sono ammessi.",
        ),
        (
            "incentive",
            "Chi ci lascia una recensione partecipa all'estrazione di un weekend alla spa.",
        ),
        ("private", "La sua vicina di Via Mazzini 9 ha ritirato il pacco."),
        ("", "Ci dispiace davvero per l'ascensore guasto, lunedì verrà riparato."),
        ("", "Siamo felici che la torta le sia piaciuta, lo diremo al pasticcere."),
        ("", "L'attesa è stata troppo lunga, è vero. Assumeremo due cuochi."),
    ],
    "nl": [
        (
            "argumentative",
            "Wij begrijpen niet waarom u na drie nachten bij ons een slechte recensie schrijft.",
        ),
        (
            "argumentative",
            "Op onze website staat heel duidelijk dat huisdieren niet zijn toegestaan.",
        ),
        ("incentive", "Iedereen die een review achterlaat, maakt kans op een wellnessweekend."),
        ("private", "Uw buurvrouw op de Dorpsstraat 14 heeft het pakket aangenomen."),
        ("", "Het spijt ons oprecht van de kapotte lift, maandag wordt hij gerepareerd."),
        ("", "Fijn dat de taart u smaakte, we geven het compliment door aan de bakker."),
        ("", "Het wachten duurde te lang, dat klopt. We nemen twee koks aan."),
    ],
    "nb": [
        (
            "argumentative",
            "Vi forstår ikke at du skriver en dårlig anmeldelse etter å ha bodd tre netter hos oss.",
        ),
        ("argumentative", "Det står veldig tydelig på nettsiden vår at kjæledyr ikke er tillatt."),
        ("incentive", "Alle som legger igjen en anmeldelse, er med i trekningen av en spahelg."),
        ("private", "Naboen din i Bygdøy allé 14 tok imot pakken."),
        ("", "Vi beklager virkelig heisen som var i stykker, den blir reparert mandag."),
        ("", "Så hyggelig at kaken smakte, vi gir rosen videre til konditoren."),
        ("", "Ventetiden var for lang, det stemmer. Vi ansetter to nye kokker."),
    ],
    "sv": [
        (
            "argumentative",
            "Vi förstår inte varför du skriver ett dåligt omdöme efter att ha bott tre nätter hos oss.",
        ),
        ("argumentative", "Det står mycket tydligt på vår webbplats att husdjur inte är tillåtna."),
        ("incentive", "Alla som lämnar en recension är med i utlottningen av en spahelg."),
        ("private", "Din granne på Vasagatan 14 tog emot paketet."),
        ("", "Vi beklagar verkligen den trasiga hissen, den lagas på måndag."),
        ("", "Kul att tårtan smakade, vi skickar berömmet vidare till konditorn."),
        ("", "Väntetiden var för lång, det stämmer. Vi anställer två nya kockar."),
    ],
    "da": [
        (
            "argumentative",
            "Vi forstår ikke, at du skriver en dårlig anmeldelse efter at have boet tre nætter hos os.",
        ),
        (
            "argumentative",
            "Der står meget tydeligt på vores hjemmeside, at kæledyr ikke er tilladt.",
        ),
        (
            "incentive",
            "Alle, der skriver en anmeldelse, deltager i lodtrækningen om en spaweekend.",
        ),
        ("private", "Din nabo på Østerbrogade 14 tog imod pakken."),
        ("", "Vi beklager virkelig den ødelagte elevator, den bliver repareret mandag."),
        ("", "Dejligt at kagen smagte, vi giver rosen videre til konditoren."),
        ("", "Ventetiden var for lang, det er rigtigt. Vi ansætter to nye kokke."),
    ],
    "fi": [
        (
            "argumentative",
            "Emme ymmärrä, miksi kirjoitatte huonon arvostelun yövyttyänne luonamme kolme yötä.",
        ),
        (
            "argumentative",
            "Verkkosivuillamme kerrotaan hyvin selvästi, että lemmikit eivät ole sallittuja.",
        ),
        ("incentive", "Kaikki arvostelun jättäneet osallistuvat kylpyläviikonlopun arvontaan."),
        ("private", "Naapurinne osoitteessa Hämeenkatu 14 otti paketin vastaan."),
        ("", "Pahoittelemme todella rikkinäistä hissiä, se korjataan maanantaina."),
        ("", "Mukava kuulla, että kakku maistui, välitämme kiitoksen leipurille."),
        ("", "Odotus oli liian pitkä, se pitää paikkansa. Palkkaamme kaksi uutta kokkia."),
    ],
    "pl": [
        (
            "argumentative",
            "Nie rozumiemy, dlaczego po trzech nocach u nas wystawia Pan złą opinię.",
        ),
        (
            "argumentative",
            "Na naszej stronie jest bardzo wyraźnie napisane, że zwierzęta nie są akceptowane.",
        ),
        ("incentive", "Każdy, kto wystawi opinię, weźmie udział w losowaniu weekendu w spa."),
        ("private", "Pana sąsiadka z ul. Długiej 14 odebrała paczkę."),
        ("", "Naprawdę przepraszamy za zepsutą windę, w poniedziałek zostanie naprawiona."),
        ("", "Cieszymy się, że tort smakował, przekażemy pochwałę cukiernikowi."),
        ("", "Czekanie trwało za długo, to prawda. Zatrudniamy dwóch nowych kucharzy."),
    ],
    "lv": [
        (
            "argumentative",
            "Mēs nesaprotam, kāpēc jūs rakstāt sliktu atsauksmi pēc trīs naktīm pie mums.",
        ),
        ("argumentative", "Mūsu mājaslapā ir ļoti skaidri rakstīts, ka mājdzīvnieki nav atļauti."),
        ("incentive", "Ikviens, kurš atstās atsauksmi, piedalīsies SPA nedēļas nogales izlozē."),
        ("private", "Jūsu kaimiņiene no Tērbatas ielas 14 pieņēma paku."),
        ("", "Mums patiesi žēl par salūzušo liftu, pirmdien to salabos."),
        ("", "Priecājamies, ka kūka garšoja, nodosim uzslavu konditoram."),
        ("", "Gaidīšana bija pārāk ilga, tā ir taisnība. Mēs pieņemam darbā divus pavārus."),
    ],
    "uk": [
        (
            "argumentative",
            "Ми не розуміємо, чому ви пишете поганий відгук після трьох ночей у нас.",
        ),
        ("argumentative", "На нашому сайті дуже чітко написано, що тварини не допускаються."),
        ("incentive", "Кожен, хто залишить відгук, бере участь у розіграші спа-вихідних."),
        ("private", "Ваша сусідка з вул. Франка 14 отримала посилку."),
        ("", "Нам щиро шкода через зламаний ліфт, у понеділок його відремонтують."),
        ("", "Раді, що торт вам смакував, передамо похвалу кондитеру."),
        ("", "Очікування було надто довгим, це правда. Ми наймаємо двох нових кухарів."),
    ],
    "pt": [
        (
            "argumentative",
            "Não percebemos porque escreve uma má avaliação depois de ficar três noites connosco.",
        ),
        (
            "argumentative",
            "No nosso site está escrito muito claramente que não são aceites animais.",
        ),
        (
            "incentive",
            "Todos os que deixarem uma avaliação participam no sorteio de um fim de semana no spa.",
        ),
        ("private", "A sua vizinha da Rua do Carmo 14 recebeu a encomenda."),
        ("", "Lamentamos sinceramente o elevador avariado, será reparado na segunda-feira."),
        ("", "Ficamos contentes por ter gostado do bolo, vamos passar o elogio ao pasteleiro."),
        ("", "A espera foi demasiado longa, é verdade. Vamos contratar dois cozinheiros."),
    ],
}
# Round 5: written and committed before the English checks were changed in round 5 (by the
# same person who then changed them, so tuning data with a before/after figure, not a blind
# set). Defensive replies that correct, lecture, doubt the visit, compare with other guests,
# put the review in scare quotes or thank passive-aggressively, mostly without the phrases
# above; and good replies, among them apologies naming the problem, "we should have", polite
# policy explanations and tips.
FIFTH_EN: list[tuple[str, str]] = [
    (
        "argumentative",
        "Our staff are trained professionals. Perhaps the problem was your attitude.",
    ),
    ("argumentative", "Maybe read the booking terms next time."),
    ("argumentative", "You could have asked for a different table instead of writing this."),
    ("argumentative", "Interesting that you ate every last bite of a meal you hated."),
    (
        "argumentative",
        "We have hundreds of happy customers every week. Clearly we're doing something right.",
    ),
    ("argumentative", "Nobody forced you to stay."),
    (
        "argumentative",
        "The 'cold' soup you mention is a gazpacho. It is meant to be cold.",
    ),
    ("argumentative", "We don't recognise your description of events at all."),
    (
        "argumentative",
        "Check-in is at 3 pm, as it says on your confirmation. Arriving at noon and complaining "
        "is not reasonable.",
    ),
    (
        "argumentative",
        "Thanks so much for your review, it's always nice to hear from someone who has never "
        "run a restaurant.",
    ),
    (
        "argumentative",
        "The parking fee is on our website. Reading it would have saved you the surprise.",
    ),
    ("argumentative", "Sorry, but we're not going to apologise for following the law."),
    ("argumentative", "Our other guests had no trouble finding the entrance."),
    (
        "argumentative",
        "Obviously the room is smaller than a palace, it cost 60 euros a night.",
    ),
    ("argumentative", "It seems you've confused us with another hotel."),
    ("argumentative", "We can find no record of you ever dining with us."),
    ("argumentative", "A one-star review over a late dessert is a bit much, don't you think?"),
    ("argumentative", "Calm down. It was a ten minute wait."),
    (
        "",
        "We're sorry your dessert arrived late, that shouldn't happen. We've spoken to the "
        "kitchen.",
    ),
    ("", "Thank you for the lovely words about our garden, Maria!"),
    (
        "",
        "Sorry the parking fee caught you by surprise. We've moved it to the top of the booking "
        "page.",
    ),
    (
        "",
        "Check-in starts at 3 pm because the rooms are cleaned between guests; next time we'll "
        "happily store your bags earlier.",
    ),
    (
        "",
        "You're right that the soup was too salty that night. The chef has adjusted the recipe.",
    ),
    (
        "",
        "We're sorry we couldn't find your booking at first. That must have been stressful "
        "after a long trip.",
    ),
    (
        "",
        "Thank you for letting us know about the broken shower. It was repaired the same "
        "afternoon.",
    ),
    (
        "",
        "We're disappointed to hear the room was noisy. We've added double glazing to the "
        "street-side rooms.",
    ),
    ("", "Thanks for staying with us, Tom. We hope the conference went well!"),
    (
        "",
        "Apologies for the long queue at the bar on Saturday; we've added a second bartender "
        "for weekends.",
    ),
    (
        "",
        "We understand your frustration with the delay, and we've refunded the delivery fee.",
    ),
    ("", "Great to hear the kids loved the pool! See you next summer."),
    (
        "",
        "Unfortunately the terrace is closed in winter for safety reasons. We're sorry you "
        "missed it.",
    ),
    (
        "",
        "We should have told you about the building work when you booked. That was our mistake.",
    ),
    (
        "",
        "For a quieter room, just mention it when booking and we'll give you one on the garden "
        "side.",
    ),
    (
        "",
        "Our kitchen closes at 10 pm so the team can get home; we're sorry we couldn't serve "
        "you that night.",
    ),
]

# Round 5, second English set: written after the round's English checks were changed and
# committed before they were run on it (same person, so it knows the checks' ideas: a check,
# not a blind figure). Many good replies use the words the new checks look at ("read",
# "clearly", "won't", "record", "first time", quotes, "relax") to measure false positives.
SIXTH_EN: list[tuple[str, str]] = [
    (
        "argumentative",
        "Honestly, if the noise bothers you that much, a city-centre hotel was a strange pick.",
    ),
    (
        "argumentative",
        "The menu says 'spicy' in red letters. We're not sure what else we could do.",
    ),
    ("argumentative", "We've been doing this for 30 years and know how to cook a steak."),
    ("argumentative", "Most guests manage to find the lift without any trouble."),
    ("argumentative", "So you waited five minutes. That is not a 'long wait' in any restaurant."),
    ("argumentative", "Read the listing again: it says shared bathroom, twice."),
    ("argumentative", "Perhaps try a chain hotel next time if you want everything identical."),
    ("argumentative", "Our waiter remembers your table very differently, and so do we."),
    ("argumentative", "We're a small family business, not your personal punching bag."),
    ("argumentative", "Funny how the complaint only appeared after we refused the discount."),
    ("argumentative", "The photos on the website are real. Your expectations were not."),
    ("argumentative", "It's a bakery. Bread goes stale if you leave it out for two days."),
    ("argumentative", "Obviously we can't control the traffic on your way here."),
    ("argumentative", "Nobody else at the wedding had a problem with the music."),
    ("argumentative", "Thanks for the lecture on how to run a hotel."),
    ("argumentative", "You booked the cheapest room and got the cheapest room."),
    ("", "Thank you for the review! You can read about our new autumn menu on our website."),
    ("", "We're sorry the bathroom was shared; we've made that clearer on the listing."),
    ("", "Clearly we got it wrong that night, and we're sorry. The chef has spoken to the team."),
    ("", "We won't let this happen again: the fridge has been repaired and checked."),
    (
        "",
        "This is the first time we've hosted a wedding this size, and your kind words mean a lot.",
    ),
    (
        "",
        "Our records show the refund went out on Monday; please let us know if it hasn't arrived.",
    ),
    ("", "Relax and enjoy your next stay: we've upgraded the beds in every room."),
    ("", "We loved having you and your 'little monsters', as you called them!"),
    ("", "You could have the terrace table next time; just ask when you book."),
    ("", "Sorry about the wait at reception. We now open a second desk at busy times."),
    ("", "We're glad the staff could help when your car broke down."),
    ("", "The problem with the heating was ours, not yours, and we have fixed it."),
    ("", "Please check your inbox: we've sent a voucher for the missing dessert."),
    ("", "We can't refund online orders in the shop, but we've emailed you a return label."),
    ("", "Apparently the new coffee machine was a hit! Thanks for letting us know."),
    ("", "We hear you about the parking and have added signs from the main road."),
    ("", "Thank you, Priya. Remember to show this review at the bar for your free drink."),
    ("", "Many thanks! Obviously we're thrilled you liked the new rooms."),
    ("", "You're right, the portions were smaller than usual; we've gone back to the old size."),
    ("", "We apologise for the mix-up with your booking and have refunded the difference."),
]

# Written at the very end of round 5, after every check had landed, and only measured:
# other ways of arguing ("30 years in the trade", "your criticism is exaggerated"), drinks
# "on the house" for a good review, customer numbers, and good replies with no apology or
# thanks at all. Recall 0.60 (0.25 before round 5), no good reply flagged (none before).
# Then read: "your criticism is exaggerated", standing on one's record ("30 years in the
# trade") and "on the house" came of it, so it is tuning data now; ROUND_5_CLOSING is the
# set measured after.
ROUND_5_LAST: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "argumentative",
            "Wir sind seit 30 Jahren im Geschäft und wissen, wie man ein Steak brät.",
        ),
        ("argumentative", "Ihre Kritik ist übertrieben, so schlimm war es nun wirklich nicht."),
        (
            "incentive",
            "Schreiben Sie uns eine gute Rezension und das nächste Getränk geht aufs Haus.",
        ),
        ("private", "Herr Becker, Ihre Kundennummer 55120387 ist jetzt entsperrt."),
        ("", "Die Parkplätze hinter dem Haus sind ab sofort kostenlos. Bis bald!"),
        ("", "Gut zu wissen, dass der Wasserdruck zu schwach war – der Installateur kommt morgen."),
        ("", "Wir haben die Speisekarte überarbeitet und mehr vegetarische Gerichte aufgenommen."),
    ],
    "fr": [
        ("argumentative", "Nous sommes dans le métier depuis 30 ans et savons cuire une viande."),
        ("argumentative", "Votre critique est exagérée, ce n'était vraiment pas si grave."),
        ("incentive", "Laissez-nous un bon commentaire et la prochaine boisson est pour nous."),
        ("private", "M. Bernard, votre numéro client 55120387 est débloqué."),
        ("", "Le parking derrière l'hôtel est désormais gratuit. À bientôt !"),
        ("", "Bon à savoir pour la pression de l'eau, le plombier passe demain."),
        ("", "Nous avons revu la carte et ajouté des plats végétariens."),
    ],
    "es": [
        ("argumentative", "Llevamos 30 años en el oficio y sabemos cocinar una carne."),
        ("argumentative", "Su crítica es exagerada, de verdad no fue para tanto."),
        ("incentive", "Déjenos un buen comentario y la próxima bebida corre de nuestra cuenta."),
        ("private", "Sr. López, su número de cliente 55120387 ya está desbloqueado."),
        ("", "El aparcamiento detrás del hotel ya es gratuito. ¡Hasta pronto!"),
        ("", "Tomamos nota de la presión del agua, el fontanero viene mañana."),
        ("", "Hemos renovado la carta y añadido platos vegetarianos."),
    ],
    "it": [
        ("argumentative", "Siamo nel settore da 30 anni e sappiamo come si cuoce una bistecca."),
        ("argumentative", "La sua critica è esagerata, non era davvero così grave."),
        ("incentive", "Ci lasci un bel commento e il prossimo drink lo offre la casa."),
        ("private", "Sig. Bianchi, il suo codice cliente 55120387 è stato sbloccato."),
        ("", "Il parcheggio dietro l'hotel ora è gratuito. A presto!"),
        ("", "Preso nota della pressione dell'acqua, l'idraulico arriva domani."),
        ("", "Abbiamo rinnovato il menù con più piatti vegetariani."),
    ],
    "nl": [
        ("argumentative", "Wij zitten al 30 jaar in het vak en weten hoe je een biefstuk bakt."),
        ("argumentative", "Uw kritiek is overdreven, zo erg was het echt niet."),
        ("incentive", "Laat een goede review achter en het volgende drankje is van het huis."),
        ("private", "Meneer Jansen, uw klantnummer 55120387 is weer vrijgegeven."),
        ("", "Het parkeren achter het hotel is voortaan gratis. Tot ziens!"),
        ("", "Goed om te weten van de waterdruk, de loodgieter komt morgen."),
        ("", "We hebben de kaart vernieuwd met meer vegetarische gerechten."),
    ],
    "nb": [
        ("argumentative", "Vi har drevet i 30 år og vet hvordan man steker en biff."),
        ("argumentative", "Kritikken din er overdrevet, så ille var det virkelig ikke."),
        ("incentive", "Skriv en god anmeldelse, så spanderer huset neste drink."),
        ("private", "Hei Ola, kundenummeret ditt 55120387 er nå åpnet igjen."),
        ("", "Parkeringen bak hotellet er nå gratis. Vi ses!"),
        ("", "Godt å vite om vanntrykket, rørleggeren kommer i morgen."),
        ("", "Vi har fornyet menyen med flere vegetarretter."),
    ],
    "sv": [
        ("argumentative", "Vi har hållit på i 30 år och vet hur man steker en biff."),
        ("argumentative", "Din kritik är överdriven, så illa var det verkligen inte."),
        ("incentive", "Skriv en bra recension så bjuder huset på nästa drink."),
        ("private", "Hej Erik, ditt kundnummer 55120387 är nu upplåst."),
        ("", "Parkeringen bakom hotellet är nu gratis. Vi ses!"),
        ("", "Bra att veta om vattentrycket, rörmokaren kommer i morgon."),
        ("", "Vi har förnyat menyn med fler vegetariska rätter."),
    ],
    "da": [
        ("argumentative", "Vi har været i branchen i 30 år og ved, hvordan man steger en bøf."),
        ("argumentative", "Din kritik er overdrevet, så slemt var det altså ikke."),
        ("incentive", "Skriv en god anmeldelse, så giver huset næste drink."),
        ("private", "Hej Lars, dit kundenummer 55120387 er nu låst op."),
        ("", "Parkeringen bag hotellet er nu gratis. Vi ses!"),
        ("", "Godt at vide med vandtrykket, VVS-manden kommer i morgen."),
        ("", "Vi har fornyet menuen med flere vegetarretter."),
    ],
    "fi": [
        ("argumentative", "Olemme olleet alalla 30 vuotta ja osaamme paistaa pihvin."),
        ("argumentative", "Kritiikkinne on liioiteltua, ei se nyt niin paha ollut."),
        ("incentive", "Kirjoittakaa meille hyvä arvostelu, niin seuraava juoma on talon tarjous."),
        ("private", "Hei Mikko, asiakasnumeronne 55120387 on nyt avattu."),
        ("", "Pysäköinti hotellin takana on nyt maksutonta. Nähdään!"),
        ("", "Hyvä tietää vedenpaineesta, putkimies tulee huomenna."),
        ("", "Olemme uudistaneet ruokalistan ja lisänneet kasvisruokia."),
    ],
    "pl": [
        ("argumentative", "Jesteśmy w branży od 30 lat i wiemy, jak usmażyć stek."),
        ("argumentative", "Pana krytyka jest przesadzona, naprawdę nie było aż tak źle."),
        ("incentive", "Proszę wystawić nam dobrą opinię, a następny drink będzie na koszt firmy."),
        ("private", "Panie Tomaszu, Pana numer klienta 55120387 został odblokowany."),
        ("", "Parking za hotelem jest od teraz bezpłatny. Do zobaczenia!"),
        ("", "Dobrze wiedzieć o ciśnieniu wody, hydraulik przyjdzie jutro."),
        ("", "Odświeżyliśmy menu i dodaliśmy dania wegetariańskie."),
    ],
    "lv": [
        ("argumentative", "Mēs esam nozarē 30 gadus un zinām, kā apcept steiku."),
        ("argumentative", "Jūsu kritika ir pārspīlēta, nemaz tik slikti nebija."),
        ("incentive", "Uzrakstiet mums labu atsauksmi, un nākamais dzēriens būs uz mājas rēķina."),
        ("private", "Labdien, Andri, jūsu klienta numurs 55120387 ir atbloķēts."),
        ("", "Stāvvieta aiz viesnīcas tagad ir bezmaksas. Uz tikšanos!"),
        ("", "Labi zināt par ūdens spiedienu, santehniķis ieradīsies rīt."),
        ("", "Esam atjaunojuši ēdienkarti un pievienojuši veģetāros ēdienus."),
    ],
    "uk": [
        ("argumentative", "Ми працюємо 30 років і знаємо, як підсмажити стейк."),
        ("argumentative", "Ваша критика перебільшена, насправді все було не так погано."),
        ("incentive", "Напишіть нам хороший відгук, і наступний напій за рахунок закладу."),
        ("private", "Пане Андрію, ваш номер клієнта 55120387 розблоковано."),
        ("", "Парковка за готелем тепер безкоштовна. До зустрічі!"),
        ("", "Добре знати про тиск води, сантехнік прийде завтра."),
        ("", "Ми оновили меню та додали вегетаріанські страви."),
    ],
    "pt": [
        ("argumentative", "Estamos no ramo há 30 anos e sabemos grelhar um bife."),
        ("argumentative", "A sua crítica é exagerada, não foi assim tão mau."),
        ("incentive", "Deixe-nos um bom comentário e a próxima bebida é por conta da casa."),
        ("private", "Sr. Costa, o seu número de cliente 55120387 foi desbloqueado."),
        ("", "O estacionamento atrás do hotel passou a ser gratuito. Até breve!"),
        ("", "Bom saber da pressão da água, o canalizador vem amanhã."),
        ("", "Renovámos a ementa e juntámos pratos vegetarianos."),
    ],
}

# Written after every round-5 check (ROUND_5_LAST's changes included) and measured once:
# recall 0.60 (0.29 before round 5), but 9 of 52 good replies flagged (6 before round 5):
# "what a pity the fish was not to your taste" read as defensive (no courtesy word, a
# negation, "your"). Regret ("schade", "peccato", "szkoda"...) now counts as courtesy: 0 of
# 52 flagged after reading, which makes this set tuning data for false positives too.
ROUND_5_CLOSING: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "argumentative",
            "Offenbar haben Sie einen anderen Abend erlebt als alle anderen an diesem Tisch.",
        ),
        ("argumentative", "Wer im Hochsommer ohne Reservierung kommt, muss eben warten."),
        (
            "incentive",
            "Wer seine Bewertung auf fünf Sterne ändert, bekommt beim nächsten Besuch ein Dessert umsonst.",
        ),
        ("private", "Die Rücksendung an Frau Klein, Am Markt 3, 04109 Leipzig ist unterwegs."),
        ("", "Danke für Ihre Bewertung, wir laden Sie herzlich ein, bald wiederzukommen."),
        ("", "Sie haben recht, die Musik war zu laut. Wir haben die Lautsprecher neu eingestellt."),
        (
            "",
            "Schade, dass der Fisch nicht nach Ihrem Geschmack war, wir geben es an die Küche weiter.",
        ),
        ("", "Ihr Lob für unser Team freut uns sehr!"),
    ],
    "fr": [
        (
            "argumentative",
            "Visiblement, vous n'avez pas vécu la même soirée que le reste de votre table.",
        ),
        (
            "argumentative",
            "Quand on vient en plein août sans réserver, il faut s'attendre à patienter.",
        ),
        (
            "incentive",
            "Si vous passez votre note à cinq étoiles, le dessert vous sera offert à votre prochaine visite.",
        ),
        ("private", "Le retour a été envoyé à Mme Petit, 3 place du Marché, 69002 Lyon."),
        ("", "Merci pour votre avis, nous vous invitons à revenir bientôt."),
        ("", "Vous avez raison, la musique était trop forte. Nous avons réglé les enceintes."),
        ("", "Dommage que le poisson ne vous ait pas plu, nous transmettons à la cuisine."),
        ("", "Vos compliments pour l'équipe nous font très plaisir !"),
    ],
    "es": [
        ("argumentative", "Por lo visto usted vivió una noche distinta a la del resto de su mesa."),
        (
            "argumentative",
            "Quien viene en pleno agosto sin reservar tiene que esperar, es lo normal.",
        ),
        (
            "incentive",
            "Si cambia su valoración a cinco estrellas, el postre de su próxima visita es gratis.",
        ),
        ("private", "La devolución se envió a la Sra. Ruiz, Plaza Mayor 3, 37002 Salamanca."),
        ("", "Gracias por su reseña, le esperamos de nuevo muy pronto."),
        ("", "Tiene razón, la música estaba demasiado alta. Ya hemos ajustado los altavoces."),
        ("", "Qué pena que el pescado no fuera de su gusto, se lo comentamos a la cocina."),
        ("", "¡Nos alegran mucho sus elogios al equipo!"),
    ],
    "it": [
        ("argumentative", "A quanto pare lei ha vissuto una serata diversa dal resto del tavolo."),
        ("argumentative", "Chi viene a Ferragosto senza prenotare deve mettere in conto l'attesa."),
        (
            "incentive",
            "Se porta la sua valutazione a cinque stelle, il dolce della prossima visita è gratis.",
        ),
        (
            "private",
            "Il reso è stato spedito alla signora Conti, Piazza del Mercato 3, 40121 Bologna.",
        ),
        ("", "Grazie per la recensione, la aspettiamo presto di nuovo."),
        ("", "Ha ragione, la musica era troppo alta. Abbiamo regolato le casse."),
        ("", "Peccato che il pesce non fosse di suo gusto, lo riferiremo alla cucina."),
        ("", "I suoi complimenti allo staff ci fanno molto piacere!"),
    ],
    "nl": [
        (
            "argumentative",
            "Blijkbaar heeft u een andere avond meegemaakt dan de rest van uw tafel.",
        ),
        ("argumentative", "Wie hartje zomer zonder reservering komt, moet nu eenmaal wachten."),
        (
            "incentive",
            "Wie zijn beoordeling naar vijf sterren zet, krijgt bij het volgende bezoek een gratis dessert.",
        ),
        ("private", "De retourzending ging naar mevrouw Bakker, Marktplein 3, 3511 LL Utrecht."),
        ("", "Dank voor uw review, we zien u graag snel weer."),
        ("", "U heeft gelijk, de muziek stond te hard. We hebben de speakers bijgesteld."),
        ("", "Jammer dat de vis niet naar uw smaak was, we geven het door aan de keuken."),
        ("", "Uw complimenten voor het team doen ons veel plezier!"),
    ],
    "nb": [
        ("argumentative", "Du har tydeligvis opplevd en annen kveld enn resten av bordet."),
        (
            "argumentative",
            "Den som kommer midt i fellesferien uten å bestille bord, må regne med å vente.",
        ),
        ("incentive", "Endrer du vurderingen til fem stjerner, får du gratis dessert neste gang."),
        ("private", "Returen ble sendt til Eva Berg, Torget 3, 5014 Bergen."),
        ("", "Takk for anmeldelsen, velkommen tilbake snart."),
        ("", "Du har rett, musikken var for høy. Vi har justert høyttalerne."),
        ("", "Synd at fisken ikke falt i smak, vi gir beskjed til kjøkkenet."),
        ("", "Rosen til teamet varmer!"),
    ],
    "sv": [
        ("argumentative", "Du har uppenbarligen upplevt en annan kväll än resten av bordet."),
        ("argumentative", "Den som kommer mitt i juli utan att boka bord får räkna med att vänta."),
        ("incentive", "Ändrar du ditt betyg till fem stjärnor får du gratis efterrätt nästa gång."),
        ("private", "Returen skickades till Eva Lind, Stortorget 3, 211 22 Malmö."),
        ("", "Tack för recensionen, välkommen tillbaka snart."),
        ("", "Du har rätt, musiken var för hög. Vi har justerat högtalarna."),
        ("", "Synd att fisken inte föll dig i smaken, vi framför det till köket."),
        ("", "Berömmet till teamet värmer!"),
    ],
    "da": [
        ("argumentative", "Du har åbenbart oplevet en anden aften end resten af bordet."),
        (
            "argumentative",
            "Den der kommer midt i juli uden at bestille bord, må regne med at vente.",
        ),
        (
            "incentive",
            "Ændrer du din bedømmelse til fem stjerner, får du gratis dessert næste gang.",
        ),
        ("private", "Returen blev sendt til Eva Holm, Torvet 3, 8000 Aarhus C."),
        ("", "Tak for anmeldelsen, velkommen tilbage snart."),
        ("", "Du har ret, musikken var for høj. Vi har justeret højttalerne."),
        ("", "Ærgerligt at fisken ikke faldt i din smag, vi giver det videre til køkkenet."),
        ("", "Rosen til holdet varmer!"),
    ],
    "fi": [
        ("argumentative", "Ilmeisesti koitte eri illan kuin muu pöytäseurueenne."),
        ("argumentative", "Joka tulee keskellä heinäkuuta ilman pöytävarausta, joutuu odottamaan."),
        (
            "incentive",
            "Jos muutatte arvionne viiteen tähteen, saatte jälkiruoan ilmaiseksi ensi kerralla.",
        ),
        ("private", "Palautus lähetettiin Anna Korhoselle, Kauppatori 3, 20100 Turku."),
        ("", "Kiitos arvostelusta, tervetuloa pian uudelleen."),
        ("", "Olette oikeassa, musiikki oli liian kovalla. Säädimme kaiuttimet."),
        ("", "Harmi, ettei kala ollut mieleenne, välitämme tiedon keittiöön."),
        ("", "Kehut tiimille lämmittävät!"),
    ],
    "pl": [
        ("argumentative", "Najwidoczniej przeżył Pan inny wieczór niż reszta stolika."),
        (
            "argumentative",
            "Kto przychodzi w środku sierpnia bez rezerwacji, musi liczyć się z czekaniem.",
        ),
        (
            "incentive",
            "Jeśli zmieni Pan ocenę na pięć gwiazdek, deser przy następnej wizycie będzie gratis.",
        ),
        ("private", "Zwrot wysłaliśmy do Pani Nowak, Rynek 3, 31-042 Kraków."),
        ("", "Dziękujemy za opinię i zapraszamy ponownie."),
        ("", "Ma Pan rację, muzyka była za głośna. Wyregulowaliśmy głośniki."),
        ("", "Szkoda, że ryba nie przypadła Panu do gustu, przekażemy to kuchni."),
        ("", "Pochwały dla zespołu bardzo nas cieszą!"),
    ],
    "lv": [
        ("argumentative", "Acīmredzot jūs piedzīvojāt citu vakaru nekā pārējie pie galda."),
        ("argumentative", "Kas ierodas jūlija vidū bez rezervācijas, tam jārēķinās ar gaidīšanu."),
        (
            "incentive",
            "Ja nomainīsiet vērtējumu uz piecām zvaigznēm, nākamreiz deserts būs bez maksas.",
        ),
        ("private", "Atgriešana nosūtīta Annai Liepai, Tirgus laukums 3, Cēsis, LV-4101."),
        ("", "Paldies par atsauksmi, gaidīsim jūs atkal."),
        ("", "Jums ir taisnība, mūzika bija pārāk skaļa. Esam noregulējuši skaļruņus."),
        ("", "Žēl, ka zivs jums negaršoja, nodosim to virtuvei."),
        ("", "Jūsu uzslavas komandai mūs ļoti iepriecina!"),
    ],
    "uk": [
        ("argumentative", "Очевидно, ви пережили інший вечір, ніж решта вашого столу."),
        ("argumentative", "Хто приходить у розпал серпня без бронювання, мусить чекати."),
        (
            "incentive",
            "Якщо зміните оцінку на п'ять зірок, десерт під час наступного візиту безкоштовно.",
        ),
        ("private", "Повернення надіслали пані Ковальчук, пл. Ринок 3, Львів, 79008."),
        ("", "Дякуємо за відгук, чекаємо на вас знову."),
        ("", "Ви маєте рацію, музика була надто гучною. Ми налаштували колонки."),
        ("", "Шкода, що риба вам не смакувала, передамо кухні."),
        ("", "Ваші похвали команді нас дуже тішать!"),
    ],
    "pt": [
        ("argumentative", "Pelos vistos viveu uma noite diferente do resto da sua mesa."),
        ("argumentative", "Quem vem em pleno agosto sem reservar tem de contar com espera."),
        (
            "incentive",
            "Se mudar a sua classificação para cinco estrelas, a sobremesa da próxima visita é grátis.",
        ),
        (
            "private",
            "A devolução foi enviada para a Sra. Rocha, Praça do Comércio 3, 1100-148 Lisboa.",
        ),
        ("", "Obrigado pela avaliação, esperamos vê-lo em breve."),
        ("", "Tem razão, a música estava demasiado alta. Já ajustámos as colunas."),
        ("", "Pena o peixe não ter sido do seu agrado, vamos transmitir à cozinha."),
        ("", "Os seus elogios à equipa deixam-nos muito contentes!"),
    ],
}
