"""Blind multilingual evaluation set for the review-reply checker.

How it was written: blind and from scratch, by a writer who saw neither the
reply checker nor any earlier evaluation set. Each language's owner replies
were written directly in that language; all businesses, people, phone
numbers, addresses and references are invented. Replies imitate owner
responses on Google reviews, booking sites, app stores and Facebook pages
for many trades (restaurants, hotels, guesthouses, garages, dentists,
physiotherapists, vets, gyms, hairdressers, plumbers, electricians, online
shops, couriers, banks and apps, driving schools, cleaning firms and more).

Per language, 20 replies: 5 "argumentative", 3 "incentive", 4 "private",
8 "" (good), in that order. Codes (exactly one per reply):
  "argumentative" - argues with, blames, lectures, doubts, mocks, or is
                    sarcastic/defensive toward the reviewer;
  "incentive"     - offers something (discount, free item, refund, prize
                    draw entry) in exchange for a review, a better rating,
                    or editing/removing a review;
  "private"       - publishes the customer's private details (personal
                    email, phone, order/booking reference, home/delivery
                    address, card or account digits, full name with booking
                    details);
  ""              - a good, publishable reply (apology naming the problem,
                    thanks, policy explanation, invitation to get in touch);
                    the business's OWN contacts in CONTACTS are not private.
"""

from __future__ import annotations

CONTACTS = [
    "service@brightharbour-group.eu",
    "+49 40 5557 2140",
    "Hafenstraße 12, 20459 Hamburg",
]

