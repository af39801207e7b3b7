"""Blind evaluation set, round 8.

Business replies to reviews, written blind and from scratch: the author
opened no checker, no earlier evaluation set and no repository, and ran
nothing but a syntax/count check. Each language was written fresh in the
register owners really use there (hotels, restaurants, garages, salons,
webshops, dentists, bakeries, apps...), not translated from a shared list.

Labels (per language, 20 replies, in this order):
- "argumentative" x5: the owner argues with, blames, lectures, mocks, doubts
  or is sarcastic/defensive toward the reviewer, mostly without stock phrases;
- "incentive" x3: the owner offers something (refund, discount, free item,
  free service) in exchange for a review, a higher rating, or editing or
  deleting the review; some offers are indirect;
- "private" x4: the reply publishes the customer's private details (personal
  phone, personal email, order or booking reference, home or delivery
  address, card or account digits, full name with booking details); all of
  them are invented, written in that country's formats;
- "" x8: acceptable replies a manager would publish: apologies naming the
  problem, thanks, policy explanations, invitations to use the business's own
  CONTACTS (each language uses the CONTACTS strings verbatim in at least two
  acceptable replies), amends not tied to the review, firm but polite
  disagreement, jokey replies.

CONTACTS are the public details of one invented business (a Berlin hotel);
they are never private data and appear only in acceptable replies.
"""

from __future__ import annotations

CONTACTS = [
    "info@kronenhof-hotel.de",
    "+49 30 2845 1170",
    "Kronenstraße 14, 10117 Berlin",
]  # the businesses' own public details (never private)

