"""Blind evaluation set of business replies to customer reviews.

Written blind: the author never saw the checks, their rules, their code or any
earlier test set. Every text was written fresh per language (not translated from
one template), in the register owners and staff actually use on Google,
Tripadvisor, Booking, Trustpilot and app stores, across trades (restaurant,
hotel, shop, delivery, clinic, garage, gym, app, salon, taxi).

Labels:
  "argumentative" - argues with, blames, lectures, mocks, doubts or is
                    sarcastic / defensive toward the reviewer.
  "incentive"     - offers something (discount, voucher, freebie, refund,
                    upgrade, prize draw) in exchange for writing a review,
                    raising the rating, or editing / deleting the review.
  "private"       - publishes the customer's private data: personal e-mail,
                    personal phone number, order / booking reference, home or
                    delivery address, card digits, or full name together with
                    booking details. All such data is invented.
  ""              - acceptable reply a reasonable manager would publish:
                    plain apologies, thanks, polite policy explanations,
                    invitations to the business's own public contacts
                    (exactly the CONTACTS below - not private), amends not tied
                    to the review, firm but polite disagreement.

Per language: 5 argumentative, 3 incentive, 4 private, 6 good.
"""

from __future__ import annotations

# The businesses' own public contact details (never private):
CONTACTS = ["kontakt@nordhafen.example", "+49 40 5555 0100", "Hafenstraße 7, 20457 Hamburg"]

