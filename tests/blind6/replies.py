"""Blind evaluation set, round 6.

Written blind: the author never saw the checks, their rules, or any earlier
evaluation set, and did not run any checker against these texts.

How: for each of 13 languages (de, fr, es, it, nl, nb, sv, da, fi, pl, lv, uk,
pt) the replies were written fresh, in the voice of owners and staff replying
to reviews on Google, Tripadvisor, Booking, Trustpilot and app stores.  Each
language covers different trades and situations (dentist, car rental, bakery,
vet, campsite, ferry, agriturismo, removals, plant shop, cabin rental,
hostel, spa, smørrebrød, minigolf, lunch buffet, plumber, pierogi bar,
florist, guesthouse, tattoo studio, barbershop, sushi delivery, surf school,
Douro boat trips, laundry, ...).

Labels:
  "argumentative" - argues with, blames, lectures, mocks, doubts or is
                    sarcastic/defensive toward the reviewer (5 per language)
  "incentive"     - offers something in exchange for a review, a higher
                    rating, or editing/deleting the review (3 per language)
  "private"       - publishes the customer's private details: personal
                    phone, personal email, order/booking reference, home or
                    delivery address, card digits, or full name with booking
                    details (4 per language)
  ""              - acceptable reply a manager would publish (8 per language):
                    plain apologies, thanks, policy explanations, invitations
                    to use the business's own CONTACTS, amends not tied to the
                    review, firm but polite disagreement, jokey replies.

All personal data is invented.  The CONTACTS are the businesses' own public
details and are used verbatim in at least two good replies per language.
"""

from __future__ import annotations

CONTACTS = [
    "info@solvik.example",
    "+47 22 33 44 55",
    "Storgata 10, 0155 Oslo",
]  # the businesses' own public details (never private)