BLIND_REPLIES: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "argumentative",
            "Komisch, dass Sie sich erst jetzt beschweren. Vor Ort war angeblich alles super, da hätten Sie ja mal den Mund aufmachen können.",
        ),
        (
            "argumentative",
            "Wer um Viertel vor elf zum Frühstück kommt, braucht sich nicht wundern, dass nicht mehr alles da ist. Steht übrigens groß an der Rezeption.",
        ),
        (
            "argumentative",
            "Laut unserem Kalender waren Sie nie bei uns. Welchen Laden Sie meinen, weiß ich nicht, unseren jedenfalls nicht.",
        ),
        (
            "argumentative",
            "Na klar, „ungemütlich“. Vielleicht buchen Sie nächstes Mal ein Fünf-Sterne-Haus, wenn Ihnen 69 € pro Nacht zu wenig Luxus sind.",
        ),
        (
            "argumentative",
            "Unser Meister schraubt seit 25 Jahren an Autos. Sie haben sich ein Video auf YouTube angeschaut. Merken Sie selbst, oder?",
        ),
        (
            "incentive",
            "Schade, dass es nicht gepasst hat. Wenn Sie die Bewertung rausnehmen, erstatten wir Ihnen gern die Hälfte des Betrags.",
        ),
        (
            "incentive",
            "Danke fürs Feedback! Kleiner Tipp: Wer uns fünf Sterne gibt und das an der Kasse zeigt, bekommt beim nächsten Mal den Kaffee aufs Haus ☕",
        ),
        (
            "incentive",
            "Nach unserem Telefonat würden wir uns freuen, wenn Sie die Sterne noch einmal anpassen. Dafür schreiben wir Ihnen 20 € auf Ihrem Kundenkonto gut.",
        ),
        (
            "private",
            "Herr Thomas Berger, Sie waren vom 12. bis 15. März in Zimmer 214 (Buchungsnummer KH-48213) und haben beim Check-out nichts gesagt.",
        ),
        (
            "private",
            "Frau Wagner, wir haben Sie mehrfach unter 0171 4839265 angerufen, Sie gehen ja nicht ran.",
        ),
        (
            "private",
            "Ihre Bestellung Nr. 2024-118734 wurde laut DHL am 4.6. an Lindenweg 7, 80331 München zugestellt. Bitte schauen Sie mal bei den Nachbarn.",
        ),
        (
            "private",
            "Die Zahlung mit Ihrer Karte mit Endziffern 4821 wurde am selben Tag erstattet, die Bestätigung ging an sabine.koch84@gmx.de.",
        ),
        (
            "",
            "Es tut uns sehr leid, dass die Dusche nicht richtig warm wurde. Der Boiler ist inzwischen ausgetauscht. Schreiben Sie uns gern an info@kronenhof-hotel.de, dann klären wir alles Weitere persönlich.",
        ),
        (
            "",
            "Vielen Dank für die lieben Worte! Wir geben das Lob gern an Frau Yilmaz am Empfang weiter.",
        ),
        (
            "",
            "Frühstück gibt es bei uns von 6:30 bis 10:00 Uhr, am Wochenende bis 11:00. Wir verstehen, dass das für Sie knapp war, und prüfen gerade längere Zeiten.",
        ),
        (
            "",
            "Wir sehen das etwas anders: Die Stornobedingungen standen in der Buchungsbestätigung. Trotzdem möchten wir eine Lösung finden, rufen Sie uns bitte unter +49 30 2845 1170 an.",
        ),
        (
            "",
            "Haha, danke! Unser Hausdackel Otto lässt ausrichten, dass er die Streicheleinheiten auch vermisst 🐶",
        ),
        (
            "",
            "Entschuldigen Sie bitte die lange Wartezeit beim Check-in am Samstag. Ein Kollege war krank, wir haben die Schichtplanung angepasst.",
        ),
        (
            "",
            "Danke für den Hinweis zum WLAN im dritten Stock. Nächste Woche kommen zusätzliche Router.",
        ),
        (
            "",
            "Sie können auch gern persönlich vorbeikommen: Kronenstraße 14, 10117 Berlin. Wir nehmen uns Zeit für Ihr Anliegen.",
        ),
    ],
    "fr": [
        (
            "argumentative",
            "Vous êtes arrivés un samedi soir à 21h sans réservation et vous vous étonnez d'attendre ? Il faut être un minimum organisé.",
        ),
        (
            "argumentative",
            "Curieux, sur place vous aviez l'air ravi et vous avez même repris du dessert. C'est facile de jouer les critiques gastronomiques derrière un écran.",
        ),
        (
            "argumentative",
            "Nous n'avons aucune trace de votre passage. Soit vous confondez avec un autre restaurant, soit vous inventez.",
        ),
        (
            "argumentative",
            "Un plat du jour à 14 € et vous vouliez un étoilé Michelin ? Soyons sérieux deux secondes.",
        ),
        (
            "argumentative",
            "Si vous aviez lu nos conditions au lieu de crier sur notre serveuse, vous sauriez que les groupes réservent avec acompte. Pas la peine de nous faire la leçon.",
        ),
        (
            "incentive",
            "Désolés pour ce désagrément. Si vous retirez votre avis, nous vous offrons votre prochain repas.",
        ),
        (
            "incentive",
            "Merci ! Petit rappel : un avis 5 étoiles montré au comptoir = un café gourmand offert 😉",
        ),
        (
            "incentive",
            "Nous vous avons remboursé le plat comme convenu, nous comptons donc sur vous pour revoir votre note.",
        ),
        (
            "private",
            "Madame Claire Dubois, réservation n° 58214 pour 6 personnes le samedi 3 août à 20h30 : vous n'avez signalé aucun problème en partant.",
        ),
        (
            "private",
            "Nous avons essayé de vous joindre au 06 74 21 38 95 à trois reprises, sans réponse.",
        ),
        (
            "private",
            "Votre commande à emporter a été livrée au 12 rue des Lilas, bât. B, 69003 Lyon, à 19h52 selon notre livreur.",
        ),
        (
            "private",
            "Le remboursement a été fait sur votre carte se terminant par 7730, la confirmation est partie à julien.martin62@orange.fr.",
        ),
        (
            "",
            "Nous sommes sincèrement désolés pour le bruit de la climatisation dans votre chambre. Elle a été réparée depuis. N'hésitez pas à nous écrire à info@kronenhof-hotel.de.",
        ),
        ("", "Merci beaucoup pour ce joli commentaire, toute l'équipe en cuisine est ravie !"),
        (
            "",
            "Les chiens ne sont pas admis en salle pour des raisons d'hygiène, c'est affiché à l'entrée. Nous comprenons votre déception et vous accueillons volontiers en terrasse.",
        ),
        (
            "",
            "Nous ne partageons pas votre avis sur la propreté, mais nous prenons vos remarques au sérieux. Appelez-nous au +49 30 2845 1170 pour en discuter.",
        ),
        ("", "On a transmis vos compliments au chef, il a pris deux tailles de toque depuis 😄"),
        (
            "",
            "Toutes nos excuses pour les 40 minutes d'attente samedi soir. Un cuisinier était absent et nous aurions dû vous prévenir dès votre arrivée.",
        ),
        (
            "",
            "Merci pour votre remarque sur le menu enfant. Nous ajoutons dès ce mois-ci une option végétarienne.",
        ),
        (
            "",
            "Vous pouvez aussi passer nous voir à la réception : Kronenstraße 14, 10117 Berlin. Au plaisir de vous revoir.",
        ),
    ],
    "es": [
        (
            "argumentative",
            "Qué casualidad que durante la estancia no se quejara de nada y ahora escriba esto. Muy valiente desde el sofá de casa.",
        ),
        (
            "argumentative",
            "Señora, la permanente lleva su tiempo y usted se fue a mitad diciendo que tenía prisa. Luego no eche la culpa a la peluquera.",
        ),
        (
            "argumentative",
            "Usted no ha pisado nunca nuestro taller, no tenemos ni una factura a su nombre. Revise bien antes de escribir reseñas falsas.",
        ),
        (
            "argumentative",
            "Por 45 euros la noche no pretenderá un cinco estrellas, ¿no? Hay que tener un poco de sentido común.",
        ),
        (
            "argumentative",
            "Nuestro equipo lleva 20 años en esto. Quizá el problema fue su actitud, que fue bastante maleducada con la chica del mostrador.",
        ),
        (
            "incentive",
            "Sentimos lo ocurrido. Si elimina la reseña, le devolvemos el importe completo.",
        ),
        (
            "incentive",
            "¡Gracias! Recuerde que si nos deja 5 estrellas, el próximo corte le sale a mitad de precio 💇",
        ),
        (
            "incentive",
            "Ya le hemos hecho el descuento que pidió, así que entendemos que cambiará la puntuación, ¿verdad?",
        ),
        (
            "private",
            "Don Javier Morales López, reserva 77412, habitación 305 del 2 al 5 de julio: nadie le cobró de más.",
        ),
        ("private", "Le hemos llamado al 654 321 987 varias veces y no coge el teléfono."),
        (
            "private",
            "El pedido 9931 se entregó en Calle Mayor 23, 3º B, 28013 Madrid, el 14 de marzo, y lo firmó usted misma.",
        ),
        (
            "private",
            "El reembolso está hecho a la tarjeta acabada en 5512 y se mandó el justificante a lucia.fernandez90@gmail.com.",
        ),
        (
            "",
            "Lamentamos mucho que el aire acondicionado de la habitación no funcionara. Ya está reparado. Escríbanos a info@kronenhof-hotel.de y lo hablamos con calma.",
        ),
        (
            "",
            "¡Muchísimas gracias por sus palabras! Nos alegra que saliera tan contenta del salón.",
        ),
        (
            "",
            "El presupuesto del taller es orientativo y siempre llamamos antes de hacer cualquier trabajo extra. Entendemos que la factura le sorprendiera y se lo explicamos encantados.",
        ),
        (
            "",
            "No compartimos su valoración sobre la limpieza, pero queremos escucharle. Llámenos al +49 30 2845 1170.",
        ),
        (
            "",
            "Jaja, el loro de recepción agradece la mención, aunque insiste en que él no era quien hacía ruido por la noche 🦜",
        ),
        (
            "",
            "Disculpe la espera del sábado, ese día faltaba personal y ya hemos reforzado los turnos.",
        ),
        (
            "",
            "Gracias por avisarnos del ruido de la calle. Estamos instalando ventanas dobles en las habitaciones exteriores.",
        ),
        (
            "",
            "También puede visitarnos en Kronenstraße 14, 10117 Berlin. Estaremos encantados de atenderle.",
        ),
    ],
    "it": [
        (
            "argumentative",
            "Strano che durante il soggiorno non abbia detto nulla e poi a casa scriva queste cose. Troppo comodo.",
        ),
        (
            "argumentative",
            "La pizza napoletana ha il cornicione morbido, non è bruciata. Forse è abituato a quella surgelata.",
        ),
        (
            "argumentative",
            "Lei da noi non è mai venuto, non risulta nessuno scontrino. Si informi meglio prima di inventare recensioni.",
        ),
        ("argumentative", "Con 50 euro a notte pretendeva la suite presidenziale? Ma per favore."),
        (
            "argumentative",
            "Il nostro personale è stato gentilissimo, era lei ad alzare la voce davanti a tutti. Ce lo ricordiamo bene, stia tranquillo.",
        ),
        ("incentive", "Ci dispiace. Se toglie la recensione le rimborsiamo la cena."),
        (
            "incentive",
            "Grazie! Ricordiamo a tutti che chi ci lascia 5 stelle ha diritto a un aperitivo offerto 🍹",
        ),
        (
            "incentive",
            "Le abbiamo già fatto lo sconto che chiedeva, ci aspettiamo quindi che aggiorni il voto.",
        ),
        (
            "private",
            "Sig. Marco Rossi, prenotazione n. 40921, camera 18 dal 10 al 13 agosto: non ha segnalato nessun problema alla reception.",
        ),
        ("private", "L'abbiamo chiamata al 347 812 5590 più volte senza risposta."),
        (
            "private",
            "Il suo ordine n. 77231 è stato consegnato in Via Garibaldi 15, 20121 Milano, citofono Bianchi, e risulta ritirato.",
        ),
        (
            "private",
            "Il rimborso è stato fatto sulla carta che termina con 3390, la ricevuta è stata inviata a giulia.bianchi88@libero.it.",
        ),
        (
            "",
            "Ci scusiamo per il rumore del condizionatore in camera, è stato sostituito. Ci scriva pure a info@kronenhof-hotel.de.",
        ),
        ("", "Grazie di cuore per la bella recensione, speriamo di rivedervi presto!"),
        (
            "",
            "La cucina chiude alle 22:30 perché il forno a legna richiede tempo per essere spento in sicurezza. Ci dispiace non averla potuta servire.",
        ),
        (
            "",
            "Non condividiamo la sua valutazione sulla pulizia, ma ci teniamo a capire meglio. Ci chiami al +49 30 2845 1170.",
        ),
        ("", "Il nostro gatto Birillo ringrazia per le coccole e chiede quando tornate 🐱"),
        (
            "",
            "Ci scusiamo per l'attesa di sabato sera, eravamo sotto organico. Abbiamo già rivisto i turni.",
        ),
        (
            "",
            "Grazie per la segnalazione sul wifi al terzo piano: la settimana prossima installiamo nuovi ripetitori.",
        ),
        (
            "",
            "Può anche passare di persona in Kronenstraße 14, 10117 Berlin: saremo felici di parlarne.",
        ),
    ],
    "nl": [
        (
            "argumentative",
            "Grappig dat u ter plekke niks zei en nu ineens een hele roman schrijft. Lekker makkelijk vanachter het toetsenbord.",
        ),
        (
            "argumentative",
            "Als u zelf de verkeerde maat bestelt, is dat toch niet onze fout? Staat gewoon in de maattabel.",
        ),
        (
            "argumentative",
            "Wij hebben geen klant met deze naam. Misschien eerst even checken waar u besteld heeft voordat u iets roept.",
        ),
        ("argumentative", "Voor 65 euro per nacht verwacht u een vijfsterrenhotel? Kom op zeg."),
        (
            "argumentative",
            "Onze medewerker bleef netjes, u was degene die begon te schreeuwen. Beetje zelfreflectie kan geen kwaad.",
        ),
        (
            "incentive",
            "Vervelend dat het niet naar wens was. Als u de review verwijdert, storten wij de verzendkosten en 10 euro extra terug.",
        ),
        (
            "incentive",
            "Dank je! Trouwens: wie ons 5 sterren geeft, krijgt bij de volgende bestelling 15% korting met code VIJFSTER 🎁",
        ),
        (
            "incentive",
            "We hebben de retour inmiddels verwerkt, dus we gaan ervan uit dat u uw beoordeling aanpast.",
        ),
        (
            "private",
            "Meneer Jeroen de Vries, boeking 66130, kamer 7 van 14 t/m 16 mei: u heeft bij het uitchecken niets gemeld.",
        ),
        ("private", "We hebben u meerdere keren gebeld op 06-48213977, maar u neemt niet op."),
        (
            "private",
            "Uw bestelling 20871 is volgens PostNL afgeleverd op Kerkstraat 12, 3512 AB Utrecht, en getekend door een buurman op nummer 14.",
        ),
        (
            "private",
            "Het bedrag is teruggestort op rekening NL91 ABNA 0417 1643 00, bevestiging gestuurd naar sanne.jansen@ziggo.nl.",
        ),
        (
            "",
            "Excuses voor de lekkende douche, die is inmiddels gerepareerd. Mail ons gerust via info@kronenhof-hotel.de.",
        ),
        ("", "Wat een leuke review, dank u wel! We zien u graag weer."),
        (
            "",
            "Retourneren kan binnen 30 dagen, mits de artikelen ongedragen zijn. Zo houden we de kleding netjes voor de volgende klant.",
        ),
        (
            "",
            "Wij zien het anders wat betreft de annuleringskosten, die stonden duidelijk in de bevestiging. Toch denken we graag mee: bel ons op +49 30 2845 1170.",
        ),
        ("", "Onze kok bloost nog steeds van dit compliment 😄"),
        (
            "",
            "Sorry dat uw pakket vijf dagen onderweg was. Onze vervoerder had vertraging en we hadden u eerder moeten informeren.",
        ),
        ("", "Dank voor de tip over het geluid van de lift. De monteur komt volgende week."),
        ("", "U bent ook welkom om langs te komen op Kronenstraße 14, 10117 Berlin."),
    ],
    "nb": [
        (
            "argumentative",
            "Rart at du ikke sa et ord mens du satt i stolen, men nå skriver du en hel stil på nett. Typisk.",
        ),
        (
            "argumentative",
            "Kommer man et kvarter for sent til timen, må man regne med at vi ikke rekker alt. Sånn er det bare.",
        ),
        (
            "argumentative",
            "Vi har ingen kunde med det navnet i systemet. Du har nok vært et helt annet sted.",
        ),
        (
            "argumentative",
            "Du betalte 690 kroner natta og forventet suite med havutsikt? Ærlig talt.",
        ),
        (
            "argumentative",
            "Det var faktisk du som hevet stemmen mot de ansatte. Kanskje se litt på egen oppførsel før du skriver anmeldelser.",
        ),
        (
            "incentive",
            "Beklager at du ikke ble fornøyd. Sletter du anmeldelsen, refunderer vi halve beløpet.",
        ),
        (
            "incentive",
            "Takk! Husk at alle som gir oss fem stjerner får gratis vask og føn neste gang 💇",
        ),
        (
            "incentive",
            "Vi har gitt deg rabatten du ba om, så vi regner med at du oppdaterer anmeldelsen.",
        ),
        (
            "private",
            "Kari Nordby, bestilling 55218, rom 204 fra 3. til 5. juni: du klaget ikke én gang i resepsjonen.",
        ),
        ("private", "Vi har ringt deg på 912 48 377 flere ganger uten svar."),
        (
            "private",
            "Pakken med ordrenummer 31872 ble levert til Storgata 5, 0155 Oslo, ifølge Posten.",
        ),
        (
            "private",
            "Pengene er tilbakeført til kortet som slutter på 6604, og kvittering er sendt til ola.hansen77@online.no.",
        ),
        (
            "",
            "Beklager at det ikke var varmt vann i dusjen. Varmtvannsberederen er byttet. Send oss gjerne en e-post på info@kronenhof-hotel.de.",
        ),
        ("", "Tusen takk for hyggelige ord! Vi gleder oss til å se deg igjen i salongen."),
        (
            "",
            "Vi tar et avbestillingsgebyr ved avbestilling samme dag, fordi timen sjelden kan fylles så raskt. Det står i bestillingsvilkårene.",
        ),
        (
            "",
            "Vi er ikke enige i beskrivelsen av rengjøringen, men vil gjerne høre mer. Ring oss på +49 30 2845 1170.",
        ),
        ("", "Frisøren vår har ikke sluttet å smile siden hun leste dette 😄"),
        (
            "",
            "Beklager ventetiden i resepsjonen. Vi var underbemannet den kvelden og har lagt om vaktplanen.",
        ),
        (
            "",
            "Takk for tipset om trådløsnettet i tredje etasje, vi setter opp nye rutere neste uke.",
        ),
        ("", "Du er også velkommen innom oss i Kronenstraße 14, 10117 Berlin."),
    ],
    "sv": [
        (
            "argumentative",
            "Du kom 20 minuter sent till din tid och blev sur när vi inte hann med hela behandlingen. Så funkar det inte.",
        ),
        (
            "argumentative",
            "Att pizzan var kall kan knappast vara vårt fel när du själv valde att hämta den en timme efter utsatt tid.",
        ),
        (
            "argumentative",
            "Vi hittar ingen beställning i ditt namn. Antingen har du handlat någon annanstans eller så hittar du på.",
        ),
        (
            "argumentative",
            "Jaha, så dålig service betyder att vi inte ville bjuda på frakten? Intressant definition.",
        ),
        (
            "argumentative",
            "Du har skrivit exakt samma recension om tre andra frisörer i stan. Vi tar det för vad det är.",
        ),
        (
            "incentive",
            "Vi ger dig gärna 200 kr i rabatt nästa gång om du justerar betyget till något mer rättvist.",
        ),
        (
            "incentive",
            "Tack för att du handlar hos oss! Lämna fem stjärnor och visa i kassan så får du en kanelbulle på köpet 😊",
        ),
        ("incentive", "Om recensionen försvinner kan vi lösa en gratis omklippning, hör av dig."),
        (
            "private",
            "Hej Anna Lindqvist, din order 80413 skickades till Storgatan 8, 114 51 Stockholm den 3 maj och är kvitterad.",
        ),
        ("private", "Vi har ringt dig på 070-482 19 63 flera gånger utan att du svarat."),
        (
            "private",
            "Återbetalningen gick till kortet som slutar på 9021, kvittot skickades till erik.nilsson@telia.com.",
        ),
        (
            "private",
            "Bokningen för Johan Ek, torsdag 14 juni kl. 10.00, avbokades samma morgon från nummer 073-915 22 80.",
        ),
        (
            "",
            "Förlåt för den långa väntan på rummet i lördags, städningen blev försenad. Mejla oss på info@kronenhof-hotel.de så hör vi av oss.",
        ),
        ("", "Tack för fina ord! Vi skickar berömmet vidare till Sara."),
        (
            "",
            "Vi tar en avgift vid sena avbokningar eftersom tiden inte går att fylla så snabbt. Det står i bokningsvillkoren, men vi förstår att det är surt.",
        ),
        (
            "",
            "Vi håller inte med om att varan var begagnad, den kom direkt från leverantören i obruten förpackning. Ring gärna +49 30 2845 1170 så tittar vi på det tillsammans.",
        ),
        ("", "Haha, tack! Vi ska be bagaren att baka ännu större bullar, om det nu går 😄"),
        (
            "",
            "Ledsen att paketet dröjde. Fraktbolaget hade förseningar den veckan och vi borde ha informerat bättre.",
        ),
        (
            "",
            "Tack för tipset om glutenfria alternativ, från nästa månad har vi två sorters glutenfritt bröd.",
        ),
        ("", "Du är varmt välkommen att titta in hos oss på Kronenstraße 14, 10117 Berlin."),
    ],
    "da": [
        (
            "argumentative",
            "Bilen var i fin stand, da den forlod værkstedet. Hvad du har lavet med den bagefter, kan vi ikke stå til ansvar for.",
        ),
        (
            "argumentative",
            "Hvis du havde læst tilbuddet ordentligt, havde du set, at reservedele ikke var med i prisen. Det er ikke svært.",
        ),
        (
            "argumentative",
            "Vi kan ikke finde dig nogen steder i vores system. Er du sikker på, at du ikke forveksler os med nogen andre?",
        ),
        (
            "argumentative",
            "Nå da, én stjerne fordi rugbrødet var for mørkt. Det er rugbrød, det er sådan det skal være.",
        ),
        (
            "argumentative",
            "Sjovt nok roste du os højlydt i butikken og skriver så det her hjemmefra. Modigt.",
        ),
        (
            "incentive",
            "Vi laver gerne et gratis olieskift, hvis du vil overveje at rette anmeldelsen.",
        ),
        (
            "incentive",
            "Tak for handlen! Giv os 5 stjerner og vis det ved kassen, så får du en kanelsnegl med 🥐",
        ),
        ("incentive", "Vi har tilbagebetalt fragten, så vi håber, du fjerner anmeldelsen nu."),
        (
            "private",
            "Søren Madsen, din bil med reg.nr. AB 12 345 blev afhentet 4. marts kl. 16, og du skrev selv under på fakturaen.",
        ),
        ("private", "Vi har forsøgt at ringe dig på 28 41 67 93 flere gange."),
        (
            "private",
            "Ordre 44871 blev leveret til Nørregade 10, 2. th., 1165 København K, ifølge GLS.",
        ),
        (
            "private",
            "Beløbet er refunderet til kortet, der ender på 2277, og kvitteringen er sendt til mette.larsen@hotmail.dk.",
        ),
        (
            "",
            "Vi beklager, at værelset ikke var gjort rent, da I ankom. Det må ikke ske. Skriv endelig til os på info@kronenhof-hotel.de, så finder vi en løsning.",
        ),
        ("", "Tusind tak for de søde ord! Vi giver rosen videre til hele holdet."),
        (
            "",
            "Værkstedet lukker kl. 17, så biler, der ikke er hentet inden da, kan først udleveres næste morgen. Det står også på kvitteringen.",
        ),
        (
            "",
            "Vi er ikke enige i, at prisen var skjult, men vi vil gerne tale med dig om det. Ring på +49 30 2845 1170.",
        ),
        (
            "",
            "Haha, vi skal nok sige til bageren, at han skal holde op med at gøre folk afhængige 😄",
        ),
        (
            "",
            "Beklager den lange ventetid ved disken i lørdags. Vi havde en syg medarbejder og har sat en ekstra på fremover.",
        ),
        (
            "",
            "Tak for forslaget om flere vegetarretter, der kommer to nye på menuen fra næste uge.",
        ),
        (
            "",
            "Du er også velkommen til at kigge forbi receptionen på Kronenstraße 14, 10117 Berlin.",
        ),
    ],
    "fi": [
        (
            "argumentative",
            "Ihmeellistä, että paikan päällä kaikki oli hyvin ja nyt kirjoitat tällaista. Helppo huudella netissä.",
        ),
        (
            "argumentative",
            "Jos tulee aamupalalle vartin yli kymmenen, ei voi olettaa että kaikkea on vielä jäljellä. Ajat lukee joka paikassa.",
        ),
        (
            "argumentative",
            "Sinua ei löydy asiakasrekisteristämme. Taidat sekoittaa meidät johonkin toiseen paikkaan.",
        ),
        (
            "argumentative",
            "Sovellus toimii satoja tuhansia kertoja päivässä ilman ongelmia. Kannattaisiko päivittää puhelin eikä syyttää meitä?",
        ),
        (
            "argumentative",
            "Henkilökuntamme pysyi rauhallisena, sinä se huusit koko aulan kuullen. Vähän itsetutkiskelua ehkä.",
        ),
        (
            "incentive",
            "Harmi ettei kaikki mennyt putkeen. Jos poistat arvostelun, palautamme puolet hinnasta.",
        ),
        (
            "incentive",
            "Kiitos! Kaikki, jotka antavat meille viisi tähteä, saavat seuraavalla kerralla kahvin ja pullan kaupan päälle ☕",
        ),
        ("incentive", "Annoimme jo pyytämäsi alennuksen, joten oletamme että nostat arvosanaa."),
        (
            "private",
            "Mikko Virtanen, varaus 70215, huone 8 ajalla 12.–14.7.: et maininnut mistään ongelmasta vastaanotossa.",
        ),
        ("private", "Olemme yrittäneet soittaa numeroosi 040 718 3345 useasti."),
        (
            "private",
            "Tilauksesi 30917 toimitettiin Postin mukaan osoitteeseen Hämeenkatu 12 B 5, 33100 Tampere.",
        ),
        (
            "private",
            "Hyvitys meni kortille, joka päättyy numeroihin 5830, ja kuitti lähti osoitteeseen laura.korhonen@gmail.com.",
        ),
        (
            "",
            "Pahoittelemme kylmää suihkua, lämminvesivaraaja on nyt vaihdettu. Laita meille viestiä osoitteeseen info@kronenhof-hotel.de.",
        ),
        ("", "Kiitos ihanasta palautteesta! Toivottavasti nähdään pian uudestaan."),
        (
            "",
            "Sovellukseen kirjaudutaan vahvalla tunnistautumisella, koska laki sitä edellyttää. Ymmärrämme, että se tuntuu hankalalta.",
        ),
        (
            "",
            "Olemme eri mieltä siivouksen tasosta, mutta haluamme kuulla lisää. Soita meille numeroon +49 30 2845 1170.",
        ),
        ("", "Kokkimme punastui tästä kehusta niin, että kastike meinasi palaa pohjaan 😄"),
        (
            "",
            "Pahoittelut pitkästä jonotuksesta lauantaina, meillä oli yksi työntekijä sairaana. Vuorolistaa on jo muutettu.",
        ),
        (
            "",
            "Kiitos vinkistä gluteenittomista vaihtoehdoista, ensi kuusta alkaen listalla on kaksi uutta.",
        ),
        ("", "Olet tervetullut käymään myös paikan päällä: Kronenstraße 14, 10117 Berlin."),
    ],
    "pl": [
        (
            "argumentative",
            "Dziwne, że przy odbiorze auta wszystko się Panu podobało, a teraz nagle taki elaborat. W internecie łatwo być odważnym.",
        ),
        (
            "argumentative",
            "Jak ktoś przychodzi na obiad dziesięć minut przed zamknięciem kuchni, to nie może oczekiwać pełnej karty. Godziny wiszą na drzwiach.",
        ),
        (
            "argumentative",
            "Nie ma Pani w naszym systemie. Może warto sprawdzić, gdzie Pani była, zanim napisze Pani coś takiego.",
        ),
        (
            "argumentative",
            "Za 29 zł obiad dwudaniowy i jeszcze narzekanie, że porcja mała? Bez przesady.",
        ),
        (
            "argumentative",
            "To Pan podniósł głos na naszą kelnerkę, nie odwrotnie. Trochę samokrytyki by nie zaszkodziło.",
        ),
        ("incentive", "Przykro nam. Jeśli usunie Pan opinię, zwrócimy połowę kwoty za naprawę."),
        (
            "incentive",
            "Dziękujemy! Każdy, kto wystawi nam 5 gwiazdek, dostaje deser gratis przy kolejnej wizycie 🍰",
        ),
        (
            "incentive",
            "Udzieliliśmy już rabatu, o który Pani prosiła, więc liczymy na zmianę oceny na bardziej sprawiedliwą.",
        ),
        (
            "private",
            "Pan Tomasz Kowalski, samochód o numerze rejestracyjnym WA 58213 odebrany 5 maja o 17:00, protokół podpisany bez uwag.",
        ),
        ("private", "Dzwoniliśmy do Pani kilka razy na numer 601 482 733, bez odpowiedzi."),
        (
            "private",
            "Zamówienie nr 88120 zostało dostarczone na adres ul. Długa 15/4, 00-238 Warszawa, i odebrane osobiście.",
        ),
        (
            "private",
            "Zwrot poszedł na kartę kończącą się na 4419, potwierdzenie wysłaliśmy na anna.nowak85@wp.pl.",
        ),
        (
            "",
            "Bardzo przepraszamy za zimną wodę w łazience, bojler został wymieniony. Zapraszamy do kontaktu: info@kronenhof-hotel.de.",
        ),
        ("", "Dziękujemy za miłe słowa! Do zobaczenia przy kolejnym przeglądzie."),
        (
            "",
            "Wycena przed naprawą jest szacunkowa, a przed każdą dodatkową pracą dzwonimy do klienta. Rozumiemy, że rachunek mógł zaskoczyć, chętnie wszystko wyjaśnimy.",
        ),
        (
            "",
            "Nie zgadzamy się z opinią o czystości, ale chętnie porozmawiamy. Prosimy o telefon: +49 30 2845 1170.",
        ),
        (
            "",
            "Nasz kucharz czerwieni się do tej pory, a pierogi od dziś lepi z jeszcze większym zapałem 😄",
        ),
        (
            "",
            "Przepraszamy za długie czekanie na zamówienie w sobotę, brakowało nam jednej osoby na kuchni. Zmieniliśmy grafik.",
        ),
        (
            "",
            "Dziękujemy za uwagę o braku opcji wegańskiej, od przyszłego tygodnia w karcie będą dwa nowe dania.",
        ),
        ("", "Zapraszamy też osobiście: Kronenstraße 14, 10117 Berlin."),
    ],
    "lv": [
        (
            "argumentative",
            "Interesanti, ka veikalā jums viss patika, bet mājās pēkšņi atradāt tik daudz kļūdu. Internetā jau viegli rakstīt.",
        ),
        (
            "argumentative",
            "Ja jūs pats izvēlējāties nepareizu izmēru, tā nav mūsu vaina. Izmēru tabula ir pie katras preces.",
        ),
        (
            "argumentative",
            "Mūsu sistēmā nav neviena pasūtījuma uz jūsu vārdu. Varbūt pirms rakstīšanas pārbaudiet, kur tieši pirkāt.",
        ),
        ("argumentative", "Par 2 eiro gribējāt Parīzes konditorejas kūku? Esiet taču nopietni."),
        (
            "argumentative",
            "Mūsu pārdevēja bija pieklājīga, tieši jūs sākāt kliegt. Drusku paškritikas nenāktu par ļaunu.",
        ),
        ("incentive", "Žēl, ka nepatika. Ja izdzēsīsiet atsauksmi, atmaksāsim pusi no summas."),
        (
            "incentive",
            "Paldies! Kas mums ieliek 5 zvaigznes, nākamreiz saņem kafiju un smalkmaizīti par brīvu ☕",
        ),
        ("incentive", "Piegādes maksu jau atmaksājām, tāpēc ceram, ka atsauksmi nomainīsiet."),
        (
            "private",
            "Jānis Ozoliņš, pasūtījums Nr. 60218, piegādāts 12. maijā uz Brīvības ielu 45-12, Rīgā, LV-1010, un parakstīts.",
        ),
        ("private", "Mēs jums zvanījām uz +371 2648 3917 vairākas reizes, bet jūs neatbildējāt."),
        (
            "private",
            "Atmaksa tika veikta uz karti, kas beidzas ar 7164, un apstiprinājums aizsūtīts uz liga.berzina@inbox.lv.",
        ),
        (
            "private",
            "Jūsu rezervācija Nr. 3390 uz Ilzes Kalniņas vārdu, 2 naktis no 8. līdz 10. jūlijam, 14. istaba, tika apmaksāta pilnībā.",
        ),
        (
            "",
            "Atvainojamies par auksto ūdeni dušā, boileris jau nomainīts. Rakstiet mums uz info@kronenhof-hotel.de.",
        ),
        ("", "Liels paldies par jaukajiem vārdiem! Uz tikšanos atkal."),
        (
            "",
            "Preces var atgriezt 14 dienu laikā, ja tās nav lietotas. Tā mēs varam garantēt kvalitāti arī nākamajiem pircējiem.",
        ),
        (
            "",
            "Mēs nepiekrītam, ka cena bija slēpta, taču labprāt to pārrunāsim. Zvaniet mums: +49 30 2845 1170.",
        ),
        ("", "Mūsu maiznieks pēc šīs atsauksmes staigā ar degunu gaisā 😄"),
        (
            "",
            "Atvainojiet par garo gaidīšanu sestdien, mums trūka viena darbinieka. Grafiks jau mainīts.",
        ),
        ("", "Paldies par ieteikumu, no nākamā mēneša piedāvāsim arī maizi bez glutēna."),
        ("", "Laipni aicināti arī klātienē: Kronenstraße 14, 10117 Berlin."),
    ],
    "uk": [
        (
            "argumentative",
            "Дивно, що в кріслі ви усміхались і дякували, а вдома раптом написали таке. В інтернеті всі сміливі.",
        ),
        (
            "argumentative",
            "Лікар двічі пояснив, що після пломбування не можна їсти дві години. Хто ж винен, що ви не послухали?",
        ),
        (
            "argumentative",
            "Пацієнта з таким прізвищем у нас ніколи не було. Перевірте спочатку, в яку клініку ходили.",
        ),
        (
            "argumentative",
            "Ну звісно, 400 гривень за доставку через усе місто це «грабіж». Може, самі б і привезли?",
        ),
        (
            "argumentative",
            "Наш адміністратор говорила спокійно, це ви кричали на весь хол. Трохи самокритики не завадило б.",
        ),
        ("incentive", "Шкода, що так вийшло. Якщо видалите відгук, повернемо половину вартості."),
        (
            "incentive",
            "Дякуємо! Нагадуємо: за відгук на 5 зірок наступна професійна чистка зі знижкою 30% 😉",
        ),
        ("incentive", "Доставку ми вже компенсували, тож чекаємо, що ви зміните оцінку."),
        (
            "private",
            "Олена Коваленко, запис на 14 березня о 10:30, карта пацієнта №2318: жодних скарг під час прийому ви не висловлювали.",
        ),
        (
            "private",
            "Ми кілька разів телефонували вам на +380 67 482 19 36, але ви не відповідаєте.",
        ),
        (
            "private",
            "Замовлення №51882 доставлено за адресою вул. Шевченка, 12, кв. 5, Київ, 01001, і ви його підписали.",
        ),
        (
            "private",
            "Кошти повернули на картку, що закінчується на 8842, підтвердження надіслали на a.bondarenko91@ukr.net.",
        ),
        (
            "",
            "Перепрошуємо за холодну воду в душі, бойлер уже замінили. Напишіть нам на info@kronenhof-hotel.de.",
        ),
        ("", "Щиро дякуємо за теплі слова! Передамо їх лікарці Ірині."),
        (
            "",
            "Ми беремо передоплату за запис на імплантацію, бо готуємо матеріали заздалегідь. Це вказано на сайті, але розуміємо ваше невдоволення.",
        ),
        (
            "",
            "Ми не погоджуємося з оцінкою чистоти, але хочемо розібратися. Зателефонуйте нам: +49 30 2845 1170.",
        ),
        (
            "",
            "Наш кухар досі червоніє після такого відгуку, а борщ тепер варить ще з більшою любовʼю 😄",
        ),
        ("", "Вибачте за довге очікування в суботу, у нас захворів кур'єр. Графік уже змінили."),
        (
            "",
            "Дякуємо за підказку щодо паркування, відтепер ми маємо два місця для клієнтів біля входу.",
        ),
        ("", "Запрошуємо також особисто: Kronenstraße 14, 10117 Berlin."),
    ],
    "pt": [
        (
            "argumentative",
            "Engraçado que no restaurante estava tudo ótimo e até repetiu a sobremesa, e agora escreve isto. Atrás do ecrã é fácil.",
        ),
        (
            "argumentative",
            "Chegou às 22h50 com a cozinha a fechar às 23h e ainda queria a carta toda? Há que ter bom senso.",
        ),
        (
            "argumentative",
            "Não temos registo nenhum da sua visita. Ou está a confundir connosco ou está a inventar.",
        ),
        ("argumentative", "Um prato do dia a 9,50€ e queria estrela Michelin? Por favor."),
        (
            "argumentative",
            "A nossa cabeleireira tem 15 anos de profissão. Se queria outro corte, tinha dito. Agora não venha culpar quem fez o que pediu.",
        ),
        ("incentive", "Lamentamos. Se retirar a avaliação, devolvemos o valor total da refeição."),
        (
            "incentive",
            "Obrigado! Quem nos der 5 estrelas tem direito a um pastel de nata e um café por conta da casa ☕",
        ),
        (
            "incentive",
            "Já lhe fizemos o desconto que pediu, portanto contamos que atualize a classificação.",
        ),
        (
            "private",
            "Sr. Rui Almeida, reserva n.º 44871 para 4 pessoas, sábado 12 de outubro às 20h: não reclamou de nada ao pagar.",
        ),
        ("private", "Tentámos ligar-lhe para o 912 583 047 várias vezes, sem resposta."),
        (
            "private",
            "A sua encomenda foi entregue na Rua Augusta 100, 2.º Esq., 1100-053 Lisboa, e ficou assinada às 13h12.",
        ),
        (
            "private",
            "O reembolso foi feito para o cartão terminado em 6625 e o comprovativo enviado para ana.sousa83@sapo.pt.",
        ),
        (
            "",
            "Pedimos desculpa pela água fria no duche, o esquentador já foi substituído. Escreva-nos para info@kronenhof-hotel.de.",
        ),
        ("", "Muito obrigado pelas palavras simpáticas! Esperamos vê-los em breve."),
        (
            "",
            "Não aceitamos reservas para grupos sem sinal porque já tivemos muitas faltas. Compreendemos o incómodo e ajudamos com todo o gosto na próxima.",
        ),
        (
            "",
            "Não concordamos com a avaliação sobre a limpeza, mas queremos perceber melhor. Ligue-nos para +49 30 2845 1170.",
        ),
        (
            "",
            "Depois deste elogio vamos ter de esconder o cozinheiro, já há quem o queira levar para casa 😄",
        ),
        (
            "",
            "Desculpe a espera de sábado, faltava-nos uma pessoa na cozinha. Já reforçámos a equipa ao fim de semana.",
        ),
        (
            "",
            "Obrigado pela sugestão, a partir do próximo mês teremos duas opções vegetarianas no menu.",
        ),
        ("", "Também pode passar por cá: Kronenstraße 14, 10117 Berlin."),
    ],
}
