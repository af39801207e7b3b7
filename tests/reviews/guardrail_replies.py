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
