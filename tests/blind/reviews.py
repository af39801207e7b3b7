"""Blind multilingual sentiment evaluation set for review/social-post scoring.

Written blind: the author did not see the scorer, its rules, its code, or any
earlier test sets. Texts were written fresh per language (not translated from
one master list), in the style of Google reviews, Trustpilot, booking sites,
app stores, Facebook and X posts.

Per language: 16 items = 6 clearly positive, 6 clearly negative, and 4 mixed
items (2 labelled positive, 2 labelled negative) whose overall verdict a native
reader would agree on. Items include negation, intensifiers, inflected forms,
slang, complaints stated as facts, occasional sarcasm, emoji and phone-style
typos / missing diacritics. Portuguese mixes European and Brazilian usage.
"""

from __future__ import annotations

P, N = "positive", "negative"

BLIND_REVIEWS: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            P,
            "Waren gestern zum Geburtstag meiner Mutter da. Das Schnitzel riesig, die Bedienung total aufmerksam und zum Schluss gab's noch einen Schnaps aufs Haus. Kommen definitiv wieder!",
        ),
        (
            P,
            "Top Werkstatt, ehrlich und fair. Die hätten mir locker mehr verkaufen können, haben sie aber nicht.",
        ),
        (
            P,
            "Kündigung beim Stromanbieter ging erstaunlich unkompliziert, Bestätigung kam nach zwei Tagen. Hätte ich nicht gedacht 👍",
        ),
        (P, "Nicht schlecht, gar nicht schlecht für den Preis! Das Zimmer war blitzsauber."),
        (
            P,
            "Sehr geehrte Damen und Herren, ich möchte mich ausdrücklich bei Schwester Anna und dem ganzen Team der Station 4 für die liebevolle Betreuung während meines Klinikaufenthalts bedanken.",
        ),
        (P, "mega app, nutz sie jeden tag zum vokabeln lernen 😊"),
        (
            N,
            "Toll, wieder mal 25 Minuten Verspätung und der Anschluss ist weg. Danke, Deutsche Bahn, ihr seid echt die Besten 🙃",
        ),
        (
            N,
            "Seit sechs Wochen warte ich auf die Erstattung. Drei Mails geschrieben, null Antwort.",
        ),
        (
            N,
            "Finger weg von diesem Lieferdienst. Essen kam nach 90 Minuten eiskalt an, die Getränke fehlten komplett.",
        ),
        (
            N,
            "Hab den Vertrag fristgerecht gekündigt und trotzdem wurde weiter abgebucht. Hotline nie erreichbar, der Chatbot versteht nix. Echt eine Frechheit.",
        ),
        (N, "Nie wieder."),
        (
            N,
            "Die Trainer im Studio interessieren sich null für die Mitglieder, die Duschen sind dreckig und die Hälfte der Geräte ist seit Wochen defekt.",
        ),
        (
            P,
            "Parkplatzsuche war nervig und die Preise sind nicht ohne, aber das Essen war der Hammer. Wir kommen wieder.",
        ),
        (
            P,
            "Zimmer recht klein und das WLAN schwach, dafür super herzliches Personal und ein tolles Frühstück. Gerne wieder!",
        ),
        (
            N,
            "Sieht echt schick aus, aber nach einer Woche ist der Reißverschluss gerissen. Geht zurück.",
        ),
        (
            N,
            "Der Arzt war nett, keine Frage. Aber zweieinhalb Stunden Wartezeit trotz Termin sind einfach nicht akzeptabel.",
        ),
    ],
    "fr": [
        (
            P,
            "Super soirée ! Le magret était parfait et le serveur aux petits soins. On reviendra c'est sûr.",
        ),
        (
            P,
            "Franchement pas déçu du tout, la conseillère a réglé mon problème de carte bancaire en cinq minutes au téléphone.",
        ),
        (P, "Appli nickel, je l'utilise tous les jours pour mes trajets 👌"),
        (
            P,
            "Madame, Monsieur, je tiens à remercier toute l'équipe du service de cardiologie pour leur professionnalisme et leur gentillesse durant mon hospitalisation.",
        ),
        (P, "Commandé lundi, reçu mercredi, taille parfaite. Rien a redire."),
        (P, "Meilleure boulangerie du quartier, les croissants sont dingues 🥐"),
        (
            N,
            "Vol annulé la veille au soir, aucune solution de relogement, service client injoignable. Lamentable.",
        ),
        (
            N,
            "Bravo la SNCF, encore 50 min de retard et pas une seule annonce. Génial comme d'hab 🙄",
        ),
        (
            N,
            "Ça fait 3 semaines que j'ai plus internet. Le technicien devait passer mardi, personne n'est venu, personne n'a appelé.",
        ),
        (N, "Arnaque. Ils prélèvent encore alors que j'ai résilié en janvier."),
        (
            N,
            "Accueil glacial à la réception, chambre qui sentait le renfermé et moquette tachée. On n'y remettra pas les pieds.",
        ),
        (N, "Jamais vu une mutuelle aussi lente, 4 mois pour un remboursement de lunettes..."),
        (
            P,
            "Un peu cher c'est vrai, mais la qualité est là et le vendeur m'a super bien conseillé. Je recommande.",
        ),
        (
            P,
            "Salle un peu vieillotte et vestiaires riquiqui, mais les coachs sont top et l'ambiance est géniale. Je renouvelle sans hésiter.",
        ),
        (N, "Joli design mais la coque s'est fissurée au bout d'une semaine. Renvoyé."),
        (
            N,
            "Les plats étaient corrects, sans plus, mais 45 minutes d'attente pour un dessert et un serveur qui nous ignore, non merci.",
        ),
    ],
    "es": [
        (
            P,
            "Cenamos ayer por mi cumple y todo de diez: el pulpo, el trato, el vino. Volveremos seguro 😍",
        ),
        (
            P,
            "Me atendió Laura en la oficina y me solucionó lo de la hipoteca en una mañana. Da gusto así.",
        ),
        (P, "Pedí el viernes y el sábado ya lo tenía en casa. Perfecto."),
        (P, "El fisio es un crack, en dos sesiones ya no me duele la espalda."),
        (P, "No está nada mal para ser low cost, asientos cómodos y salimos puntuales."),
        (P, "Muy buena app, sencilla y sin anuncios. La recomiendo."),
        (
            N,
            "Llevo dos semanas sin fibra y cada vez que llamo me dicen una cosa distinta. Vergonzoso.",
        ),
        (N, "El camarero pasó de nosotros toda la noche y la paella estaba recocida. No volvemos."),
        (N, "Qué maravilla de seguro, tres meses esperando al perito. Gracias por nada."),
        (
            N,
            "Me cobraron dos veces el mismo pedido y nadie me devuelve el dinero. Ni se os ocurra comprar aquí.",
        ),
        (
            N,
            "Tren parado una hora en mitad de la nada, sin explicaciones y sin aire acondicionado.",
        ),
        (N, "Pésimo. No funciona nada desde la ultima actualizacion."),
        (
            P,
            "La habitación era algo pequeña pero el personal majísimo y la ubicación inmejorable. Repetiríamos sin duda.",
        ),
        (
            P,
            "Tardaron un poco en traer los platos pero estaba todo tan rico q se lo perdonamos jaja",
        ),
        (N, "Muy bonitas las zapatillas, pero a la semana se despegó la suela. Devueltas."),
        (
            N,
            "El gimnasio tiene buenas máquinas, eso sí, pero está siempre petado y el vestuario da asco. Me doy de baja.",
        ),
    ],
    "it": [
        (
            P,
            "Pizza spettacolare, impasto leggerissimo e personale gentilissimo. Torneremo sicuramente!",
        ),
        (
            P,
            "Niente male davvero, per quello che abbiamo pagato la camera era pulitissima e la colazione abbondante.",
        ),
        (P, "Il dentista è bravissimo, non ho sentito nulla. Consigliato!"),
        (P, "Finalmente un'app della banca che funziona 👏"),
        (
            P,
            "Avevo un problema con la bolletta e al telefono mi hanno risolto tutto in dieci minuti, cortesi e chiari. Non me l'aspettavo.",
        ),
        (P, "Spedizione velocissima e prodotto identico alla foto. Ottimo venditore."),
        (N, "Treno soppresso senza preavviso e nessuna informazione in stazione. Vergognoso."),
        (
            N,
            "Ottimo servizio davvero, due ore di attesa per una visita di cinque minuti. Complimenti.",
        ),
        (N, "Cameriere scortese, pasta scotta e conto salatissimo. Mai più."),
        (N, "Pacco mai arrivato e il corriere dice che l ha consegnato. ma dove??"),
        (
            N,
            "Ho chiamato l'assistenza cinque volte, mi hanno promesso di richiamarmi e non si è fatto sentire nessuno. Sto ancora aspettando.",
        ),
        (N, "Palestra sporca, docce fredde e metà degli attrezzi rotti. Non rinnovo."),
        (
            P,
            "Il volo è partito con mezz'ora di ritardo, però equipaggio gentilissimo e posti comodi. Per il prezzo, promossa.",
        ),
        (P, "Il prezzo è un po' altino, però la qualità si sente eccome. Ne vale la pena."),
        (N, "Bello esteticamente ma dopo una settimana si è rotto il cinturino. Restituito."),
        (
            N,
            "Il personale è gentile, nulla da dire, ma la fibra va a singhiozzo da un mese e nessuno interviene. Sto valutando di cambiare operatore.",
        ),
    ],
    "nl": [
        (
            P,
            "Heerlijk gegeten bij dit Indonesische restaurant, de rijsttafel was top en de eigenaar zo gastvrij. Wij komen zeker terug!",
        ),
        (P, "Pakketje was de volgende dag al binnen, netjes ingepakt. Top!"),
        (P, "Niks op aan te merken. Snelle app, alles overzichtelijk."),
        (P, "Na jaren eindelijk een huisarts die echt luistert. Heel blij mee."),
        (
            P,
            "Monteur kwam op tijd, legde alles rustig uit en de cv-ketel doet het weer. Prima service 👍",
        ),
        (P, "Best wel onder de indruk, de kamer was groter dan verwacht en super schoon."),
        (N, "Al drie weken geen internet en niemand belt terug. Echt belachelijk."),
        (N, "Trein weer eens uitgevallen, geen bus geregeld, niks. Lekker bezig NS 🙄"),
        (N, "We hebben een uur op ons eten gewacht en toen was het lauw. Nooit meer."),
        (N, "Verzekeraar weigert uit te keren en reageert niet op mijn mails. Blijf hier weg."),
        (
            N,
            "Bestelling nooit ontvangen, klantenservice zegt dat het bezorgd is. Ja hoor, tuurlijk.",
        ),
        (
            N,
            "Wat een drama deze sportschool. Abonnement netjes opgezegd maar ze blijven gewoon afschrijven.",
        ),
        (P, "Duurde even voordat het eten kwam, maar het was echt super lekker. Aanrader."),
        (
            P,
            "Kamer was wat gedateerd en de douche lekte, maar het personeel was ontzettend aardig en het ontbijt uitgebreid. Zouden zo weer boeken.",
        ),
        (N, "Mooi ontwerp, maar na een week ging de rits al kapot. Teruggestuurd."),
        (
            N,
            "Vlucht was op tijd, dat wel, maar mijn koffer kwam pas na vier dagen aan en niemand wist iets. Nooit meer met deze maatschappij.",
        ),
    ],
    "nb": [
        (P, "Beste kanelbollene i byen, og alltid et smil bak disken. Elsker dette stedet ☕"),
        (
            P,
            "Ikke dårlig i det hele tatt! Hadde lave forventninger til hotellet, men rommet var rent og senga kjempegod.",
        ),
        (
            P,
            "Verkstedet ringte før de gjorde ekstra arbeid, og prisen var som avtalt. Sånn skal det være.",
        ),
        (P, "Frisøren skjønte nøyaktig hva jeg ville ha. Aldri vært så fornøyd med håret mitt!"),
        (
            P,
            "Byttet strømleverandør hit i fjor og har spart masse. Enkel app og ryddige regninger.",
        ),
        (P, "Rask levering og godt pakka. Anbefales 👍"),
        (N, "Toget var forsinka en time og null info på perrongen. Typisk Vy."),
        (N, "Ventet 40 min på en taxi som aldri kom. Ingen svarte på telefonen heller."),
        (N, "Har venta tre uker på refusjon, ingen svarer på mail. Helt håpløst."),
        (N, "Maten var lunken og servitøren himla med øynene da vi spurte om vann. Aldri igjen."),
        (N, "Takk for at dere brukte to måneder på å behandle skademeldinga mi. Imponerende 👏"),
        (N, "Appen krasjer hver gang jeg prøver å logge inn med BankID. Ingenting fungerer."),
        (P, "Litt dyrt, men maten var verdt hver krone."),
        (
            P,
            "Ferja var en halvtime forsinka, men mannskapet var blide og kafeen om bord overraskende god. Tar gjerne turen igjen.",
        ),
        (N, "Fin design, men den sluttet å lade etter en uke. Sendte den tilbake."),
        (
            N,
            "Hyggelige ansatte, men nettet faller ut hver kveld og det har ikke blitt fiksa på en måned. Bytter leverandør.",
        ),
    ],
    "sv": [
        (P, "Bästa lunchstället i stan, stora portioner och schysst pris."),
        (
            P,
            "Veterinären var så himla fin med vår hund och förklarade allt i lugn och ro. Tusen tack ❤️",
        ),
        (P, "Flyttfirman var snabb och försiktig, inget gick sönder. Rekommenderas varmt."),
        (P, "Bästa bankappen jag använt, allt går på nolltid."),
        (P, "Tandläkaren var så lugn och proffsig, kände ingenting."),
        (
            P,
            "Inte alls dåligt för att vara lågprisflyg, vi avgick i tid och personalen var trevlig.",
        ),
        (N, "Tåget stod still i en timme utanför Hallsberg utan någon info. SJ, skärpning!"),
        (N, "Har ringt kundtjänst fem gånger, ingen har ringt tillbaka."),
        (N, "Kall mat, sur servitör och dyrt som fan. Aldrig mer."),
        (N, "Paketet kom aldrig fram men enligt spårningen är det levererat. Jaha."),
        (
            N,
            "Soffan levererades tre veckor för sent och med en reva i tyget. Kundtjänst skyller bara på transportören.",
        ),
        (N, "Usel app. Loggar ut mig hela tiden och inget funkar efter uppdateringen."),
        (P, "Fick vänta lite på maten, men den var värd väntan. Kommer tillbaka."),
        (P, "Gymmet är lite slitet men PT:n är grym och stämningen skön 💪 Förnyar kortet."),
        (N, "Snygg jacka men blixtlåset gick sönder efter en vecka. Skickade tillbaka den."),
        (N, "Trevligt läge, men rummet luktade rök och wifi funkade inte alls. Inte värt priset."),
    ],
    "da": [
        (P, "Fantastisk brunch og super sød betjening. Vi kommer helt sikkert igen!"),
        (
            P,
            "Cykelsmeden fiksede min punktering på ti minutter og ville knap nok tage penge for det. Sikke en service!",
        ),
        (P, "Slet ikke dårligt! Biografen er nyistandsat og sæderne er mega komfortable."),
        (
            P,
            "VVS'eren kom samme dag, fandt fejlen med det samme og ryddede pænt op efter sig. Kan varmt anbefales.",
        ),
        (P, "Nem app, overførsler går lynhurtigt. Meget tilfreds 👍"),
        (P, "Lejebilen var ny og ren, og afleveringen tog to minutter. Top."),
        (N, "Toget var 45 min forsinket og ingen sagde noget. DSB når de er bedst 🙄"),
        (N, "Har ventet i tre uger på at få mine penge tilbage. Ingen svarer."),
        (N, "Maden var kold og tjeneren gad ikke engang at kigge på os. Aldrig igen."),
        (
            N,
            "Internettet har været nede i en uge og teknikeren dukkede aldrig op. Og så skal man betale fuld pris.",
        ),
        (N, "Elendigt. Appen crasher hele tiden, intet virker."),
        (
            N,
            "Forsikringen ville ikke dække en eneste krone, selvom vi havde billeder af skaden. Spild af penge.",
        ),
        (P, "Lidt dyrt, men kvaliteten er i top. Køber igen."),
        (
            P,
            "Flyet var lidt forsinket, men personalet var søde og der var god benplads. Flyver gerne med dem igen.",
        ),
        (N, "Flot design, men lampen gik i stykker efter en uge. Sendt retur."),
        (
            N,
            "Fin beliggenhed, men værelset var beskidt og der var larm hele natten. Ikke pengene værd.",
        ),
    ],
    "fi": [
        (P, "Parasta sushia mitä oon Helsingissä syönyt! Tullaan varmasti uudestaan."),
        (P, "Ei yhtään hassumpi! Kylpylähotellin huone oli siisti ja aamiainen runsas."),
        (
            P,
            "Kampaaja kuunteli toiveet tarkasti ja lopputulos oli just sitä mitä halusin. Suosittelen lämpimästi.",
        ),
        (P, "Sovellus toimii nopeasti ja on helppokäyttöinen. Ihan huippu 👌"),
        (P, "Katsastus hoitui vartissa ja henkilökunta oli tosi asiallista."),
        (P, "Lääkäri kuunteli ja selitti kaiken selkeästi, eikä tarvinnut odottaa yhtään."),
        (N, "Juna oli tunnin myöhässä eikä kukaan kertonut mitään. Kiitti VR."),
        (N, "Odotin puhelinjonossa puolitoista tuntia ja sitten puhelu katkesi."),
        (N, "Pizza tuli puolentoista tunnin paasta ja oli ihan kylma. Ei enaa ikina."),
        (N, "Sovellus kaatuu koko ajan, mikään ei toimi päivityksen jälkeen."),
        (N, "Paketti ei koskaan tullut, mutta seurannan mukaan se on toimitettu. Aha."),
        (
            N,
            "Vakuutusyhtiö kieltäytyi korvaamasta, vaikka kaikki oli dokumentoitu. Surkeaa palvelua.",
        ),
        (P, "Vähän hintava, mutta laatu on kohdallaan. Ostan varmasti uudelleen."),
        (
            P,
            "Sali on iltaisin välillä ruuhkainen, mutta ohjaajat on tosi osaavia ja ilmapiiri hyvä. Jatkan jäsenyyttä.",
        ),
        (N, "Kiva muotoilu, mutta kuulokkeet hajosivat viikossa. Palautin."),
        (
            N,
            "Henkilökunta oli mukavaa, mutta netti pätki koko ajan eikä vikaa korjattu kuukauteen. Vaihdan operaattoria.",
        ),
    ],
    "pl": [
        (P, "Pierogi jak u babci, obsługa przemiła. Na pewno wrócimy!"),
        (P, "Wcale nieźle! Pokój czysty, widok na Giewont, śniadanie bardzo dobre."),
        (P, "Pani doktor bardzo rzeczowa, wszystko wytłumaczyła. Polecam z całego serca."),
        (P, "Aplikacja działa bez zarzutu, przelewy idą błyskawicznie 👍"),
        (
            P,
            "Mechanik uczciwy, powiedział co trzeba naprawić, a co może poczekać. Rzadkość w dzisiejszych czasach.",
        ),
        (P, "Super siłownia, trenerzy ogarnięci i zawsze pomogą."),
        (N, "Pociąg spóźniony półtorej godziny, zero informacji. Brawo PKP 👏"),
        (N, "Dzwoniłem pięć razy na infolinię i nikt nie oddzwonił."),
        (N, "Jedzenie zimne, kelner opryskliwy. Nigdy więcej."),
        (N, "Od aktualizacji apka ciągle się wywala, nic nie działa."),
        (N, "Paczka nie dotarła, a kurier twierdzi, że ją doręczył. Masakra."),
        (
            N,
            "Ubezpieczyciel odmówił wypłaty odszkodowania bez żadnego uzasadnienia. Omijać szerokim łukiem.",
        ),
        (
            P,
            "Paczkomat troche daleko, ale przesylka byla juz nastepnego dnia i wszystko cale. Polecam sprzedawce.",
        ),
        (P, "Trochę drogo, ale jakość naprawdę na plus. Warto."),
        (N, "Ładne buty, ale po tygodniu odkleiła się podeszwa. Oddałem."),
        (N, "Lokalizacja ok, ale w pokoju brud i hałas całą noc. Nie polecam."),
    ],
    "lv": [
        (P, "Baigi garšīgi paēdām, apkalpošana laipna. Noteikti atgriezīsimies!"),
        (P, "Paka atnaca jau nakamaja diena, viss labi iepakots. Paldies!"),
        (P, "Nemaz nav slikti! Viesnīca Jūrmalā tīra, brokastis bagātīgas."),
        (P, "Ārste bija ļoti uzmanīga un visu izskaidroja. Iesaku!"),
        (P, "Bankas lietotne strādā ātri un ir ērta. Super 👍"),
        (P, "Taksists atbrauca piecās minūtēs, mašīna tīra un brauciens patīkams."),
        (N, "Reiss kavējās trīs stundas, un neviens neko nepaziņoja. Nekad vairs."),
        (N, "Trīs nedēļas gaidu naudas atmaksu, uz e-pastiem neviens neatbild."),
        (N, "Ēdiens auksts, viesmīlis nelaipns. Vairāk nenāksim."),
        (N, "Pēc atjauninājuma lietotne nemitīgi uzkaras, nekas nestrādā."),
        (N, "Internets nestrādā jau nedēļu, meistars tā arī neatnāca."),
        (N, "Apdrošinātājs atteicās maksāt bez jebkāda paskaidrojuma. Kauns!"),
        (P, "Nedaudz dārgi, bet kvalitāte tiešām laba. Ir tā vērts."),
        (
            P,
            "Rinda pie reģistratūras bija gara, bet dakteris ļoti profesionāls un laipns. Iešu vēl.",
        ),
        (N, "Skaists dizains, bet pēc nedēļas salūza. Atdevu atpakaļ."),
        (N, "Kafejnīca jauka, bet kafija auksta un pusstundu gaidījām pasūtījumu. Neiesaku."),
    ],
    "uk": [
        (P, "Смачна кава і неймовірні сирники, персонал привітний. Обовязково повернемося!"),
        (P, "Посилка прийшла на Нову пошту вже наступного дня, все ціле. Дякую!"),
        (P, "Зовсім непогано! Номер у Карпатах чистий, сніданок ситний, а вид з балкона просто 🔥"),
        (P, "Лікарка уважна, все детально пояснила і не призначала зайвих аналізів. Рекомендую."),
        (P, "Найзручніший банк, яким я користувалась. Все в додатку, жодних черг."),
        (P, "Класний спортзал, тренери знають свою справу і завжди підкажуть."),
        (N, "Потяг запізнився на дві години, у вагоні було холодно, а провідниця ще й нахамила."),
        (N, "Тричі дзвонив на гарячу лінію, ніхто так і не передзвонив."),
        (N, "Чекали доставку півтори години, їжа приїхала холодна. Більше не замовлятиму."),
        (N, "Після оновлення додаток постійно вилітає, нічого не працює."),
        (N, "Мобільний зв'язок жахливий, навіть у центрі міста нема сигналу."),
        (N, "Страхова відмовила у виплаті без жодних пояснень. Не раджу."),
        (P, "Трохи дорогувато, але якість того варта."),
        (
            P,
            "Таксі трохи запізнилося, але водій ввічливий і машина чиста. Буду користуватися й далі.",
        ),
        (N, "Гарний дизайн, але через тиждень зламався. Повернула."),
        (N, "Розташування зручне, але в номері брудно і всю ніч шумно. Не рекомендую."),
    ],
    "pt": [
        (P, "Comida maravilhosa e atendimento nota 10! Com certeza voltaremos 😍"),
        (P, "Encomenda chegou no dia seguinte, tudo bem embalado. Recomendo."),
        (P, "Nada mal, viu! Pousada limpinha e café da manhã caprichado."),
        (P, "A médica foi muito atenciosa e explicou tudo com calma. Muito obrigado."),
        (P, "App do banco muito prático, faço tudo pelo celular. Amei"),
        (P, "Ginásio sempre limpo e os PTs são impecáveis. Adoro!"),
        (
            N,
            "Voo cancelado à última hora, nenhuma alternativa e o balcão da companhia fechado. Uma vergonha.",
        ),
        (N, "Liguei cinco vezes pro SAC e ninguém resolve nada. Palhaçada."),
        (N, "Comida fria e o empregado de mesa foi mal-educado. Nunca mais."),
        (N, "Depois da atualização o app trava toda hora, nada funciona."),
        (N, "Pedido nunca chegou e a transportadora diz que entregou. Que beleza, hein 🙄"),
        (N, "A seguradora recusou-se a pagar sem qualquer justificação. Evitem."),
        (
            P,
            "O atendimento na loja demorou, mas a funcionária foi muito simpática e resolveu-me o problema do telemóvel. Fico cliente.",
        ),
        (P, "Demorou um pouquinho pra chegar, mas a pizza tava uma delícia. Vou pedir de novo."),
        (N, "Bonito, mas quebrou depois de uma semana. Devolvi."),
        (
            N,
            "Localização boa, mas o quarto estava sujo e houve barulho a noite toda. Não recomendo.",
        ),
    ],
}