BLIND_REPLIES: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "argumentative",
            "Auf unserem Video ist klar zu sehen, dass Sie das Gerät selbst fallen gelassen haben. Für Ungeschick gibt es leider keine Garantie.",
        ),
        (
            "argumentative",
            "Komisch, dass Ihnen das erst zwei Wochen später einfällt. Beim Bezahlen war doch angeblich noch alles wunderbar.",
        ),
        (
            "argumentative",
            "Wer um 21:55 Uhr kommt und sich wundert, dass die Küche um 22 Uhr schließt, sollte vielleicht mal einen Blick auf die Öffnungszeiten werfen.",
        ),
        (
            "argumentative",
            "Unsere Mitarbeiterinnen lassen sich von niemandem anschreien. Dass Sie gehen mussten, haben Sie sich ganz allein zuzuschreiben.",
        ),
        (
            "argumentative",
            "Wir warten seit 30 Jahren Heizungen. Ein paar YouTube-Videos ersetzen keine Meisterprüfung, auch wenn Sie das offenbar anders sehen.",
        ),
        (
            "incentive",
            "Das tut uns leid! Wenn Sie Ihre Bewertung auf 5 Sterne ändern, bekommen Sie beim nächsten Besuch einen Gutschein über 20 €.",
        ),
        (
            "incentive",
            "Die Reinigungskosten erstatten wir Ihnen selbstverständlich, sobald Sie diese Bewertung gelöscht haben.",
        ),
        (
            "incentive",
            "Jede neue Google-Bewertung nimmt automatisch an unserer Verlosung eines Wellness-Wochenendes teil. Bewerten Sie uns doch einfach noch einmal! 😊",
        ),
        (
            "private",
            "Sehr geehrte Frau Becker, Ihre Bestellung Nr. 2024-88341 wurde laut Sendungsverfolgung am 12.03. in der Lindenallee 7, 50668 Köln zugestellt.",
        ),
        (
            "private",
            "Hallo Herr Yilmaz, wir haben mehrfach versucht, Sie unter 0176 4432 1987 zu erreichen, leider ohne Erfolg.",
        ),
        (
            "private",
            "Die Rückerstattung über 59,90 € ist am Montag auf Ihre Mastercard mit der Endung 3381 gegangen.",
        ),
        (
            "private",
            "Lieber Jonas Krämer, Ihre Buchung für Zimmer 14 vom 3. bis 6. Mai wurde wegen Nichtanreise storniert. Die Bestätigung ging an jonas.kraemer@web.de.",
        ),
        (
            "",
            "Vielen Dank für Ihr Feedback und entschuldigen Sie bitte die lange Wartezeit. Am Samstag waren wir leider unterbesetzt, für die Wochenenden haben wir das Team inzwischen verstärkt.",
        ),
        (
            "",
            "Herzlichen Dank für die tolle Bewertung! Schön, dass Ihnen der neue Haarschnitt so gut gefällt.",
        ),
        (
            "",
            "Es tut uns leid, dass Ihr Paket beschädigt angekommen ist. Bitte melden Sie sich unter service@brightharbour-group.eu, dann schicken wir Ihnen sofort Ersatz.",
        ),
        (
            "",
            "Danke für den Hinweis zu den Umkleiden. Sie haben recht, das war nicht in Ordnung. Wir haben den Reinigungsplan angepasst.",
        ),
        (
            "",
            "Unsere Terminbedingungen sehen eine kostenfreie Absage bis 24 Stunden vorher vor, damit wir den Termin anderen Patienten anbieten können. Wir verstehen, dass das ärgerlich ist.",
        ),
        (
            "",
            "Vielen Dank, dass Sie sich die Zeit genommen haben! Wir geben das Lob gern an Frau Dr. Wolf und das ganze Praxisteam weiter.",
        ),
        (
            "",
            "Das tut uns sehr leid. Der Fehler beim Login ist bekannt und wird mit dem Update behoben, das Ende der Woche erscheint.",
        ),
        (
            "",
            "Wir bedauern, dass unser Techniker später als angekündigt kam, ohne Sie vorher anzurufen. Bei Fragen erreichen Sie uns jederzeit unter +49 40 5557 2140.",
        ),
    ],
    "fr": [
        (
            "argumentative",
            "Curieux que vous n'ayez rien dit sur place alors que vous avez fini votre assiette. Si c'était si mauvais, il suffisait de le dire au serveur.",
        ),
        (
            "argumentative",
            "Vérification faite, vous êtes arrivé avec 40 minutes de retard. Difficile ensuite de reprocher au moniteur d'avoir écourté la leçon.",
        ),
        (
            "argumentative",
            "Madame, nous ne sommes pas responsables si votre chien n'aime pas le bain. Nos toiletteurs ont quinze ans de métier, eux.",
        ),
        (
            "argumentative",
            "Encore un faux avis d'un concurrent, visiblement. Cette personne n'a jamais mis les pieds chez nous.",
        ),
        (
            "argumentative",
            "Vous avez signé le devis, tout était écrit noir sur blanc. Il aurait peut-être fallu le lire avant de venir râler ici.",
        ),
        (
            "incentive",
            "Nous sommes désolés ! Si vous passez votre note à 5 étoiles, le dessert vous sera offert lors de votre prochaine visite.",
        ),
        (
            "incentive",
            "Pour nous faire pardonner, nous vous rembourserons la prestation dès que vous aurez retiré cet avis.",
        ),
        (
            "incentive",
            "Laissez-nous un avis positif sur Google et profitez de -15 % sur votre prochaine commande avec le code MERCI15 !",
        ),
        (
            "private",
            "Bonjour Mme Lefebvre, votre commande n° FR-77120 a bien été livrée le 4 avril au 18 rue des Tilleuls, 69003 Lyon.",
        ),
        (
            "private",
            "Monsieur Martin, nous avons essayé de vous joindre à plusieurs reprises au 06 12 48 93 27, sans succès.",
        ),
        (
            "private",
            "Le remboursement de 42 € a été effectué sur votre carte se terminant par 6674.",
        ),
        (
            "private",
            "Bonjour Julie Moreau, concernant votre réservation de la chambre 8 du 12 au 15 juillet, nous vous avons répondu à julie.moreau84@gmail.com.",
        ),
        (
            "",
            "Merci pour votre retour et toutes nos excuses pour l'attente au téléphone. Nous avons renforcé l'équipe du standard pour mieux répondre aux appels.",
        ),
        (
            "",
            "Un grand merci pour ce très bel avis ! Toute l'équipe de l'auto-école est ravie de votre réussite, bonne route !",
        ),
        (
            "",
            "Nous sommes sincèrement désolés que votre commande soit arrivée abîmée. Écrivez-nous à service@brightharbour-group.eu et nous vous enverrons un remplacement.",
        ),
        (
            "",
            "Vous avez raison, la climatisation de la chambre ne fonctionnait pas et nous aurions dû vous proposer une autre chambre tout de suite. Le réparateur est passé depuis.",
        ),
        (
            "",
            "Notre politique d'annulation prévoit un délai de 48 heures, afin de pouvoir proposer le créneau à d'autres clients. Nous comprenons toutefois votre déception.",
        ),
        ("", "Merci beaucoup ! Nous transmettrons vos compliments à Camille, qui sera ravie."),
        (
            "",
            "Désolés pour ce bug lors du paiement. Il est corrigé dans la version 3.4, disponible dès aujourd'hui.",
        ),
        (
            "",
            "Nous regrettons que l'électricien soit arrivé en retard sans vous prévenir, ce n'est pas acceptable. N'hésitez pas à nous appeler au +49 40 5557 2140 pour en parler.",
        ),
    ],
    "es": [
        (
            "argumentative",
            "Qué casualidad que la queja llegue justo después de que le negáramos el descuento. Aquí se paga lo que se consume, como en todas partes.",
        ),
        (
            "argumentative",
            "Usted llegó media hora tarde a la cita y encima pretende que la doctora le atienda igual. Hay más pacientes aparte de usted.",
        ),
        (
            "argumentative",
            "Las fotos de la web son reales. Si esperaba un cinco estrellas por 40 euros la noche, el problema no es nuestro.",
        ),
        (
            "argumentative",
            "Perdone, pero 'la camarera no sonrió' no es motivo para poner una estrella. Aquí todos trabajamos mucho.",
        ),
        (
            "argumentative",
            "Vaya, otro experto en fontanería de internet. Nuestro técnico hizo su trabajo perfectamente, le guste o no.",
        ),
        (
            "incentive",
            "¡Sentimos lo ocurrido! Si cambia su reseña a 5 estrellas, le regalamos una sesión de masaje.",
        ),
        (
            "incentive",
            "Le devolvemos el importe de la clase si retira esta opinión. Escríbanos por privado y lo gestionamos.",
        ),
        (
            "incentive",
            "Todos los clientes que nos dejen una reseña positiva este mes entran en el sorteo de una tablet. ¡Anímese a valorarnos de nuevo!",
        ),
        (
            "private",
            "Hola, Marta García: su pedido 45-77812 se entregó en la calle Alcalá 210, 3.º B, Madrid, y lo recogió su vecino.",
        ),
        ("private", "Sr. Ruiz, le hemos llamado tres veces al 612 345 987 y no ha contestado."),
        ("private", "Ya le hemos devuelto los 27,50 € a su tarjeta acabada en 9012."),
        (
            "private",
            "Estimado Javier Fernández, sobre su reserva del 8 al 10 de agosto (localizador HX44T9), le hemos escrito a javi.fdez@hotmail.com.",
        ),
        (
            "",
            "Muchas gracias por su comentario y disculpe la espera. Ese sábado nos faltaba personal; ya hemos reforzado los turnos de fin de semana.",
        ),
        (
            "",
            "¡Mil gracias por sus palabras! Nos alegra muchísimo que su perrita se recuperara tan bien.",
        ),
        (
            "",
            "Sentimos mucho que el mueble llegara dañado. Escríbanos a service@brightharbour-group.eu y le enviaremos la pieza nueva sin coste.",
        ),
        (
            "",
            "Tiene toda la razón con lo de los vestuarios. Hemos añadido una limpieza extra por la tarde.",
        ),
        (
            "",
            "Nuestra política permite cancelar sin coste hasta 24 horas antes, para poder ofrecer la cita a otra persona. Entendemos que es frustrante.",
        ),
        (
            "",
            "Gracias por confiar en nosotros. Le transmitimos sus felicitaciones a Lucía y al resto del equipo de la academia.",
        ),
        (
            "",
            "Lamentamos el fallo de la app al hacer transferencias. Ya está corregido en la última versión; le recomendamos actualizarla.",
        ),
        (
            "",
            "Disculpe que la furgoneta de la mudanza llegara tan tarde sin avisar. No debería haber pasado. Puede llamarnos al +49 40 5557 2140 y lo hablamos.",
        ),
    ],
    "it": [
        (
            "argumentative",
            "Strano che si sia lamentato solo dopo aver finito tutto il piatto. Se non le piaceva, bastava dirlo al cameriere.",
        ),
        (
            "argumentative",
            "Le abbiamo spiegato tre volte le condizioni del contratto. Se non ascolta, non è certo colpa nostra.",
        ),
        (
            "argumentative",
            "Il nostro meccanico fa questo lavoro da 25 anni, non serve che venga lei a insegnargli il mestiere.",
        ),
        (
            "argumentative",
            "Recensione chiaramente scritta dalla concorrenza. Questo signore da noi non è mai entrato.",
        ),
        (
            "argumentative",
            "Se prenota la camera più economica a Ferragosto, non può pretendere la vista mare. Bastava leggere la descrizione.",
        ),
        (
            "incentive",
            "Ci dispiace! Se porta la recensione a 5 stelle, la prossima colazione è offerta da noi.",
        ),
        ("incentive", "Le rimborsiamo volentieri il taglio se cancella questa recensione."),
        (
            "incentive",
            "Lasciateci una recensione positiva su Google e avrete il 10% di sconto sul prossimo ordine! 🎁",
        ),
        (
            "private",
            "Gentile sig.ra Rossi, il suo ordine n. 330918 è stato consegnato il 3 marzo alle 11:20 in via Garibaldi 45, Torino.",
        ),
        (
            "private",
            "Sig. Bianchi, abbiamo provato a chiamarla al 347 829 1150 ma non ha mai risposto.",
        ),
        (
            "private",
            "Il rimborso di 64 € è stato accreditato sulla sua carta che termina con 2290.",
        ),
        (
            "private",
            "Gentile Francesca Colombo, per la sua prenotazione dal 20 al 22 giugno (codice PR-5521) le abbiamo scritto a francesca.colombo@libero.it.",
        ),
        (
            "",
            "Grazie per il suo riscontro e ci scusiamo per l'attesa. Quella sera eravamo a corto di personale e abbiamo già rivisto i turni.",
        ),
        ("", "Grazie di cuore per la bellissima recensione! Vi aspettiamo presto in agriturismo."),
        (
            "",
            "Siamo davvero spiacenti per il pacco danneggiato. Ci scriva a service@brightharbour-group.eu e le spediremo subito un sostituto.",
        ),
        (
            "",
            "Ha ragione, la palestra quel giorno non era pulita come dovrebbe. Abbiamo aggiunto un turno di pulizie nel pomeriggio.",
        ),
        (
            "",
            "La disdetta è gratuita fino a 24 ore prima, così possiamo offrire l'appuntamento ad altri pazienti. Capiamo il disagio e restiamo a disposizione.",
        ),
        (
            "",
            "Grazie mille! Riferiremo i complimenti alla dottoressa Greco, che ne sarà felicissima.",
        ),
        (
            "",
            "Ci scusiamo per il problema con l'app: è stato risolto con l'aggiornamento uscito oggi.",
        ),
        (
            "",
            "Ci dispiace che l'idraulico sia arrivato in ritardo senza avvisarla. Per qualsiasi chiarimento può contattarci al +49 40 5557 2140.",
        ),
    ],
    "nl": [
        (
            "argumentative",
            "Grappig dat u dit pas twee weken later meldt. Bij het afrekenen was alles nog prima, toch?",
        ),
        (
            "argumentative",
            "U kwam twintig minuten te laat en verwacht dan dat de fysiotherapeut voor u uitloopt? Er zitten nog meer mensen in de wachtkamer.",
        ),
        (
            "argumentative",
            "We hebben de camerabeelden bekeken en die kras zat er al op toen u de fiets binnenbracht. Einde discussie.",
        ),
        (
            "argumentative",
            "Als u de huisregels had gelezen, had u geweten dat honden niet op de kamer mogen. Zo moeilijk is het niet.",
        ),
        (
            "argumentative",
            "Eén ster omdat het regende tijdens de rondvaart? Daar kunnen wij helaas ook niks aan doen, hoor.",
        ),
        (
            "incentive",
            "Wat vervelend! Als u uw review aanpast naar 5 sterren, krijgt u van ons een gratis knipbeurt.",
        ),
        ("incentive", "We storten het bedrag terug zodra u deze recensie verwijdert."),
        ("incentive", "Laat een positieve review achter en maak kans op een waardebon van €50! 🎉"),
        (
            "private",
            "Beste mevrouw De Vries, uw pakket (ordernummer NL-558203) is op 14 mei afgeleverd op Kerkstraat 22, 3511 LX Utrecht.",
        ),
        (
            "private",
            "Meneer Jansen, we hebben u drie keer gebeld op 06 4821 7739, maar u nam niet op.",
        ),
        (
            "private",
            "De terugbetaling van €35,00 staat sinds dinsdag op uw rekening NL91 ABNA 0417 1643 00.",
        ),
        (
            "private",
            "Beste Sanne Bakker, over uw boeking van 2 t/m 5 augustus hebben we u gemaild op sanne.bakker90@hotmail.nl.",
        ),
        (
            "",
            "Bedankt voor uw feedback en excuses voor de lange wachttijd aan de telefoon. We hebben extra mensen op de klantenservice gezet.",
        ),
        ("", "Wat een fijne review, dankjewel! Leuk dat je zo blij bent met je nieuwe fiets."),
        (
            "",
            "Het spijt ons dat uw bestelling beschadigd aankwam. Mail ons op service@brightharbour-group.eu, dan sturen we direct een nieuwe.",
        ),
        (
            "",
            "U heeft gelijk, de douches waren die ochtend niet schoon. We hebben er een extra schoonmaakronde bij gezet.",
        ),
        (
            "",
            "Annuleren kan kosteloos tot 24 uur van tevoren, zodat we de plek aan iemand anders kunnen geven. We begrijpen dat dit vervelend is.",
        ),
        ("", "Dank u wel! We geven uw compliment door aan Joost en de rest van het team."),
        (
            "",
            "Sorry voor het ongemak met de app. De fout is opgelost in versie 2.8, die vandaag beschikbaar is.",
        ),
        (
            "",
            "Excuses dat de monteur later kwam zonder even te bellen. Dat hoort niet. U kunt ons altijd bereiken op +49 40 5557 2140.",
        ),
    ],
    "nb": [
        (
            "argumentative",
            "Rart at du ikke sa noe mens du satt her og spiste opp hele pizzaen. Hvis den var så dårlig, hvorfor spiste du den?",
        ),
        (
            "argumentative",
            "Du kom en halvtime for sent og forventer at tannlegen skal vente på deg? Det finnes andre pasienter også.",
        ),
        (
            "argumentative",
            "Vi har sjekket overvåkningen, og bulken var der allerede da du leverte bilen. Ferdig snakka.",
        ),
        (
            "argumentative",
            "Dette er tydeligvis en falsk anmeldelse fra en konkurrent. Vi har aldri hatt deg som kunde.",
        ),
        (
            "argumentative",
            "Hadde du lest vilkårene før du signerte, hadde du sett bindingstiden. Det er ikke vårt problem.",
        ),
        (
            "incentive",
            "Så leit! Hvis du endrer anmeldelsen til fem stjerner, spanderer vi middag neste gang du kommer.",
        ),
        ("incentive", "Vi refunderer gjerne hele beløpet om du sletter denne anmeldelsen."),
        (
            "incentive",
            "Gi oss en god anmeldelse på Google og få 15 % rabatt på neste bestilling 😊",
        ),
        (
            "private",
            "Hei Ingrid Hansen, pakken med ordrenummer 771034 ble levert til Storgata 14B, 0184 Oslo, 9. mars kl. 13.45.",
        ),
        ("private", "Hei Ole, vi har prøvd å ringe deg på 912 34 567 flere ganger uten å få svar."),
        ("private", "Refusjonen på 499 kr ble overført til kortet ditt som slutter på 5562."),
        (
            "private",
            "Kjære Lars Johansen, angående bestilling nr. 4481 for rom 22 den 10.–12. juni har vi svart deg på lars.j@online.no.",
        ),
        (
            "",
            "Takk for tilbakemeldingen, og beklager ventetiden. Vi hadde for lite folk på jobb den kvelden og har nå satt opp flere på vakt.",
        ),
        ("", "Tusen takk for fine ord! Så hyggelig at datteren deres trives i barnehagen."),
        (
            "",
            "Vi beklager at varen kom skadet frem. Send oss en e-post på service@brightharbour-group.eu, så sender vi en ny med en gang.",
        ),
        (
            "",
            "Du har helt rett i at garderoben ikke var ren nok. Vi har innført en ekstra vask hver ettermiddag.",
        ),
        (
            "",
            "Avbestilling er gratis frem til 24 timer før timen, slik at vi kan tilby den til andre. Vi forstår at det er kjedelig når noe uventet skjer.",
        ),
        ("", "Takk! Vi skal hilse til Kari i resepsjonen, hun blir glad for å høre dette."),
        ("", "Beklager feilen i appen. Den er rettet i den nyeste versjonen, som er ute nå."),
        (
            "",
            "Vi beklager at elektrikeren kom senere enn avtalt uten å gi beskjed. Ta gjerne kontakt på +49 40 5557 2140 hvis du har spørsmål.",
        ),
    ],
    "sv": [
        (
            "argumentative",
            "Konstigt att du inte sa något på plats när du åt upp allt på tallriken. Var det så dåligt kunde du ha sagt till servitören.",
        ),
        (
            "argumentative",
            "Hade du läst avtalet innan du skrev under hade du sett uppsägningstiden. Det är faktiskt inte vårt fel.",
        ),
        (
            "argumentative",
            "Vi har kollat kameran och repan fanns redan när du lämnade in cykeln. Punkt slut.",
        ),
        (
            "argumentative",
            "Det här är uppenbarligen en falsk recension. Vi har aldrig haft någon kund med det namnet.",
        ),
        (
            "argumentative",
            "En stjärna för att det regnade under båtturen? Vi ska ta ett allvarligt samtal med vädret.",
        ),
        (
            "incentive",
            "Tråkigt att höra! Ändrar du betyget till fem stjärnor bjuder vi på en klippning nästa gång.",
        ),
        ("incentive", "Vi betalar gärna tillbaka hela summan om du tar bort recensionen."),
        (
            "incentive",
            "Lämna ett positivt omdöme på Google så är du med i utlottningen av ett presentkort på 1000 kr!",
        ),
        (
            "private",
            "Hej Anna Lindqvist, din order 88-20331 levererades till Storgatan 5, 411 38 Göteborg den 2 april.",
        ),
        (
            "private",
            "Hej Erik, vi har försökt ringa dig på 070-123 45 67 flera gånger utan att få svar.",
        ),
        ("private", "Återbetalningen på 349 kr har gått till ditt kort som slutar på 7743."),
        (
            "private",
            "Hej Maria Svensson, angående din bokning av stuga 3 den 14–16 juli har vi mejlat dig på maria.svensson@telia.com.",
        ),
        (
            "",
            "Tack för att du hörde av dig, och förlåt att det var så lyhört på vandrarhemmet. Vi har satt upp tydligare regler om tystnad efter klockan 22.",
        ),
        (
            "",
            "Stort tack för de fina orden! Roligt att boktipsen föll i smaken, välkommen tillbaka.",
        ),
        (
            "",
            "Vi beklagar att ditt paket kom fram skadat. Mejla oss på service@brightharbour-group.eu så skickar vi en ny vara direkt.",
        ),
        (
            "",
            "Du har helt rätt i att vi borde ha gett dig ett prisförslag innan behandlingen. Det ska alltid ske, och vi har gått igenom rutinen med hela kliniken.",
        ),
        (
            "",
            "Avbokning är kostnadsfri fram till 24 timmar innan, så att vi kan ge tiden till någon annan. Vi förstår att det känns surt när något oväntat händer.",
        ),
        ("", "Tack! Vi hälsar till Sara, hon blir superglad."),
        (
            "",
            "Förlåt för strulet med inloggningen i appen i helgen. Felet är åtgärdat och allt ska fungera som vanligt nu.",
        ),
        (
            "",
            "Vi ber om ursäkt för att montören kom sent utan att höra av sig. Har du fler frågor når du oss på +49 40 5557 2140.",
        ),
    ],
    "da": [
        (
            "argumentative",
            "Underligt at du først klager nu, tre uger efter. Du virkede ellers godt tilfreds, da du hentede bilen.",
        ),
        (
            "argumentative",
            "Hvis du havde læst husreglerne, ville du vide, at der ikke må ryges på værelset. Bøden er helt fair.",
        ),
        (
            "argumentative",
            "Vi har 20 års erfaring med vinduer. Vi behøver ikke at få forklaret af en kunde, hvordan en fuge skal se ud.",
        ),
        (
            "argumentative",
            "Du bestilte en mellemstor kage til 30 personer og er overrasket over, at den ikke rakte? Det må du selv tage ansvar for.",
        ),
        (
            "argumentative",
            "Det er da utroligt, at en forsinket bus kan blive til én stjerne til os. Vi kører ikke bussen.",
        ),
        (
            "incentive",
            "Øv, det er vi kede af! Ændrer du din anmeldelse til fem stjerner, giver vi en gratis synsprøve næste gang.",
        ),
        ("incentive", "Vi tilbagebetaler gerne hele beløbet, hvis du sletter anmeldelsen."),
        (
            "incentive",
            "Skriv en positiv anmeldelse på Trustpilot og deltag i lodtrækningen om et gavekort på 500 kr 🎁",
        ),
        (
            "private",
            "Hej Mette Nielsen, din pakke med ordrenummer DK-40291 blev afleveret på Vestergade 18, 2. th., 8000 Aarhus den 6. maj.",
        ),
        (
            "private",
            "Hej Kasper, vi har prøvet at ringe til dig på 23 45 67 89 flere gange, men du tager den ikke.",
        ),
        ("private", "Beløbet på 279 kr er nu sat tilbage på dit kort, der ender på 1185."),
        (
            "private",
            "Kære Søren Madsen, vedrørende din booking af sommerhus nr. 12 fra 5. til 12. juli har vi skrevet til soren.madsen@mail.dk.",
        ),
        (
            "",
            "Tak for din anmeldelse, og undskyld den lange ventetid ved kassen i lørdags. Vi har sat en ekstra medarbejder på i weekenderne.",
        ),
        (
            "",
            "Tusind tak for de søde ord! Vi er så glade for, at jeres kat kom godt igennem operationen.",
        ),
        (
            "",
            "Vi er kede af, at vasketøjet ikke var klar til den aftalte tid. Skriv til os på service@brightharbour-group.eu, så finder vi en løsning.",
        ),
        (
            "",
            "Du har ret i, at sommerhuset skulle have været rengjort grundigere før jeres ankomst. Vi har talt med rengøringsfirmaet.",
        ),
        (
            "",
            "Vores afbestillingsregler giver gratis afbud op til 24 timer før, så tiden kan gå til en anden. Vi forstår godt, at det er ærgerligt.",
        ),
        ("", "Tak for det! Vi giver rosen videre til Line og resten af holdet i butikken."),
        (
            "",
            "Undskyld fejlen i appen ved betaling. Den er rettet i den nyeste version, som kan hentes nu.",
        ),
        (
            "",
            "Vi beklager, at tømreren kom senere end aftalt uden at give besked. Ring gerne til os på +49 40 5557 2140, så tager vi en snak om det.",
        ),
    ],
    "fi": [
        (
            "argumentative",
            "Kummallista, ettet sanonut mitään paikan päällä, vaikka söit koko annoksen. Jos se oli niin huono, miksi söit sen?",
        ),
        (
            "argumentative",
            "Tulit puoli tuntia myöhässä ja odotit silti, että hammaslääkäri ottaa sinut vastaan. Muillakin asiakkailla on aikoja.",
        ),
        (
            "argumentative",
            "Valvontakamerasta näkyy selvästi, että naarmu oli autossa jo kun toit sen. Asia on sillä selvä.",
        ),
        (
            "argumentative",
            "Tämä on selvästi kilpailijan kirjoittama valearvio. Sinua ei löydy asiakasrekisteristämme.",
        ),
        (
            "argumentative",
            "Jos olisit lukenut sopimusehdot ennen allekirjoittamista, tietäisit irtisanomisajan. Se ei ole meidän vikamme.",
        ),
        (
            "incentive",
            "Harmillista! Jos muutat arviosi viiteen tähteen, saat seuraavan hiustenleikkuun ilmaiseksi.",
        ),
        ("incentive", "Palautamme mielellämme koko summan, kun poistat tämän arvostelun."),
        (
            "incentive",
            "Jätä meille positiivinen arvio Googleen, niin osallistut 100 euron lahjakortin arvontaan! 🎉",
        ),
        (
            "private",
            "Hei Laura Virtanen, tilauksesi 55-09231 toimitettiin osoitteeseen Hämeenkatu 12 B 7, 33100 Tampere 8.4.",
        ),
        (
            "private",
            "Hei Mikko, olemme yrittäneet soittaa sinulle numeroon 040 123 4567 monta kertaa, mutta et ole vastannut.",
        ),
        ("private", "Hyvitys 89 euroa on maksettu kortillesi, jonka numero päättyy 4420."),
        (
            "private",
            "Hyvä Juha Korhonen, mökkivarauksestasi 12.–19.7. (varausnumero M-3318) lähetimme viestin osoitteeseen juha.korhonen@gmail.com.",
        ),
        (
            "",
            "Kiitos palautteesta ja pahoittelut pitkästä odotuksesta. Lauantaina meillä oli liian vähän henkilökuntaa, ja olemme lisänneet viikonloppuihin vuoroja.",
        ),
        (
            "",
            "Lämmin kiitos ihanasta arviosta! Mukava kuulla, että muuttosiivous onnistui ja saitte vakuuden takaisin.",
        ),
        (
            "",
            "Olemme pahoillamme, että paketti saapui rikkinäisenä. Ota yhteyttä osoitteeseen service@brightharbour-group.eu, niin lähetämme uuden tuotteen heti.",
        ),
        (
            "",
            "Olet oikeassa, pukuhuone ei ollut riittävän siisti. Olemme lisänneet iltapäivään ylimääräisen siivouksen.",
        ),
        (
            "",
            "Ajan voi perua maksutta 24 tuntia ennen, jotta voimme tarjota sen toiselle asiakkaalle. Ymmärrämme, että tilanne oli harmillinen.",
        ),
        ("", "Kiitos paljon! Välitämme kehut eläinlääkäri Annalle, hän ilahtuu varmasti."),
        (
            "",
            "Pahoittelemme sovelluksen maksuvirhettä. Se on korjattu uusimmassa versiossa, joka on nyt ladattavissa.",
        ),
        (
            "",
            "Pahoittelemme, että asentaja tuli myöhässä ilmoittamatta siitä etukäteen. Voit soittaa meille numeroon +49 40 5557 2140, niin käydään asia läpi.",
        ),
    ],
    "pl": [
        (
            "argumentative",
            "Dziwne, że nic Pan nie powiedział na miejscu, a talerz wrócił pusty. Skoro było tak źle, to po co Pan wszystko zjadł?",
        ),
        (
            "argumentative",
            "Spóźniła się Pani pół godziny i oczekuje, że lekarz będzie czekał? Inni pacjenci też mają swoje terminy.",
        ),
        (
            "argumentative",
            "Sprawdziliśmy monitoring i rysa była na aucie, zanim przyjechał Pan do warsztatu. Temat zamknięty.",
        ),
        (
            "argumentative",
            "Ta opinia to ewidentnie robota konkurencji. Nigdy nie mieliśmy takiego klienta.",
        ),
        (
            "argumentative",
            "Gdyby Pan przeczytał umowę przed podpisaniem, wiedziałby Pan o okresie wypowiedzenia. To nie nasza wina, że Pan tego nie zrobił.",
        ),
        (
            "incentive",
            "Przykro nam! Jeśli zmieni Pani ocenę na 5 gwiazdek, następna wizyta u fryzjera będzie gratis.",
        ),
        ("incentive", "Chętnie zwrócimy całą kwotę, jak tylko usunie Pan tę opinię."),
        (
            "incentive",
            "Zostaw pozytywną opinię w Google i odbierz 15% rabatu na kolejne zamówienie z kodem DZIEKUJE15!",
        ),
        (
            "private",
            "Pani Agnieszko Kowalska, zamówienie nr PL-660214 zostało doręczone 3 marca pod adres ul. Mickiewicza 14/6, 31-120 Kraków.",
        ),
        (
            "private",
            "Panie Tomaszu, kilka razy dzwoniliśmy pod numer 601 234 567, ale nikt nie odbierał.",
        ),
        ("private", "Zwrot 129 zł został zaksięgowany na karcie kończącej się na 3097."),
        (
            "private",
            "Szanowny Panie Piotrze Nowak, w sprawie rezerwacji pokoju 5 na 10–12 sierpnia (nr rezerwacji 88213) odpisaliśmy na adres piotr.nowak77@wp.pl.",
        ),
        (
            "",
            "Dziękujemy za opinię i przepraszamy za długie oczekiwanie na infolinii. Zwiększyliśmy liczbę konsultantów w godzinach szczytu.",
        ),
        (
            "",
            "Bardzo dziękujemy za tak miłe słowa! Cieszymy się, że pies szybko wrócił do zdrowia.",
        ),
        (
            "",
            "Przykro nam, że paczka dotarła uszkodzona. Prosimy o kontakt pod adresem service@brightharbour-group.eu, a od razu wyślemy nowy produkt.",
        ),
        (
            "",
            "Ma Pani rację, szatnia tego dnia nie była czysta. Dodaliśmy dodatkowe sprzątanie po południu.",
        ),
        (
            "",
            "Wizytę można bezpłatnie odwołać do 24 godzin przed terminem, żeby inni pacjenci mogli z niego skorzystać. Rozumiemy, że to frustrujące.",
        ),
        ("", "Dziękujemy! Przekażemy pochwały pani Kasi, na pewno się ucieszy."),
        (
            "",
            "Przepraszamy za błąd aplikacji przy płatnościach. Został naprawiony w najnowszej wersji, dostępnej już w sklepie.",
        ),
        (
            "",
            "Przepraszamy, że hydraulik spóźnił się bez uprzedzenia. Nie powinno tak być. W razie pytań prosimy dzwonić pod numer +49 40 5557 2140.",
        ),
    ],
    "lv": [
        (
            "argumentative",
            "Dīvaini, ka uz vietas jūs neko neteicāt un apēdāt visu līdz pēdējam kumosam. Ja bija tik slikti, kāpēc apēdāt?",
        ),
        (
            "argumentative",
            "Jūs nokavējāt pusstundu un vēl gaidāt, ka zobārste jūs pieņems? Mums ir arī citi pacienti.",
        ),
        (
            "argumentative",
            "Esam pārbaudījuši videonovērošanu, un skramba uz mašīnas bija jau tad, kad jūs to atvedāt. Tēma slēgta.",
        ),
        (
            "argumentative",
            "Šī acīmredzami ir konkurentu rakstīta atsauksme. Tādu klientu mums nekad nav bijis.",
        ),
        (
            "argumentative",
            "Ja jūs būtu izlasījis līgumu pirms parakstīšanas, jūs zinātu par uzteikuma termiņu. Tā nav mūsu vaina.",
        ),
        (
            "incentive",
            "Žēl dzirdēt! Ja nomainīsiet atsauksmi uz 5 zvaigznēm, nākamā matu griešana būs par brīvu.",
        ),
        ("incentive", "Labprāt atmaksāsim visu summu, tiklīdz izdzēsīsiet šo atsauksmi."),
        (
            "incentive",
            "Atstājiet mums pozitīvu atsauksmi Google un saņemiet 15% atlaidi nākamajam pasūtījumam!",
        ),
        (
            "private",
            "Labdien, Ilze Bērziņa! Jūsu pasūtījums Nr. LV-30418 tika piegādāts 5. aprīlī uz adresi Brīvības iela 88-14, Rīga.",
        ),
        (
            "private",
            "Jāni, mēs vairākas reizes zvanījām uz jūsu numuru 29 123 456, bet jūs neatbildējāt.",
        ),
        ("private", "Atmaksa 45 eiro apmērā ir pārskaitīta uz jūsu karti, kas beidzas ar 8812."),
        (
            "private",
            "Cien. Andri Kalniņ, par jūsu rezervāciju viesu namā no 14. līdz 16. jūlijam (rezervācijas Nr. 2207) mēs atbildējām uz andris.kalnins@inbox.lv.",
        ),
        (
            "",
            "Paldies par atsauksmi, un atvainojamies par ilgo gaidīšanu. Sestdien mums trūka darbinieku, tagad nedēļas nogalēs strādā vairāk cilvēku.",
        ),
        ("", "Liels paldies par jaukajiem vārdiem! Priecājamies, ka jums patika jaunā frizūra."),
        (
            "",
            "Mums ļoti žēl, ka prece tika piegādāta bojāta. Lūdzu, rakstiet uz service@brightharbour-group.eu, un mēs uzreiz nosūtīsim jaunu.",
        ),
        (
            "",
            "Jums taisnība, ģērbtuve tajā dienā nebija pietiekami tīra. Esam ieviesuši papildu uzkopšanu pēcpusdienā.",
        ),
        (
            "",
            "Vizīti var bez maksas atcelt līdz 24 stundām iepriekš, lai laiku varētu piedāvāt citiem klientiem. Saprotam, ka tas ir nepatīkami.",
        ),
        ("", "Paldies! Nodosim jūsu uzslavu mūsu instruktoram Mārtiņam."),
        (
            "",
            "Atvainojamies par kļūdu lietotnē. Tā ir novērsta jaunākajā versijā, kas jau ir pieejama.",
        ),
        (
            "",
            "Atvainojamies, ka meistars ieradās vēlāk nekā norunāts un jūs nebrīdināja. Ja ir jautājumi, zvaniet mums pa tālruni +49 40 5557 2140.",
        ),
    ],
    "uk": [
        (
            "argumentative",
            "Дивно, що на місці ви нічого не сказали і з'їли все до останньої крихти. Якщо було так погано, навіщо доїдали?",
        ),
        (
            "argumentative",
            "Ви запізнилися на пів години і ще хочете, щоб лікар вас прийняв? У нас є й інші пацієнти.",
        ),
        (
            "argumentative",
            "Ми переглянули відео з камер: подряпина на машині була ще до того, як ви заїхали на СТО. Тема закрита.",
        ),
        ("argumentative", "Це явно відгук від конкурентів. Такого клієнта в нас ніколи не було."),
        (
            "argumentative",
            "Якби ви прочитали договір перед тим, як підписувати, то знали б про термін розірвання. Це не наша провина.",
        ),
        (
            "incentive",
            "Нам дуже шкода! Якщо зміните оцінку на 5 зірок, наступна стрижка буде безкоштовною.",
        ),
        ("incentive", "Ми охоче повернемо всю суму, щойно ви видалите цей відгук."),
        (
            "incentive",
            "Залиште позитивний відгук у Google і отримайте знижку 15% на наступне замовлення! 🎁",
        ),
        (
            "private",
            "Пані Олено Шевченко, ваше замовлення № 774512 доставлено 2 квітня за адресою вул. Січових Стрільців, 21, кв. 9, Львів.",
        ),
        (
            "private",
            "Пане Андрію, ми кілька разів телефонували вам на номер 067 123 45 67, але ви не відповіли.",
        ),
        ("private", "Повернення 850 грн зараховано на вашу картку, що закінчується на 5509."),
        (
            "private",
            "Шановний Максиме Коваленко, щодо вашого бронювання номера 12 з 3 по 5 травня (код бронювання K-4471) ми написали вам на maks.kovalenko@ukr.net.",
        ),
        (
            "",
            "Дякуємо за відгук і перепрошуємо за довге очікування. У суботу нам бракувало персоналу, тепер на вихідних працює більше людей.",
        ),
        ("", "Щиро дякуємо за теплі слова! Раді, що вашому котику вже краще."),
        (
            "",
            "Нам дуже шкода, що посилка прийшла пошкодженою. Напишіть нам на service@brightharbour-group.eu, і ми одразу надішлемо заміну.",
        ),
        (
            "",
            "Ви маєте рацію, роздягальня того дня була брудна. Ми додали ще одне прибирання після обіду.",
        ),
        (
            "",
            "Запис можна безкоштовно скасувати за 24 години, щоб цей час могли отримати інші клієнти. Розуміємо, що це неприємно.",
        ),
        ("", "Дякуємо! Обов'язково передамо ваші слова інструкторці Ірині."),
        (
            "",
            "Перепрошуємо за збій у застосунку під час оплати. Його виправлено в новій версії, яка вже доступна.",
        ),
        (
            "",
            "Перепрошуємо, що майстер запізнився і не попередив вас. Так не має бути. З будь-яких питань телефонуйте нам: +49 40 5557 2140.",
        ),
    ],
    "pt": [
        (
            "argumentative",
            "Estranho não ter reclamado na hora, já que o prato voltou vazio. Se estava tão ruim, por que comeu tudo?",
        ),
        (
            "argumentative",
            "A senhora chegou meia hora atrasada e ainda quer ser atendida? Temos outros pacientes, sabia?",
        ),
        (
            "argumentative",
            "Verificamos as câmeras e o arranhão já estava no carro quando o senhor chegou na oficina. Assunto encerrado.",
        ),
        (
            "argumentative",
            "Essa avaliação é claramente da concorrência. Nunca tivemos um cliente com esse nome.",
        ),
        (
            "argumentative",
            "Se tivesse lido o contrato antes de assinar, saberia da multa de cancelamento. Não é culpa nossa.",
        ),
        (
            "incentive",
            "Poxa, sentimos muito! Se mudar sua avaliação para 5 estrelas, o próximo banho e tosa do seu pet sai de graça.",
        ),
        ("incentive", "Devolvemos todo o valor assim que você apagar essa avaliação."),
        (
            "incentive",
            "Deixe uma avaliação positiva no Google e ganhe 15% de desconto na próxima compra com o cupom OBRIGADO15!",
        ),
        (
            "private",
            "Olá, Fernanda Souza, seu pedido nº 908172 foi entregue no dia 4 de março na Rua das Palmeiras, 230, apto 42, São Paulo.",
        ),
        (
            "private",
            "Sr. Ricardo, tentamos ligar várias vezes para o (11) 98765-4321, mas o senhor não atendeu.",
        ),
        ("private", "O estorno de R$ 159,90 foi feito no seu cartão final 4471."),
        (
            "private",
            "Prezada Beatriz Almeida, sobre sua reserva do quarto 7 de 15 a 17 de julho (código PSD-2231), respondemos no e-mail bia.almeida@gmail.com.",
        ),
        (
            "",
            "Obrigado pelo retorno e desculpe pela demora no atendimento. No sábado estávamos com a equipe reduzida, e já reforçamos os turnos de fim de semana.",
        ),
        (
            "",
            "Muito obrigada pelas palavras carinhosas! Ficamos felizes que o seu cachorro voltou lindo e tranquilo.",
        ),
        (
            "",
            "Sentimos muito que a geladeira chegou amassada. Escreva para service@brightharbour-group.eu que providenciamos a troca o quanto antes.",
        ),
        (
            "",
            "Você tem razão, o vestiário não estava limpo naquele dia. Incluímos uma limpeza extra no período da tarde.",
        ),
        (
            "",
            "O cancelamento é gratuito até 24 horas antes, para que o horário possa ser oferecido a outra pessoa. Entendemos que é chato quando surge um imprevisto.",
        ),
        ("", "Obrigado! Vamos passar o elogio para a Juliana, ela vai adorar."),
        (
            "",
            "Pedimos desculpas pelo erro no app na hora do pagamento. Ele já foi corrigido na versão mais recente.",
        ),
        (
            "",
            "Lamentamos que o eletricista chegou atrasado sem avisar. Isso não deveria acontecer. Qualquer dúvida, fale com a gente pelo +49 40 5557 2140.",
        ),
    ],
}