BLIND_REPLIES: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "argumentative",
            "Wer zehn Minuten nach dem Termin auftaucht und sich dann über die Wartezeit beschwert, sollte sich vielleicht erst mal an die eigene Nase fassen. Unsere Praxis hält sich an Termine – im Gegensatz zu manchen Patienten.",
        ),
        (
            "argumentative",
            "Der Kratzer an der Stoßstange war bei der Übergabe nicht da, das zeigen unsere Fotos eindeutig. Dass Sie jetzt so tun, als wüssten Sie von nichts, ist schon ziemlich dreist.",
        ),
        (
            "argumentative",
            "Ach, die Brötchen waren Ihnen zu teuer? Dann holen Sie sich doch die Aufbackware vom Discounter, die passt offenbar besser zu Ihren Ansprüchen.",
        ),
        (
            "argumentative",
            "Komisch, dass ausgerechnet Sie als einziger Gast an diesem Abend etwas zu meckern hatten. Wir fragen uns ehrlich gesagt, ob Sie überhaupt bei uns gegessen haben.",
        ),
        (
            "argumentative",
            "Lesen bildet: In den Vertragsbedingungen steht klar, dass die Kündigung drei Monate vorher schriftlich erfolgen muss. Das ist nicht unser Problem, sondern Ihres.",
        ),
        (
            "incentive",
            "Vielen Dank für Ihren Besuch! Wenn Sie Ihre Bewertung auf 5 Sterne anpassen, schicken wir Ihnen gern einen 15-%-Gutschein für Ihre nächste Anmietung.",
        ),
        (
            "incentive",
            "Schade, dass es nicht gepasst hat. Wir erstatten Ihnen die Versandkosten, sobald Sie diese Rezension gelöscht haben – eine kurze Mail an uns genügt.",
        ),
        (
            "incentive",
            "Liebe Gäste, wer uns auf Google eine Bewertung hinterlässt, bekommt beim nächsten Besuch einen Aperol aufs Haus – einfach den Screenshot an der Bar zeigen!",
        ),
        (
            "private",
            "Herr Kowalczyk, wir haben mehrfach versucht, Sie unter 0171 4829365 zu erreichen, leider ohne Erfolg. Bitte rufen Sie uns zurück.",
        ),
        (
            "private",
            "Ihre Bestellung Nr. 2024-118734 wurde laut DHL am 14.03. zugestellt – bitte fragen Sie noch einmal bei Ihren Nachbarn nach.",
        ),
        (
            "private",
            "Liebe Frau Brandt, das Paket ging an die von Ihnen angegebene Adresse Lindenstraße 14, 80331 München. Eine Fehlzustellung können wir nicht erkennen.",
        ),
        (
            "private",
            "Die Kaution auf Ihrer Kreditkarte mit den Endziffern 4471 haben wir bereits am Montag freigegeben, das Geld müsste in den nächsten Tagen wieder verfügbar sein.",
        ),
        (
            "",
            "Es tut uns wirklich leid, dass Ihr Mietwagen bei der Abholung nicht gereinigt war. Das entspricht nicht unserem Standard, und wir haben die Übergabeabläufe an der Station inzwischen angepasst.",
        ),
        (
            "",
            "Vielen Dank für die lieben Worte! Unser Team in der Backstube freut sich riesig, dass Ihnen die Franzbrötchen so gut geschmeckt haben. Bis bald!",
        ),
        (
            "",
            "Wir verstehen Ihren Ärger über die Ausfallgebühr. Termine, die weniger als 24 Stunden vorher abgesagt werden, können wir kaum neu vergeben, deshalb berechnen wir in diesem Fall eine Pauschale. Darauf weisen wir bei jeder Terminvergabe hin.",
        ),
        (
            "",
            "Das klingt nach einem ärgerlichen Missverständnis bei der Rechnung. Schreiben Sie uns bitte an info@solvik.example, dann schauen wir uns den Fall in Ruhe an.",
        ),
        (
            "",
            "Danke für Ihr offenes Feedback. Wir würden das gern persönlich mit Ihnen klären – Sie erreichen unsere Praxisleitung unter +47 22 33 44 55, Montag bis Freitag von 8 bis 16 Uhr.",
        ),
        (
            "",
            "Wir sehen die Sache etwas anders: Der Termin wurde am Vortag per SMS bestätigt, und die Verschiebung kam von Ihrer Seite. Trotzdem bedauern wir, dass Sie so lange warten mussten, und nehmen Ihren Hinweis zum Wartezimmer ernst.",
        ),
        (
            "",
            "Das hätte nicht passieren dürfen. Wir haben Ihnen den Kaufpreis für das beschädigt gelieferte Regal bereits vollständig erstattet und die Sache mit der Spedition geklärt.",
        ),
        (
            "",
            "Sie haben recht, die Portionen sind groß – unser Koch hat eine gewisse Angst, dass jemand hungrig nach Hause geht. 😄 Danke für den netten Abend mit Ihnen!",
        ),
    ],
    "fr": [
        (
            "argumentative",
            "Vous avez demandé « un petit dégradé », c'est exactement ce que vous avez eu. Si vous changez d'avis une fois rentrée chez vous, ce n'est pas à nous d'en assumer les conséquences.",
        ),
        (
            "argumentative",
            "Avec tout le respect que je vous dois, ce n'est pas sur Google qu'on apprend la médecine vétérinaire. Si vous aviez suivi le traitement prescrit, votre chat irait déjà mieux.",
        ),
        (
            "argumentative",
            "Du bruit dans un camping en plein mois d'août ? Quelle surprise. La prochaine fois, réservez plutôt dans un monastère.",
        ),
        (
            "argumentative",
            "On vous a annoncé le prix avant d'intervenir et vous avez signé le devis. Venir pleurer après coup sur internet, c'est un peu facile, non ?",
        ),
        (
            "argumentative",
            "Bizarrement, personne d'autre ne s'est plaint de nos croissants depuis vingt ans. On laisse nos clients juger qui est de mauvaise foi ici.",
        ),
        (
            "incentive",
            "Merci pour votre retour ! Si vous passez votre note à 5 étoiles, on vous offre le prochain shampooing-soin, promis 😉",
        ),
        (
            "incentive",
            "Nous sommes prêts à vous rembourser intégralement la nuitée, à condition que cet avis soit retiré. Contactez-nous pour qu'on s'arrange.",
        ),
        (
            "incentive",
            "Ce mois-ci, chaque client qui laisse un avis sur Tripadvisor participe au tirage au sort pour gagner un dîner pour deux !",
        ),
        (
            "private",
            "Madame Lefèvre, nous vous avons laissé trois messages au 06 48 21 77 93, restés sans réponse.",
        ),
        (
            "private",
            "Votre réservation n° BK-558213 pour le week-end du 12 mai apparaît bien comme annulée par vos soins dans notre système.",
        ),
        (
            "private",
            "Le colis a été livré le 3 avril au 27 rue des Acacias, 33000 Bordeaux, comme indiqué sur votre bon de commande.",
        ),
        (
            "private",
            "Nous avons renvoyé la facture à l'adresse julien.marchand@orange.fr hier soir, merci de vérifier vos courriers indésirables.",
        ),
        (
            "",
            "Nous sommes sincèrement désolés pour l'attente de plus d'une heure samedi dernier. Une urgence chirurgicale a bouleversé le planning, mais nous aurions dû vous prévenir dès votre arrivée.",
        ),
        (
            "",
            "Merci mille fois ! Toute l'équipe du fournil est ravie que notre galette des rois ait fait l'unanimité à votre table. À très vite !",
        ),
        (
            "",
            "Pour des raisons d'hygiène, les animaux ne sont pas admis dans la salle du petit-déjeuner, y compris les petits chiens. Nous comprenons que ce soit frustrant et le précisons désormais plus clairement sur notre page de réservation.",
        ),
        (
            "",
            "Votre message nous a interpellés. Pourriez-vous nous écrire à info@solvik.example en précisant la date de votre passage ? Nous voulons comprendre ce qui s'est passé.",
        ),
        (
            "",
            "Nous aimerions en discuter directement avec vous. N'hésitez pas à appeler l'atelier au +47 22 33 44 55, du mardi au samedi.",
        ),
        (
            "",
            "Nous ne partageons pas votre lecture des faits : la vidange et le remplacement des plaquettes figuraient sur le devis que vous avez validé. Nous restons toutefois à votre disposition pour reprendre la facture ligne par ligne avec vous.",
        ),
        (
            "",
            "Vous avez entièrement raison, la chambre n'était pas au niveau. Nous vous avons remboursé la deuxième nuit et avons fait remplacer la literie dès votre départ.",
        ),
        (
            "",
            "« La meilleure auto-école du département, et pourtant j'ai calé 14 fois » : on garde la citation pour le tableau d'honneur ! Bravo pour le permis, et bonne route !",
        ),
    ],
    "es": [
        (
            "argumentative",
            "Si no hacía los deberes y faltaba a la mitad de las clases, no entendemos qué esperaba. El B2 no se regala, se trabaja.",
        ),
        (
            "argumentative",
            "Nos sorprende mucho que hable de suciedad cuando fue usted quien dejó la barbacoa sin limpiar y las toallas tiradas en el suelo. Pero bueno, cada uno cuenta la historia como le conviene.",
        ),
        (
            "argumentative",
            "Claro, claro, las croquetas estaban frías… igual que su simpatía con el camarero. Aquí se viene con educación.",
        ),
        (
            "argumentative",
            "Trajo la bici con la cadena destrozada y ahora resulta que la culpa es nuestra. Tiene gracia la cosa.",
        ),
        (
            "argumentative",
            "Una estrella por no leerse las condiciones de la matrícula. La próxima vez le recomendamos leer antes de firmar, que no cuesta nada.",
        ),
        (
            "incentive",
            "¡Gracias por venir! Si cambia la reseña a cinco estrellas, la próxima ronda de vermut corre de nuestra cuenta.",
        ),
        (
            "incentive",
            "Le devolvemos el importe de la sesión en cuanto elimine este comentario. Escríbanos y lo gestionamos.",
        ),
        (
            "incentive",
            "Todos los alumnos que dejen su opinión en Google antes del viernes tendrán un 20 % de descuento en el próximo trimestre.",
        ),
        (
            "private",
            "Don Alberto, le hemos llamado varias veces al 654 321 987 y no hemos conseguido hablar con usted.",
        ),
        (
            "private",
            "Según nuestro sistema, su pedido n.º ES-77120 se entregó en la calle Alcalá 214, 4.º B, 28028 Madrid, y lo firmó un vecino.",
        ),
        (
            "private",
            "El cargo en su tarjeta terminada en 3382 corresponde a la fianza, que se libera automáticamente a los siete días.",
        ),
        (
            "private",
            "Marta García Ruiz, reserva del 15 al 18 de agosto, habitación doble con vistas: no consta ninguna queja durante su estancia.",
        ),
        (
            "",
            "Tiene toda la razón: la clase del martes se canceló sin previo aviso y eso no es aceptable. Ya hemos cambiado el sistema para avisar por SMS con al menos un día de antelación.",
        ),
        (
            "",
            "¡Qué alegría leer esto! Nos encanta que disfrutarais tanto del jamón y del salmorejo. Os esperamos en la próxima visita a Córdoba.",
        ),
        (
            "",
            "Entendemos su malestar. La fianza de la bicicleta eléctrica cubre posibles daños en la batería y se devuelve íntegra en cuanto comprobamos el estado, normalmente el mismo día.",
        ),
        (
            "",
            "Sentimos que la experiencia no fuera la esperada. Si quiere contarnos más detalles, puede escribirnos a info@solvik.example y le responderemos personalmente.",
        ),
        (
            "",
            "Nos gustaría revisar la bicicleta con usted. Puede pasarse por el taller en Storgata 10, 0155 Oslo, o llamarnos al +47 22 33 44 55.",
        ),
        (
            "",
            "Respetamos su opinión, pero no podemos estar de acuerdo en que la habitación estuviera sucia: se revisa antes de cada entrada y tenemos fotos del estado. Aun así, tomamos nota de lo que comenta sobre el ruido de la calle.",
        ),
        (
            "",
            "Lamentamos muchísimo el error con la talla. Le hemos enviado el cambio por mensajería urgente sin coste y hemos reembolsado los gastos de devolución.",
        ),
        (
            "",
            "¡Nos alegra que Toby saliera tan guapo que ahora ni le mira a usted! 😂 Gracias por confiar en nuestra peluquería canina.",
        ),
    ],
    "it": [
        (
            "argumentative",
            "Signora, se avesse seguito le indicazioni dopo l'intervento invece di mangiarsi subito una pizza, non avrebbe avuto dolore. Non può dare la colpa a noi.",
        ),
        (
            "argumentative",
            "La pizza napoletana ha il cornicione alto e il centro morbido, non è \u201ccruda\u201d. Forse prima di recensire bisognerebbe informarsi un minimo.",
        ),
        (
            "argumentative",
            "Il mare mosso non lo decidiamo noi, caro signore. Se voleva la tavola piatta poteva prendere il treno.",
        ),
        (
            "argumentative",
            "Ci dispiace che le galline la mattina facciano rumore. È un agriturismo, non un albergo in centro a Milano: lo sapeva quando ha prenotato.",
        ),
        (
            "argumentative",
            "Strano che la sua \u201cpessima esperienza\u201d sia arrivata proprio il giorno dopo che le abbiamo negato lo sconto. Coincidenze, immagino.",
        ),
        (
            "incentive",
            "Grazie della recensione! Se la aggiorna a 5 stelle, alla prossima prenotazione le offriamo la cena per due in agriturismo.",
        ),
        (
            "incentive",
            "Siamo disposti a rimborsarle il trattamento, ma solo dopo la rimozione di questa recensione. Ci scriva in privato.",
        ),
        (
            "incentive",
            "Lascia una recensione su Google e mostracela alla cassa: il cannolo te lo offriamo noi!",
        ),
        (
            "private",
            "Gentile sig. Esposito, l'abbiamo chiamata al 347 812 4456 per spostare l'appuntamento, ma non ha mai risposto.",
        ),
        (
            "private",
            "La prenotazione n. 4471-TR del 22 luglio, cabina 118, risulta regolarmente utilizzata.",
        ),
        (
            "private",
            "Gli occhiali sono stati spediti in Via Garibaldi 45, 20121 Milano, come da lei indicato nell'ordine.",
        ),
        (
            "private",
            "Le abbiamo inviato la fattura a francesca.rinaldi77@libero.it il giorno stesso del ritiro.",
        ),
        (
            "",
            "Ci scusiamo davvero per il ritardo di oltre un'ora della partenza delle 9:30. Un guasto tecnico ha bloccato l'imbarco, ma avremmo dovuto darvi informazioni più chiare in banchina.",
        ),
        (
            "",
            "Grazie di cuore! Siamo felicissimi che la torta per il battesimo sia piaciuta a tutti. Alla prossima festa!",
        ),
        (
            "",
            "Capiamo il disagio. Per motivi di sicurezza gli animali possono viaggiare solo sul ponte esterno o nelle cabine dedicate, come indicato al momento dell'acquisto del biglietto.",
        ),
        (
            "",
            "Ci dispiace per l'esperienza. Ci scriva a info@solvik.example indicando la data della visita: il direttore sanitario vuole parlarne con lei.",
        ),
        (
            "",
            "Vorremmo capire meglio cosa non ha funzionato con le lenti. Può chiamarci al +47 22 33 44 55 oppure passare in negozio, in Storgata 10, 0155 Oslo.",
        ),
        (
            "",
            "Rispettiamo la sua opinione, ma il preventivo di 180 euro le era stato consegnato per iscritto prima dell'intervento e il lavoro svolto corrisponde a quanto concordato. Restiamo comunque a disposizione per qualsiasi chiarimento.",
        ),
        (
            "",
            "Ha ragione, la camera non era pronta all'orario del check-in. Le abbiamo già stornato il costo della colazione e ci siamo organizzati perché non succeda più.",
        ),
        (
            "",
            "\u201cHo ordinato una pizza e ho trovato l'amore\u201d – addirittura! 😄 Grazie per averci fatto ridere per tutto il turno. Tanti auguri a voi due!",
        ),
    ],
    "nl": [
        (
            "argumentative",
            "U had zelf aangegeven dat het om 'maar een paar dozen' ging. Dat het er uiteindelijk tachtig bleken te zijn, kunt u ons moeilijk kwalijk nemen.",
        ),
        (
            "argumentative",
            "Tja, als je op zaterdagmiddag zonder reservering binnenloopt, moet je niet gek opkijken dat je even moet wachten.",
        ),
        (
            "argumentative",
            "Onze monteur heeft twintig jaar ervaring. Dat u op YouTube iets anders heeft gezien, maakt het nog niet waar.",
        ),
        (
            "argumentative",
            "Een plant die drie weken geen water krijgt, gaat dood. Dat is geen slechte kwaliteit, dat is biologie.",
        ),
        (
            "argumentative",
            "Wat een drama om een paar spinnenwebben. Misschien is een vakantie midden in de natuur gewoon niets voor u?",
        ),
        (
            "incentive",
            "Bedankt voor je bestelling! Pas je je review aan naar 5 sterren, dan krijg je van ons een kortingscode van €10.",
        ),
        (
            "incentive",
            "We willen u best het volledige bedrag terugstorten, maar dan verwachten we wel dat deze review verwijderd wordt.",
        ),
        (
            "incentive",
            "Schrijf een review op Trustpilot en ontvang gratis een extra stekje bij je volgende bestelling! 🌱",
        ),
        (
            "private",
            "Meneer De Vries, onze planner heeft u drie keer gebeld op 06-41287736 om de afspraak te bevestigen.",
        ),
        (
            "private",
            "Uw bestelling #NL-204917 is volgens PostNL op 12 juni bezorgd en voor ontvangst getekend.",
        ),
        (
            "private",
            "De monteur stond om 8.00 uur bij u voor de deur op de Kerkstraat 12, 1017 GA Amsterdam, maar er werd niet opengedaan.",
        ),
        (
            "private",
            "Mevrouw Jansen, de betaling met de creditcard eindigend op 9021 is één keer afgeschreven, dus van een dubbele afschrijving is geen sprake.",
        ),
        (
            "",
            "Onze excuses dat de kast tijdens de verhuizing beschadigd is geraakt. Dat had niet mogen gebeuren; we hebben de schade inmiddels bij onze verzekering gemeld.",
        ),
        (
            "",
            "Wat leuk om te lezen! De kinderen waren duidelijk fan van de pannenkoek met spekjes en stroop. Graag tot de volgende keer!",
        ),
        (
            "",
            "We begrijpen dat het vervelend is, maar levende planten kunnen we na 14 dagen helaas niet meer retour nemen. Wel helpen we je altijd graag met verzorgingstips.",
        ),
        (
            "",
            "Sorry dat het contact zo stroef verliep. Stuur ons een mailtje op info@solvik.example met je ordernummer, dan zoeken we het direct voor je uit.",
        ),
        (
            "",
            "Vervelend dat de ketel opnieuw in storing valt. Belt u ons op +47 22 33 44 55? Dan plannen we zo snel mogelijk een nieuwe afspraak in.",
        ),
        (
            "",
            "We hebben uw review serieus bekeken, maar het huisje is bij aankomst wel degelijk schoongemaakt en gecontroleerd. Dat de vaatwasser het niet deed, klopt wel: die is inmiddels vervangen.",
        ),
        (
            "",
            "U heeft gelijk, de wachtrij bij de kassa van het zwembad was veel te lang. We hebben de indeling aangepast en uw entreegeld is teruggestort.",
        ),
        (
            "",
            "Die meeuwen zijn echt brutaal, dat klopt helaas! Fijn dat je ondanks het verlies van je friet zo genoten hebt van onze strandtent. Tot de zomer! 😄",
        ),
    ],
    "nb": [
        (
            "argumentative",
            "Det står tydelig i annonsen at hytta ligger 300 meter fra parkeringen og at det ikke er strøm. Hvis du ikke gadd å lese, får du skylde deg selv.",
        ),
        (
            "argumentative",
            "Du ba om «litt kortere», og det fikk du. At du angrer etterpå, er ikke vår feil.",
        ),
        (
            "argumentative",
            "Båten gikk presis etter rutetabellen. Kanskje du burde sjekket klokka før du skrev denne anmeldelsen?",
        ),
        ("argumentative", "Joda, kaffen koster 49 kroner. Velkommen til Oslo, liksom."),
        (
            "argumentative",
            "Vi har drevet bokhandel i 30 år og trenger ikke belæring om hvordan hyllene skal sorteres. Takk for tipset, men nei takk.",
        ),
        (
            "incentive",
            "Tusen takk for besøket! Hvis du endrer til fem stjerner, spanderer vi kaffe og kanelbolle neste gang du er innom.",
        ),
        (
            "incentive",
            "Vi refunderer gjerne hele leien, men da må du slette denne anmeldelsen først.",
        ),
        (
            "incentive",
            "Alle som legger igjen en anmeldelse på Google i januar, blir med i trekningen av et gavekort på 1000 kr!",
        ),
        (
            "private",
            "Hei Kari! Vi prøvde å ringe deg på 924 18 337 flere ganger for å flytte timen, men fikk ikke svar.",
        ),
        (
            "private",
            "Bestillingen din med referanse HB-40218 ble refundert 3. mars, så pengene skal allerede være på kontoen.",
        ),
        (
            "private",
            "Bøkene ble sendt til Thorvald Meyers gate 42, 0555 Oslo, slik du oppga i bestillingen.",
        ),
        (
            "private",
            "Vi har sendt kvitteringen til ole.haugen@gmail.com, så sjekk gjerne søppelposten.",
        ),
        (
            "",
            "Beklager at avgangen kl. 15.10 ble innstilt uten at dere fikk beskjed i tide. Det er ikke godt nok, og vi jobber med bedre varsling på SMS.",
        ),
        (
            "",
            "Tusen takk for fine ord! Så hyggelig at dere koste dere med vaflene etter turen. Velkommen tilbake!",
        ),
        (
            "",
            "Sykler kan bare tas med på avganger med sykkelstativ, og plassen er begrenset. Det står i rutetabellen, men vi ser at det burde komme tydeligere fram på nettsiden.",
        ),
        (
            "",
            "Dette vil vi gjerne se nærmere på. Send oss en e-post på info@solvik.example med dato og klokkeslett, så tar vi kontakt.",
        ),
        (
            "",
            "Vi beklager at bilen ikke var ferdig som avtalt. Ring oss gjerne på +47 22 33 44 55, eller stikk innom verkstedet i Storgata 10, 0155 Oslo.",
        ),
        (
            "",
            "Vi er uenige i at vi «ikke gjorde noe»: bremseklossene ble byttet og bilen prøvekjørt før utlevering. Vi tar likevel med oss at vi burde forklart arbeidet bedre.",
        ),
        (
            "",
            "Du har helt rett, boka som lå av til deg, ble solgt til en annen kunde ved en feil. Vi har bestilt et nytt eksemplar og betaler frakten hjem til deg.",
        ),
        (
            "",
            "«Eneste treningssenter hvor jeg faktisk gleder meg til beinøkta» – den skriver vi på veggen! 💪 Takk, og lykke til videre!",
        ),
    ],
    "sv": [
        (
            "argumentative",
            "Det är ett spa, inte en nattklubb. Att andra gäster ville ha lugn och bad dig sänka rösten är knappast vårt fel.",
        ),
        (
            "argumentative",
            "Vi bakar allt från grunden varje morgon. Att du tycker att prinsesstårtan smakar fabrik säger nog mer om dig än om oss.",
        ),
        (
            "argumentative",
            "Chauffören körde den snabbaste vägen enligt GPS:en. Om du vet bättre får du gärna köra själv nästa gång.",
        ),
        (
            "argumentative",
            "Du bokade den billigaste sovsalen med tolv bäddar och förväntade dig tystnad? Seriöst?",
        ),
        (
            "argumentative",
            "Vi tycker det är tråkigt att du väljer att hänga ut oss här i stället för att betala fakturan som alla andra.",
        ),
        (
            "incentive",
            "Tack för besöket! Höjer du betyget till fem stjärnor får du 100 kr rabatt på nästa behandling.",
        ),
        (
            "incentive",
            "Vi kan tänka oss att betala tillbaka hela beloppet om du tar bort recensionen. Hör av dig så löser vi det.",
        ),
        (
            "incentive",
            "Skriv en recension på Google och visa den i receptionen – då får du en gratis greenfee-runda i höst!",
        ),
        ("private", "Hej Anders! Vi har försökt nå dig på 070-482 19 63 sedan i tisdags."),
        (
            "private",
            "Din order 58814-SE skickades den 4 maj med PostNord och har status levererad.",
        ),
        (
            "private",
            "Taxin var beställd till Linnégatan 18, 413 04 Göteborg, och chauffören väntade där i tio minuter.",
        ),
        (
            "private",
            "Hej Lena Johansson, din bokning för två personer den 14–16 oktober med paketet Spa Deluxe var betald och genomförd.",
        ),
        (
            "",
            "Vi ber verkligen om ursäkt för att bastun var kall under er vistelse. Aggregatet hade gått sönder och det borde vi ha berättat vid incheckningen.",
        ),
        (
            "",
            "Stort tack för de fina orden! Roligt att semlorna föll i smaken – vi ses igen nästa fettisdag!",
        ),
        (
            "",
            "Vi förstår att det känns snålt, men reavaror kan tyvärr inte returneras, bara bytas. Det framgår av våra köpvillkor och står även vid kassan.",
        ),
        (
            "",
            "Tråkigt att läsa att leveransen blev fel. Mejla oss på info@solvik.example så hjälper vi dig så snart vi kan.",
        ),
        (
            "",
            "Vi vill gärna reda ut det här ordentligt. Ring vår kundtjänst på +47 22 33 44 55 så går vi igenom fakturan tillsammans.",
        ),
        (
            "",
            "Vi håller inte med om att arbetet var slarvigt utfört – installationen är besiktigad och godkänd. Men vi förstår att det var störande att vi blev en dag försenade, och det ber vi om ursäkt för.",
        ),
        (
            "",
            "Du har rätt, lektionen ställdes in med för kort varsel. Vi har lagt till en extra ridlektion på ditt kort och ser över våra rutiner för sjukanmälan.",
        ),
        (
            "",
            "Att hästen gillar oss mer än dig tar vi som en komplimang – vi lovar att inte säga något till honom! 😄 Tack!",
        ),
    ],
    "da": [
        (
            "argumentative",
            "Vi forstår godt, at det er dyrt at have dyr. Men det er altså ikke vores skyld, at din hund spiste en sok.",
        ),
        (
            "argumentative",
            "Et stykke smørrebrød til 85 kr. er ikke ågerpris, det er hvad det koster at lave ordentlig mad. Men du er velkommen til at smøre selv.",
        ),
        (
            "argumentative",
            "Vi pudsede alle vinduer, som aftalt. At det regnede dagen efter, kan vi ikke gøre for.",
        ),
        (
            "argumentative",
            "Du skriver, at værelset var lille. Du bookede et 'Cosy Single' til halv pris. Hvad havde du regnet med?",
        ),
        (
            "argumentative",
            "Det er lidt morsomt at blive kritiseret af en, der udeblev fra halvdelen af sine behandlinger.",
        ),
        (
            "incentive",
            "Tak for din anmeldelse! Hvis du retter den til 5 stjerner, får du 20 % rabat på din næste ordre.",
        ),
        (
            "incentive",
            "Vi refunderer gerne hele beløbet, når anmeldelsen er slettet. Skriv til os, så ordner vi det.",
        ),
        (
            "incentive",
            "Giv os en anmeldelse på Trustpilot, og vær med i lodtrækningen om et gavekort på 500 kr.!",
        ),
        (
            "private",
            "Hej Mette, vi har forsøgt at ringe til dig på 28 47 19 36 flere gange uden held.",
        ),
        (
            "private",
            "Din ordre nr. 100482 blev leveret til Nørrebrogade 45, 2. tv., 2200 København N den 8. november.",
        ),
        (
            "private",
            "Beløbet blev trukket på dit kort med slutcifrene 5523, og det står også på din kvittering.",
        ),
        (
            "private",
            "Peter Lund, værelse 214, ankomst 2. juli: vi har ingen registrering af klager under dit ophold.",
        ),
        (
            "",
            "Vi er virkelig kede af, at jeres bestilling til konfirmationen kom en halv time for sent. Det er ikke i orden, og vi har gennemgået ruten med vores bud.",
        ),
        (
            "",
            "Tusind tak for de søde ord! Vi er glade for, at Luna er frisk igen efter operationen – giv hende et kram fra os alle sammen.",
        ),
        (
            "",
            "Vi forstår din frustration. Af hygiejniske årsager kan vi desværre ikke tage undertøj og badetøj retur, hvis forseglingen er brudt.",
        ),
        (
            "",
            "Det lyder ærgerligt. Skriv meget gerne til os på info@solvik.example, så vi kan finde en løsning sammen.",
        ),
        (
            "",
            "Vi vil gerne høre mere om dit forløb. Ring til klinikken på +47 22 33 44 55, så får du en snak med den fysioterapeut, der behandlede dig.",
        ),
        (
            "",
            "Vi er ikke enige i, at prisen ikke var oplyst – den står på menukortet og på skiltet ved kassen. Vi kan dog godt se, at skiltet kunne være tydeligere, og det kigger vi på.",
        ),
        (
            "",
            "Du har fuldstændig ret, filmen startede 20 minutter for sent uden nogen forklaring. Alle, der havde billet til den forestilling, har fået pengene retur i appen.",
        ),
        (
            "",
            "Tabt til en 8-årig på alle 18 huller? Så er det vist tid til revanche – vi holder banen klar! 😄 Tak for besøget og de fine ord.",
        ),
    ],
    "fi": [
        (
            "argumentative",
            "Lounasbuffetissa on joka päivä kaksi lämmintä ruokaa, salaattipöytä ja kahvi. Jos se ei 12,50 eurolla riitä, emme oikein tiedä, mitä odotit.",
        ),
        (
            "argumentative",
            "Pyysit itse vaaleampaa sävyä ja näytit kuvan. Nyt väität, ettei tämä ole sitä mitä halusit. Vähän hassua.",
        ),
        (
            "argumentative",
            "Tuote toimi moitteettomasti, kun testasimme sen palautuksen jälkeen. Ehkä kannattaisi lukea käyttöohje ennen kuin haukkuu meitä netissä.",
        ),
        (
            "argumentative",
            "Ei kannata antaa yhtä tähteä, jos ei itse ollut kotona sovittuun aikaan. Asentajamme odotti oven takana puoli tuntia.",
        ),
        ("argumentative", "Järven rannalla on hyttysiä kesäkuussa. Uskomatonta, mutta totta."),
        (
            "incentive",
            "Kiitos palautteesta! Jos muutat arvion viiteen tähteen, saat seuraavasta tilauksesta 15 %:n alennuksen.",
        ),
        ("incentive", "Hyvitämme koko käsittelyn hinnan, kunhan poistat ensin tämän arvostelun."),
        (
            "incentive",
            "Kaikki kesäkurssilaiset, jotka kirjoittavat meistä arvion Googleen, osallistuvat iPadin arvontaan!",
        ),
        (
            "private",
            "Hei Mikko! Yritimme tavoittaa sinua numerosta 040 718 2245 useamman kerran viime viikolla.",
        ),
        (
            "private",
            "Tilauksesi 7731904 toimitettiin pakettiautomaattiin 3.9. ja se noudettiin seuraavana päivänä.",
        ),
        (
            "private",
            "Asentaja kävi osoitteessa Hämeenkatu 14 B 22, 33100 Tampere sovittuna aikana.",
        ),
        (
            "private",
            "Hei Sanna Virtanen, varauksesi huoneeseen 305 ajalle 5.–7.8. on maksettu ja laskutettu normaalisti.",
        ),
        (
            "",
            "Pahoittelemme, että tilaamasi kuulokkeet viipyivät matkalla kaksi viikkoa. Varastojärjestelmässä oli virhe, ja se on nyt korjattu.",
        ),
        (
            "",
            "Kiitos ihanasta palautteesta! Mukava kuulla, että karjalanpiirakat maistuivat. Tervetuloa uudestaan!",
        ),
        (
            "",
            "Ymmärrämme harmituksen. Kurssimaksua ei valitettavasti palauteta kurssin alettua, mutta paikan voi siirtää seuraavalle kurssille, kuten ehdoissamme kerrotaan.",
        ),
        (
            "",
            "Ikävä kuulla, ettei kurssi vastannut odotuksia. Kirjoitathan meille osoitteeseen info@solvik.example, niin käydään asia läpi yhdessä.",
        ),
        (
            "",
            "Haluaisimme selvittää tilanteen. Soita meille numeroon +47 22 33 44 55 arkisin klo 9–16.",
        ),
        (
            "",
            "Olemme eri mieltä siitä, että lasku olisi tullut yllätyksenä: työn hinta-arvio annettiin kirjallisesti ennen aloittamista. Ymmärrämme kuitenkin, että lisätyöstä olisi pitänyt kertoa heti.",
        ),
        (
            "",
            "Olet täysin oikeassa, sauna ei lämmennyt kunnolla. Korjasimme kiukaan seuraavana päivänä ja hyvitimme yhden yön hinnan.",
        ),
        (
            "",
            "”Ainoa sali, jossa on hyvä meininki jopa tiistaiaamuna” – tämä pääsee seinälle! 💪 Kiitos ja nähdään levytangon äärellä!",
        ),
    ],
    "pl": [
        (
            "argumentative",
            "Pierogi ruskie z farszem z ziemniaków i twarogu to klasyka, a nie „mdła papka”. Może po prostu nie zna się Pan na polskiej kuchni?",
        ),
        (
            "argumentative",
            "Telefon trafił do nas zalany, co jasno widać na wskaźnikach wilgoci. Bajki o tym, że „sam się zepsuł”, proszę zostawić dla znajomych.",
        ),
        (
            "argumentative",
            "W opisie był widok na Giewont „z balkonu, przy dobrej pogodzie”. Na mgłę nie mamy wpływu, przykro nam.",
        ),
        ("argumentative", "Róże zwiędły po tygodniu? Gratulujemy, tyle właśnie żyją cięte kwiaty."),
        (
            "argumentative",
            "Szanowna Pani, reklamacja złożona trzy miesiące po powrocie i opinia z jedną gwiazdką to raczej próba wyłudzenia niż uczciwa ocena.",
        ),
        (
            "incentive",
            "Dziękujemy za opinię! Jeśli zmieni ją Pani na 5 gwiazdek, do następnego zamówienia dorzucimy gratis krem do rąk.",
        ),
        (
            "incentive",
            "Zwrócimy całą kwotę za naprawę, ale najpierw prosimy o usunięcie tej opinii.",
        ),
        (
            "incentive",
            "Każdy, kto zostawi opinię w Google do końca miesiąca, dostaje kod -10% na kolejne zakupy!",
        ),
        (
            "private",
            "Pani Katarzyno, dzwoniliśmy pod numer 601 482 937 trzy razy, niestety bez odpowiedzi.",
        ),
        (
            "private",
            "Kurier dostarczył bukiet na ul. Długą 15/4, 31-147 Kraków o 11:20 i przekazał go sąsiadce.",
        ),
        (
            "private",
            "Rezerwacja nr ZAK-3391, pobyt 10–14 lutego, apartament nr 6 – wszystko zostało rozliczone zgodnie z umową.",
        ),
        ("private", "Zwrot poszedł na kartę kończącą się na 7045, proszę sprawdzić wyciąg."),
        (
            "",
            "Bardzo przepraszamy, że bukiet dotarł dzień po urodzinach. To nasz błąd przy planowaniu dostaw i rozumiemy, jak bardzo to było rozczarowujące.",
        ),
        (
            "",
            "Dziękujemy serdecznie! Cieszymy się, że pierogi z kaszą i serem smakowały całej rodzinie. Zapraszamy ponownie!",
        ),
        (
            "",
            "Rozumiemy rozczarowanie. Dostawy realizujemy w godzinach 9–18 i niestety nie możemy zagwarantować konkretnej godziny, o czym informujemy przy składaniu zamówienia.",
        ),
        (
            "",
            "Przykro nam, że wyjazd nie spełnił oczekiwań. Prosimy o wiadomość na info@solvik.example, chcemy dokładnie wyjaśnić sytuację z hotelem.",
        ),
        (
            "",
            "Chętnie jeszcze raz sprawdzimy telefon. Zapraszamy do serwisu przy Storgata 10, 0155 Oslo lub prosimy o kontakt pod numerem +47 22 33 44 55.",
        ),
        (
            "",
            "Nie możemy zgodzić się z zarzutem, że zabieg wykonano niezgodnie ze sztuką – przebiegał według standardowego protokołu. Rozumiemy jednak, że zaczerwienienie mogło niepokoić, i chętnie to omówimy.",
        ),
        (
            "",
            "Ma Pan rację, do paczki trafił niewłaściwy odcień podkładu. Wysłaliśmy już właściwy produkt, a błędny może Pan zatrzymać.",
        ),
        (
            "",
            "Skoro mówi Pan, że nasze pierogi są lepsze niż babci, to lepiej nie pokazujmy jej tej opinii 😄 Dziękujemy i do zobaczenia!",
        ),
    ],
    "lv": [
        (
            "argumentative",
            "Jūs rakstāt, ka jūra bija auksta. Tā ir Baltijas jūra maijā, nevis Maldīvas. Ko jūs gaidījāt?",
        ),
        (
            "argumentative",
            "Mūsu viesmīle palika pieklājīga arī tad, kad jūs uz viņu kliedzāt. Varbūt vispirms paskatieties uz savu uzvedību.",
        ),
        (
            "argumentative",
            "Ja suni neatvedāt uz kontroles vizīti, kā mēs norādījām, tad brūce, protams, nesadzija. Vainot ārstu ir vienkāršāk.",
        ),
        (
            "argumentative",
            "Jūs pats izvēlējāties šo zīmējumu un divreiz apstiprinājāt skici. Tagad rakstīt, ka tas \u201cneizskatās\u201d, ir mazliet par vēlu.",
        ),
        (
            "argumentative",
            "Degvielas bāka bija pilna, kad auto saņēmāt, to apliecina jūsu paraksts. Nav jēgas izlikties.",
        ),
        (
            "incentive",
            "Paldies par atsauksmi! Ja nomainīsiet vērtējumu uz 5 zvaigznēm, nākamajai nomai piešķirsim 20 % atlaidi.",
        ),
        ("incentive", "Esam gatavi atmaksāt visu summu, ja šo atsauksmi izdzēsīsiet."),
        (
            "incentive",
            "Atstāj atsauksmi Google un piedalies izlozē par bezmaksas nedēļas nogali mūsu viesu namā!",
        ),
        (
            "private",
            "Labdien, Jāni! Mēs vairākkārt zvanījām uz jūsu numuru +371 2914 7382, bet neviens neatbildēja.",
        ),
        (
            "private",
            "Jūsu pasūtījums Nr. LV-88341 tika piegādāts uz adresi Brīvības iela 88-12, Rīga, LV-1001.",
        ),
        (
            "private",
            "Maksājums tika veikts ar karti, kuras numurs beidzas ar 6612, un čeks tika izsniegts uzreiz.",
        ),
        (
            "private",
            "Ilze Bērziņa, rezervācija no 12. līdz 15. jūlijam, istaba Nr. 4 — mūsu sistēmā nav nevienas sūdzības par jūsu uzturēšanos.",
        ),
        (
            "",
            "Atvainojamies, ka pasūtījumu nācās gaidīt vairāk nekā stundu. Tā bija mūsu kļūda virtuvē, un esam pārskatījuši darba organizāciju.",
        ),
        (
            "",
            "Liels paldies! Prieks, ka jums patika brokastis dārzā un klusums pie jūras. Gaidīsim jūs atkal nākamvasar!",
        ),
        (
            "",
            "Saprotam jūsu vilšanos. Drošības apsvērumu dēļ mēs netetovējam cilvēkus, kuri lietojuši alkoholu, un tas ir norādīts arī mūsu noteikumos.",
        ),
        (
            "",
            "Žēl, ka pieredze nebija tāda, kādu gaidījāt. Lūdzu, rakstiet mums uz info@solvik.example, un mēs noskaidrosim, kas notika.",
        ),
        (
            "",
            "Vēlamies to atrisināt. Zvaniet mums pa tālruni +47 22 33 44 55 vai iegriezieties birojā Storgata 10, 0155 Oslo.",
        ),
        (
            "",
            "Mēs nepiekrītam, ka automašīna tika izsniegta ar bojājumiem — pieņemšanas aktā skrāpējumi nav atzīmēti, un to parakstījām abi. Tomēr esam gatavi vēlreiz kopā apskatīt fotogrāfijas.",
        ),
        (
            "",
            "Jums taisnība, kūka bija sausa. Kafejnīcas vadītāja jau atmaksāja par to naudu, un esam mainījuši piegādātāju.",
        ),
        (
            "",
            "Tātad pirmo reizi mūžā uzvarējāt boulingā? Apsveicam! Bumbu, kas to paveica, glabāsim kā relikviju. 😄",
        ),
    ],
    "uk": [
        (
            "argumentative",
            "Ви прийшли з фото, на якому зовсім інший тип волосся. Ми попереджали, що так не вийде, але ви наполягли.",
        ),
        (
            "argumentative",
            "У горах після грози іноді немає світла. Дивно, що дорослій людині це треба пояснювати.",
        ),
        (
            "argumentative",
            "Машину ви забрали справною, це підтвердив тест-драйв. А що ви з нею робили потім два тижні — питання не до нас.",
        ),
        (
            "argumentative",
            "Звісно, суші були «несвіжі». А може, їх просто не треба було три години тримати на підвіконні?",
        ),
        (
            "argumentative",
            "Якщо ви пропустили половину занять і не здали жодного домашнього завдання, то претензії до викладача звучать дуже смішно.",
        ),
        (
            "incentive",
            "Дякуємо за відгук! Якщо зміните оцінку на 5 зірок, наступний манікюр зробимо зі знижкою 30%.",
        ),
        ("incentive", "Готові повернути вам кошти за замовлення, якщо ви видалите цей відгук."),
        (
            "incentive",
            "Залиште відгук у Google — і отримайте рол «Філадельфія» в подарунок до наступного замовлення!",
        ),
        (
            "private",
            "Олено, ми тричі телефонували вам на номер +380 67 482 19 36, але ви не відповіли.",
        ),
        (
            "private",
            "Ваше замовлення № 458812 доставлено за адресою вул. Городоцька, 45, кв. 12, м. Львів, 79007, о 19:40.",
        ),
        (
            "private",
            "Оплата пройшла з картки **** 4417, тож подвійного списання з нашого боку не було.",
        ),
        ("private", "Ми надіслали підтвердження на andriy.kovalenko88@ukr.net ще в понеділок."),
        (
            "",
            "Вибачте, будь ласка, що доставка запізнилася на годину і роли приїхали холодними. Це наша помилка, ми вже переглянули маршрути кур'єрів.",
        ),
        (
            "",
            "Щиро дякуємо за теплі слова! Дуже раді, що вам сподобалися кава і сирники. Чекаємо знову!",
        ),
        (
            "",
            "Розуміємо ваше невдоволення. Передоплата за бронювання повертається лише в разі скасування не пізніше ніж за 7 днів до заїзду — це вказано в умовах бронювання.",
        ),
        (
            "",
            "Нам шкода, що так вийшло. Напишіть нам, будь ласка, на info@solvik.example — ми хочемо розібратися в ситуації.",
        ),
        (
            "",
            "Будемо раді ще раз безкоштовно оглянути авто. Телефонуйте нам за номером +47 22 33 44 55 або приїжджайте на Storgata 10, 0155 Oslo.",
        ),
        (
            "",
            "Ми не можемо погодитися, що майстер був неввічливим: ми розібрали ситуацію і з ним, і з адміністратором. Проте нам прикро, що у вас залишилося таке враження, і ми врахуємо ваш відгук.",
        ),
        (
            "",
            "Ви абсолютно праві, книжку надіслали не ту. Ми вже відправили правильну і компенсували вам доставку.",
        ),
        (
            "",
            "Здається, у нас з'явився найвідданіший фанат! 😄 Кіт, який спить на підвіконні, теж передає вам привіт. Дякуємо!",
        ),
    ],
    "pt": [
        (
            "argumentative",
            "O mar não se controla, meu caro. Se queria ondas perfeitas por encomenda, o melhor era ter ficado na piscina.",
        ),
        (
            "argumentative",
            "O marisco é vendido ao peso e o preço está na montra. Não nos venha agora dizer que foi enganado.",
        ),
        (
            "argumentative",
            "A senhora queixa-se do barulho da rua, mas reservou um apartamento na Ribeira em pleno São João. Francamente.",
        ),
        (
            "argumentative",
            "A mancha já estava na camisola quando a trouxe. Não somos mágicos, e muito menos culpados pelos seus descuidos.",
        ),
        (
            "argumentative",
            "É curioso que o seu filho tenha tido negativa e a culpa seja logo do explicador. Talvez ajudasse ele estudar em casa.",
        ),
        (
            "incentive",
            "Obrigado pela visita! Se mudar a avaliação para 5 estrelas, oferecemos uma garrafa de vinho do Porto na próxima encomenda.",
        ),
        ("incentive", "Devolvemos-lhe o valor total do passeio assim que retirar este comentário."),
        (
            "incentive",
            "Deixe a sua avaliação no Google e habilite-se a ganhar uma aula de surf grátis! Sorteio todos os meses.",
        ),
        ("private", "Sr. Rui, tentámos ligar-lhe para o 912 483 706 várias vezes, sem sucesso."),
        (
            "private",
            "A encomenda n.º PT-66210 foi entregue na Rua de Santa Catarina 312, 3.º Dto., 4000-443 Porto, e assinada por si.",
        ),
        (
            "private",
            "O reembolso foi feito para o cartão terminado em 2290, deve aparecer no extrato em poucos dias.",
        ),
        ("private", "Enviámos a fatura para o email joana.mendes92@sapo.pt no próprio dia."),
        (
            "",
            "Pedimos imensa desculpa pelo atraso de 40 minutos na partida do barco. Houve um problema no cais e devíamos ter avisado todos os passageiros com antecedência.",
        ),
        (
            "",
            "Muito obrigado pelas palavras simpáticas! Ficamos felizes por saber que os pastéis de nata ainda chegaram quentinhos ao hotel. Volte sempre!",
        ),
        (
            "",
            "Compreendemos o incómodo. A taxa turística municipal é obrigatória e cobrada no check-in, como indicado no anúncio e na confirmação da reserva.",
        ),
        (
            "",
            "Lamentamos que a garrafa tenha chegado partida. Escreva-nos para info@solvik.example com uma fotografia e tratamos do assunto o mais rápido possível.",
        ),
        (
            "",
            "Gostaríamos de falar consigo sobre esta experiência. Ligue-nos para o +47 22 33 44 55 ou passe pela nossa loja, em Storgata 10, 0155 Oslo.",
        ),
        (
            "",
            "Não concordamos que a aula tenha sido perigosa: todos os alunos tinham fato e prancha adequados, e os monitores estiveram sempre na água. Ainda assim, agradecemos o alerta sobre a explicação inicial, que vamos rever.",
        ),
        (
            "",
            "Tem toda a razão, a camisa foi devolvida com um botão partido. Já substituímos o botão e não cobrámos a lavagem.",
        ),
        (
            "",
            "Três doses de arroz de marisco para duas pessoas? Isso sim é espírito de equipa! 😄 Obrigado e até à próxima!",
        ),
    ],
}