BLIND_REPLIES: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "argumentative",
            "Lieber Gast, wer an einem Samstagabend ohne Reservierung bei uns auftaucht, muss eben mit Wartezeit rechnen. Das steht übrigens groß auf unserer Website. Vielleicht informieren Sie sich beim nächsten Mal vorher.",
        ),
        (
            "argumentative",
            "Komisch, dass wir zu Ihrem Namen keine einzige Buchung im System finden. Ehrlich gesagt fragen wir uns, ob Sie überhaupt jemals bei uns übernachtet haben.",
        ),
        (
            "argumentative",
            "Danke für die „ehrliche“ Bewertung. Alle anderen Gäste an dem Abend waren vom Schnitzel begeistert – vielleicht lag es also doch eher an Ihrem Geschmack als an unserer Küche.",
        ),
        (
            "argumentative",
            "Hätten Sie die Artikelbeschreibung gelesen, wüssten Sie, dass die Jacke nicht wasserdicht, sondern nur wasserabweisend ist. Das ist kein Mangel, sondern schlicht ein Lesefehler Ihrerseits.",
        ),
        (
            "argumentative",
            "Einen Stern, weil der Meister Ihnen am Telefon nicht sofort einen Festpreis nennen wollte? Ernsthaft? Eine Diagnose braucht nun mal Zeit, das weiß eigentlich jeder, der schon mal ein Auto hatte.",
        ),
        (
            "incentive",
            "Vielen Dank für Ihr Feedback! Wenn Sie Ihre Bewertung noch auf 5 Sterne anpassen, bekommen Sie beim nächsten Besuch ein Dessert Ihrer Wahl aufs Haus.",
        ),
        (
            "incentive",
            "Schade, dass es Ihnen nicht gefallen hat. Gerne erstatten wir Ihnen 20 % des Zimmerpreises, sobald diese Rezension gelöscht ist. Melden Sie sich dafür einfach an der Rezeption.",
        ),
        (
            "incentive",
            "Hallo zusammen! Jeder, der uns hier eine Bewertung hinterlässt, nimmt automatisch an der Verlosung eines Massage-Gutscheins im Wert von 100 € teil. Viel Glück!",
        ),
        (
            "private",
            "Hallo Frau Berger, wir haben Ihnen bereits zweimal an sabine.berger71@web.de geschrieben, aber leider keine Antwort erhalten. Bitte schauen Sie mal in Ihr Postfach.",
        ),
        (
            "private",
            "Sehr geehrter Herr Krüger, zu Ihrer Bestellung Nr. 4471-2208-93 können wir nur sagen: Laut Sendungsverfolgung wurde das Paket am 12.03. zugestellt.",
        ),
        (
            "private",
            "Lieber Herr Demir, unser Fahrer stand um 19:40 Uhr vor Ihrer Tür in der Lindenallee 14, 50968 Köln, und hat mehrfach geklingelt. Geöffnet hat leider niemand.",
        ),
        (
            "private",
            "Hallo Jonas, ich habe gestern versucht, Sie unter 0171 4839227 zu erreichen, leider ohne Erfolg. Rufen Sie gern zurück, dann klären wir das mit dem Kurs.",
        ),
        (
            "",
            "Es tut uns wirklich leid, dass die Heizung in Ihrem Zimmer ausgefallen ist und Sie frieren mussten. Das defekte Thermostat ist inzwischen ausgetauscht. Danke, dass Sie uns darauf aufmerksam gemacht haben.",
        ),
        (
            "",
            "Vielen Dank für die tollen Worte! Wir freuen uns riesig, dass Ihnen die Fischsuppe geschmeckt hat, und geben das Lob sehr gern an unser Küchenteam weiter.",
        ),
        (
            "",
            "Sie haben völlig recht, 70 Minuten Wartezeit auf eine Pizza sind zu lang. Die Liefergebühr haben wir Ihnen bereits erstattet. Bei weiteren Fragen erreichen Sie uns jederzeit unter kontakt@nordhafen.example.",
        ),
        (
            "",
            "Laut unseren Stornobedingungen ist eine kostenfreie Stornierung bis 48 Stunden vor Anreise möglich. Wir verstehen, dass das in Ihrem Fall ärgerlich war. Für eine persönliche Klärung rufen Sie uns gern unter +49 40 5555 0100 an.",
        ),
        (
            "",
            "Wir sehen das ehrlich gesagt etwas anders: Der Termin wurde zweimal per SMS bestätigt und die Praxis war zur vereinbarten Zeit besetzt. Trotzdem bedauern wir das Missverständnis und würden gern in Ruhe mit Ihnen darüber sprechen.",
        ),
        (
            "",
            "Danke für Ihr Training bei uns und den Hinweis zur Umkleide. Die kaputten Spinde werden nächste Woche ersetzt. Sie finden uns wie gewohnt in der Hafenstraße 7, 20457 Hamburg – schauen Sie gern wieder vorbei.",
        ),
    ],
    "fr": [
        (
            "argumentative",
            "Madame, si vous aviez pris la peine de lire les conditions de réservation, vous sauriez que le petit-déjeuner n'était pas inclus. Nous ne sommes pas responsables de votre manque d'attention.",
        ),
        (
            "argumentative",
            "Curieux : aucune table n'était réservée à ce nom ce soir-là, et personne en salle ne se souvient de vous. On se demande vraiment si vous êtes venu chez nous.",
        ),
        (
            "argumentative",
            "Merci pour cet avis tout en nuances 🙂 La prochaine fois, commandez votre entrecôte bien cuite si vous n'aimez pas la viande saignante, c'est pourtant simple à dire au serveur.",
        ),
        (
            "argumentative",
            "Nous avons plus de 600 avis positifs, alors excusez-nous de ne pas remettre toute notre organisation en question pour un seul client mécontent.",
        ),
        (
            "argumentative",
            "Monsieur, un kiné n'est pas un magicien. Trois séances ne vont pas effacer des années de mauvaise posture, il faudrait peut-être aussi faire les exercices qu'on vous a donnés à la maison.",
        ),
        (
            "incentive",
            "Bonjour, nous sommes désolés pour ce désagrément. Si vous acceptez de retirer votre avis, nous vous offrons un bon d'achat de 30 € sur votre prochaine commande.",
        ),
        (
            "incentive",
            "Merci pour votre passage ! Montrez-nous votre avis 5 étoiles sur Google lors de votre prochaine visite et le café vous sera offert.",
        ),
        (
            "incentive",
            "Nous vous proposons un surclassement gratuit en suite lors de votre prochain séjour si vous modifiez votre note. N'hésitez pas à nous contacter pour en profiter.",
        ),
        (
            "private",
            "Monsieur Lefèvre, nous avons essayé de vous joindre au 06 12 47 83 95 à trois reprises, sans réponse de votre part.",
        ),
        (
            "private",
            "Madame Garnier, votre commande n° FR-88321-B a bien été expédiée le 4 mai, le suivi Colissimo en atteste.",
        ),
        (
            "private",
            "Bonjour Julien, le livreur s'est présenté au 18 rue des Lilas, 69003 Lyon, à 20 h 15, mais l'interphone ne répondait pas.",
        ),
        (
            "private",
            "Madame Dupont, le paiement avec votre carte se terminant par 4821 a été refusé par votre banque, ce n'est absolument pas de notre fait.",
        ),
        (
            "",
            "Nous sommes sincèrement désolés que la climatisation de votre chambre soit tombée en panne en pleine canicule. Le technicien est passé depuis et l'appareil a été remplacé.",
        ),
        (
            "",
            "Un grand merci pour ce gentil message ! Toute l'équipe du salon est ravie que votre nouvelle coupe vous plaise. À très bientôt !",
        ),
        (
            "",
            "Vous avez raison, le colis est arrivé avec une semaine de retard. Nous vous avons remboursé les frais de port. Pour toute question, écrivez-nous à kontakt@nordhafen.example.",
        ),
        (
            "",
            "Pour des raisons d'hygiène, les animaux ne sont pas admis dans la salle, même les petits chiens. Nous comprenons votre déception et restons joignables au +49 40 5555 0100 si vous souhaitez en parler.",
        ),
        (
            "",
            "Nous ne partageons pas tout à fait votre analyse : le devis signé mentionnait bien le remplacement des plaquettes et des disques. Cela dit, nous aurions dû mieux vous l'expliquer au comptoir, et nous en prenons note.",
        ),
        (
            "",
            "Merci pour votre retour sur l'application. Le bug de synchronisation sur Android est corrigé dans la version 3.2, disponible dès aujourd'hui. Toutes nos excuses pour la gêne occasionnée.",
        ),
    ],
    "es": [
        (
            "argumentative",
            "Señora, en la web pone bien claro que el check-in es a partir de las 15:00. Si usted llega a las 11 y se enfada porque la habitación no está lista, el problema no es nuestro.",
        ),
        (
            "argumentative",
            "Qué curioso que hable de comida fría cuando estuvo casi veinte minutos haciendo fotos a los platos antes de probarlos.",
        ),
        (
            "argumentative",
            "Gracias por tu reseña, aunque nos cuesta creer que hayas estado aquí: ese sábado la tienda estaba cerrada por inventario.",
        ),
        (
            "argumentative",
            "Llevamos 25 años en el barrio y nunca nadie se había quejado de la paella. Igual es que usted no está acostumbrado a la comida de verdad.",
        ),
        (
            "argumentative",
            "Te recordamos que la app es gratuita. Si esperas que funcione como una de pago, quizá deberías revisar tus expectativas antes de poner una estrella.",
        ),
        (
            "incentive",
            "¡Hola! Si cambias tu valoración a 5 estrellas te regalamos una mensualidad del gimnasio. Escríbenos por privado y lo gestionamos.",
        ),
        (
            "incentive",
            "Sentimos mucho lo ocurrido. Te devolvemos el importe completo del pedido en cuanto borres esta reseña.",
        ),
        (
            "incentive",
            "¡Gracias por venir! Todos los clientes que nos dejen una opinión en Google este mes entran en el sorteo de una cena para dos.",
        ),
        (
            "private",
            "Hola, Marta: te llamamos al 612 34 58 91 el martes por la tarde y no contestaste.",
        ),
        (
            "private",
            "Don Javier Morales Ruiz, su reserva del 14 al 17 de junio en la habitación doble superior se canceló porque el cargo en su tarjeta fue rechazado.",
        ),
        (
            "private",
            "El repartidor estuvo en la calle de Alcalá 214, 3.º B, 28028 Madrid, a la hora indicada y nadie abrió la puerta.",
        ),
        (
            "private",
            "Hola Pablo, ya te hemos mandado el justificante del reembolso a pablo.gmz1990@hotmail.com, revisa la carpeta de spam.",
        ),
        (
            "",
            "Lamentamos mucho que la ducha no tuviera agua caliente durante su estancia. Fue una avería de la caldera que ya está reparada. Gracias por avisarnos.",
        ),
        (
            "",
            "¡Muchísimas gracias por tus palabras! Nos alegra un montón que disfrutaras del menú del día y de la atención de Lucía.",
        ),
        (
            "",
            "Tiene razón, el pedido llegó incompleto. Ya le hemos reembolsado el producto que faltaba. Si necesita algo más, puede escribirnos a kontakt@nordhafen.example.",
        ),
        (
            "",
            "Por motivos de higiene no aceptamos cambios en ropa interior, y así consta en la tienda y en el tique. Entendemos su malestar; si quiere comentarlo, llámenos al +49 40 5555 0100.",
        ),
        (
            "",
            "Respetamos tu opinión, pero debemos aclarar que la cita se cambió a petición tuya y así figura en el correo de confirmación. Aun así, sentimos que la experiencia no fuera buena.",
        ),
        (
            "",
            "Gracias por tu visita. Tomamos nota de lo que comentas sobre el ruido de la terraza y este mes instalaremos paneles acústicos. Te esperamos en Hafenstraße 7, 20457 Hamburg cuando quieras.",
        ),
    ],
    "it": [
        (
            "argumentative",
            "Gentile cliente, la pizza napoletana ha il cornicione alto e il centro morbido: non è cruda, è fatta così. Forse prima di recensire sarebbe utile informarsi.",
        ),
        (
            "argumentative",
            "Ci dispiace, ma nel nostro gestionale non risulta nessun appuntamento a suo nome. Viene il dubbio che lei abbia sbagliato officina, o che non sia mai passato di qui.",
        ),
        (
            "argumentative",
            "Grazie mille per la recensione, davvero costruttiva... Peccato che tutti gli altri ospiti di quella settimana ci abbiano dato 5 stelle.",
        ),
        (
            "argumentative",
            "Se avesse letto l'annuncio avrebbe visto che la struttura non ha l'ascensore. Lamentarsi delle scale a posteriori è un po' troppo comodo.",
        ),
        (
            "argumentative",
            "Signora, il cameriere non è stato maleducato, le ha semplicemente detto che la cucina chiude alle 23. Capisco che sentirsi dire di no dia fastidio, ma le regole valgono per tutti.",
        ),
        (
            "incentive",
            "Ciao! Se togli questa recensione ti offriamo volentieri una pulizia viso gratuita al prossimo appuntamento.",
        ),
        (
            "incentive",
            "Ci dispiace per l'inconveniente. Ti rimborsiamo la consegna se alzi il voto ad almeno 4 stelle.",
        ),
        (
            "incentive",
            "Grazie per essere passati! Chi ci lascia una recensione su Tripadvisor riceve un limoncello offerto dalla casa alla prossima cena.",
        ),
        (
            "private",
            "Gentile sig. Bianchi, il suo ordine n. 2024-IT-55718 risulta consegnato in via Garibaldi 42, 10122 Torino, con firma alle 10:12.",
        ),
        (
            "private",
            "Cara Francesca, ti abbiamo già scritto a francesca.romano88@libero.it con tutti i dettagli del rimborso.",
        ),
        (
            "private",
            "Sig. Esposito, l'abbiamo chiamata al 347 512 8890 due volte, ma il telefono risultava sempre spento.",
        ),
        (
            "private",
            "Gentile Giulia Marchetti, la sua prenotazione 7QK2LM per la camera 18 dal 2 al 5 settembre è stata regolarmente addebitata.",
        ),
        (
            "",
            "Siamo davvero spiacenti che il riscaldamento in camera non funzionasse e che abbiate avuto freddo. Il guasto è stato riparato il giorno dopo, ma avremmo dovuto spostarvi subito in un'altra stanza.",
        ),
        (
            "",
            "Grazie di cuore per le belle parole! Siamo felicissimi che la cena per il vostro anniversario sia stata all'altezza.",
        ),
        (
            "",
            "Ha ragione: l'auto doveva essere pronta alle 17 ed è stata riconsegnata solo il giorno dopo. Le abbiamo stornato il costo del lavaggio. Per qualsiasi chiarimento ci scriva a kontakt@nordhafen.example.",
        ),
        (
            "",
            "Per motivi di sicurezza l'accesso alla sala pesi è consentito solo dai 16 anni, come indicato nel regolamento. Capiamo la delusione; può chiamarci al +49 40 5555 0100 per valutare insieme un corso adatto a suo figlio.",
        ),
        (
            "",
            "Non siamo d'accordo sul fatto che il prezzo sia stato cambiato alla cassa: il cartellino indicava il prezzo al chilo. Ci rendiamo conto però che l'etichetta poteva essere più chiara e la stiamo sostituendo.",
        ),
        (
            "",
            "Grazie per la segnalazione: il problema con i pagamenti PayPal nell'app è stato risolto con l'ultimo aggiornamento. Ci scusiamo per il disagio.",
        ),
    ],
    "nl": [
        (
            "argumentative",
            "Beste gast, als u om 21:55 binnenloopt terwijl de keuken om 22:00 sluit, kunt u echt niet verwachten dat we nog een driegangenmenu serveren.",
        ),
        (
            "argumentative",
            "Jammer dat u 1 ster geeft, maar onze honderden andere klanten zijn wél tevreden. Misschien past onze zaak gewoon niet bij u.",
        ),
        (
            "argumentative",
            "Volgens ons systeem is er op die datum geen enkele bestelling op uw naam geplaatst. Weet u zeker dat u de juiste webshop beoordeelt?",
        ),
        (
            "argumentative",
            "Dank voor de tip hoe we ons vak moeten uitoefenen 😉 Na 30 jaar als garagebedrijf weten we heus wel wat een distributieriem kost.",
        ),
        (
            "argumentative",
            "Had u de huisregels gelezen, dan wist u dat er na 23:00 uur geen bezoek op de kamers is toegestaan. Zo ingewikkeld is dat toch niet?",
        ),
        (
            "incentive",
            "Hoi! Pas je je review aan naar 5 sterren? Dan krijg je van ons een tegoedbon van €15 voor je volgende bestelling.",
        ),
        (
            "incentive",
            "Wat vervelend! Als u deze recensie verwijdert, storten we het volledige bedrag terug.",
        ),
        (
            "incentive",
            "Bedankt voor je bezoek! Laat een review achter en maak kans op een gratis jaarabonnement bij onze sportschool.",
        ),
        (
            "private",
            "Beste meneer De Vries, bij ordernummer NL-302918 zien we dat het pakket op 8 april gewoon is afgeleverd.",
        ),
        (
            "private",
            "Beste Sanne, we hebben je gebeld op 06-41287390, maar kregen steeds je voicemail.",
        ),
        (
            "private",
            "De bezorger stond om 18:30 op de Vondelstraat 112-2, 1054 GS Amsterdam, en niemand deed open.",
        ),
        (
            "private",
            "Hallo Mark, de bevestiging is opnieuw verstuurd naar mark.jansen1985@gmail.com, kijk even in je spamfolder.",
        ),
        (
            "",
            "Het spijt ons echt dat de lift tijdens uw verblijf kapot was en u met uw koffers vier trappen op moest. De lift is inmiddels gerepareerd.",
        ),
        (
            "",
            "Wat een leuke review, dank je wel! Fijn dat de kinderen het zo naar hun zin hadden bij de zwemles.",
        ),
        (
            "",
            "U heeft gelijk: de bezorging was ruim een uur te laat en de soep was koud. We hebben de bezorgkosten teruggestort. Vragen? Mail ons gerust op kontakt@nordhafen.example.",
        ),
        (
            "",
            "Wij rekenen €25 per persoon als een reservering niet wordt geannuleerd; dat staat ook in de bevestigingsmail. We begrijpen dat dit vervelend is. Bel ons gerust op +49 40 5555 0100 om het te bespreken.",
        ),
        (
            "",
            "We zien het iets anders: de behandeling is vooraf met u besproken en de kosten stonden in de offerte. Toch vinden we het jammer dat u zich niet goed geïnformeerd voelde, en we nemen dat mee in onze intakegesprekken.",
        ),
        (
            "",
            "Dank voor je eerlijke feedback over de kleedkamers. We hebben de schoonmaak uitgebreid naar twee keer per dag. Je bent altijd welkom op Hafenstraße 7, 20457 Hamburg.",
        ),
    ],
    "nb": [
        (
            "argumentative",
            "Hei. Det står tydelig på nettsiden at vi ikke tar bordbestilling i helgene. At du måtte vente 20 minutter, er derfor ikke noe vi kan beklage.",
        ),
        (
            "argumentative",
            "Rart at du anmelder hotellet vårt, for vi finner ikke én eneste overnatting på ditt navn. Er du sikker på at du har bodd her?",
        ),
        (
            "argumentative",
            "Takk for en veldig «konstruktiv» anmeldelse. Alle de andre gjestene den kvelden syntes maten var nydelig, så kanskje problemet ikke lå hos oss.",
        ),
        (
            "argumentative",
            "Hadde du fulgt bruksanvisningen, hadde ikke kaffemaskinen gått i stykker. Feil bruk dekkes ikke av reklamasjon, det burde være åpenbart.",
        ),
        (
            "argumentative",
            "Du kom 25 minutter for sent til timen og ble likevel tatt inn av tannlegen. Å gi én stjerne for det er ganske frekt, synes vi.",
        ),
        (
            "incentive",
            "Hei! Om du endrer vurderingen til fem stjerner, spanderer vi dessert neste gang du er innom.",
        ),
        (
            "incentive",
            "Beklager det som skjedde. Vi refunderer gjerne hele beløpet dersom du sletter anmeldelsen.",
        ),
        (
            "incentive",
            "Takk for besøket! Alle som legger igjen en anmeldelse på Google denne måneden, blir med i trekningen av et gavekort på 1000 kroner.",
        ),
        (
            "private",
            "Hei Ingrid, vi har prøvd å ringe deg på 912 34 567 flere ganger uten å få svar.",
        ),
        (
            "private",
            "Hei Erik, ordre nr. 100-58213 ble levert til Thereses gate 22B, 0358 Oslo, tirsdag kl. 14. Sjåføren har bilde av pakken ved døra.",
        ),
        (
            "private",
            "Kjære Kari Haugen, bestillingen din for dobbeltrom 12.–14. juli ble belastet kortet som slutter på 3390, slik du godkjente ved innsjekk.",
        ),
        ("private", "Hei Lars, vi har sendt et utfyllende svar til lars.olsen77@online.no."),
        (
            "",
            "Vi beklager virkelig at rommet var kaldt og at panelovnen ikke virket. Vaktmesteren har byttet ovnen, og vi har sjekket alle rommene i etasjen.",
        ),
        (
            "",
            "Tusen takk for de hyggelige ordene! Så gøy at du likte fiskesuppa, vi gleder oss til å se deg igjen.",
        ),
        (
            "",
            "Du har helt rett, pakken kom en uke for sent. Vi har refundert fraktkostnaden. Ta gjerne kontakt på kontakt@nordhafen.example om du lurer på noe.",
        ),
        (
            "",
            "Av hensyn til allergikere tillater vi ikke hunder i spisesalen. Vi forstår at det var skuffende. Ring oss gjerne på +49 40 5555 0100 hvis du vil snakke mer om det.",
        ),
        (
            "",
            "Vi er ikke helt enige i beskrivelsen: verkstedet ringte deg før vi byttet bremseklossene, og du godkjente prisen. Vi skjønner likevel at regningen ble høyere enn ventet, og går gjerne gjennom den med deg.",
        ),
        (
            "",
            "Takk for tilbakemeldingen om appen. Innloggingsfeilen på iPhone er rettet i versjon 2.4. Beklager bryet!",
        ),
    ],
    "sv": [
        (
            "argumentative",
            "Hej! Hade du läst bokningsvillkoren hade du vetat att frukosten inte ingår. Det är inte vårt ansvar att du missat det.",
        ),
        (
            "argumentative",
            "Konstigt, vi hittar ingen bokning i ditt namn och ingen i personalen känner igen det du beskriver. Har du verkligen varit hos oss?",
        ),
        (
            "argumentative",
            "Tack för ditt ärliga omdöme. Vi har serverat samma köttbullar i 40 år och du är den första som klagar, så vi tror nog att det är smaken det är fel på – din alltså.",
        ),
        (
            "argumentative",
            "Det var faktiskt du som valde det billigaste fraktalternativet. Att det tar fem vardagar står tydligt i kassan.",
        ),
        (
            "argumentative",
            "Lugna ner dig lite. Personalen i receptionen var inte otrevlig, de bad dig bara vänta på din tur som alla andra.",
        ),
        (
            "incentive",
            "Hej! Ändra ditt betyg till 5 stjärnor så bjuder vi på en gratis månad på gymmet.",
        ),
        (
            "incentive",
            "Vi ber om ursäkt. Om du tar bort recensionen betalar vi tillbaka halva rumspriset.",
        ),
        (
            "incentive",
            "Tack för besöket! Visa upp din recension i kassan nästa gång så får du 10 % rabatt.",
        ),
        (
            "private",
            "Hej Anna, vi har försökt nå dig på 070-123 45 67 flera gånger men inte fått svar.",
        ),
        (
            "private",
            "Hej Johan Lindqvist, din bokning 58820147 för dubbelrum 3–5 maj avbokades enligt ditt eget mejl.",
        ),
        (
            "private",
            "Budet stod utanför Storgatan 14, 114 51 Stockholm i tio minuter utan att någon öppnade.",
        ),
        (
            "private",
            "Hej Elin, vi har skickat kvittot till elin.karlsson92@hotmail.se, kolla gärna skräpposten.",
        ),
        (
            "",
            "Vi är verkligen ledsna över att duschen bara gav kallvatten under din vistelse. Varmvattenberedaren är nu utbytt.",
        ),
        (
            "",
            "Stort tack för de fina orden! Det värmer att höra att du kände dig trygg under tandläkarbesöket.",
        ),
        (
            "",
            "Du har rätt, beställningen saknade en vara. Vi har återbetalat den och fraktavgiften. Hör gärna av dig till kontakt@nordhafen.example om något mer inte stämmer.",
        ),
        (
            "",
            "Vår returpolicy är 30 dagar med kvitto, och den gäller alla kunder. Vi förstår att det är tråkigt när man missat fristen. Ring oss på +49 40 5555 0100 så tittar vi på vad vi kan göra.",
        ),
        (
            "",
            "Vi delar inte riktigt bilden av kvällen: bordet var bokat till 19.00 och vi höll det i 20 minuter innan vi gav det till nästa sällskap. Vi beklagar ändå att kvällen inte blev som du tänkt dig.",
        ),
        (
            "",
            "Tack för din feedback om appen. Notiserna som kom dubbelt är åtgärdade i senaste uppdateringen.",
        ),
    ],
    "da": [
        (
            "argumentative",
            "Hej. Der står tydeligt på hjemmesiden, at køkkenet lukker kl. 21. Det er ærligt talt ikke vores problem, at I kom kl. 21.15.",
        ),
        (
            "argumentative",
            "Sjovt nok kan vi ikke finde nogen ordre i dit navn. Vi tvivler på, at du overhovedet har handlet hos os.",
        ),
        (
            "argumentative",
            "Tak for den flotte anmeldelse… Vi har over 800 glade kunder på Trustpilot, så én sur anmeldelse ændrer ikke det store.",
        ),
        (
            "argumentative",
            "Hvis du havde læst plejevejledningen, ville du vide, at skoene ikke må i vaskemaskinen. Det er altså ikke en fabrikationsfejl.",
        ),
        (
            "argumentative",
            "Mekanikeren brugte en hel time på at forklare dig fejlen. At du så ikke forstod det, kan vi ikke rigtig gøre noget ved.",
        ),
        (
            "incentive",
            "Hej! Hvis du retter din anmeldelse til 5 stjerner, giver vi kaffe og kage næste gang du kigger forbi.",
        ),
        (
            "incentive",
            "Vi er kede af oplevelsen. Slet anmeldelsen, så refunderer vi hele beløbet med det samme.",
        ),
        (
            "incentive",
            "Tak for besøget! Alle, der skriver en anmeldelse på Google i december, deltager i lodtrækningen om et gavekort på 500 kr.",
        ),
        ("private", "Hej Mette, vi har prøvet at ringe til dig på 22 45 67 89 flere gange."),
        (
            "private",
            "Kære Søren Jensen, din bordreservation til 4 personer den 18. maj kl. 19 blev annulleret, fordi ingen mødte op.",
        ),
        (
            "private",
            "Buddet var ved Nørrebrogade 45, 2. tv., 2200 København N, kl. 18.20, men der var ingen, der åbnede.",
        ),
        ("private", "Hej Camilla, kvitteringen er sendt til camilla.n.hansen@gmail.com igen."),
        (
            "",
            "Vi er virkelig kede af, at værelset var koldt, og at radiatoren ikke virkede. Den er nu skiftet, og vi har tjekket resten af etagen.",
        ),
        (
            "",
            "Tusind tak for de søde ord! Vi er glade for, at du blev glad for klipningen, og vi glæder os til at se dig igen.",
        ),
        (
            "",
            "Du har ret, maden kom 40 minutter for sent. Vi har refunderet leveringsgebyret. Skriv endelig til kontakt@nordhafen.example, hvis der er mere.",
        ),
        (
            "",
            "Vi opkræver et gebyr, hvis man melder afbud senere end 24 timer før tiden – det står i bekræftelsen. Vi forstår godt, at det er surt. Ring til os på +49 40 5555 0100, så finder vi en løsning.",
        ),
        (
            "",
            "Vi ser lidt anderledes på det: prisen på reparationen blev aftalt skriftligt, før vi gik i gang. Vi beklager dog, at ventetiden blev længere end lovet.",
        ),
        (
            "",
            "Tak for din feedback. Fejlen, hvor appen lukkede ned ved betaling, er rettet i den seneste version. Undskyld ulejligheden.",
        ),
    ],
    "fi": [
        (
            "argumentative",
            "Pizza oli jäähtynyt, koska haitte sen vasta 40 minuuttia sen jälkeen, kun ilmoitimme sen olevan valmis. Emme voi pitää ruokaa lämpimänä loputtomiin.",
        ),
        (
            "argumentative",
            "Meillä ei ole yhtään käyntiä nimelläsi tältä vuodelta. Oletko varmasti arvioimassa oikeaa klinikkaa?",
        ),
        (
            "argumentative",
            "Kiitos ”rakentavasta” palautteesta 🙂 Muut viikonlopun asiakkaat kehuivat saunaa, joten ehkä vika ei ollut meissä.",
        ),
        (
            "argumentative",
            "Lääkärin ei tarvitse kirjoittaa antibiootteja jokaiseen flunssaan, vaikka kuinka vaatisit. Kannattaisi ehkä luottaa ammattilaisiin eikä Googleen.",
        ),
        (
            "argumentative",
            "Hinnat lukevat hyllyn reunassa aivan selvästi. Jos ei jaksa katsoa, ei kannata tulla kassalle syyttämään myyjää.",
        ),
        (
            "incentive",
            "Hei! Jos nostat tähdet viiteen, saat seuraavasta tilauksesta 20 % alennuksen – laita vain viestiä.",
        ),
        (
            "incentive",
            "Pahoittelut tilanteesta. Hyvitämme koko kuukausimaksun heti, kun arvostelu on poistettu.",
        ),
        (
            "incentive",
            "Kiitos käynnistä! Kaikki Googleen arvostelun jättäneet ovat mukana kylpyläpaketin arvonnassa.",
        ),
        (
            "private",
            "Hei Laura, yritimme soittaa numeroon 040 123 4567 kolme kertaa, mutta et vastannut.",
        ),
        (
            "private",
            "Hyvä Mikko Virtanen, varauksesi huoneeseen 212 ajalle 3.–5.2. peruttiin, koska kortin veloitus ei mennyt läpi.",
        ),
        (
            "private",
            "Lähetti oli osoitteessa Hämeentie 48 B 21, 00500 Helsinki klo 19.05, mutta kukaan ei avannut ovea.",
        ),
        (
            "private",
            "Hei Jenni, lähetimme tarkemman selvityksen osoitteeseen jenni.koskinen@gmail.com, katso myös roskaposti.",
        ),
        (
            "",
            "Olemme todella pahoillamme, että saunan kiuas ei lämmennyt ja iltanne meni pilalle. Sähkömies vaihtoi vastukset seuraavana päivänä.",
        ),
        (
            "",
            "Lämmin kiitos kauniista sanoista! Ilahduimme kovasti, että hoitaja sai jännittävän käynnin tuntumaan helpolta.",
        ),
        (
            "",
            "Olet oikeassa, tilaus myöhästyi lähes tunnin ja ruoka oli haaleaa. Olemme palauttaneet toimitusmaksun. Voit olla meihin yhteydessä osoitteessa kontakt@nordhafen.example.",
        ),
        (
            "",
            "Katsastusaika on peruttava viimeistään edellisenä arkipäivänä, muuten perimme käsittelymaksun. Ymmärrämme, että tilanne harmittaa. Soita meille numeroon +49 40 5555 0100, niin katsotaan asia yhdessä.",
        ),
        (
            "",
            "Näemme asian hieman eri tavalla: tarjouksessa mainittiin selvästi, että asennus ei sisälly hintaan. Pahoittelemme silti, että asia jäi myymälässä epäselväksi, ja ohjeistamme henkilökuntaa kertomaan sen jatkossa suoraan.",
        ),
        (
            "",
            "Kiitos palautteesta! Sovelluksen kirjautumisongelma on korjattu versiossa 4.2. Pahoittelemme vaivaa.",
        ),
    ],
    "pl": [
        (
            "argumentative",
            "Szanowna Pani, regulamin sklepu jasno mówi, że zwroty przyjmujemy tylko z paragonem. Pretensje proszę więc kierować do siebie, a nie do ekspedientki.",
        ),
        (
            "argumentative",
            "Dziwne, w naszym systemie nie ma żadnej rezerwacji na to nazwisko. Czy na pewno był Pan u nas, a nie w lokalu obok?",
        ),
        (
            "argumentative",
            "Dziękujemy za tę bardzo „obiektywną” opinię. Wszyscy inni goście tego wieczoru chwalili obsługę, więc chyba problem leży gdzie indziej.",
        ),
        (
            "argumentative",
            "Mechanik nie jest jasnowidzem. Jak się przez dwa lata nie wymienia oleju, to potem nie ma się co dziwić, że silnik nawalił.",
        ),
        (
            "argumentative",
            "Trzeba było przyjść na czas, a nie 20 minut po godzinie wizyty. Lekarz ma też innych pacjentów, nie tylko Panią.",
        ),
        (
            "incentive",
            "Dzień dobry! Jeśli zmieni Pani ocenę na 5 gwiazdek, przy następnej wizycie dostanie Pani deser gratis 😊",
        ),
        (
            "incentive",
            "Przepraszamy za kłopot. Zwrócimy całą kwotę za karnet, jak tylko usunie Pan tę opinię.",
        ),
        (
            "incentive",
            "Dziękujemy za zakupy! Każdy, kto wystawi nam opinię w Google, dostanie kod -15% na kolejne zamówienie.",
        ),
        (
            "private",
            "Pani Agnieszko, dzwoniliśmy pod numer 601 234 567 kilka razy, bez odpowiedzi.",
        ),
        (
            "private",
            "Panie Tomaszu, zamówienie nr 2024/05/18733 zostało dostarczone 14 maja, kurier ma potwierdzenie odbioru.",
        ),
        (
            "private",
            "Kurier był pod adresem ul. Słoneczna 12/4, 30-001 Kraków o 17:40, ale nikt nie otworzył domofonu.",
        ),
        (
            "private",
            "Szanowna Pani, rezerwacja na nazwisko Katarzyna Wiśniewska, pokój 305 w dniach 10–12 sierpnia, została opłacona kartą kończącą się na 7714, więc nie rozumiemy pretensji.",
        ),
        (
            "",
            "Bardzo przepraszamy, że w pokoju było zimno, a kaloryfer nie działał. Usterka została już usunięta, a hydraulik sprawdził całe piętro.",
        ),
        (
            "",
            "Serdecznie dziękujemy za miłe słowa! Cieszymy się, że pierogi smakowały – zapraszamy ponownie!",
        ),
        (
            "",
            "Ma Pan rację, paczka dotarła z tygodniowym opóźnieniem. Zwróciliśmy koszty wysyłki. W razie pytań prosimy o kontakt: kontakt@nordhafen.example.",
        ),
        (
            "",
            "Zgodnie z regulaminem gabinetu wizytę można bezpłatnie odwołać do 24 godzin przed terminem. Rozumiemy, że to nieprzyjemna sytuacja. Prosimy o telefon pod numer +49 40 5555 0100 – postaramy się pomóc.",
        ),
        (
            "",
            "Nie do końca zgadzamy się z tym opisem: cena wymiany rozrządu została potwierdzona telefonicznie przed rozpoczęciem prac. Przykro nam jednak, że odbiór auta się opóźnił.",
        ),
        (
            "",
            "Dziękujemy za uwagi o siłowni. Bieżnie są już naprawione, a klimatyzacja działa od poniedziałku. Zapraszamy na Hafenstraße 7, 20457 Hamburg.",
        ),
    ],
    "lv": [
        (
            "argumentative",
            "Cienījamā kliente, viesu mājas aprakstā skaidri rakstīts, ka pirts jārezervē iepriekš. Ja to neizlasījāt, nevajag vainot mūs.",
        ),
        (
            "argumentative",
            "Dīvaini, bet mūsu sistēmā nav neviena pieraksta uz Jūsu vārda. Vai tiešām bijāt pie mums salonā?",
        ),
        (
            "argumentative",
            "Paldies par tik „objektīvu” atsauksmi. Visi pārējie tajā dienā bija apmierināti ar kafiju, tāpēc laikam problēma nav mūsos.",
        ),
        (
            "argumentative",
            "Mehāniķis Jums trīs reizes paskaidroja, ka bremžu kluči bija jāmaina jau sen. Ja negribējāt to dzirdēt, tā ir Jūsu izvēle, nevis mūsu kļūda.",
        ),
        (
            "argumentative",
            "Šoferis gaidīja 10 minūtes, un Jūs neatbildējāt uz zvaniem. Vienu zvaigzni drīzāk būtu pelnījis pasažieris, nevis mēs.",
        ),
        (
            "incentive",
            "Labdien! Ja nomainīsiet vērtējumu uz 5 zvaigznēm, nākamajā reizē kafija un kūka būs no mums.",
        ),
        (
            "incentive",
            "Atvainojamies par neērtībām. Atmaksāsim visu summu, tiklīdz izdzēsīsiet šo atsauksmi.",
        ),
        (
            "incentive",
            "Paldies par apmeklējumu! Visi, kas atstās atsauksmi Google, piedalīsies 50 EUR dāvanu kartes izlozē.",
        ),
        (
            "private",
            "Labdien, Ilze! Mēs vairākas reizes zvanījām uz Jūsu numuru 26 123 456, bet neviens neatbildēja.",
        ),
        (
            "private",
            "Cienījamais Jāni Bērziņ, Jūsu rezervācija Nr. 48213 no 5. līdz 7. jūlijam tika atcelta, jo karte tika noraidīta.",
        ),
        (
            "private",
            "Kurjers ieradās Brīvības ielā 85-12, Rīgā, LV-1011, plkst. 18:30, taču durvis neviens neatvēra.",
        ),
        (
            "private",
            "Sveiki, Anna! Atbildi jau nosūtījām uz anna.ozolina@inbox.lv – lūdzu, pārbaudiet arī mēstuļu mapi.",
        ),
        (
            "",
            "Atvainojamies, ka zobu higiēnas vizīte aizkavējās par 40 minūtēm un neviens Jūs par to nebrīdināja. Esam mainījuši pierakstu kārtību, lai tas neatkārtotos.",
        ),
        (
            "",
            "Liels paldies par jaukajiem vārdiem! Prieks, ka manikīrs Jums patika – gaidīsim Jūs atkal.",
        ),
        (
            "",
            "Jums taisnība, Jums atvedām nepareizas krāsas dīvāna pārvalku. Pareizais jau ir ceļā, un piegādes maksu esam atmaksājuši. Ja ir jautājumi, rakstiet mums uz kontakt@nordhafen.example.",
        ),
        (
            "",
            "Saskaņā ar klīnikas noteikumiem vizīti bez maksas var atcelt līdz 24 stundām pirms tās. Saprotam, ka tas ir nepatīkami. Lūdzu, zvaniet mums pa tālruni +49 40 5555 0100, un mēs meklēsim risinājumu.",
        ),
        (
            "",
            "Mēs šo situāciju redzam nedaudz citādi: remonta cena tika saskaņota ar Jums pirms darbu sākšanas. Tomēr atvainojamies, ka automašīnas izsniegšana ieilga par divām dienām.",
        ),
        (
            "",
            "Paldies par atsauksmi par lietotni! Kļūda, kuras dēļ brauciens tika apmaksāts divreiz, ir novērsta, un lieko maksājumu esam atgriezuši.",
        ),
    ],
    "uk": [
        (
            "argumentative",
            "Шановна пані, в описі садиби чітко написано, що на чан треба записуватися заздалегідь. Не прочитали — то вже не до нас питання.",
        ),
        (
            "argumentative",
            "Дивно, але в нашій базі немає жодного замовлення на ваше прізвище. Ви точно купували ноутбук саме в нас, а не на якомусь маркетплейсі?",
        ),
        (
            "argumentative",
            "Дякуємо за такий «об'єктивний» відгук 🙂 Усі інші гості того ранку хвалили каву, тож, мабуть, справа просто у вашому смаку.",
        ),
        (
            "argumentative",
            "Ви самі попросили «коротше з боків», майстер так і зробив. Тепер писати, що вас «обкорнали», якось несерйозно.",
        ),
        (
            "argumentative",
            "Лікар не зобов'язаний робити те, що ви вичитали в інтернеті. Може, варто довіряти фахівцям, а не форумам?",
        ),
        (
            "incentive",
            "Добрий день! Якщо зміните оцінку на 5 зірок, наступне капучино буде за наш рахунок.",
        ),
        (
            "incentive",
            "Перепрошуємо за незручності. Повернемо всю суму за ремонт, щойно ви видалите цей відгук.",
        ),
        (
            "incentive",
            "Дякуємо за замовлення! Залиште відгук у Google Play і отримайте промокод на безкоштовну доставку.",
        ),
        (
            "private",
            "Олено, ми кілька разів телефонували вам на номер +380 67 123 45 67, але ви не відповіли.",
        ),
        (
            "private",
            "Пане Андрію, ваше замовлення № 582914 отримано у відділенні 12 березня, там є ваш підпис.",
        ),
        (
            "private",
            "Кур'єр був за адресою вул. Шевченка, 25, кв. 14, м. Київ, 01001 о 18:30, але ніхто не відчинив.",
        ),
        (
            "private",
            "Доброго дня, Ірино Мельник! Ваше бронювання двомісного номера з 3 по 5 травня ми скасували саме за вашим листом, тож претензії незрозумілі.",
        ),
        (
            "",
            "Перепрошуємо, що замість лате на вівсяному молоці вам подали звичайне — для людини з непереносимістю лактози це серйозно. Ми провели інструктаж для бариста й повернули вам оплату за напій.",
        ),
        (
            "",
            "Щиро дякуємо за теплі слова! Раді, що вам сподобалися сирники й атмосфера, чекаємо на вас знову.",
        ),
        (
            "",
            "Ви маєте рацію, ноутбук приїхав із подряпиною на кришці. Ми вже замінили його та повернули вартість доставки. Якщо є питання, пишіть нам на kontakt@nordhafen.example.",
        ),
        (
            "",
            "Згідно з правилами клініки, безкоштовно скасувати запис можна не пізніше ніж за 24 години. Розуміємо, що ситуація неприємна. Зателефонуйте нам за номером +49 40 5555 0100, і ми спробуємо знайти зручний час.",
        ),
        (
            "",
            "Не можемо погодитися, що ціну «підняли вже після ремонту»: кошторис ви підписали до початку робіт. Водночас перепрошуємо, що авто видали на два дні пізніше, ніж обіцяли.",
        ),
        (
            "",
            "Дякуємо за відгук про застосунок! Помилку, через яку не застосовувався промокод, виправлено в останньому оновленні.",
        ),
    ],
    "pt": [
        (
            "argumentative",
            "Cara cliente, o anúncio diz claramente que o alojamento fica num 4.º andar sem elevador. Se não leu, a culpa não é nossa.",
        ),
        (
            "argumentative",
            "Estranho... não temos nenhuma marcação em seu nome na clínica, nem nesse dia nem em nenhum outro. Tem a certeza de que esteve cá?",
        ),
        (
            "argumentative",
            "Obrigado pela avaliação tão construtiva. Servimos marisco há 30 anos e nunca ninguém achou as amêijoas com areia. Se calhar não está habituado a marisco fresco.",
        ),
        (
            "argumentative",
            "O senhor trouxe o carro com o óleo a zeros e agora a culpa do motor é da oficina? Faça-nos um favor.",
        ),
        (
            "argumentative",
            "Quem lê as condições antes de comprar sabe que artigos em saldo não têm troca. É pena ter preferido escrever aqui em vez de as ler.",
        ),
        (
            "incentive",
            "Olá! Se mudar a sua avaliação para 5 estrelas, a sobremesa fica por conta da casa na próxima visita.",
        ),
        (
            "incentive",
            "Lamentamos o sucedido. Devolvemos a mensalidade completa assim que retirar este comentário.",
        ),
        (
            "incentive",
            "Obrigado pela encomenda! Deixe a sua opinião na loja de aplicações e receba um código de 5 € para o próximo pedido.",
        ),
        (
            "private",
            "Olá Ana, tentámos ligar-lhe para o 912 345 678 várias vezes ontem à tarde, sem sucesso.",
        ),
        (
            "private",
            "Sr. Rui Carvalho, a sua reserva do T1 de 2 a 4 de agosto foi cancelada porque o pagamento nunca foi concluído.",
        ),
        (
            "private",
            "O estafeta esteve na Rua Augusta 120, 2.º Esq., 1100-053 Lisboa às 20h10, mas ninguém abriu a porta.",
        ),
        (
            "private",
            "Olá Pedro, a encomenda n.º PT-77120-4 foi entregue e já enviámos o comprovativo para pedro.santos.1988@sapo.pt.",
        ),
        (
            "",
            "Pedimos imensa desculpa: o esquentador avariou no sábado e o apartamento ficou sem água quente. Já foi substituído e devolvemos-lhe o valor de uma noite.",
        ),
        (
            "",
            "Muito obrigado pelas palavras simpáticas! Ficamos felizes por ter gostado do polvo à lagareiro e do atendimento da Inês.",
        ),
        (
            "",
            "Tem razão, a encomenda chegou com uma semana de atraso. Já lhe devolvemos os portes de envio. Para qualquer questão, escreva-nos para kontakt@nordhafen.example.",
        ),
        (
            "",
            "Por razões de higiene não trocamos fatos de banho, tal como está indicado na loja e no talão. Compreendemos o incómodo. Ligue-nos para o +49 40 5555 0100 e vemos juntos o que podemos fazer.",
        ),
        (
            "",
            "Não concordamos totalmente: o orçamento foi aprovado por escrito antes de começarmos a reparação. Ainda assim, lamentamos que o carro tenha ficado pronto dois dias depois do combinado.",
        ),
        (
            "",
            "Obrigado pelo comentário sobre o ginásio. Os cacifos avariados já foram substituídos e o ar condicionado está reparado. Esperamos por si na Hafenstraße 7, 20457 Hamburg.",
        ),
    ],
}
