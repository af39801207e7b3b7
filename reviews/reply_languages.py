"""Reply checks in the languages other than English (round 5): patterns of structure, not
sentences, so that they catch what people write and not only the examples they were fitted
to (reviews/guardrails.py uses them; the README's reply-check section has the figures).

Each language says the same few things when a reply argues with the reviewer:

* counterfactual blame: "had you read the conditions", "you should have" ("Hätten Sie ...
  gelesen", "si vous aviez lu", "gdyby Pan przeczytał", "якби ви прочитали");
* the others were happy: "all our other guests", "nobody else complained";
* scare quotes around the review: thanks for your "review";
* disputing the reviewer's account: "we cannot follow your account", "we do not recognise
  ourselves in your story", "we disagree with your version";
* the reviewer plainly did it wrong: "you obviously ignored / overlooked / did not read";
* where the fault lay: "your fault", "on your side";
* condescension about the next time: "next time, choose another hotel".

Incentives: a reward (discount, voucher, refund, "on the house", in its inflected forms) in
the same sentence as a review word (review, rating, stars, comment). Private details that do
not depend on the language are in guardrails.py (IBAN, postcodes, street words).
"""

from __future__ import annotations

import re

# Second person, formal and informal, as it opens a clause.
_YOU = {
    "de": r"(?:sie|du|ihr)",
    "fr": r"(?:vous|tu)",
    "es": r"(?:usted|ustedes|tú|vosotros)",
    "it": r"(?:lei|tu|voi)",
    "nl": r"(?:u|je|jij)",
    "nb": r"(?:du|dere)",
    "sv": r"(?:du|ni)",
    "da": r"(?:du|i|jer)",
    "fi": r"(?:te|sinä|olette|olit)",
    "pl": r"(?:pan|pani|państwo|ty)",
    "lv": r"(?:jūs|tu)",
    "uk": r"(?:ви|ти)",
    "pt": r"(?:você|o senhor|a senhora|vocês|tu)",
}
# "other guests/customers" and the words for guests, customers, visitors.
_PEOPLE = {
    "de": r"(?:gäste|kunden|besucher|käufer|urlauber)",
    "fr": r"(?:clients|clientes|hôtes|visiteurs|voyageurs|convives)",
    "es": r"(?:clientes|huéspedes|visitantes|comensales)",
    "it": r"(?:ospiti|clienti|visitatori)",
    "nl": r"(?:gasten|klanten|bezoekers)",
    "nb": r"(?:gjester|gjestene|kunder|kundene|besøkende)",
    "sv": r"(?:gäster|gästerna|kunder|kunderna|besökare)",
    "da": r"(?:gæster|gæsterne|kunder|kunderne|besøgende)",
    "fi": r"(?:asiakkaa\w*|vierai\w*|vieraa\w*|kävijä\w*)",
    "pl": r"(?:goście|gości|klienci|klientów)",
    "lv": r"(?:viesi|klienti|apmeklētāji)",
    "uk": r"(?:гості|клієнти|відвідувачі|покупці)",
    "pt": r"(?:hóspedes|clientes|visitantes)",
}
_QUOTE_OPEN = "\"'\u201e\u201c\u201d\u00ab\u00bb\u2018\u201a\u2039\u203a"
_REVIEW_NOUN = (
    r"bewertung|rezension|kritik|kommentar|avis|commentaire|critique|opini[oó]n|reseña"
    r"|valoraci[oó]n|comentario|recensione|commento|recensie|review|reactie|anmeldelse"
    r"|omdöme|recension|kommentar|arvostelu\w*|arvio\w*|opini\w*|recenzj\w*|komentarz\w*"
    r"|atsauksm\w*|komentār\w*|відгук\w*|коментар\w*|avaliaç\w*|comentário|feedback"
    r"|erfahrung|expérience|experiencia|esperienza|ervaring|opplevelse|upplevelse|oplevelse"
)
# Scare quotes around the review: thanks for your "review" (any language, any quote marks).
SCARE_QUOTES = rf"[{_QUOTE_OPEN}]\s?(?:{_REVIEW_NOUN})\w*\s?[{_QUOTE_OPEN}]"

ARGUE: dict[str, list[str]] = {
    "de": [
        # "Hätten Sie ... gelesen", "Wenn Sie ... gelesen hätten", "Sie hätten ... sollen"
        r"(?:^|[.!?,;]\s*)hätte(?:n|st)? (?:sie|du|ihr)\b[^.!?]{0,60}\b(?:gelesen|geprüft|nachgesehen|angeschaut|gefragt|beachtet|informiert|kontaktiert|gemeldet|gesagt|gebucht|bestellt)\b",
        r"\bwenn (?:sie|du) [^.!?]{0,60}\b(?:gelesen|geprüft|nachgesehen|angeschaut|gefragt|beachtet|informiert|kontaktiert|gemeldet|gesagt|gebucht|bestellt) (?:hätten|hättest)\b",
        r"\b(?:alle|sämtliche|unsere) (?:anderen|übrigen) " + _PEOPLE["de"],
        r"\b(?:niemand|kein (?:anderer )?(?:gast|kunde)) (?:sonst|anderes?)?\s?hat (?:sich )?"
        r"(?:je(?:mals)? )?(?:beschwert|beklagt)",
        r"\b(?:ihre|deine) (?:darstellung|version|schilderung|behauptung)\w* "
        r"(?:ist|können wir|stimmt)|(?:können|konnten) (?:wir )?(?:ihre|deine) "
        r"(?:darstellung|version|schilderung|kritik) (?:nicht|in keiner weise)",
        r"\b(?:sie|du) (?:haben|hast) (?:\w+ )?(?:offensichtlich|offenbar|wohl|eindeutig|"
        r"leider)? ?(?:die|den|das|unsere?n?) [^.!?]{0,30}(?:ignoriert|übersehen|nicht gelesen"
        r"|missverstanden|falsch verstanden)",
        r"\b(?:lag|liegt|war) (?:\w+ )?(?:eindeutig |klar |ganz klar )?(?:bei (?:ihnen|dir)"
        r"|auf ihrer seite)",
        r"\b(?:nächstes mal|beim nächsten mal)\b[^.!?]{0,50}\b(?:sollten sie|solltest du"
        r"|sie sollten|du solltest|buchen sie|wählen sie|lesen sie|achten sie)\b",
        r"\b(?:vielleicht|eventuell) (?:sollten|solltest|wären) (?:sie|du)\b",
    ],
    "fr": [
        r"\bsi (?:vous|tu) (?:aviez|avais) (?:\w+ )?(?:lu|vérifié|regardé|consulté|suivi|demandé)",
        r"\b(?:vous|tu) (?:auriez|aurais) (?:\w+ )?dû\b",
        r"\b(?:tous|toutes) (?:nos |les )?(?:autres )" + _PEOPLE["fr"],
        r"\bpersonne d'autre (?:ne )?(?:s'est|n'a)",
        r"\b(?:contestons|réfutons|démentons|ne partageons pas|ne reconnaissons pas)"
        r" (?:\w+ )?(?:votre|ta|cette) (?:version|récit|description|présentation|avis)",
        r"\b(?:vous|tu) (?:avez|as) (?:\w+ )?(?:manifestement|visiblement|clairement|"
        r"apparemment|sans doute)? ?(?:ignoré|oublié|mal lu|pas lu|mal compris|négligé)",
        r"\b(?:venait|était|se trouvait|vient|est|se situait) (?:\w+ )?(?:clairement |bien )?"
        r"(?:de|du) (?:votre|ton) côté\b",
        r"\bla prochaine fois\b[^.!?]{0,50}\b(?:choisissez|choisis|réservez|"
        r"devriez|pensez|lisez|vérifiez)\b",
    ],
    "es": [
        r"\bsi (?:usted |tú )?(?:hubiera|hubiese|hubieras|hubieses) (?:\w+ )?(?:leído|"
        r"mirado|revisado|consultado|preguntado|seguido)",
        r"\b(?:usted|tú) (?:debería|deberías|debió|debiste|tendría|tendrías)\b"
        r"|\b(?:debería|deberías|debió|debiste) haber (?:leído|mirado|revisado|consultado"
        r"|preguntado|elegido|reservado|comprobado|avisado)\b",
        r"\btodos (?:nuestros |los )?(?:demás |otros )" + _PEOPLE["es"],
        r"\bnadie más (?:se ha |se )?(?:quejó|quejado|ha quejado)",
        r"\b(?:no compartimos|no reconocemos|rechazamos|desmentimos) (?:\w+ )?(?:su|tu|esa)"
        r" (?:versión|relato|descripción|opinión)",
        r"\b(?:usted|tú) (?:\w+ )?(?:claramente|evidentemente|obviamente)? ?(?:ignoró|ignoraste"
        r"|no leyó|no leíste|pasó por alto|no entendió)",
        r"\b(?:fue|era|estaba) (?:\w+ )?(?:claramente )?(?:suyo|tuyo|de su parte|de su lado)\b",
        r"\bla próxima vez\b[^.!?]{0,50}\b(?:elija|elige|reserve|reserva|lea|revise|debería)\b",
    ],
    "it": [
        r"\bse (?:lei |tu )?(?:avesse|avessi) (?:\w+ )?(?:letto|controllato|guardato|chiesto"
        r"|seguito)",
        r"\b(?:lei|tu) (?:avrebbe|avresti) (?:\w+ )?dovuto\b|\bavresti dovuto\b"
        r"|\bavrebbe dovuto (?:leggere|controllare|chiedere|verificare|guardare|informarsi"
        r"|prenotare|scegliere|avvisarci)\b",
        r"\btutti gli altri " + _PEOPLE["it"],
        r"\bnessun altro (?:si è |ha )?(?:lamentato|mai)",
        r"\b(?:non condividiamo|non riconosciamo|respingiamo|contestiamo) (?:\w+ )?(?:la sua|"
        r"la tua|questa) (?:versione|ricostruzione|descrizione)",
        r"\b(?:lei|tu) (?:ha|hai) (?:\w+ )?(?:chiaramente|evidentemente|ovviamente)? ?"
        r"(?:ignorato|trascurato|non letto|frainteso)",
        r"\b(?:era|è stato) (?:\w+ )?(?:chiaramente )?(?:suo|tuo|da parte sua)\b",
        r"\bla prossima volta\b[^.!?]{0,50}\b(?:scelga|scegli|prenoti|legga|controlli|dovrebbe)\b",
    ],
    "nl": [
        r"\bals (?:u|je|jij) [^.!?]{0,50}\b(?:had|hadden) (?:gelezen|gekeken|gecontroleerd"
        r"|gevraagd)",
        r"\b(?:u|je) had [^.!?]{0,60}(?:moeten|kunnen) (?:\w+ )?weten\b|\bhad u\b",
        r"\b(?:al|alle) (?:onze |de )?andere " + _PEOPLE["nl"],
        r"\bniemand anders (?:heeft )?(?:ooit )?(?:geklaagd|geklaagd)",
        r"\b(?:herkennen ons niet|zijn het niet eens) (?:\w+ )?(?:in|met) (?:uw|jouw|je|dit)"
        r" (?:verhaal|versie|beschrijving|relaas)",
        r"\b(?:u|je) (?:heeft|hebt) (?:\w+ )?(?:de|het|onze) [^.!?]{0,30}(?:duidelijk|blijkbaar"
        r"|kennelijk)? ?(?:genegeerd|over het hoofd gezien|niet gelezen|verkeerd begrepen)",
        r"\b(?:lag|ligt) (?:\w+ )?(?:duidelijk )?bij (?:u|jou|jullie)\b",
        r"\bvolgende keer\b[^.!?]{0,50}\b(?:kies|kiezen|boek|boeken|lees|moet u|kunt u beter)\b",
    ],
    "nb": [
        r"\bhvis (?:du|dere) hadde (?:\w+ )?(?:lest|sjekket|sett|spurt|fulgt)",
        r"\b(?:du|dere) burde (?:\w+ )?(?:ha|heller|velge|lese|sjekke)\b",
        r"\balle (?:de |våre )?andre " + _PEOPLE["nb"],
        r"\bingen andre (?:har )?(?:noen gang )?(?:klaget|klagd)",
        r"\b(?:kjenner oss ikke igjen|er ikke enige|er uenige) (?:\w+ )?(?:i|med) (?:din|deres"
        r"|denne) (?:beskrivelse|versjon|fremstilling)",
        r"\b(?:du|dere) (?:har|hadde) (?:\w+ )?(?:tydeligvis|åpenbart|visst|nok)? ?(?:oversett"
        r"|ignorert|ikke lest|misforstått)",
        r"\b(?:lå|ligger|var) (?:\w+ )?(?:helt )?(?:klart )?hos (?:deg|dere)\b",
        r"\bneste gang\b[^.!?]{0,50}\b(?:velg|velge|bestill|les|burde)\b",
    ],
    "sv": [
        r"\bom (?:du|ni) hade (?:\w+ )?(?:läst|kollat|kontrollerat|frågat|följt)",
        r"\b(?:du|ni) (?:borde|skulle) (?:\w+ )?(?:ha|hellre|välja|läsa|kolla)\b",
        r"\balla (?:våra |de )?andra " + _PEOPLE["sv"],
        r"\bingen annan (?:har )?(?:någonsin )?klagat",
        r"\b(?:känner inte igen oss|håller inte med) (?:\w+ )?(?:i|om) (?:din|er|denna)"
        r" (?:beskrivning|version|framställning)",
        r"\b(?:du|ni) (?:har|hade) (?:\w+ )?(?:uppenbarligen|tydligen|nog|helt klart)? ?"
        r"(?:ignorerat|missat|förbisett|inte läst|missförstått)",
        r"\b(?:låg|ligger|var) (?:\w+ )?(?:helt )?(?:klart )?hos (?:dig|er)\b",
        r"\bnästa gång\b[^.!?]{0,50}\b(?:välj|välja|boka|läs|borde)\b",
    ],
    "da": [
        r"\bhvis (?:du|i) havde (?:\w+ )?(?:læst|tjekket|set|spurgt|fulgt)",
        r"\b(?:du|i) (?:burde|skulle) (?:\w+ )?(?:have|hellere|vælge|læse|tjekke)\b",
        r"\balle (?:vores |de )?andre " + _PEOPLE["da"],
        r"\bingen andre (?:har )?(?:nogensinde )?klaget",
        r"\b(?:kan ikke genkende|er ikke enige i|er uenige i) (?:\w+ )?(?:din|jeres|denne)"
        r" (?:beskrivelse|version|fremstilling)",
        r"\b(?:du|i) (?:har|havde) (?:\w+ )?(?:tydeligvis|åbenbart|nok|helt klart)? ?(?:overset"
        r"|ignoreret|ikke læst|misforstået)",
        r"\b(?:lå|ligger|var) (?:\w+ )?(?:helt )?(?:klart )?hos (?:dig|jer)\b",
        r"\bnæste gang\b[^.!?]{0,50}\b(?:vælg|vælge|book|læs|burde)\b",
    ],
    "fi": [
        r"\bjos (?:olisitte|olisit) (?:\w+ )?(?:lukeneet|lukenut|tarkistaneet|tarkistanut"
        r"|kysyneet|kysynyt)",
        r"\b(?:teidän|sinun) (?:olisi|ois) (?:pitänyt|kannattanut)|\b(?:teidän|sinun) "
        r"kannattaisi\b",
        r"\bkaikki (?:muut|muutkin) " + _PEOPLE["fi"],
        r"\bkukaan muu ei (?:ole )?(?:valittanut|valita)",
        r"\b(?:emme tunnista|emme ole samaa mieltä|kiistämme) (?:\w+ )?(?:kuvaus|versio|"
        r"väite)\w*",
        r"\b(?:olette|olet) (?:\w+ )?(?:ilmeisesti|selvästi|kai)? ?(?:jättäneet|jättänyt|"
        r"ohittaneet|ohittanut|unohtaneet|unohtanut|ymmärtäneet väärin|lukematta)",
        r"\b(?:teidän|sinun) (?:päässänne|päässäsi|puolellanne|vikanne|vikasi)\b",
        r"\bensi kerralla\b[^.!?]{0,50}\b(?:valitkaa|valitse|lukekaa|kannattaa)\b",
    ],
    "pl": [
        r"\bgdyby (?:pan|pani|państwo|pan\(i\)|pan/pani)? ?(?:\w+ )?(?:przeczytał\w*|"
        r"sprawdził\w*|zapytał\w*|zapoznał\w*)",
        r"\b(?:powinien|powinna|powinni) (?:\w+ )?(?:pan|pani|państwo) (?:był\w* )?(?:wybrać"
        r"|przeczytać|sprawdzić|zapytać)\b",
        r"\bwszyscy (?:pozostali |inni )" + _PEOPLE["pl"],
        r"\bnikt inny (?:się )?(?:nie )?(?:skarżył|narzekał)",
        r"\b(?:nie zgadzamy się|nie rozpoznajemy się|kwestionujemy) (?:\w+ )?(?:z )?"
        r"(?:pana|pani|państwa|twoją|tą) (?:wersj\w*|opis\w*|relacj\w*)",
        r"\b(?:najwyraźniej|ewidentnie|widocznie|oczywiście) (?:\w+ )?(?:zignorował\w*|"
        r"przeoczył\w*|nie przeczytał\w*|pominął\w*|pominęła)",
        r"\bpo (?:pana|pani|państwa|twojej) stronie\b",
        r"\bnastępnym razem\b[^.!?]{0,50}\b(?:proszę wybrać|powinien|powinna|wybierz"
        r"|proszę przeczytać)\b",
    ],
    "lv": [
        r"\bja (?:jūs|tu) (?:būtu|būtumi) (?:\w+ )?(?:izlasīj\w*|pārbaudīj\w*|pajautāj\w*)",
        r"\b(?:jums|tev) (?:vajadzēja|vajadzētu|būtu vajadzējis) (?:\w+ )?(?:izlasīt|"
        r"pārbaudīt|pajautāt|paskatīties|iepazīties|izvēlēties|padomāt)\b",
        r"\bvisi (?:pārējie|citi) " + _PEOPLE["lv"],
        r"\bneviens cits (?:nav )?(?:sūdzējies|sūdzējās)",
        r"\b(?:nepiekrītam|neatpazīstam|apstrīdam) (?:\w+ )?(?:jūsu|tavai|šai) (?:versij\w*|"
        r"aprakst\w*|stāst\w*)",
        r"\b(?:jūs|tu) (?:\w+ )?(?:acīmredzot|acīmredzami|skaidri)? ?(?:ignorējāt|ignorēji|"
        r"neizlasījāt|nepamanījāt|pārpratāt)",
        r"\b(?:jūsu|tavā) pusē\b",
        r"\bnākamreiz\b[^.!?]{0,50}\b(?:izvēlieties|vajadzētu|izlasiet)\b",
    ],
    "uk": [
        r"(?<!\w)якби (?:ви|ти) (?:\w+ )?(?:прочитал\w*|перевіри\w*|запита\w*|ознайоми\w*)",
        r"(?<!\w)(?:вам|тобі) (?:слід|треба|потрібно|варто) (?:було )?(?:обрати|прочитати"
        r"|перевірити|запитати|ознайомитися|уважніше)(?!\w)",
        r"(?<!\w)(?:усі|всі) (?:інші|решта) " + _PEOPLE["uk"],
        r"(?<!\w)ніхто (?:інший|більше) не (?:скаржився|скаржилися)",
        r"(?<!\w)(?:не погоджуємося|не погоджуємось|не впізнаємо себе|заперечуємо) (?:\w+ )?"
        r"(?:з |у )?(?:вашою|твоєю|цією|вашій) (?:версією|описом|розповіддю|версії)",
        r"(?<!\w)(?:ви|ти),? (?:\w+,? )?(?:очевидно|явно|мабуть)?,? ?(?:проігнорували|"
        r"проігнорував|не прочитали|не помітили|неправильно зрозуміли)",
        r"(?<!\w)на (?:вашому|твоєму) боці(?!\w)|(?<!\w)з вашого боку(?!\w)",
        r"(?<!\w)наступного разу(?!\w)[^.!?]{0,50}(?<!\w)(?:оберіть|варто|прочитайте|слід)"
        r"(?!\w)",
    ],
    "pt": [
        r"\bse (?:você |o senhor |a senhora )?(?:tivesse|tivesses) (?:\w+ )?(?:lido|"
        r"verificado|consultado|perguntado)",
        r"\b(?:devia|deveria|devias|deverias) ter (?:lido|verificado|consultado|perguntado"
        r"|visto|escolhido|reservado|avisado)\b",
        r"\btodos os (?:outros|restantes|demais) " + _PEOPLE["pt"],
        r"\bmais ninguém se (?:queixou|quejou)",
        r"\b(?:não concordamos|não nos revemos|rejeitamos) (?:\w+ )?(?:com |na )?(?:a sua|"
        r"sua|essa|tua) (?:versão|descrição|relato)",
        r"\b(?:o senhor|a senhora|você|tu) (?:\w+ )?(?:claramente|obviamente|evidentemente)? ?"
        r"(?:ignorou|ignoraste|não leu|não leste)",
        r"\b(?:foi|era|esteve|estava) (?:\w+ )?(?:claramente )?do (?:seu|teu) lado\b",
        r"\b(?:da )?próxima vez\b[^.!?]{0,50}\b(?:escolha|deva|deve|leia|verifique)\b",
    ],
}

# The second half of round 5 (after ROUND_5_LATE was read), again by structure:
# "you are the only guest who complained (in ten years)", "strange that nobody ever ...",
# "it would have been enough to read the description".
_ONLY = {
    "de": r"(?:der|die) einzige|als einzige[rn]?",
    "fr": r"(?:le|la) seule?",
    "es": r"(?:el|la) únic[oa]",
    "it": r"l'unic[oa]|(?:il|la) sol[oa]",
    "nl": r"de enige",
    "nb": r"den eneste|de eneste",
    "sv": r"den enda|de enda|den ende",
    "da": r"den eneste|de eneste",
    "fi": r"ainoa\w*",
    "pl": r"jedyn\w*",
    "lv": r"vienīg\w*",
    "uk": r"єдин\w*",
    "pt": r"(?:o|a) únic[oa]",
}
_COMPLAIN = {
    "de": r"beschwer\w*|beklag\w*|reklamiert\w*",
    "fr": r"plaind\w*|plaint\w*|plaign\w*|réclam\w*",
    "es": r"quej\w*|reclam\w*",
    "it": r"lament\w*|reclam\w*",
    "nl": r"klaag\w*|klaagt|geklaagd|klacht\w*",
    "nb": r"klage\w*|klaget",
    "sv": r"klaga\w*|klagat|klagomål",
    "da": r"klage\w*|klaget",
    "fi": r"valitt\w*|valitu\w*|valit\w*",
    "pl": r"narzeka\w*|skarż\w*|reklamac\w*",
    "lv": r"sūdz\w*|sūdzīb\w*",
    "uk": r"скарж\w*|скарг\w*",
    "pt": r"queix\w*|reclam\w*",
}
_NEVER_BEFORE = {
    "de": r"noch nie|bisher (?:noch )?nie|nie zuvor|sonst niemand|kein anderer",
    "fr": r"jamais personne|personne d'autre|aucun autre",
    "es": r"nadie más|nunca nadie|ningún otro",
    "it": r"nessun altro|mai nessuno",
    "nl": r"nog nooit|niemand anders|geen enkele andere",
    "nb": r"aldri før|ingen andre",
    "sv": r"aldrig förr|ingen annan|inga andra",
    "da": r"aldrig før|ingen andre",
    "fi": r"kukaan muu|koskaan aiemmin|ei kukaan",
    "pl": r"nikt inny|nigdy wcześniej|nikt dotąd",
    "lv": r"neviens cits|nekad agrāk",
    "uk": r"ніхто інший|ніколи раніше|ніхто ще",
    "pt": r"mais ninguém|nunca ninguém|nenhum outro",
}
_STRANGE_THAT = {
    "de": r"(?:komisch|seltsam|merkwürdig|interessant|erstaunlich|verwunderlich),? dass",
    "fr": r"(?:curieux|étrange|bizarre|étonnant|drôle|amusant),? que",
    "es": r"(?:curioso|extraño|raro|sorprendente),? que",
    "it": r"(?:strano|curioso|buffo|singolare),? che",
    "nl": r"(?:vreemd|raar|opvallend|grappig|merkwaardig),? dat",
    "nb": r"(?:rart|merkelig|pussig|underlig),? at",
    "sv": r"(?:konstigt|märkligt|lustigt|underligt),? att",
    "da": r"(?:mærkeligt|underligt|sjovt|pudsigt|morsomt|da utroligt),? at",
    "fi": r"(?:outoa|kummallista|erikoista|hassua),? että",
    "pl": r"(?:dziwne|ciekawe|zabawne|zastanawiające),? że",
    "lv": r"(?:dīvaini|interesanti|savādi),? ka",
    "uk": r"(?:дивно|цікаво|дивним чином),? що",
    "pt": r"(?:curioso|estranho|engraçado),? que",
}
_ENOUGH = {
    "de": r"hätte (?:es )?(?:\w+ )?gereicht|es hätte genügt|wer [^.!?]{0,40}nicht (?:liest|lesen)",
    "fr": r"il (?:suffisait|aurait suffi|suffit) de",
    "es": r"(?:bastaba|bastaría|habría bastado|hubiera bastado) con|(?:bastaba|basta) (?:con )?"
    r"(?:leer|mirar)\w*",
    "it": r"(?:bastava|sarebbe bastato|basta) (?:legger|guardar|controllar|chieder)\w*",
    "nl": r"(?:had|zou) (?:\w+ )?volstaan|het volstond",
    "nb": r"(?:hadde|ville ha) holdt",
    "sv": r"hade räckt|hade varit nog",
    "da": r"havde været nok|ville have været nok|havde rakt",
    "fi": r"olisi riittänyt",
    "pl": r"wystarczyło|wystarczyłoby|wystarczy (?:przeczytać|sprawdzić|zapytać|spojrzeć)",
    "lv": r"(?:pietika|būtu pieticis|pietiktu) (?:\w+ )?(?:izlasīt|paskatīties|pārbaudīt)",
    "uk": r"(?:достатньо|вистачило) було|вистачило б",
    "pt": r"(?:bastava|teria bastado|bastaria) (?:ter )?(?:lido|ler|ver|consultar|verificar)",
}


# Round 6: the visit doubted ("nos cuesta creer que hayas estado aquí", "Viene il dubbio che
# lei abbia sbagliato officina").
_HARD_TO_BELIEVE = {
    "de": r"(?:fällt|fiel) (?:es )?uns schwer,? (?:zu glauben|das zu glauben)|wir bezweifeln"
    r"|zweifeln (?:\w+ )?daran,? dass",
    "fr": r"(?:avons|ai) du mal à croire|nous doutons que|difficile de croire que",
    "es": r"(?:nos|me) cuesta creer|(?<!no )dudamos (?:mucho )?(?:de )?que|difícil creer que",
    "it": r"viene il dubbio|(?<!non )dubitiamo che|fatichiamo a credere|difficile credere che",
    "nl": r"betwijfelen (?:of|dat)|moeilijk te geloven",
    "nb": r"tviler (?:sterkt )?på at|vanskelig å tro at",
    "sv": r"tvivlar (?:starkt )?på att|svårt att tro att",
    "da": r"tvivler (?:stærkt )?på,? at|svært at tro,? at",
    "fi": r"epäilemme,? että (?:olette|olit|te|sinä)|vaikea uskoa",
    "pl": r"(?<!nie )wątpimy,? (?:czy|że|aby)|trudno (?:nam )?uwierzyć",
    "lv": r"šaubāmies|grūti noticēt",
    "uk": r"(?<!не )сумніваємося|важко повірити",
    "pt": r"(?<!não )duvidamos que|custa(?:-nos)? a crer|difícil acreditar que",
}
# The reviewer's account judged: "your criticism is exaggerated", "this review is unfair".
_YOUR = {
    "de": r"(?:ihre|deine|diese) ",
    "fr": r"(?:votre|ton|ta|cet|cette|ce) ",
    "es": r"(?:su|tu|esta|este) ",
    "it": r"(?:la sua|il suo|la tua|il tuo|questa|questo) ",
    "nl": r"(?:uw|je|jouw|deze|dit) ",
    "nb": r"(?:din|ditt|denne|dette) ",
    "sv": r"(?:din|ditt|denna|detta) ",
    "da": r"(?:din|dit|denne|dette) ",
    "fi": r"(?:teidän |tämä )?",
    "pl": r"(?:pana |pani |pańska |ta |ten )",
    "lv": r"(?:jūsu |šī |šis )",
    "uk": r"(?:ваша |ваш |цей |ця )",
    "pt": r"(?:a sua |o seu |esta |este )",
}
_ACCOUNT = {
    "de": r"(?:bewertung|kritik|darstellung|rezension|beschwerde|schilderung|aussage)",
    "fr": r"(?:avis|critique|commentaire|version|plainte|description)",
    "es": r"(?:reseña|crítica|opinión|comentario|versión|queja)",
    "it": r"(?:recensione|critica|commento|versione|lamentela)",
    "nl": r"(?:review|recensie|kritiek|beoordeling|klacht|verhaal)",
    "nb": r"(?:anmeldelse|kritikk|kritikken|beskrivelse|klage)\w*",
    "sv": r"(?:recension|kritik|omdöme|beskrivning|klagomål)\w*",
    "da": r"(?:anmeldelse|kritik|beskrivelse|klage)\w*",
    "fi": r"(?:arvostelu|kritiikki|arvio|valitus|kuvaus)\w*",
    "pl": r"(?:opinia|krytyka|recenzja|skarga|relacja|wersja)",
    "lv": r"(?:atsauksme|kritika|sūdzība|versija)",
    "uk": r"(?:відгук|критика|скарга|версія|оцінка)",
    "pt": r"(?:avaliação|crítica|comentário|queixa|versão)",
}
_UNFAIR = {
    "de": r"übertrieben|unfair|ungerecht|unberechtigt|einseitig|haltlos|unwahr|falsch|überzogen",
    "fr": r"exagérée?|injuste|infondée?|mensonger\w*|fausse|faux|excessi\w+|partial\w*",
    "es": r"exagerad\w+|injust\w+|infundad\w+|fals\w+|desproporcionad\w+",
    "it": r"esagerat\w+|ingiust\w+|infondat\w+|fals\w+|eccessiv\w+",
    "nl": r"overdreven|oneerlijk|onterecht|ongegrond|onwaar|eenzijdig",
    "nb": r"overdrevet|urettferdig|urimelig|usann|ensidig|grunnløs",
    "sv": r"överdriven|överdrivet|orättvis\w*|orimlig\w*|osann|ensidig|ogrundad",
    "da": r"overdrevet|uretfærdig|urimelig|usand|ensidig|grundløs",
    "fi": r"liioitel\w+|epäreilu\w*|kohtuuton\w*|perätön\w*|yksipuoli\w+",
    "pl": r"przesadzon\w+|niesprawiedliw\w+|krzywdząc\w+|nieprawdziw\w+|bezpodstawn\w+",
    "lv": r"pārspīlēt\w+|netaisnīg\w+|nepamatot\w+|nepatiesa\w*|vienpusēj\w+",
    "uk": r"перебільшен\w+|несправедлив\w+|необґрунтован\w+|неправдив\w+|упереджен\w+",
    "pt": r"exagerad\w+|injust\w+|infundad\w+|fals\w+|desproporcionad\w+",
}
# Standing on one's record: "30 years in the trade", "since 1987".
_RECORD = {
    "de": r"seit (?:über |mehr als )?\d+ jahren|seit \d{4}",
    "fr": r"depuis (?:plus de )?\d+ ans|depuis \d{4}",
    "es": r"(?:desde hace|llevamos|durante) (?:más de )?\d+ años|desde \d{4}",
    "it": r"da (?:oltre |più di )?\d+ anni|dal \d{4}",
    "nl": r"(?:al )?(?:ruim |meer dan )?\d+ jaar|sinds \d{4}",
    "nb": r"i (?:over |mer enn )?\d+ år|siden \d{4}",
    "sv": r"i (?:över |mer än )?\d+ år|sedan \d{4}",
    "da": r"i (?:over |mere end )?\d+ år|siden \d{4}",
    "fi": r"(?:yli )?\d+ vuotta|vuodesta \d{4}",
    "pl": r"od (?:ponad )?\d+ lat|od \d{4}",
    "lv": r"(?:jau )?(?:vairāk nekā )?\d+ gad(?:us|iem)|kopš \d{4}",
    "uk": r"(?:вже )?(?:понад )?\d+ рок(?:ів|и)|з \d{4} року",
    "pt": r"há (?:mais de )?\d+ anos|desde \d{4}",
}


# Round 6 (read on both blind sets): "you are the first to complain" counts as "the only
# one" ("du är den första som klagar"); "nobody ever found/said/noticed" as "nobody ever
# complained" ("nunca ninguém achou as amêijoas com areia"); and the crowd set against the
# reviewer: hundreds of happy customers, 600 positive reviews ("onze honderden andere
# klanten zijn wél tevreden", "Vi har over 800 glade kunder", "plus de 600 avis positifs").
_FIRST = {
    "de": r"(?:der|die) erste",
    "fr": r"(?:le|la) premi(?:er|ère)",
    "es": r"(?:el|la) primer[oa]",
    "it": r"(?:il|la) prim[oa]",
    "nl": r"de eerste",
    "nb": r"den første",
    "sv": r"den första|den förste",
    "da": r"den første",
    "fi": r"ensimmäinen",
    "pl": r"pierwsz\w*",
    "lv": r"pirm(?:ais|ā)",
    "uk": r"перш\w*",
    "pt": r"(?:o|a) primeir[oa]",
}
_NOTICED = {
    "de": r"bemerkt|gesagt|erwähnt|gefunden|beanstandet",
    "fr": r"remarqué|dit|trouvé|signalé",
    "es": r"notado|dicho|encontrado|mencionado|notó|dijo|encontró",
    "it": r"notato|detto|trovato|segnalato",
    "nl": r"gemerkt|gezegd|gevonden|opgemerkt",
    "nb": r"merket|sagt|funnet|nevnt",
    "sv": r"märkt|sagt|hittat|nämnt",
    "da": r"bemærket|sagt|fundet|nævnt",
    "fi": r"huomannut|sanonut|löytänyt|maininnut",
    "pl": r"zauważył\w*|powiedział\w*|znalazł\w*|wspomniał\w*",
    "lv": r"pamanīj\w*|teicis|teikusi|atradis|minēj\w*",
    "uk": r"помітив|помітила|казав|казала|знайшов|знайшла|згадував",
    "pt": r"achou|notou|disse|encontrou|reparou|mencionou",
}
_CROWD = {
    "de": r"(?:hunderte|tausende|über \d+|\d+) (?:\w+ )?(?:zufriedene\w*|glückliche\w*|positive\w*)"
    r" (?:gäste|kunden|bewertungen|rezensionen)",
    "fr": r"(?:des centaines|des milliers|plus de \d+|\d+) (?:de )?(?:clients|avis|hôtes)"
    r" (?:satisfaits|positifs|heureux|contents)",
    "es": r"(?:cientos|miles|más de \d+|\d+) (?:de )?(?:clientes|reseñas|opiniones|huéspedes)"
    r" (?:satisfechos|positivas|positivos|contentos|felices)",
    "it": r"(?:centinaia|migliaia|oltre \d+|più di \d+|\d+) (?:di )?(?:clienti|recensioni|ospiti)"
    r" (?:soddisfatti|positive|felici|contenti)",
    "nl": r"(?:honderden|duizenden|meer dan \d+|\d+) (?:\w+ )?(?:tevreden|blije|positieve)"
    r" (?:klanten|gasten|reviews|recensies)|(?:honderden|duizenden) (?:\w+ )?(?:klanten|gasten)"
    r" zijn (?:\w+ )?tevreden",
    "nb": r"(?:hundrevis|tusenvis|over \d+|\d+) (?:av )?(?:fornøyde|glade|positive)"
    r" (?:kunder|gjester|anmeldelser)",
    "sv": r"(?:hundratals|tusentals|över \d+|\d+) (?:nöjda|glada|positiva)"
    r" (?:kunder|gäster|recensioner|omdömen)",
    "da": r"(?:hundredvis|tusindvis|over \d+|\d+) (?:af )?(?:tilfredse|glade|positive)"
    r" (?:kunder|gæster|anmeldelser)",
    "fi": r"(?:satoja|tuhansia|yli \d+|\d+) (?:tyytyväis\w+|iloi\w+|positiivis\w+)"
    r" (?:asiakka\w+|arvostelu\w*|vieras\w*)",
    "pl": r"(?:setki|tysiące|ponad \d+|\d+) (?:\w+ )?(?:zadowolonych|pozytywnych)"
    r" (?:klientów|gości|opinii|recenzji)",
    "lv": r"(?:simtiem|tūkstošiem|vairāk nekā \d+|\d+) (?:apmierinātu|pozitīvu|laimīgu)"
    r" (?:klientu|viesu|atsauksmju)",
    "uk": r"(?:сотні|тисячі|понад \d+|\d+) (?:задоволених|позитивних|щасливих)"
    r" (?:клієнтів|гостей|відгуків)",
    "pt": r"(?:centenas|milhares|mais de \d+|\d+) (?:de )?(?:clientes|avaliações|hóspedes)"
    r" (?:satisfeitos|positivas|felizes|contentes)",
}


def _late_structures(code: str) -> list[str]:
    if code not in _ONLY:
        return []
    return [
        rf"(?:^|[^\w])(?:{_FIRST[code]})(?:\s+\w+){{0,4}}[^.!?]{{0,40}}(?:{_COMPLAIN[code]})",
        rf"(?:^|[^\w])(?:{_NEVER_BEFORE[code]})(?:\s+\w+){{0,6}}[^.!?]{{0,30}}"
        rf"(?:{_NOTICED[code]})(?!\w)",
        rf"(?:^|[^\w]){_YOUR[code]}{_ACCOUNT[code]}(?:\s+\w+){{0,3}}\s+(?:{_UNFAIR[code]})(?!\w)",
        rf"(?:^|[^\w])(?:{_ONLY[code]})(?:\s+\w+){{0,4}}[^.!?]{{0,40}}(?:{_COMPLAIN[code]})",
        rf"(?:^|[^\w])(?:{_NEVER_BEFORE[code]})(?:\s+\w+){{0,6}}[^.!?]{{0,30}}"
        rf"(?:{_COMPLAIN[code]})",
        # round 6: a word or three before it ("Qué curioso que", "Det er lidt morsomt at")
        rf"(?:^|[.!?]\s*)(?:[\w']+\s){{0,3}}(?:{_STRANGE_THAT[code]})(?!\w)",
        rf"(?<!\w)(?:{_HARD_TO_BELIEVE[code]})(?!\w)",
        rf"(?:^|[^\w])(?:{_ENOUGH[code]})(?!\w)",
    ]


# Review words in their inflected forms (added to guardrails._REVIEW_WORDS) and rewards.
REVIEW_WORDS: dict[str, str] = {
    "de": r"kommentar|beitrag|\d\s?-?sterne",
    "fr": r"note|notation",
    "es": r"puntuaci|calificaci",
    "it": r"giudizi|voto",
    "nl": r"reactie|waardering|comment",
    "nb": r"kommentar|omtale|stjern",
    "sv": r"kommentar|stjärn|recensionen",
    "da": r"kommentar|stjern|omtale",
    "fi": r"komment|tähti|tähde|tähtiä|arvio",
    "pl": r"komentarz|gwiazd",
    "lv": r"komentār|zvaigzn",
    "uk": r"коментар|зірок|зірки",
    "pt": r"classificaç|estrela|coment|opini",
}
OFFER_WORDS: dict[str, str] = {
    "de": r"nachlass|erstatt\w*|zurückerstatt\w*|geld zurück|aufs haus|spendier\w*|gratis"
    r"|upgrade|verlosung|geschenkt|im austausch|im gegenzug|als dankeschön für|geht aufs haus|auf unsere kosten|auf kosten des hauses"
    r"|umsonst|kostenfrei",
    "fr": r"vous rend\w*|rendrons|offert\w*|offre|remboursons|remboursé|rembourser|gratuite?s?|surclassement"
    r"|tirage au sort|cadeau|en échange d\w*|en contrepartie|pour vous remercier d\w*|vous offr\w*|offrons|offrirons|sera offert\w*|(?:est|sont) pour nous|offerte? par la maison|aux frais de la maison"
    r"|sans frais",
    "es": r"devolv\w*|invita la casa|reembolsamos|reembolso|gratuit\w*|descuento|sorteo|obsequi\w*|a cambio de|como agradecimiento|regal\w*|le invitamos (?:a|al) (?:un|una|el|la|postre|café)|de nuestra cuenta|por cuenta de la casa|invita la casa|corre de nuestra cuenta"
    r"|sin coste|sin cargo",
    "it": r"restitui\w*|offriamo|offerto|offert\w*|rimborsiamo|rimborso|rimborsa\w*|gratuit\w*|omaggio"
    r"|estrazione|in cambio di|come ringraziamento|offriamo|regal\w*|offre la casa|offerto dalla casa|a carico nostro"
    r"|senza costi|senza spese",
    "nl": r"terugbeta\w*|(?:betalen|storten|geven)(?: \w+){1,4} terug|tegoed\w*|terugstort\w*|trakter\w*"
    r"|van het huis|van ons|gratis|upgrade|verloting|in ruil voor|als dank voor|als bedankje|van het huis|op onze kosten|op kosten van het huis"
    r"|waardebon|tegoedbon|maak kans|kans op|win(?:nen)? (?:een|de)",
    "nb": r"betale\w* tilbake|pengene tilbake|refunder\w*|tilbakebetal\w*|spander\w*|avslag|gratis|oppgrader\w*|trekning|i bytte mot|som takk for|gir vi|spanderer huset|(?:er|går)(?: \w+)? på (?:huset|oss)"
    r"|kostnadsfritt",
    "sv": r"betala\w* (?:\w+ )?tillbaka|pengarna tillbaka|återbetal\w*|bjuder|bjuda|gratis|uppgrader\w*|utlottning|avdrag|i utbyte mot|som tack för|ger vi|bjuder huset|(?:är|går)(?: \w+)? på (?:huset|oss)"
    r"|kostnadsfritt",
    "da": r"betale\w* tilbage|refunder\w*|tilbagebetal\w*|giver vi|gratis|opgrader\w*|lodtrækning|rabat\w*|i bytte for|som tak for|giver huset|(?:er|går)(?: \w+)? på (?:huset|os)"
    r"|husets regning",
    "fi": r"hyvit\w*|talon puolesta|ilmai\w*|alennu\w*|alenn\w*|palautamme|arvon[nt]\w*|vastineeksi|kiitokseksi|tarjoamme|tarjoaisimme|talon tarjous|talon puolesta|meidän piikkiin"
    r"|talon piikkiin|veloituksetta",
    "pl": r"zwróc\w*|zwrot\w*|na nasz koszt|gratis\w*|rabat\w*|zniżk\w*|bezpłatn\w*|losowani\w*|w zamian za|w podziękowaniu za|postawimy|fundujemy|na koszt firmy|na koszt lokalu|na nasz koszt|gratis"
    r"|za darmo",
    "lv": r"atmaks\w*|būs no mums|uz mūsu rēķina|bez maksas|atlaid\w*|dāvan\w*|izloz\w*|apmaiņā pret|pateicībā par|uzsauk\w*|piedāvājam|piedāvāsim|uz mājas rēķina|uz mūsu rēķina"
    r"|par brīvu|par velti",
    "uk": r"поверн\w*|за наш рахунок|безкоштовн\w*|знижк\w*|подарун\w*|розіграш\w*|в обмін на|на подяку за|пригост\w*|за рахунок закладу|за наш рахунок"
    r"|задарма|даром",
    "pt": r"devolv\w*|por nossa conta|reembols\w*|oferecemos|oferta|grátis|gratuit\w*|desconto|sorteio|em troca de|como agradecimento|oferecemos|oferecer-lhe|por conta da casa|por nossa conta|oferta da casa"
    r"|de graça|brinde|cortesia",
}

# Apologies and acknowledgements: their sentences name the problem, not the reply's tone.
APOLOGY = (
    r"tut uns (?:\w+ )?leid|bedauern|entschuldigung|verzeihung|sorry|danke für (?:den|ihren)"
    r" hinweis|regrettons|navrés|désolés?|merci de nous avoir (?:signalé|prévenu)"
    r"|lamentamos|sentimos|perdone|gracias por avisar\w*|ci dispiace|ci scusi\w*"
    r"|grazie per (?:averci|la) segnala\w*|het spijt|excuses|bedankt voor de melding"
    r"|beklager|beklagar|ber om ursäkt|förlåt|undskyld|takk for at|tack för att|tak fordi"
    r"|pahoillamme|pahoittel\w*|anteeksi|kiitos, että|przepraszamy|przykro nam|dziękujemy za"
    r" zgłoszenie|atvainoj\w*|mums (?:ļoti )?žēl|paldies, ka|шкода|вибач\w*|перепрошу\w*"
    r"|дякуємо, що|lamentamos|pedimos desculpa|desculpe|obrigad[oa] por nos avisar"
    # "you are right", thanks for the feedback (the sentence names the problem)
    r"|(?:sie haben|du hast) (?:\w+ )?recht|(?:vous avez|tu as) (?:\w+ ){0,3}raison"
    r"|tiene (?:\w+ )?(?:\w+ )?razón|ha (?:\w+ )?ragione|(?:u heeft|je hebt) (?:\w+ )?gelijk"
    r"|(?:du har|dere har) (?:\w+ )?rett|(?:du har|ni har) (?:\w+ )?rätt"
    r"|(?:du har|i har) (?:\w+ )?ret|(?:olette|olet) (?:\w+ )?oikeassa"
    r"|ma(?:ją)? (?:pan|pani|państwo) (?:\w+ )?rację|jums ir (?:\w+ )?taisnība"
    r"|(?:ви|ти) (?:\w+ )?праві?|tem (?:toda a |\w+ )?razão"
    r"|(?:danke|vielen dank|merci|gracias|grazie|dank|bedankt|takk|tack|tak|dziękujemy"
    r"|dziękuję|paldies|дякуємо|дякую|obrigad[oa]) (?:\w+ )?(?:für|pour|por|per|voor|for"
    r"|för|za|par|за|pelo|pela|de)\b|kiitos \w+(?:sta|stä)"
    # owning the mistake: "it was our fault", "el error fue nuestro"
    r"|unser fehler|unsere schuld|lag bei uns|notre faute|notre erreur|culpa nuestra"
    r"|(?:el )?error fue nuestro|nuestro error|colpa nostra|errore nostro|nostro errore"
    r"|onze fout|onze schuld|vår feil|vårt fel|vores fejl|vores skyld|meidän vika\w*"
    r"|virhe oli meidän|nasza wina|nasz błąd|mūsu vaina|mūsu kļūda|наша провина"
    r"|наша помилка|culpa nossa|erro nosso|nosso erro"
    r"|lag (?:\w+ )?bei uns|venait de notre|venait de nous|fue (?:\w+ )?nuestro|era (?:\w+ )?nostro"
    r"|lag (?:\w+ )?bij ons|lå (?:\w+ )?hos oss|låg (?:\w+ )?hos oss|lå (?:\w+ )?hos os"
    r"|oli meidän|po naszej stronie|bija mūsu|було на нашому боці|foi (?:\w+ )?nosso"
    # "what a pity that …": regret for the reviewer's experience
    r"|schade|dommage|qué pena|lástima|peccato|jammer|synd|leit|tråkigt|ærgerligt|harmi"
    r"|szkoda|žēl|skumji|прикро|que pena|pena que|pena o|pena a"
    # "that's right"
    r"|das stimmt(?! nicht)|c'est vrai|es cierto|è vero|dat klopt|det stemmer(?! ikke)"
    r"|det stämmer(?! inte)|det er rigtigt|se pitää paikkansa|to prawda|tā ir taisnība"
    r"|це правда|é verdade"
    # "we understand that it was disappointing" (with its object: "we don't understand why"
    # is no acknowledgement)
    r"|(?:wir verstehen|nous comprenons|entendemos|comprendemos|capiamo|comprendiamo"
    r"|we begrijpen|vi forstår|vi förstår|ymmärrämme|rozumiemy|saprotam|розуміємо"
    r"|compreendemos)(?: (?:gut|sehr gut|bien|perfectamente|perfettamente|goed|godt|helt"
    r"|fullt|hyvin|dobrze|doskonale|ļoti labi|добре|bem|perfeitamente))?,? (?:dass|que|qu'"
    r"|che|dat|at|att|että|że|ka|що)"
    # what was put right: "the broken lockers will be replaced", "the bug is fixed" (the
    # sentence names the fault because it is gone)
    r"|ersetzt|repariert|behoben|ausgetauscht|remplacée?s?|réparée?s?|corrigée?s?"
    r"|sustituid[oa]s?|reparad[oa]s?|solucionad[oa]s?|corregid[oa]s?|sostituit[oiae]"
    r"|riparat[oiae]|vervangen|gerepareerd|verholpen|erstattet|reparert|fikset"
    r"|ersatta?|reparerad|åtgärdad|udskiftet|skiftet|repareret|vaihdettu|korjattu"
    r"|wymienion[eya]|naprawion[eya]|nomainīt[sa]|salabot[sa]|novērst[sa]|izlabot[sa]"
    r"|замінен\w*|замінили|виправлен\w*|виправили|полагодили|усунен\w*|усунули"
    r"|substituíd[oa]s|reparad[oa]s?"
    # round 8: "the timetable on your booking page is updated"
    r"|aktualisiert|mise? à jour|actualizad[oa]s?|aggiornat[oiae]|bijgewerkt|oppdatert"
    r"|uppdaterad|opdateret|päivitetty|zaktualizowan\w*|atjaunināt\w*|оновлен\w*"
    r"|atualizad[oa]s?"
)


# Round 6: the fault refused ("er ikke vår feil", "är knappast vårt fel", "kunt u ons
# moeilijk kwalijk nemen", "kan vi ikke gøre for"), said sarcastically ("ahora resulta que
# la culpa es nuestra", "a culpa seja logo do explicador") or as "blaming us is easier"
# ("Vainot ārstu ir vienkāršāk"). "Our fault" owned is an apology (APOLOGY); negated it is
# the opposite, and these patterns run before the apology is looked for.
NOT_OUR_FAULT = {
    "de": r"(?:nicht|kaum|keineswegs) (?:\w+ )?unser(?:e)? (?:schuld|fehler|problem|verantwortung)"
    r"|(?:uns|unser team|unsere \w+) trifft (?:\w+ )?keine schuld|(?:einfacher|leichter),"
    r" (?:\w+ )?(?:die schuld|anderen)",
    "fr": r"(?:pas|guère|nullement) (?:\w+ )?(?:de )?notre (?:faute|responsabilité|problème)"
    r"|n'y sommes pour rien|plus (?:facile|simple) d'(?:accuser|incriminer|en vouloir)"
    r"|plus (?:facile|simple) de (?:blâmer|rejeter|s'en prendre)",
    "es": r"no (?:es|fue|era|será) (?:\w+ )?(?:culpa nuestra|nuestra culpa|nuestro problema"
    r"|responsabilidad nuestra|nuestra responsabilidad)|no tenemos (?:ninguna |la )?culpa"
    r"|resulta que la culpa es|(?:más fácil|más cómodo) (?:echar la culpa|culpar)",
    "it": r"non (?:è|era|fu) (?:\w+ )?(?:colpa nostra|nostra colpa|un nostro problema"
    r"|responsabilità nostra)|(?:più facile|più comodo) (?:dare la colpa|incolpare)",
    "nl": r"(?:niet|nauwelijks) (?:\w+ )?onze (?:schuld|fout|verantwoordelijkheid)"
    r"|(?:kunt|kan|kun) (?:u|je) ons (?:\w+ ){0,3}(?:niet|moeilijk|bezwaarlijk|nauwelijks)"
    r" (?:kwalijk nemen|verwijten|aanrekenen)|(?:makkelijker|gemakkelijker) om (?:\w+ )?de schuld",
    "nb": r"(?:ikke|neppe|knapt) (?:\w+ )?(?:vår|vårt) (?:feil|skyld|ansvar|problem)"
    r"|kan (?:vi )?(?:\w+ )?ikke (?:gjøre for|lastes for)|lettere å (?:skylde på|legge skylden)",
    "sv": r"(?:inte|knappast|knappt|ej) (?:\w+ )?(?:vårt|vår) (?:fel|skuld|ansvar|problem)"
    r"|kan (?:vi )?(?:\w+ )?inte (?:rå för|lastas för)|lättare att (?:skylla på|lägga skulden)",
    "da": r"(?:ikke|næppe) (?:\w+ )?vores (?:skyld|fejl|ansvar|problem)"
    r"|kan (?:vi )?(?:\w+ )?ikke (?:gøre for|lastes for)|lettere at (?:skyde skylden|give \w+ skylden)",
    "fi": r"ei (?:ole )?(?:\w+ )?meidän (?:vikamme|syymme|vika|syy|ongelma)"
    r"|helpompi (?:syyttää|syyttää \w+)",
    "pl": r"nie (?:jest|była|było|będzie) (?:to )?(?:\w+ )?(?:nasza wina|naszą winą|nasz problem"
    r"|naszym problemem)|nie ponosimy (?:\w+ )?(?:winy|odpowiedzialności)"
    r"|(?:łatwiej|prościej) (?:\w+ )?(?:obwinić|obwiniać|zrzucić winę)",
    "lv": r"(?:nav|nebija) (?:\w+ )?mūsu (?:vaina|kļūda|problēma|atbildība)"
    r"|vainot \w+ ir (?:\w+ )?(?:vienkāršāk|vieglāk)|(?:vienkāršāk|vieglāk) (?:ir )?vainot",
    "uk": r"не (?:\w+ )?(?:наша|наш) (?:провина|вина|проблема|відповідальність)"
    r"|(?:легше|простіше) (?:\w+ )?(?:звинуватити|звинувачувати)",
    "pt": r"não (?:é|foi|era) (?:\w+ )?(?:culpa nossa|nossa culpa|problema nosso|responsabilidade"
    r" nossa)|(?:mais fácil|mais cómodo) (?:culpar|deitar a culpa)|a culpa (?:é|seja|foi) logo",
}
# ... and "don't blame us", "the fault is not with us", "your choice, not our mistake" (read
# on round 5's blind set: "Ja to neizlasījāt, nevajag vainot mūs", "laikam problēma nav
# mūsos", "ehkä vika ei ollut meissä", "Se não leu, a culpa não é nossa").
_NOT_WITH_US = {
    "de": r"(?:geben|schieben) sie (?:\w+ )?(?:uns|nicht uns) (?:nicht )?die schuld"
    r"|(?:problem|fehler) (?:liegt|lag) (?:\w+ )?nicht bei uns",
    "fr": r"ne nous (?:en )?(?:blâmez|accusez) pas|(?:problème|faute) n'(?:est|était) pas (?:de )?notre"
    r"|(?:problème|faute) ne (?:vient|venait) pas de nous",
    "es": r"no nos (?:culpe|eche la culpa)|(?:problema|culpa) no (?:es|fue|está|estaba) (?:\w+ )?"
    r"(?:nuestr[oa]|en nosotros|de nuestra parte)",
    "it": r"non (?:ci )?(?:dia|dare) la colpa|(?:problema|colpa) non (?:è|era|sta) (?:\w+ )?"
    r"(?:nostr[oa]|da parte nostra|in noi)",
    "nl": r"(?:geef|geeft u) ons (?:niet )?de schuld|(?:probleem|fout) (?:ligt|lag) niet bij ons",
    "nb": r"ikke (?:skyld|legg skylden) på oss|(?:problemet|feilen) (?:ligger|lå) ikke hos oss",
    "sv": r"skyll inte på oss|(?:problemet|felet) (?:ligger|låg) inte hos oss",
    "da": r"(?:skyd|giv) ikke skylden på os|(?:problemet|fejlen) (?:ligger|lå) ikke hos os",
    "fi": r"älkää syyttäkö meitä|(?:vika|ongelma|syy) ei (?:ole|ollut) (?:\w+ )?meissä",
    "pl": r"(?:proszę )?nie (?:obwiniać|winić) nas|(?:problem|wina) nie (?:leży|leżała|jest) "
    r"(?:\w+ )?po naszej stronie",
    "lv": r"(?:nevajag|nevajadzētu) vainot mūs|(?:problēma|vaina|kļūda) nav mūsos"
    r"|(?:jūsu|tava) izvēle,? nevis mūsu",
    "uk": r"не (?:звинувачуйте|вините) нас|не до нас питання|(?:проблема|провина) не в нас",
    "pt": r"não nos culpe|a culpa não (?:é|foi|era) (?:\w+ )?nossa|(?:o )?problema não (?:está|estava)"
    r" (?:\w+ )?(?:em nós|do nosso lado)",
}
NOT_OUR_FAULT = {code: f"{NOT_OUR_FAULT[code]}|{_NOT_WITH_US[code]}" for code in NOT_OUR_FAULT}


# Round 6: counsel opened by "perhaps" ("Forse prima di recensire bisognerebbe informarsi",
# "Kanskje du burde sjekket klokka", "Ehkä kannattaisi lukea käyttöohje", "Talvez ajudasse
# ele estudar em casa", "sollte sich vielleicht erst mal …"), or "perhaps X is just not for
# you" — as English "perhaps you should" (guardrails._BLAME).
_MAYBE = {
    "de": (
        r"vielleicht|eventuell|womöglich",
        r"sollte\w*|wäre (?:es )?besser|hilft|müsste\w*"
        r"|nichts für (?:sie|dich)",
    ),
    "fr": (
        r"peut-être",
        r"devriez|devrais|faudrait|fallu|fallait|feriez mieux|ferais mieux|serait (?:plus )?"
        r"(?:sage|judicieux|mieux)|pas (?:fait )?pour vous",
    ),
    "es": (
        r"quizás?|tal vez|a lo mejor",
        r"debería\w*|convendría|le vendría bien|sería mejor"
        r"|tendría que|habría que|no es para usted",
    ),
    "it": (
        r"forse",
        r"dovrebbe|dovresti|bisognerebbe|sarebbe (?:meglio|il caso|opportuno)"
        r"|converrebbe|non fa per lei",
    ),
    "nl": (
        r"misschien",
        r"moet (?:u|je)|zou (?:u|je)|(?:kunt|kan|kun) (?:u|je) beter"
        r"|niets voor (?:u|jou|je)",
    ),
    "nb": (r"kanskje", r"burde|bør|hadde vært lurt|ikke noe for (?:deg|dere)"),
    "sv": (r"kanske", r"borde|bör|vore (?:bättre|klokt)|inte något för (?:dig|er)|inget för dig"),
    "da": (r"måske", r"burde|bør|ikke noget for (?:dig|jer)"),
    "fi": (r"ehkä|ehkäpä|kenties", r"kannattaisi|kannattaa|pitäisi|olisi syytä"),
    "pl": (r"może|być może", r"warto|należałoby|powinien|powinna|powinni|trzeba|lepiej"),
    "lv": (r"varbūt", r"vajadzētu|vajadzēja|būtu (?:labāk|vērts)|\w+ieties|\w+iet"),
    "uk": (r"може|можливо", r"варто|слід|треба|потрібно|краще"),
    "pt": (
        r"talvez",
        r"ajudasse|devesse|deveria|devia|fosse (?:melhor|boa ideia)|conviesse"
        r"|valesse a pena|não é para (?:si|você)",
    ),
}
# Round 6: the reviewer's word in scare quotes. Denied ("Our staff weren't 'rude'", "non è
# “cruda”", "to klasyka, a nie „mdła papka”", "the famous 'cold food'") it counts anywhere;
# a word or two quoted in a reply without courtesy counts in defensive() ("The 'dirty' oven
# was cleaned before you arrived"). A quoted clause of three words or more is a citation
# ("Vi er uenige i at vi «ikke gjorde noe»").
QUOTED = (
    r"[\"'\u2018\u201c\u201e\u00ab\u2039]\s?[a-zà-žа-яіїєґ][\w-]*(?:\s[\w-]+){0,2}\s?"
    r"[\"'\u2019\u201d\u00bb\u203a](?!\w)"
)
SHORT_QUOTE = re.compile(
    r"(?:^|[\s(])[\"'\u2018\u201c\u201e\u00ab\u2039]\s?[a-zà-žа-яіїєґ][\w-]*(?:\s[\w-]+)?\s?"
    r"[\"'\u2019\u201d\u00bb\u203a](?!\w)"
)
_NOT = {
    "de": r"nicht|kein\w*|nie",
    "fr": r"pas|jamais|ni",
    "es": r"no|nunca|ni",
    "it": r"non|mai|né",
    "nl": r"niet|geen|nooit",
    "nb": r"ikke|aldri",
    "sv": r"inte|aldrig|ej",
    "da": r"ikke|aldrig",
    "fi": r"ei|eivät|emme|ole",
    "pl": r"nie|ani",
    "lv": r"ne|nav|nebija",
    "uk": r"не|ні",
    "pt": r"não|nunca|nem",
}
_ARTICLE = r"(?:(?:a|an|the|ein\w*|un|une|una|uno|een|en|et|ett|o|a|um|uma|jakaś|jakiś)\s)?"
DENIED_QUOTE = {code: rf"(?<!\w)(?:{words})\s{_ARTICLE}{QUOTED}" for code, words in _NOT.items()}
PERHAPS_COUNSEL = {
    code: rf"(?<!\w)(?:{maybe})(?!\w)[^.!?]{{0,50}}?(?<!\w)(?:{counsel})(?!\w)"
    rf"|(?<!\w)(?:{counsel})(?!\w)[^.!?]{{0,15}}?(?<!\w)(?:{maybe})(?!\w)"
    for code, (maybe, counsel) in _MAYBE.items()
}


# Round 6: the reviewer's expectations and choices thrown back at them. "What did you
# expect" ("no entendemos qué esperaba", "Hvad havde du regnet med?"); "if you wanted X you
# could have Y" ("Se voleva la tavola piatta poteva prendere il treno", "Se queria ondas
# perfeitas, o melhor era ter ficado na piscina"); "you knew when you booked" ("lo sapeva
# quando ha prenotato"). In a reply without courtesy also "it was you who" ("fue usted
# quien dejó la barbacoa sin limpiar"; after thanks "c'est vous qui avez raison" is kind).
WHO_DID = {
    "de": r"(?:waren|warst) (?:es )?(?:sie|du)|(?:sie|du) (?:waren|warst) es",
    "fr": r"c'est vous qui|c'est toi qui",
    "es": r"(?:fue|era) usted (?:quien|el que|la que)|usted (?:fue|era) (?:quien|el que|la que)",
    "it": r"(?:è stato|è stata) lei a|sei stato tu a",
    "nl": r"(?:u|jij) was (?:het )?degene die|u was het die",
    "nb": r"det var (?:du|dere) som",
    "sv": r"det var (?:du|ni) som",
    "da": r"det var (?:dig|jer),? (?:der|som)",
    "fi": r"te itse|sinä itse",
    "pl": r"to (?:pan|pani) (?:sam|sama)|to właśnie (?:pan|pani)",
    "lv": r"tieši jūs|jūs pats|jūs pati",
    "uk": r"саме ви|ви самі",
    "pt": r"foi (?:o senhor|a senhora|você) (?:que|quem)",
}
EXPECTED = {
    "de": r"was (?:haben|hatten) (?:sie|du) (?:\w+ )?erwartet|was erwarten sie (?:denn )?"
    r"|wenn (?:sie|du) [^.!?]{0,40}wollten?,? (?:hätten|hättest|dann hätten|könnten|sollten)"
    r"|(?:wussten|wusstest) (?:sie|du) (?:\w+ )?(?:doch|bereits|schon)",
    "fr": r"qu'attendiez-vous|à quoi vous attendiez-vous|qu'est-ce que vous attendiez"
    r"|si vous vouliez [^.!?]{0,40}(?:il fallait|vous pouviez|vous auriez pu|mieux valait)"
    r"|vous le saviez",
    "es": r"qu[ée] esperaba(?:s|n)?\b|si (?:usted )?(?:quería|querías) [^.!?]{0,40}(?:podía|podías"
    r"|debería|tendría que|haber)|(?:ya )?lo sabía (?:al|cuando)",
    "it": r"cosa si aspettava|che cosa si aspettava|cosa ti aspettavi"
    r"|se (?:lei )?(?:voleva|volevi) [^.!?]{0,40}(?:poteva|potevi|doveva|dovevi|bastava)"
    r"|lo sapeva (?:quando|già|benissimo)",
    "nl": r"wat had (?:u|je) (?:dan |eigenlijk )?verwacht"
    r"|als (?:u|je) [^.!?]{0,40}wilde,? (?:had|moet|kon|kunt)"
    r"|(?:dat )?wist (?:u|je) (?:toch|al)",
    "nb": r"hva (?:hadde|trodde) (?:du|dere) (?:egentlig |da )?(?:forventet|ventet)"
    r"|hvis (?:du|dere) ville [^.!?]{0,40}(?:burde|kunne) (?:du|dere)"
    r"|det visste (?:du|dere)",
    "sv": r"vad (?:hade|trodde) (?:du|ni) (?:egentligen |då )?(?:förväntat|väntat)"
    r"|vad förväntade (?:du|ni) (?:dig|er)|om (?:du|ni) ville [^.!?]{0,40}(?:borde|kunde)"
    r" (?:du|ni)|det visste (?:du|ni)",
    "da": r"hvad havde (?:du|i) (?:egentlig |så )?(?:regnet med|forventet|ventet)"
    r"|hvis (?:du|i) ville [^.!?]{0,40}(?:burde|kunne) (?:du|i)"
    r"|det vidste (?:du|i)",
    "fi": r"mitä (?:odotit|odotitte)|jos (?:halusit|halusitte) [^.!?]{0,40}(?:olisit|olisitte"
    r"|kannatti|olisi kannattanut)|tiesit(?:te)? (?:sen )?(?:jo|kyllä)",
    "pl": r"czego (?:pan|pani|państwo|się) (?:\w+ )?spodziewa\w*"
    r"|jeśli (?:pan|pani|państwo)? ?chcia\w* [^.!?]{0,40}(?:trzeba było|mógł|mogła|należało)"
    r"|(?:pan|pani) (?:dobrze )?wiedzia\w*",
    "lv": r"ko (?:jūs|tu) gaidījāt|ko (?:jūs|tu) gaidīji|ja (?:jūs )?gribējāt [^.!?]{0,40}"
    r"(?:vajadzēja|varējāt)|(?:jūs|tu) (?:to )?zinājāt",
    "uk": r"чого (?:ви|ти) (?:\w+ )?(?:очікували|чекали|очікував|чекав)"
    r"|якщо (?:ви )?хотіли [^.!?]{0,40}(?:треба було|могли б|слід було)"
    r"|(?:ви|ти) (?:це )?знали",
    "pt": r"o que esperava(?:m)?\b|se (?:o senhor |a senhora |você )?queria [^.!?]{0,40}(?:o melhor"
    r" era|podia|devia|deveria|tinha)|(?:já )?sabia (?:quando|ao)",
}


# Round 6: the reviewer rebuffed. "We need no lessons" ("trenger ikke belæring", "n'avons
# pas de leçons à recevoir"), "thanks, but no thanks" ("Takk for tipset, men nei takk"),
# "that says more about you than about us" ("säger nog mer om dig än om oss"), "don't come
# telling us" ("Não nos venha agora dizer que foi enganado"), and the review called
# blackmail ("to raczej próba wyłudzenia niż uczciwa ocena").
REBUFF = {
    "de": r"(?:brauchen|benötigen) (?:\w+ )?keine (?:belehrung|nachhilfe|lektion)\w*"
    r"|aber nein danke|sagt (?:\w+ )?mehr über (?:sie|dich)|kommen sie (?:uns )?(?:jetzt )?"
    r"nicht (?:damit|mit)|erpress\w*"
    r"|(?:müssen|brauchen) uns (?:\w+ )?nicht (?:von (?:einem|einer) \w+ )?erklären (?:zu )?lassen",
    "fr": r"(?:pas|aucune) (?:de )?leçons? à recevoir|mais non merci|en dit (?:\w+ )?plus sur"
    r" vous|ne venez pas (?:nous )?(?:dire|raconter)|chantage"
    r"|(?:pas|nul) besoin qu'(?:un|une) \w+ nous (?:explique|apprenne)",
    "es": r"no necesitamos (?:que nos den )?lecciones|pero no, gracias|dice (?:\w+ )?más de"
    r" usted|no nos venga (?:ahora )?(?:con|a decir)|chantaje"
    r"|no necesitamos que (?:un|una) \w+ nos (?:explique|enseñe|diga)",
    "it": r"non (?:abbiamo bisogno di|prendiamo) lezioni|ma no,? grazie|dice (?:\w+ )?più su di lei"
    r"|non ci venga a dire|ricatt\w*"
    r"|non (?:abbiamo bisogno|serve) che (?:un|una) \w+ ci (?:spieghi|insegni|dica)",
    "nl": r"hebben geen (?:lessen|les) nodig|maar nee,? dank (?:je|u)|zegt (?:\w+ )?meer over (?:u|jou)"
    r"|kom (?:ons )?niet vertellen|chantage|afpersing"
    r"|hoeven (?:ons )?niet (?:door|van) (?:een|de) \w+ (?:te )?(?:laten )?(?:uitleggen|vertellen|horen)",
    "nb": r"trenger (?:ikke|ingen) belæring|men nei takk|sier (?:\w+ )?mer om deg"
    r"|kom ikke (?:her )?og si|utpress\w*"
    r"|trenger ikke (?:å )?(?:få )?(?:forklart|høre) (?:av|fra) (?:en|ei) \w+",
    "sv": r"behöver (?:inga|ingen) (?:lektion\w*|läxa|pekpinnar)|men nej tack"
    r"|säger (?:\w+ )?mer om (?:dig|er)|kom inte (?:här )?och säg|utpress\w*"
    r"|behöver inte (?:få )?(?:förklarat|höra) (?:av|från) (?:en|någon) \w+",
    "da": r"(?:har ikke brug for|behøver ikke) belæring|men nej tak|siger (?:\w+ )?mere om (?:dig|jer)"
    r"|kom ikke (?:her )?og sig|afpresning"
    r"|behøver ikke (?:at )?(?:få )?(?:forklaret|høre) (?:af|fra) (?:en|nogen) \w+",
    "fi": r"emme tarvitse (?:\w+ )?(?:opetus\w*|neuvo\w*|luento\w*)|kertoo enemmän (?:teistä|sinusta)"
    r"|kiristy\w*"
    r"|emme tarvitse (?:\w+ )?(?:asiakasta|ketään) (?:kertomaan|selittämään|opettamaan)",
    "pl": r"nie potrzebujemy (?:\w+ )?(?:lekcji|pouczeń|pouczania)|ale nie,? dziękuj\w*"
    r"|świadczy (?:\w+ )?(?:o panu|o pani)|proszę nam nie mówić|wyłudz\w*(?!\w)(?! dan)|szantaż\w*"
    r"|nie potrzebujemy,? (?:żeby|aby) (?:\w+ )?(?:klient\w*|ktoś) nam (?:tłumaczy\w*|mówi\w*|wyjaśnia\w*)",
    "lv": r"mums nav vajadzīg\w* (?:\w+ )?(?:mācīb\w*|pamācīb\w*)|bet nē,? paldies"
    r"|vairāk par jums|šantāž\w*|izspiešan\w*"
    r"|mums nav vajadzīgs,? (?:lai|ka) (?:\w+ )?(?:klients|kāds) (?:mums )?(?:skaidro|stāsta|māca)",
    "uk": r"не потребуємо (?:\w+ )?(?:повчань|уроків)|але ні,? дякую|більше про вас"
    r"|не розповідайте нам|шантаж\w*|вимагання"
    r"|нам не (?:треба|потрібно),? щоб (?:\w+ )?(?:клієнт\w*|хтось) (?:нам )?(?:пояснював|розповідав|вчив)",
    "pt": r"não precisamos de lições|mas não,? obrigad\w|diz mais sobre (?:si|você)"
    r"|não nos venha (?:agora )?(?:dizer|com)|chantagem|extors\w*"
    r"|não precisamos (?:de )?que (?:um|uma) \w+ nos (?:explique|ensine|diga)",
}


# Round 6: courtesy words turned into a taunt, which courtesy cannot excuse: "you're
# welcome to do it yourself" ("får du gärna köra själv", "du er velkommen til at smøre
# selv"), a sarcastic "liksom" closing a sentence ("Velkommen til Oslo, liksom."), and the
# reviewer's choice to write here rather than pay, ask or read ("tråkigt att du väljer att
# hänga ut oss här i stället för att betala", "É pena ter preferido escrever aqui em vez de
# as ler").
_YOURSELF = {
    "de": (r"gerne|gern|herzlich eingeladen", r"selbst|selber"),
    "fr": (r"libre à vous|libre à toi|bienvenue pour|n'hésitez pas à", r"vous-même|toi-même"),
    "es": (r"libre de|bienvenido a|con gusto", r"usted mism[oa]|tú mism[oa]"),
    "it": (r"libero di|libera di|benvenut\w* a", r"lei stess[oa]|da solo|da sola|te stess[oa]"),
    "nl": (r"welkom om|mag (?:u|je) (?:\w+ )?gerust|gerust", r"zelf"),
    "nb": (r"gjerne|velkommen til å", r"selv"),  # and ", liksom." (below)
    "sv": (r"gärna|välkommen att", r"själv"),
    "da": (r"gerne|velkommen til at", r"selv"),
    "fi": (r"saa(?:tte)? (?:\w+ )?mielellään|tervetuloa", r"itse"),
    "pl": (r"może (?:pan|pani) (?:\w+ )?śmiało|zapraszamy do", r"sam(?:a|emu)?"),
    "lv": (r"laipni aicināti|varat droši", r"paš[ia]\w*|pats|pati"),
    "uk": (r"ласкаво просимо|можете сміливо", r"сам\w*"),
    "pt": (
        r"à vontade para|bem-vind\w* a|pode (?:sempre )?",
        r"você mesm[oa]|o senhor mesmo|sozinh[oa]",
    ),
}
_INSTEAD = {
    "de": (r"entschieden|lieber|vorgezogen|gewählt", r"statt|anstatt"),
    "fr": (r"choisi|préféré|choisissez|préférez", r"au lieu de|plutôt que"),
    "es": (r"elegido|preferido|decidido|elige|prefiere", r"en lugar de|en vez de"),
    "it": (r"scelto|preferito|deciso|sceglie|preferisce", r"invece di|anziché"),
    "nl": (r"kiest|koos|gekozen|verkiest|liever", r"in plaats van"),
    "nb": (r"velger|valgte|valgt|foretrekker|heller", r"i stedet for|istedenfor"),
    "sv": (r"väljer|valde|valt|föredrar|hellre", r"i stället för|istället för"),
    "da": (r"vælger|valgte|valgt|foretrækker|hellere", r"i stedet for"),
    "fi": (r"valitsit|valitsitte|päätit|päätitte|halusit", r"sen sijaan|eikä"),
    "pl": (r"wybrał\w*|wolał\w*|woli|postanowił\w*", r"zamiast"),
    "lv": (r"izvēlējāties|izvēlējies|dodat priekšroku|nolēmāt", r"tā vietā|nevis"),
    "uk": (r"обрали|вирішили|воліли|вважали за краще", r"замість"),
    "pt": (r"preferido|escolhido|decidido|preferiu|escolheu|optou", r"em vez de|ao invés de"),
}
# ... what the reviewer could have done instead: paid, read, asked, called, talked to us
_ASK_INSTEAD = {
    "de": r"zahlen|bezahlen|lesen|fragen|kontaktieren|anrufen|sprechen|melden|wenden",
    "fr": r"payer|lire|demander|contacter|appeler|parler|nous écrire",
    "es": r"pagar|leer|preguntar|contactar|llamar|hablar|escribirnos",
    "it": r"pagare|leggere|chiedere|contattar\w*|chiamar\w*|parlar\w*|scriverci",
    "nl": r"betalen|lezen|vragen|contact|bellen|praten|spreken",
    "nb": r"betale|lese|spørre|kontakte|ringe|snakke|si fra",
    "sv": r"betala|läsa|fråga|kontakta|ringa|prata|säga till",
    "da": r"betale|læse|spørge|kontakte|ringe|tale|snakke|sige til",
    "fi": r"maksaa|maksamaan|lukea|lukemaan|kysyä|kysymään|ottaa yhteyttä|soittaa|soittamaan"
    r"|puhua",
    "pl": r"zapłacić|przeczytać|zapytać|skontaktować|zadzwonić|porozmawiać",
    "lv": r"samaksāt|izlasīt|pajautāt|sazināties|piezvanīt|runāt",
    "uk": r"заплатити|оплатити|прочитати|запитати|зв'язатися|зателефонувати|поговорити",
    "pt": r"pagar|ler|perguntar|contactar|ligar|falar",
}
# ("come and see for yourself" invites: seeing, judging, coming and visiting are no taunt)
_SEE = (
    r"see|judge|convince|come|visit|bild|überzeug\w*|vorbei\w*|besuch\w*|ansehen|anschauen"
    r"|voir|juger|constater|venir|ver|comprobar|venir|vedere|verificare|constatare|venire"
    r"|zien|overtuigen|langskomen|komen|se|oppleve|komme|uppleva|komma|opleve|nähdä|kokea|tulla"
    r"|zobaczyć|przekonać|przyjść|redzēt|pārliecināties|atnākt|побачити|переконатися|прийти"
    r"|comprovar|vir|visitar"
)
TAUNT = {
    code: rf"(?<!\w)(?:{_YOURSELF[code][0]})(?!\w)(?![^.!?]{{0,40}}?(?<!\w)(?:{_SEE})(?!\w))"
    rf"[^.!?]{{0,40}}?(?<!\w)(?:{_YOURSELF[code][1]})"
    rf"(?!\w)|(?<!\w)(?:{_INSTEAD[code][0]})(?!\w)[^.!?]{{0,50}}?(?<!\w)(?:{_INSTEAD[code][1]})"
    rf"(?!\w)[^.!?]{{0,20}}?(?<!\w)(?:{_ASK_INSTEAD[code]})(?!\w)"
    for code in _YOURSELF
}
TAUNT["nb"] += r"|,\s?liksom\s?[.!?]"
TAUNT["sv"] += r"|,\s?liksom\s?[.!?]"


_GLAD = {
    "de": r"freu\w*|froh|wie schön",
    "fr": r"ravi\w*|heureu\w*|plaisir|génial|super",
    "es": r"alegr\w*|encantad\w*|feli\w+|qué bien|genial",
    "it": r"felic\w*|lieti|piacere|che bello|fantastico",
    "nl": r"blij|fijn|leuk|geweldig",
    "nb": r"glad(?! \w+ kunder)|hyggelig|gøy|så fint|herlig",
    "sv": r"glad(?!a kunder)|roligt|kul|härligt|vad fint",
    "da": r"glad(?!e kunder)|dejligt|sjovt|hvor fint",
    "fi": r"ilo\w*|mukava|ihana\w*|hienoa",
    "pl": r"cieszy\w*|miło|super|wspaniale",
    "lv": r"priecā\w*|patīkami|lieliski",
    "uk": r"раді|приємно|чудово",
    "pt": r"content\w*|feliz\w*|prazer|que bom|ótimo",
}


def crowd(text: str, code: str) -> str | None:
    """The crowd set against the reviewer ("onze honderden andere klanten zijn wél tevreden"),
    unless the reply is glad (a thank-you to a good review may count its happy customers)."""
    if code not in _CROWD:
        return None
    found = re.search(rf"(?<!\w)(?:{_CROWD[code]})(?!\w)", text, re.IGNORECASE)
    if found and not re.search(rf"(?<!\w)(?:{_GLAD[code]})(?!\w)", text, re.IGNORECASE):
        return found.group(0)
    return None


# Round 8: the review blamed on competitors ("Recensione chiaramente scritta dalla
# concorrenza", "Ta opinia to ewidentnie robota konkurencji"), and the camera set against the
# reviewer ("Vi har kollat kameran och repan fanns redan när du lämnade in cykeln"): a
# sentence that names both, or names the footage and the reviewer, with no courtesy in it
# ("Wir haben die Videoaufnahmen geprüft, und Sie haben recht" owns the fault) and, for the
# footage, no apology anywhere in the reply.
_COMPETITOR = {
    "de": r"konkurrenz|konkurrent\w*|mitbewerber\w*",
    "fr": r"concurren(?:ce|ts?|tes?)",
    "es": r"competencia|competidor\w*",
    "it": r"concorren\w*",
    "nl": r"concurren\w*|concullega\w*",
    "nb": r"konkurrent\w*|konkurransen",
    "sv": r"konkurrent\w*|konkurrensen",
    "da": r"konkurrent\w*|konkurrencen",
    "fi": r"kilpailij\w*",
    "pl": r"konkurencj\w*|konkurent\w*",
    "lv": r"konkurent\w*|konkurenc\w*",
    "uk": r"конкурент\w*",
    "pt": r"concorr\w*",
}
_CAMERA = {
    "de": r"\w*kamera\w*|\w*überwachung\w*|videoaufnahme\w*|videoaufzeichnung\w*"
    r"|(?:unserem|dem) video",
    "fr": r"caméra\w*|vidéosurveillance|images de (?:surveillance|la caméra|vidéosurveillance)"
    r"|(?:notre|la) vidéo",
    "es": r"cámara\w*|videovigilancia|grabaci\w*|(?:nuestro|el) (?:vídeo|video)",
    "it": r"telecamer\w*|videosorveglianza|filmat\w*|(?:il nostro|il) video",
    "nl": r"\w*camera\w*|bewakingsbeelden|(?:onze|de) video",
    "nb": r"\w*kamera\w*|overvåking\w*|overvåkning\w*|videoopptak\w*",
    "sv": r"\w*kamera\w*|övervakning\w*|videoinspelning\w*",
    "da": r"\w*kamera\w*|overvågning\w*|videooptagels\w*",
    "fi": r"\w*kamera\w*|videovalvon\w*|valvontavideo\w*",
    "pl": r"monitoring\w*|kamer\w*",
    "lv": r"videonovērošan\w*|kamer\w*",
    "uk": r"камер\w*|відеоспостереж\w*",
    "pt": r"câmera\w*|câmara\w*|videovigilância|imagens de (?:vigilância|segurança)",
}


def _evidence_patterns(code: str) -> tuple[re.Pattern[str], ...]:
    # (the review inside compounds too: "valearvio", "nepkritiek")
    return (
        re.compile(rf"(?:{_REVIEW_NOUN}|{_ACCOUNT[code]})", re.IGNORECASE),
        re.compile(rf"(?<!\w)(?:{_COMPETITOR[code]})(?!\w)", re.IGNORECASE),
        re.compile(rf"(?<!\w)(?:{_CAMERA[code]})(?!\w)", re.IGNORECASE),
    )


_EVIDENCE_RE = {code: _evidence_patterns(code) for code in _COMPETITOR}


def evidence(text: str, code: str) -> str | None:
    """A sentence that blames the review on competitors, or sets the cameras against the
    reviewer, without courtesy in it."""
    if code not in _COMPETITOR:
        return None
    review, competitor, camera = _EVIDENCE_RE[code]
    for sentence in re.split(r"(?<=[.!?…])\s+", text):
        if _COURTESY_RE[code].search(sentence) or APOLOGY_RE.search(sentence):
            continue
        rival = competitor.search(sentence)
        if rival and review.search(sentence):
            return rival.group(0)
        # (footage that shows our own fault comes with an apology somewhere in the reply)
        footage = camera.search(sentence)
        if footage and _SECOND_PERSON_RE[code].search(sentence) and not APOLOGY_RE.search(text):
            return footage.group(0)
    return None


# Round 6: dismissals. The rules apply to everyone ("le regole valgono per tutti"); nothing
# to apologise for ("er derfor ikke noe vi kan beklage" — an apology word that refuses);
# the lecture to anyone who ("wer ohne Reservierung auftaucht, muss eben mit Wartezeit
# rechnen", "Jos ei jaksa katsoa, ei kannata tulla kassalle syyttämään"); "you are just
# not used to it" ("Se calhar não está habituado a marisco fresco").
DISMISS = {
    "de": r"regeln gelten für alle|nichts,? wofür wir uns (?:\w+ )?entschuldigen"
    r"|(?:^|[.!?]\s*)(?:\w+ \w+, |\w+, )?wer [^.!?]{3,80}?,\s*(?:der )?(?:muss|sollte|braucht sich)"
    r"|bestraft das leben"
    r"|(?:sind|bist) (?:es )?(?:\w+ )?nicht gewohnt",
    "fr": r"règles? (?:sont|est) (?:les mêmes|la même) pour tous|valent pour tout le monde"
    r"|rien (?:dont|pour lequel) nous (?:devons|devrions) nous excuser"
    r"|(?:n'êtes|n'es) (?:\w+ )?pas habitué",
    "es": r"normas son (?:iguales|las mismas) para todos|reglas son (?:iguales|las mismas) para"
    r" todos|nada de lo que (?:tengamos que )?disculparnos"
    r"|no (?:está|estás) (?:\w+ )?acostumbrad",
    "it": r"regole valgono per tutti|regole sono uguali per tutti|niente di cui scusarci"
    r"|non (?:è|sei) (?:\w+ )?abituat",
    "nl": r"regels gelden voor iedereen|niets om (?:onze )?excuses voor"
    r"|(?:bent|ben) (?:\w+ )?niet gewend",
    "nb": r"reglene gjelder (?:for )?alle|ikke noe vi (?:kan|skal|trenger å) beklage"
    r"|(?:er|var) (?:\w+ )?ikke vant til",
    "sv": r"reglerna gäller (?:för )?alla|inget vi (?:kan|ska|behöver) beklaga"
    r"|(?:är|var) (?:\w+ )?inte van vid",
    "da": r"reglerne gælder for alle|ikke noget,? vi (?:kan|skal|behøver at) beklage"
    r"|(?:er|var) (?:\w+ )?ikke vant til",
    "fi": r"säännöt koskevat kaikkia|ei ole mitään pahoiteltavaa|ei kannata [^.!?]{0,60}\bjos\b"
    r"|\bjos (?:ei|et|ette) [^.!?]{0,50}\bei kannata|(?:ette ole|et ole) (?:\w+ )?tottunut",
    "pl": r"zasady (?:obowiązują|są) (?:jednakowe dla )?wszystkich|nie mamy za co przeprasza\w*"
    r"|nie (?:jest|był) (?:pan|pani) (?:\w+ )?przyzwyczajon",
    "lv": r"noteikumi (?:attiecas uz|ir vienādi) visiem|nav par ko atvainoties"
    r"|neesat (?:\w+ )?pieradu",
    "uk": r"правила (?:однакові )?для всіх|нема(?:є)? за що (?:нам )?вибачатися"
    r"|не звикли",
    "pt": r"regras são (?:iguais|as mesmas) para todos|nada (?:pelo|de) que pedir desculpa"
    r"|não (?:está|estás) (?:\w+ )?habituad",
}


def compiled_argue(code: str) -> list[str]:
    """The language's patterns (for guardrails to compile with its own)."""
    if code not in ARGUE:
        return []
    return [
        *ARGUE[code],
        *_late_structures(code),
        SCARE_QUOTES,
        NOT_OUR_FAULT[code],
        PERHAPS_COUNSEL[code],
        DENIED_QUOTE[code],
        EXPECTED[code],
        REBUFF[code],
        TAUNT[code],
        DISMISS[code],
        rf"(?:^|[.!?…]\s*)(?:{CLOSED[code]})\s*(?:[.!…]|$)",
        OWN_DOING[code],
        NO_REASON[code],
        NEVER_HERE[code],
        PRETENDING[code],
        rf"(?<!\w)(?:{_RECORD[code]})(?!\w)[^.!?]{{0,40}}(?<!\w)(?:{_KNOWING[code]})(?!\w)",
    ]


# Round 8 (read on round 6's and round 5's blind sets): the reviewer accused of pretending
# ("Nav jēgas izlikties", "Dass Sie jetzt so tun, als wüssten Sie von nichts"), and the record
# with an emphatic "we know perfectly well" ("Na 30 jaar als garagebedrijf weten we heus wel
# wat een distributieriem kost") — the emphasis is what a glad "seit 30 Jahren wissen wir, was
# unsere Gäste lieben" lacks.
PRETENDING = {
    "de": r"(?:sie|du) (?:jetzt |nun )?so tun,? als (?:ob|wüssten|hätten|wären)"
    r"|(?:hören sie|hör) auf,? so zu tun",
    "fr": r"(?:inutile|pas la peine|ne sert à rien) de faire semblant|(?:vous faites|tu fais)"
    r" semblant",
    "es": r"no (?:tiene sentido|sirve de nada|hace falta) (?:fingir|hacerse el)|(?:usted )?finge"
    r" que",
    "it": r"(?:inutile|non serve) (?:fingere|fare finta)|(?:lei )?fa finta (?:di|che)",
    "nl": r"(?:u|je) doet (?:nu )?alsof|(?:heeft|het heeft) geen zin (?:om )?te doen alsof",
    "nb": r"(?:ingen vits|ingen grunn|ikke noe poeng) (?:i )?å late som|(?:du|dere) later som",
    "sv": r"(?:ingen idé|ingen mening) att låtsas|(?:du|ni) låtsas",
    "da": r"(?:ingen grund|ingen mening|ikke nogen grund) til at lade som om|(?:du|I) lader som om",
    "fi": r"turha (?:teeskennellä|esittää)|teeskentelet\w*",
    "pl": r"nie ma sensu udawać|(?:pan|pani) udaje|udaje (?:pan|pani)",
    "lv": r"nav jēgas izlikties|(?:jūs|tu) izliekaties|izliekaties",
    "uk": r"немає сенсу (?:вдавати|прикидатися)|(?:ви|ти) вдаєте|не треба (?:вдавати|прикидатися)",
    "pt": r"não vale a pena fingir|(?:o senhor|a senhora|você) finge",
}
_KNOWING = {
    "de": r"wissen wir (?:sehr |ganz )?(?:wohl|genau|schon)|können wir (?:sehr )?wohl",
    "fr": r"savons (?:très |parfaitement )?bien|savons parfaitement",
    "es": r"sabemos (?:muy bien|perfectamente|de sobra)",
    "it": r"sappiamo (?:benissimo|molto bene|perfettamente)",
    "nl": r"weten we (?:heus |echt |best )?(?:wel|heel goed|donders goed)",
    "nb": r"vet vi (?:veldig |svært )?godt|vet vi utmerket",
    "sv": r"vet vi (?:mycket väl|nog|utmärkt)",
    "da": r"ved vi (?:udmærket|så udmærket|skam godt)",
    "fi": r"tiedämme (?:kyllä|varsin hyvin|erittäin hyvin)|osaamme kyllä",
    "pl": r"wiemy (?:doskonale|bardzo dobrze|świetnie)",
    "lv": r"zinām (?:ļoti labi|lieliski|pietiekami labi)",
    "uk": r"(?:добре|чудово|прекрасно) знаємо|знаємо (?:добре|чудово)",
    "pt": r"sabemos (?:muito bem|perfeitamente)",
}
# ... and, in a reply without courtesy, "no wonder" ("nie ma się co dziwić, że silnik
# nawalił"; after an apology "kein Wunder, dass Sie enttäuscht waren" is empathy).
_NO_WONDER = {
    "de": r"kein wunder,? dass|braucht sich (?:\w+ )?nicht (?:zu )?wundern",
    "fr": r"pas étonnant,? que|ne vous étonnez pas",
    "es": r"no es de extrañar|no se extrañe",
    "it": r"non c'è da stupirsi|non si stupisca",
    "nl": r"geen wonder,? dat|hoeft (?:u|je) (?:zich|je) niet te verbazen",
    "nb": r"ikke rart,? at|ikke noe å undre seg over",
    "sv": r"inte konstigt,? att|inte undra på,? att",
    "da": r"ikke så mærkeligt,? at|ingen under,? at",
    "fi": r"ei ihme,? että|turha ihmetellä",
    "pl": r"nie ma się co dziwić|nic dziwnego,? że",
    "lv": r"nav brīnums,? ka|nav jābrīnās",
    "uk": r"не дивно,? що|нема(?:є)? чого дивуватися",
    "pt": r"não admira,? que|não se admire",
}


# Round 8 (read on round 7's blind set), in every language. The matter declared closed, as
# a sentence of its own ("Einde discussie.", "Punkt slut.", "Temat zamknięty.", "Тема
# закрита.", "Assunto encerrado."), as English "end of story" ("Point final des travaux : le
# 12 mai" is no closer).
CLOSED = {
    "de": r"ende der diskussion|punkt|basta"
    r"|damit ist alles gesagt",
    "fr": r"fin de la discussion|point final|affaire classée|un point c'est tout|point barre",
    "es": r"fin de la discusión|punto final|caso cerrado|no hay (?:nada )?más que"
    r" hablar",
    "it": r"fine della discussione|punto e basta|caso chiuso|discorso chiuso|non c'è altro da"
    r" aggiungere",
    "nl": r"einde discussie|punt uit|daarmee is de kous af|over en uit",
    "nb": r"ferdig snakk(?:a|et)|punktum|diskusjonen er over",
    "sv": r"punkt slut|slut på diskussionen|saken är utagerad|diskussionen är avslutad",
    "da": r"punktum|slut på diskussionen|færdig snak",
    "fi": r"asia on sillä selvä|sillä selvä|piste"
    r"|keskustelu on päättynyt",
    "pl": r"temat zamknięty|koniec dyskusji|kropka",
    "lv": r"tēma slēgta|diskusija (?:ir )?beigusies|punkts",
    "uk": r"тема закрита|розмову закінчено|крапка",
    "pt": r"assunto encerrado|ponto final|caso encerrado|fim de conversa|fim da discussão",
}
# In a reply without courtesy (defensive()): "What a coincidence that the complaint came after
# we refused the discount" ("Qué casualidad que", "comme par hasard", "guarda caso"); after
# thanks it is glad ("Tak for anmeldelsen! Sikke et tilfælde, at I også var her sidste år").
COINCIDENCE = {
    "de": r"(?:was für|welch) ein zufall,? dass",
    "fr": r"quelle coïncidence,? que|comme par hasard|drôle de coïncidence",
    "es": r"qué casualidad,? que|(?:curiosa|extraña) casualidad|qué coincidencia,? que",
    "it": r"che coincidenza,? che|guarda caso|strana coincidenza",
    "nl": r"wat toevallig,? dat|vreemd toeval",
    "nb": r"for en tilfeldighet,? at|merkelig tilfeldighet",
    "sv": r"vilken slump,? att|vilket sammanträffande,? att|märklig slump",
    "da": r"sikke et tilfælde,? at|hvilket tilfælde,? at|pudsigt tilfælde",
    "fi": r"mikä sattuma,? että|melkoinen sattuma|kumma sattuma",
    "pl": r"co za zbieg okoliczności,? że|(?:ciekawy|dziwny) zbieg okoliczności",
    "lv": r"kāda sakritība,? ka|(?:interesanta|dīvaina) sakritība",
    "uk": r"який збіг,? що|(?:цікавий|дивний) збіг",
    "pt": r"que coincidência,? que|(?:curiosa|estranha) coincidência",
}
# "You only have yourself to blame" ("haben Sie sich ganz allein zuzuschreiben", "får
# skylde deg selv", "sam sobie winien").
OWN_DOING = {
    "de": r"(?:selbst|selber|allein) zuzuschreiben",
    "fr": r"(?:ne pouvez|ne peux) (?:vous |t')en prendre qu'à (?:vous|toi)-même",
    "es": r"(?:solo|sólo) (?:puede|puedes) culpar(?:se|te) a (?:sí|ti) mism[oa]",
    "it": r"(?:può|puoi) prendersela solo con (?:se|te) stess[oa]",
    "nl": r"(?:heeft|hebt) (?:het )?(?:aan )?(?:uzelf|jezelf) te danken",
    "nb": r"(?:får|kan) (?:\w+ )?skylde (?:deg|dere) selv",
    "sv": r"(?:får|kan) (?:\w+ )?skylla (?:dig|er) själv",
    "da": r"(?:må|kan) (?:\w+ )?(?:skylde|takke) (?:dig|jer) selv",
    "fi": r"(?:voit|voitte|saat|saatte) syyttää (?:vain )?(?:itseäsi|itseänne)",
    "pl": r"sam(?:a)? sobie (?:winien|winna)|pretensje (?:\w+ )?(?:tylko )?do siebie",
    "lv": r"(?:varat|vari) vainot tikai (?:sevi|pats|pati)|paši vainīgi|pats vainīgs",
    "uk": r"самі винні|сам(?:а)? винн(?:ий|а)|(?:можете|можеш) звинувачувати лише себе",
    "pt": r"(?:só|apenas) (?:se )?pode (?:culpar|queixar)(?:-se)? (?:a|de) si (?:mesm[oa]|própri[oa])",
}
# The review's reason judged as none: "'la camarera no sonrió' no es motivo para poner una
# estrella", as English "is not a reason to give a one star review".
NO_REASON = {
    "de": r"kein(?:en)? grund[^.!?]{0,40}(?:stern|bewertung|rezension)",
    "fr": r"pas une raison[^.!?]{0,40}(?:étoile|avis|note)|pas un motif[^.!?]{0,40}(?:étoile|avis)",
    "es": r"no (?:es|son|era) (?:motivo|razón|excusa)[^.!?]{0,40}(?:estrella|reseña|valoración"
    r"|opinión)",
    "it": r"non (?:è|sono|era) (?:un )?(?:motivo|ragione)[^.!?]{0,40}(?:stell|recension|voto)",
    "nl": r"(?:is|zijn|was) geen reden[^.!?]{0,40}(?:ster|review|recensie|beoordeling)",
    "nb": r"ingen grunn[^.!?]{0,40}(?:stjerne|anmeldelse|vurdering)",
    "sv": r"ingen anledning[^.!?]{0,40}(?:stjärn|recension|betyg|omdöme)",
    "da": r"ingen grund[^.!?]{0,40}(?:stjerne|anmeldelse|bedømmelse)",
    "fi": r"ei ole (?:mikään )?syy[^.!?]{0,40}(?:tähd|tähti|arvio|arvostelu)",
    "pl": r"nie (?:jest|był|była) (?:\w+ )?powodem[^.!?]{0,40}(?:gwiazd|opini|ocen|recenzj)",
    "lv": r"nav (?:nekāds )?(?:iemesls|pamats)[^.!?]{0,40}(?:zvaigzn|atsauksm|vērtējum)",
    "uk": r"не (?:є )?(?:привід|причина|підстава|приводом|причиною)[^.!?]{0,40}(?:зірк|відгук"
    r"|оцінк)",
    "pt": r"não (?:é|foi|era) (?:motivo|razão)[^.!?]{0,40}(?:estrela|avaliaç|comentário)",
}
# The visit doubted: "we never had such a customer" ("Nigdy nie mieliśmy takiego klienta",
# "Такого клієнта в нас ніколи не було", "da noi non è mai entrato", "Sinua ei löydy
# asiakasrekisteristämme").
NEVER_HERE = {
    "de": r"(?:nie|noch nie) (?:einen )?(?:solchen |diesen )?(?:kunden|gast) (?:gehabt|gesehen)"
    r"|nie bei uns (?:gewesen|gegessen|übernachtet)|keinen (?:kunden|gast)"
    r" (?:mit|unter) (?:diesem|ihrem) namen",
    "fr": r"jamais eu (?:de |un )?(?:tel )?client|jamais (?:mis les pieds|venue?) chez nous"
    r"|aucun client à ce nom",
    "es": r"nunca (?:hemos )?tenido (?:un |ningún )?(?:cliente|huésped)|nunca (?:ha )?(?:estado|venido)"
    r" (?:aquí|con nosotros)|ningún cliente con ese nombre",
    "it": r"(?:da noi|qui) non è mai (?:entrat|stat)\w*|non è mai (?:entrat\w*|stat\w* (?:qui|da noi))"
    r"|mai avuto (?:un )?(?:cliente|ospite)|nessun cliente con"
    r" questo nome",
    "nl": r"nooit (?:een )?(?:klant|gast) (?:gehad|gezien)|hier nooit (?:geweest|binnen geweest)"
    r"|geen klant met die naam",
    "nb": r"aldri hatt (?:en |noen )?(?:slik |sånn )?(?:kunde|gjest)|aldri vært (?:her|hos oss)"
    r"|ingen kunde med det navnet",
    "sv": r"aldrig haft (?:någon |en )?(?:sådan )?(?:kund|gäst)|aldrig varit (?:här|hos oss)"
    r"|ingen kund med det namnet",
    "da": r"aldrig haft (?:en |nogen )?(?:sådan )?(?:kunde|gæst)|aldrig været (?:her|hos os)"
    r"|ingen kunde med det navn",
    "fi": r"(?:teitä|sinua) ei löydy (?:\w+ )?(?:asiakasrekisteri\w*|järjestelmä\w*|asiakastiedoist\w*)"
    r"|emme ole koskaan (?:\w+ )?(?:palvelleet|nähneet) (?:teitä|sinua)",
    "pl": r"nigdy nie mieliśmy (?:takiego |takiej )?(?:klient\w*|gości\w*|pacjent\w*)"
    r"|nigdy (?:nie był\w* u nas|u nas nie był\w*)",
    "lv": r"(?:tād\w* )?(?:klient\w*|viesu|pacient\w*) (?:mums )?nekad nav bij\w*"
    r"|nekad nav bij\w* (?:tād\w* )?(?:klient\w*|viesu)",
    "uk": r"(?:такого|такої) (?:клієнта|клієнтки|гостя|пацієнта)[^.!?]{0,20}ніколи"
    r"|ніколи не було (?:такого|такої) (?:клієнта|клієнтки|гостя)",
    "pt": r"nunca tivemos (?:um |nenhum )?(?:cliente|hóspede)|nunca (?:esteve|entrou|veio)"
    r" (?:cá|aqui|connosco|conosco)",
}


# Round 6: more of what a courteous reply says, in each language. Sorry in the words the
# lists above lacked ("vi er kede af", "vi er lei oss for", "ikävä kuulla"); the reviewer's
# feeling acknowledged with its object ("Entendemos su malestar", "Vi forstår din
# frustration"); what was sent or refunded ("Wysłaliśmy już właściwy produkt").
_SORRY_MORE = {
    "de": r"es tut mir leid|wir bedauern",
    "fr": r"nous sommes (?:\w+ )?(?:navrés|désolés|peinés)",
    "es": r"nos sabe mal|sentimos mucho",
    "it": r"siamo (?:\w+ )?dispiaciuti|mi dispiace",
    "nl": r"vervelend (?:om te horen|dat)",
    "nb": r"lei (?:oss )?for|leit å høre|trist å høre",
    "sv": r"ledsna|tråkigt att höra|ledsen",
    "da": r"kede? af|ked af det|trist at høre",
    "fi": r"ikävä kuulla|harmillista|harmi kuulla|valitettavaa",
    "pl": r"bardzo nam przykro|żałujemy",
    "lv": r"mums ir žēl|nožēlojam",
    "uk": r"нам (?:дуже )?шкода|нам прикро|жаль",
    "pt": r"lamentamos muito|sentimos muito",
}
_UNDERSTAND_YOUR = (
    r"(?:wir verstehen|verstehen wir|nous comprenons|entendemos|comprendemos|capiamo"
    r"|comprendiamo|we begrijpen|begrijpen we|vi forstår|vi förstår|rozumiemy|saprotam"
    r"|розуміємо|compreendemos|percebemos) (?:\w+ )?(?:ihren|ihre|deinen|deine|euren|votre"
    r"|ta|ton|vos|su|sus|tu|la sua|il suo|la tua|il tuo|uw|je|jouw|din|dit|ditt|dine|jeres"
    r"|er|ert|pana|pani|państwa|jūsu|tavu|ваш\w*|твою|твій|a sua|o seu|a tua|o teu) \w+"
    r"|ymmärrämme \w+(?:nne|si)"
)
_DONE = {
    "de": r"(?:haben|hat) (?:\w+ ){0,5}(?:erstattet|zurückerstattet|geschickt|verschickt"
    r"|gesendet|zurücküberwiesen|gutgeschrieben)",
    "fr": r"(?:avons|vous avons) (?:\w+ ){0,3}(?:remboursée?s?|envoyée?s?|renvoyée?s?"
    r"|expédiée?s?|créditée?s?)",
    "es": r"(?:hemos|le hemos|te hemos) (?:\w+ ){0,3}(?:reembolsado|enviado|devuelto|mandado"
    r"|abonado)",
    "it": r"(?:abbiamo|le abbiamo|ti abbiamo) (?:\w+ ){0,3}(?:rimborsato|inviato|spedito"
    r"|rispedito|restituito)",
    "nl": r"(?:hebben|heb) (?:\w+ ){0,5}(?:terugbetaald|teruggestort|verstuurd|gestuurd"
    r"|opgestuurd|nagestuurd)",
    "nb": r"(?:har|vi har) (?:\w+ ){0,4}(?:refundert|tilbakebetalt|sendt|ettersendt)",
    "sv": r"(?:har|vi har) (?:\w+ ){0,4}(?:återbetalat|skickat|betalat tillbaka)",
    "da": r"(?:har|vi har) (?:\w+ ){0,4}(?:refunderet|tilbagebetalt|sendt|eftersendt)",
    "fi": r"(?:olemme|olemme jo) (?:\w+ ){0,3}(?:hyvittäneet|lähettäneet|palauttaneet)"
    r"|lähetimme|hyvitimme|palautimme",
    "pl": r"wysłaliśmy|przesłaliśmy|zwróciliśmy|wymieniliśmy|oddaliśmy",
    "lv": r"nosūtījām|atmaksājām|esam (?:\w+ )?(?:nosūtījuši|atmaksājuši)",
    "uk": r"надіслали|повернули|відправили",
    "pt": r"enviámos|enviamos|devolvemos|reembolsámos|reembolsamos",
}
APOLOGY_RE = re.compile(
    rf"(?<!\w)(?:{APOLOGY}|{'|'.join(_SORRY_MORE.values())}|{_UNDERSTAND_YOUR}"
    rf"|{'|'.join(_DONE.values())})(?!\w)",
    re.IGNORECASE,
)


# A reply read as a whole, as English replies are (guardrails._defensive): one without any
# courtesy (apology, thanks, gladness, acknowledgement, welcome) that pushes back at the
# reviewer — a negation or "clearly"/"actually" together with "you" — reads as defensive.
COURTESY = {
    "de": r"danke|dank|entschuldig\w*|tut uns \w* ?leid|bedauern|freu\w*|schön, dass|gerne?"
    r"|willkommen|recht|verständnis|verstehen (?:ihren|deinen|den) ärger|sorry|leider",
    "fr": r"merci|désolé\w*|excuses|regrett\w*|navré\w*|ravi\w*|heureu\w*|plaisir|bienvenue"
    r"|raison|comprenons (?:votre|tout à fait|parfaitement)|au plaisir|dommage",
    "es": r"gracias|sentimos|lamentamos|disculp\w*|perdon\w*|alegr\w*|encantad\w*|placer"
    r"|bienvenid\w*|razón|(?:entendemos|comprendemos) (?:su|tu|perfectamente)",
    "it": r"grazie|ci dispiace|scus\w*|felic\w*|lieti|piacere|benvenut\w*|ragione"
    r"|(?:comprendiamo|capiamo) (?:il suo|la sua|perfettamente|bene)",
    "nl": r"dank\w*|bedankt|spijt|excuses|sorry|blij|fijn|graag|welkom|gelijk|begrijpen (?:uw|je|goed)",
    "nb": r"takk\w*|beklage\w*|unnskyld\w*|glad|hyggelig|gjerne|velkommen|rett|forstår (?:godt|at du|din)",
    "sv": r"tack\w*|beklaga\w*|ursäkt\w*|förlåt|glad\w*|roligt|kul|gärna|välkommen|rätt"
    r"|förstår (?:att du|din|er|verkligen)",
    "da": r"tak\w*|beklage\w*|undskyld\w*|glad\w*|dejligt|gerne|velkommen|ret|forstår (?:godt|din|at du)",
    "fi": r"kiito\w*|pahoittel\w*|pahoillamme|anteeksi|ilo\w*|mukava|tervetuloa|oikeassa"
    r"|ymmärrämme (?:hyvin|täysin|että)",
    "pl": r"dziękuj\w*|przeprasza\w*|przykro|cieszy\w*|miło|zapraszamy|racj\w*|rozumiemy (?:pana|pani|państwa|doskonale)",
    "lv": r"paldies|atvaino\w*|žēl|priecā\w*|patīkami|gaidīsim|laipni|taisnība|saprotam (?:jūsu|jūs)",
    "uk": r"дяку\w*|вибач\w*|перепрошу\w*|шкода|раді|приємно|чекаємо|ласкаво|праві?"
    r"|розуміємо (?:ваш\w*|вас)",
    "pt": r"obrigad\w*|lamenta\w*|desculp\w*|content\w*|feliz\w*|prazer|bem-vind\w*|razão"
    r"|(?:compreendemos|percebemos) (?:a sua|o seu|perfeitamente)",
}
PUSHBACK = {
    "de": r"nicht|nie|kein\w*|niemand|tatsächlich|eigentlich|eindeutig|deutlich|klar"
    r"|offensichtlich",
    "fr": r"pas|jamais|aucun\w*|personne|en réalité|en fait|clairement|manifestement"
    r"|évidemment",
    "es": r"no|nunca|ningún|ninguna|nadie|ni siquiera|en realidad|claramente|evidentemente"
    r"|obviamente",
    "it": r"non|mai|nessun\w*|nemmeno|neanche|neppure|in realtà|chiaramente|evidentemente"
    r"|ovviamente",
    "nl": r"niet|nooit|geen|niemand|eigenlijk|duidelijk|kennelijk|uiteraard",
    "nb": r"ikke|aldri|ingen|faktisk|tydelig\w*|åpenbart|selvsagt",
    "sv": r"inte|aldrig|ingen|inga|faktiskt|tydlig\w*|uppenbar\w*|självklart",
    "da": r"ikke|aldrig|ingen|faktisk|tydelig\w*|åbenlyst|selvfølgelig",
    "fi": r"ei|emme|eivät|ette|et|koskaan|kukaan|itse asiassa|selvästi|ilmeisesti",
    "pl": r"nie|nigdy|żaden|żadna|nikt|w rzeczywistości|wyraźnie|oczywiście|najwyraźniej",
    "lv": r"ne\w*|nekad|neviens|patiesībā|skaidri|acīmredzot",
    "uk": r"не|ніколи|жоден|жодна|ніхто|насправді|чітко|очевидно|явно",
    "pt": r"não|nunca|nenhum\w*|ninguém|nem sequer|nem mesmo|na verdade|claramente|obviamente"
    r"|evidentemente",
}
SECOND_PERSON = {
    "de": r"sie|ihr\w*|ihnen|du|dein\w*|dich|dir|euch|euer\w*",
    "fr": r"vous|votre|vos|tu|ton|ta|tes",
    "es": r"usted\w*|su|sus|tú|tu|tus|le",
    "it": r"lei|suo|sua|suoi|sue|tu|tuo|tua|voi|vostr\w*",
    "nl": r"u|uw|je|jouw|jij",
    "nb": r"du|deg|din|ditt|dine|dere|deres",
    "sv": r"du|dig|din|ditt|dina|ni|er|era",
    # Danish "I" (you) is written with a capital; "i" is "in" ("i morgen", "i tirsdags")
    "da": r"du|dig|din|dit|dine|(?-i:I)|jer|jeres",
    # (the possessive "-si", not the conditional "-isi" of "pitäisi", "olisi", "voisi")
    "fi": r"te|teidän|teitä|sinä|sinun|\w+nne|\w+tte"
    r"|(?!\w*(?:pitä|ol|vo|tul|kannatta|sa|te|halua|riittä|sopi|kestä|ehti)isi(?!\w))\w+si",
    "pl": r"pan\w*|pani|państw\w*|ty|twój|twoja|twoje",
    "lv": r"jūs|jums|jūsu|tu|tev|tavs|tava",
    "uk": r"ви|вам|вас|ваш\w*|ти|тобі|твій|твоя",
    "pt": r"você|o senhor|a senhora|seu|sua|seus|suas|lhe|tu|teu|tua",
}


def _words_re(table: dict[str, str]) -> dict[str, re.Pattern[str]]:
    return {c: re.compile(rf"(?<!\w)(?:{p})(?!\w)", re.IGNORECASE) for c, p in table.items()}


# Round 6: courtesy besides apology and thanks. An invitation or an offer to go on talking
# ("N'hésitez pas à appeler", "nous restons à votre disposition", "esam gatavi"), the
# point taken ("tomamos nota", "det kigger vi på", "ne terremo conto") and a concession
# ("vi kan godt se, at skiltet kunne være tydeligere", "reconocemos que").
_OPEN_DOOR = {
    "de": r"zögern sie nicht|zur verfügung|nehmen (?:wir )?(?:\w+ ){0,3}(?:ernst|mit|auf)"
    r"|sehen (?:wir )?ein|räumen (?:wir )?ein|wir sehen,? dass|geben (?:ihnen|dir) recht"
    r"|(?:hätte|darf|dürfte|sollte) (?:so )?nicht (?:passieren|vorkommen|sein)(?: dürfen)?|so (?:sollte|darf) es nicht sein|(?:das|es) (?:ist|war) nicht in ordnung|nicht gut genug"
    r"|(?:können|könnten|würden) sie (?:uns )?[^.!?]{0,40}(?:schicken|senden|schreiben|mailen|anrufen|melden|mitteilen|nennen)|schreiben sie uns|rufen sie uns an|melden sie sich",
    "fr": r"n'hésitez pas|n'hésite pas|à (?:votre|ta) disposition|(?:prenons|avons pris)"
    r" (?:bonne )?note|nous reconnaissons|nous voyons bien|nous aimerions|volontiers"
    r"|(?:n'aurait|ne devrait|n'aurais) (?:jamais |pas )(?:dû )?(?:arriver|se produire)|(?:ça|cela|ce) n'est pas (?:acceptable|normal)"
    r"|(?:pouvez|pourriez)-vous [^.!?]{0,40}(?:envoyer|écrire|appeler|contacter|transmettre|indiquer)|écrivez-nous|appelez-nous|contactez-nous",
    "es": r"no dude en|no dudes en|a (?:su|tu) disposición|tom(?:amos|aremos) (?:buena )?nota"
    r"|reconocemos|con gusto"
    r"|no (?:debería|debió|tendría que) (?:haber )?(?:pasa(?:r|do)|ocurri(?:r|do)|suceder|sucedido)|(?:eso|esto) no es aceptable"
    r"|(?:puede|podría|puedes|podrías) [^.!?]{0,40}(?:enviar|mandar|escribir|llamar|contactar|indicar)|escríbanos|llámenos|contáctenos",
    "it": r"non esiti|a (?:sua|tua) disposizione|prendiamo (?:buona )?nota|ne terremo conto"
    r"|riconosciamo|volentieri"
    r"|non (?:sarebbe dovuto|doveva|dovrebbe|deve) (?:succedere|accadere|capitare)|non è accettabile"
    r"|(?:può|potrebbe|puoi|potresti) [^.!?]{0,40}(?:inviare|mandare|scrivere|chiamare|contattare|indicare)|ci scriva|ci chiami|ci contatti",
    "nl": r"aarzel niet|schroom niet|tot uw beschikking|nemen (?:we|wij) (?:\w+ ){0,3}mee"
    r"|we zien (?:wel |ook )?dat|erkennen"
    r"|(?:dat|zo) hoort (?:niet|zo niet)|had niet mogen gebeuren|mag niet gebeuren|(?:is|was) niet acceptabel"
    r"|(?:kunt|zou|wilt) u [^.!?]{0,40}(?:sturen|mailen|bellen|contact|doorgeven)|mail ons|bel ons|neem (?:even )?contact",
    "nb": r"nøl ikke|ikke nøl|tar (?:\w+ ){0,2}(?:med oss|til etterretning)|vi ser (?:\w+ )?at"
    r"|erkjenner|lei (?:oss )?for"
    r"|(?:det|slik) skal (?:ikke|ikkje) (?:skje|være)|skulle (?:ikke|ikkje) (?:ha )?(?:skjedd|skje)|ikke godt nok"
    r"|(?:kan|kunne|vil) (?:du|dere) [^.!?]{0,40}(?:sende|ringe|kontakte|skrive)|send oss|ring oss|ta kontakt",
    "sv": r"tveka inte|tar (?:\w+ ){0,2}till oss|tar (?:\w+ )?med oss|vi ser (?:\w+ )?att"
    r"|inser|ledsna"
    r"|så ska det inte vara|ska inte (?:hända|ske)|borde inte (?:ha )?(?:hänt|skett)|(?:skulle|fick) inte (?:ha )?(?:hänt|ske)|inte (?:bra|gott) nog"
    r"|(?:kan|kunde|vill) (?:du|ni) [^.!?]{0,40}(?:skicka|ringa|kontakta|mejla|maila|höra av)|skicka oss|ring oss|hör av dig|kontakta oss",
    "da": r"tøv ikke|kigger (?:vi )?på|tager (?:\w+ ){0,2}(?:til efterretning|med os)"
    r"|kan (?:\w+ )?(?:godt )?se,? at|vi ser,? at|erkender|kede? af"
    r"|sådan skal det ikke være|skal ikke ske|burde ikke (?:være sket|ske|have sket)|(?:skulle|måtte) ikke (?:være sket|ske)|ikke godt nok"
    r"|(?:kan|kunne|vil) (?:du|I) [^.!?]{0,40}(?:sende|ringe|kontakte|skrive)|send os|ring til os|skriv til os|kontakt os",
    "fi": r"älä epäröi|otamme (?:\w+ )?huomioon|ymmärrämme|myönnämme|ikävä kuulla|harmillista"
    r"|mielellämme"
    r"|näin ei (?:olisi )?(?:pitäisi|saa|saisi|saanut|pitänyt) (?:käydä|olla)|ei olisi (?:pitänyt|saanut) (?:käydä|tapahtua)|ei pitäisi tapahtua|ei ole hyväksyttävää"
    r"|(?:voisit(?:te)?ko|voitteko|voitko) [^.!?]{0,40}(?:lähettää|soittaa|ottaa yhteyttä|kertoa)|lähettäkää|ottakaa yhteyttä|soittakaa",
    "pl": r"nie wahaj\w*|weźmiemy (?:\w+ )?pod uwagę|przyznajemy|chętnie|do (?:\w+ )?dyspozycji"
    r"|tak nie powinno (?:być|się zdarzyć)|nie powinno (?:się )?(?:było )?(?:zdarzyć|mieć miejsca|się wydarzyć)"
    r"|(?:może|mógłby|mogłaby|mogliby) (?:pan|pani|państwo) [^.!?]{0,40}(?:przesłać|wysłać|napisać|zadzwonić|skontaktować|podać)|(?:prosimy|proszę) o kontakt|proszę (?:napisać|zadzwonić|przesłać)",
    "lv": r"nevilcinieties|ņemsim vērā|atzīstam|esam gatavi|labprāt"
    r"|tā (?:nedrīkst|nevajadzētu|nebūtu jābūt) (?:būt|notikt)|(?:tam|tā) (?:nevajadzēja|nedrīkstēja) notikt"
    r"|(?:varētu|varat) [^.!?]{0,40}(?:nosūtīt|atsūtīt|uzrakstīt|piezvanīt|sazināties)|lūdzu,? (?:sazinieties|rakstiet|zvaniet)",
    "uk": r"не соромтеся|не вагайтеся|врахуємо|візьмемо до уваги|визнаємо|готові|залюбки"
    r"|так не (?:має|повинно|мало б|мало) бути|не (?:мало|повинно було) (?:б )?статися"
    r"|(?:могли б|можете) (?:ви )?[^.!?]{0,40}(?:надіслати|написати|зателефонувати|зв'язатися|повідомити)|напишіть нам|зателефонуйте нам|зв'яжіться з нами",
    "pt": r"não hesite|à (?:sua|vossa|tua) disposição|tomamos (?:boa )?nota|reconhecemos"
    r"|com todo o gosto|de bom grado"
    r"|(?:isso |isto )?não (?:devia|deveria|podia) (?:ter )?acontec\w*|não é aceitável|assim não pode ser"
    r"|(?:pode|poderia) [^.!?]{0,40}(?:enviar|mandar|escrever|ligar|contactar|indicar)|escreva-nos|ligue-nos|contacte-nos|entre em conta(?:c)?to",
}
# ... and in a reply without courtesy, the reviewer's word corrected: "it is not X, it is
# Y" ("non è cruda, è fatta così", "Dat is geen slechte kwaliteit, dat is biologie").
_NOT_X_BUT_Y = {
    "de": r"(?:das|es) ist (?:kein\w*|nicht) [^.!?,;:]{1,30}[,;:–-]\s*(?:das|es) ist",
    "fr": r"(?:ce n'est|c'est) pas [^.!?,;:]{1,30}[,;:–-]\s*c'est",
    "es": r"no es [^.!?,;:]{1,30}[,;:–-]\s*es",
    "it": r"non è [^.!?,;:]{1,30}[,;:–-]\s*è",
    "nl": r"(?:dat|het) is (?:geen|niet) [^.!?,;:]{1,30}[,;:–-]\s*(?:dat|het) is",
    "nb": r"(?:det|dette) er ikke [^.!?,;:]{1,30}[,;:–-]\s*(?:det|dette) er",
    "sv": r"(?:det|detta) är inte [^.!?,;:]{1,30}[,;:–-]\s*(?:det|detta) är",
    "da": r"(?:det|dette) er ikke [^.!?,;:]{1,30}[,;:–-]\s*(?:det|dette) er",
    "fi": r"(?:se|tämä) ei ole [^.!?,;:]{1,30}[,;:–-]\s*(?:se|tämä) on",
    "pl": r"to nie (?:jest )?[^.!?,;:]{1,30}[,;:–-]\s*to (?:jest)?",
    "lv": r"tas nav [^.!?,;:]{1,30}[,;:–-]\s*tas ir",
    "uk": r"це не [^.!?,;:]{1,30}[,;:–-]\s*це",
    "pt": r"não é [^.!?,;:]{1,30}[,;:–-]\s*é",
}
# Round 8: the reviewer's lateness told as the cause ("Usted llegó media hora tarde a la cita",
# "vous êtes arrivé avec 40 minutes de retard", "Tulit puoli tuntia myöhässä"), as English
# "you arrived 45 minutes late" — in a reply without courtesy ("you arrived late because our
# shuttle broke down; we're sorry" owns it).
_ARRIVED_LATE = {
    "de": r"(?:sie|du) (?:kamen|kamst|sind|bist|waren|warst) [^.!?]{0,30}(?:zu spät|verspätet)",
    "fr": r"(?:vous|tu) (?:êtes|es|étiez|étais) arrivée?s? [^.!?]{0,30}(?:en retard|de retard)",
    # (the reviewer named: "Su pedido llegó tarde" is the order, not the reviewer)
    "es": r"(?:usted|tú) (?:\w+ )?(?:llegó|llegaste)[^.!?]{0,30}(?:tarde|con retraso)"
    r"|(?:llegó|llegaste) (?:usted|tú)[^.!?]{0,30}(?:tarde|con retraso)",
    "it": r"(?:lei|tu) (?:\w+ )?(?:è|sei) arrivat\w*[^.!?]{0,30}(?:in ritardo|tardi)",
    "nl": r"(?:u|je|jij) (?:kwam|kwamen|was|bent) [^.!?]{0,30}te laat",
    "nb": r"(?:du|dere) kom [^.!?]{0,30}(?:for sent|forsinket)",
    "sv": r"(?:du|ni) kom [^.!?]{0,30}(?:för sent|försenad)",
    "da": r"(?:du|I) kom [^.!?]{0,30}(?:for sent|forsinket)",
    "fi": r"(?:tulit|tulitte|saavuit|saavuitte) [^.!?]{0,30}myöhässä|myöhästyit\w*",
    "pl": r"spóźnił\w* się (?:pan|pani|państwo)|(?:pan|pani) spóźnił\w* się",
    "lv": r"(?:jūs|tu) nokavēj\w*|ieradāties [^.!?]{0,30}(?:vēlu|ar nokavēšanos)",
    "uk": r"(?:ви|ти) запізни\w*|прийшли [^.!?]{0,30}(?:пізно|із запізненням)",
    "pt": r"(?:o senhor|a senhora|você|vocês) (?:\w+ )?cheg(?:ou|aram)[^.!?]{0,30}(?:atrasad\w*"
    r"|tarde)",
}
_WHO_DID_RE = _words_re(
    {
        code: f"{WHO_DID[code]}|{_NOT_X_BUT_Y[code]}|{_ARRIVED_LATE[code]}|{COINCIDENCE[code]}"
        f"|{_NO_WONDER[code]}"
        for code in WHO_DID
    }
)
_COURTESY_RE = _words_re({c: f"{p}|{_OPEN_DOOR[c]}" for c, p in COURTESY.items()})
_PUSHBACK_RE = _words_re(PUSHBACK)
_SECOND_PERSON_RE = _words_re(SECOND_PERSON)
_RECORD_RE = _words_re(_RECORD)
# "... and we know how to": the record as proof.
_KNOW_RE = _words_re(
    {
        "de": r"wissen|können",
        "fr": r"savons",
        "es": r"sabemos",
        "it": r"sappiamo",
        "nl": r"weten",
        "nb": r"vet|kan",
        "sv": r"vet|kan",
        "da": r"ved|kan",
        "fi": r"osaamme|tiedämme",
        "pl": r"wiemy|umiemy",
        "lv": r"zinām|protam",
        "uk": r"знаємо|вміємо",
        "pt": r"sabemos",
    }
)


# Round 6, in a reply without courtesy: a sarcastic interjection opening a sentence ("Ach,
# die Brötchen waren Ihnen zu teuer?", "Claro, claro, …", "Joda, …", "Gratulujemy, …") or
# standing as a sentence of its own ("Francamente.", "Seriöst?", "Vähän hassua.",
# "Uskomatonta, mutta totta.", "Tiene gracia la cosa."), and a question put to the
# reviewer ("Hvad havde du regnet med?", "Róże zwiędły po tygodniu?", "c'est un peu facile,
# non ?"): a reply that neither apologises nor thanks and asks back is arguing.
_SARCASTIC_OPENER = {
    "de": r"ach so|soso|aha|klar doch|na klar|ja ja|jaja",
    "fr": r"ah(?: oui| bon)|ben voyons|forcément|bien sûr",
    "es": r"claro(?:, claro)?|anda|hombre|faltaría más",
    "it": r"certo(?:, certo)?|già|figuriamoci|ma certo",
    "nl": r"jaja|zeker",
    "nb": r"joda|jaja|ja vel|javel",
    "sv": r"jaha|javisst|jaså|jaja",
    "da": r"jaja|javel|ja ja",
    "fi": r"ahaa|joo joo|niinpä",
    "pl": r"no tak|gratulujemy|brawo",
    "lv": r"nu protams",
    "uk": r"звісно|авжеж|ага",
    "pt": r"pois(?: claro)?",
}
# Round 8: the fillers ("Ah,", "Tja,", "Vaya,", "Nu,", "Nå,") open blunt but fair
# replies as often as sarcastic ones ("Ah, la climatisation de la chambre 12 : le technicien
# a changé le compresseur ce matin", "Vaya, eso no debería pasar"): they count only when
# the sentence they open speaks to the reviewer ("Ach, die Brötchen waren Ihnen zu teuer").
_FILLER = {
    "de": r"ach|tja|na ja|naja|nun",
    "fr": r"ah|tiens|eh bien|bon",
    "es": r"vaya|ah|bueno|pues",
    "it": r"beh|ah|ebbene|allora",
    "nl": r"ach|tja|nou|ah",
    "nb": r"tja|nåja|ah|vel|nå",
    "sv": r"tja|ah|nåja|nå",
    "da": r"nå|tja|ah|nåja",
    "fi": r"ai|no|noh|niin",
    "pl": r"cóż|no cóż|ach|no",
    "lv": r"nu|ak",
    "uk": r"ну|ах|що ж",
    "pt": r"enfim|ora|ah|bem|pois bem",
}
_SARCASTIC_SENTENCE = {
    "de": r"unglaublich|ernsthaft|typisch|na toll|schön für sie",
    "fr": r"sérieusement|franchement|incroyable|bravo|typique",
    "es": r"en serio|francamente|increíble|(?:tiene|qué) gracia(?: la cosa)?|típico|vaya tela",
    "it": r"sul serio|francamente|incredibile|complimenti|tipico",
    "nl": r"serieus|ongelooflijk|typisch|knap hoor",
    "nb": r"seriøst|utrolig|typisk",
    "sv": r"seriöst|otroligt|typiskt|allvarligt",
    "da": r"seriøst|utroligt|typisk",
    "fi": r"vakavasti|uskomatonta(?:,? mutta totta)?|(?:vähän |aika |melko )?hassua|tyypillistä",
    "pl": r"serio|niesamowite|brawo|typowe",
    "lv": r"nopietni|neticami|tipiski",
    "uk": r"серйозно|неймовірно|типово",
    "pt": r"francamente|a sério|inacreditável|típico",
}
_SARCASM_RE = {
    code: re.compile(
        rf"(?:^|[.!?…]\s+)(?:{_SARCASTIC_OPENER[code]}),\s"
        rf"|(?:^|[.!?…]\s+)(?:{_SARCASTIC_SENTENCE[code]})\s?[.!?…]"
        rf"|(?:^|[.!?…]\s+)(?:{_FILLER[code]}),\s[^.!?…]*?(?<!\w)(?:{SECOND_PERSON[code]})(?!\w)",
        re.IGNORECASE,
    )
    for code in _SARCASTIC_OPENER
}
# A question that speaks of "us" invites or asks for something ("Hätten Sie Lust, uns im
# Frühling zu besuchen?", "Pourriez-vous nous écrire à …?"); a smiling emoji makes a joke.
_US = _words_re(
    {
        "de": r"uns|wir|unser\w*",
        "fr": r"nous|notre|nos",
        "es": r"nos|nosotros|nuestr\w*",
        "it": r"ci|noi|nostr\w*",
        "nl": r"ons|we|wij|onze",
        "nb": r"oss|vi|vår\w*",
        "sv": r"oss|vi|vår\w*",
        "da": r"os|vi|vores",
        "fi": r"meille|meitä|me|meidän|meiltä|\w+mme",
        "pl": r"nam|nas|my|nasz\w*",
        "lv": r"mums|mēs|mūs\w*",
        "uk": r"нам|нас|ми|наш\w*",
        "pt": r"nos|nós|noss\w*",
    }
)
_QUESTION = re.compile(r"[^.!?…]{3,}\?")
_SMILE = re.compile(
    "[\U0001f600-\U0001f606\U0001f60a\U0001f60d\U0001f602\U0001f923"
    "\U0001f389\U0001f973\u2764\U0001f44d]"
)


# Round 8: a question that asks for what the reply needs is no question put back: which day,
# branch or time ("Welche Filiale war das?", "Kurā dienā tas bija?"), a request ("Pouvez-vous
# envoyer le numéro …?", "Czy mógłby Pan …?"), or whether what was sent arrived ("Har du
# fått den nye pakken?", "O reembolso já chegou?"). "Du kom en halvtime for sent og
# forventer at tannlegen skal vente?" and "Se estava tão ruim, por que comeu tudo?" still
# count.
_ASKS_FOR = {
    "de": (
        r"welche\w*|wann|an welchem|um wie viel uhr|(?:können|könnten|würden) sie"
        r"|(?:kannst|könntest|würdest) du",
        r"bekommen|erhalten|angekommen|eingetroffen|zugestellt",
    ),
    "fr": (
        r"quel\w*|quand|à quelle heure|(?:pouvez|pourriez|voudriez)-vous|(?:peux|pourrais)-tu",
        r"reçu\w*|arrivée?s?|parvenue?s?|livrée?s?",
    ),
    "es": (
        r"qué (?:día|hora|fecha|tienda|local|sucursal)|cuál\w*|cuándo"
        r"|(?:puede|podría|puedes|podrías)",
        r"llegó|llegado|recibió|recibido|recibiste",
    ),
    "it": (
        r"che (?:giorno|ora|data)|a che ora|qual\w*|quando|(?:può|potrebbe|puoi|potresti)",
        r"arrivat\w*|ricevut\w*|giunt\w*|consegnat\w*",
    ),
    "nl": (
        r"welke?|wanneer|hoe laat|(?:kunt|zou|wilt|kun|wil) (?:u|je)",
        r"aangekomen|ontvangen|binnen|bezorgd",
    ),
    "nb": (r"hvilke\w*|når|(?:kan|kunne|vil) (?:du|dere)", r"fått|mottatt|kommet"),
    "sv": (r"vilke\w*|vilka|när|(?:kan|kunde|vill) (?:du|ni)", r"fått|mottagit|kommit"),
    "da": (r"hvilke\w*|hvornår|(?:kan|kunne|vil) (?:du|I)", r"fået|modtaget|kommet"),
    "fi": (
        r"minä päivänä|mihin aikaan|milloin|missä|kumpi|mikä päivä|voisit\w*|voisi\w*|voitte",
        r"tullut|tulleet|saanut|saaneet|saapunut|perillä",
    ),
    "pl": (
        r"któr\w*|kiedy|o której|(?:czy )?(?:może|mógłby|mogłaby|mogliby|mogłaby)"
        r" (?:pan|pani|państwo)",
        r"dotarł\w*|otrzymał\w*|doszł\w*|doszedł|przyszł\w*|przyszedł",
    ),
    "lv": (r"kur\w*|kad|(?:vai )?(?:jūs )?(?:varētu|varat|vari)", r"saņem\w*|pienāc\w*|atnāc\w*"),
    "uk": (
        r"якого (?:дня|числа)|котр\w*|коли|о котрій|(?:чи )?(?:могли б|можете|зможете)",
        r"надійш\w*|отрима\w*|прийш\w*|дійш\w*",
    ),
    "pt": (
        r"que (?:dia|horas|data)|qual|quais|quando|(?:pode|poderia|podia)",
        r"chegou|chegado|recebeu|recebido",
    ),
}
# ... unless a particle of reproach turns it ("Welche Karte haben Sie denn gelesen?", "Quand
# avez-vous vraiment lu les conditions ?").
_REPROACH = _words_re(
    {
        "de": r"denn|überhaupt|eigentlich|etwa",
        "fr": r"vraiment|donc|seulement",
        "es": r"acaso|de verdad|realmente|siquiera",
        "it": r"davvero|forse|mai|almeno",
        "nl": r"eigenlijk|überhaupt|wel eens|dan",
        "nb": r"egentlig|virkelig|i det hele tatt",
        "sv": r"egentligen|verkligen|överhuvudtaget|ens",
        "da": r"egentlig|virkelig|overhovedet",
        "fi": r"edes|oikeasti|muka|ylipäätään",
        "pl": r"w ogóle|naprawdę|niby|chociaż",
        "lv": r"vispār|tiešām|vismaz",
        "uk": r"взагалі|справді|хіба|хоч",
        "pt": r"afinal|sequer|realmente|de verdade",
    }
)
_ASKS_FOR_RE = {
    code: re.compile(rf"^\W*(?:{opening})(?!\w)|(?<!\w)(?:{arrived})(?!\w)", re.IGNORECASE)
    for code, (opening, arrived) in _ASKS_FOR.items()
}


def _asks_back(text: str, code: str) -> str | None:
    # a glad reply asks in delight ("Fünf Sterne? Wir freuen uns riesig!")
    if re.search(rf"(?<!\w)(?:{_GLAD[code]})(?!\w)", text, re.IGNORECASE):
        return None
    for sentence in re.split(r"(?<=[.!?…])\s+", text):
        question = _QUESTION.search(sentence)
        if (
            question
            and not _US[code].search(sentence)
            and not re.search(r"@|\d{3}", sentence)
            and not (
                _ASKS_FOR_RE[code].search(question.group(0))
                and not _REPROACH[code].search(question.group(0))
            )
        ):
            return question.group(0)
    return None


# Round 8: a reply that says what happens next, with a deadline or an alternative, informs
# even when it corrects ("Ihre Rückerstattung ist noch nicht da … bis Freitag", "Le spa n'est
# pas inclus, mais vous pouvez le réserver"): a negation with "you" alone does not make it
# defensive (the other cues still do).
_WAY_FORWARD = {
    "de": r"(?<!guten )morgen|übermorgen|innerhalb von \d+|in (?:\d+|zwei|drei|vier|fünf)"
    r" (?:tagen|werktagen|stunden)|bis (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag"
    r"|sonntag|morgen|ende)|nächste woche|(?:aber|jedoch) (?:sie )?(?:können|kann man)",
    "fr": r"demain|d'ici (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|la fin)"
    r"|sous \d+ jours|dans (?:les )?\d+ jours|la semaine prochaine|mais vous pouvez"
    r"|mais il est possible",
    "es": r"(?<!la )(?<!esta )mañana|antes del (?:lunes|martes|miércoles|jueves|viernes|sábado"
    r"|domingo)|en (?:un plazo de )?\d+ días|la próxima semana|pero (?:usted )?puede"
    r"|pero se puede",
    "it": r"domani|entro (?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|domani"
    r"|\d+ giorni)|in \d+ giorni|la prossima settimana|ma (?:lei )?può|ma si può",
    "nl": r"morgen|uiterlijk (?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
    r"|morgen)|binnen \d+ (?:dagen|werkdagen|uur)|volgende week|maar (?:u|je) kunt"
    r"|maar (?:die|het) kan",
    "nb": r"i morgen|innen (?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|\d+ dager)"
    r"|neste uke|men (?:du|dere) kan|men (?:den|det) kan",
    "sv": r"i morgon|senast (?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|i morgon)"
    r"|inom (?:\d+|två|tre|fyra|fem) (?:dagar|bankdagar)|nästa vecka|men (?:du|ni) kan"
    r"|men (?:den|det) kan",
    "da": r"i morgen|senest (?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|i morgen)"
    r"|inden for \d+ (?:dage|bankdage)|næste uge|men (?:du|I) kan|men (?:den|det) kan",
    "fi": r"huomenna|(?:maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai)hin"
    r" mennessä|\d+ päivän (?:sisällä|kuluessa)|ensi viikolla|mutta (?:voitte|voit|sen voi)",
    "pl": r"jutro|do (?:poniedziałku|wtorku|środy|czwartku|piątku|soboty|niedzieli)"
    r"|w ciągu \d+ dni|w przyszłym tygodniu|ale (?:może pan|może pani|można)",
    "lv": r"rīt|līdz (?:pirmdienai|otrdienai|trešdienai|ceturtdienai|piektdienai|sestdienai"
    r"|svētdienai|rītdienai)|\d+ dienu laikā|nākamnedēļ|bet (?:jūs )?varat|bet to var",
    "uk": r"завтра|до (?:понеділка|вівторка|середи|четверга|п'ятниці|суботи|неділі)"
    r"|протягом \d+ днів|наступного тижня|але (?:ви )?можете|але можна",
    "pt": r"amanhã|até (?:segunda|terça|quarta|quinta|sexta|sábado|domingo)|(?:em|dentro de)"
    r" \d+ dias|na próxima semana|mas (?:pode|é possível)",
}
_WAY_FORWARD_RE = _words_re(_WAY_FORWARD)
# ... but "you can always go elsewhere" sends the reviewer away
_ELSEWHERE_RE = _words_re(
    {
        "de": r"woanders|anderswo|anderen (?:anbieter|hotel|laden)",
        "fr": r"ailleurs|toujours",
        "es": r"otro sitio|otra parte|otro lugar|siempre",
        "it": r"altrove|da un'altra parte|sempre",
        "nl": r"ergens anders|elders|altijd",
        "nb": r"et annet sted|andre steder|alltid",
        "sv": r"någon annanstans|annat håll|alltid",
        "da": r"et andet sted|andre steder|altid",
        "fi": r"muualle|muualta|muualla|aina",
        "pl": r"gdzie indziej|zawsze",
        "lv": r"citur|vienmēr",
        "uk": r"деінде|в іншому місці|завжди",
        "pt": r"noutro lado|outro lugar|outro sítio|sempre",
    }
)
# ... and "not yet" looks forward: "Ihre Rückerstattung ist noch nicht da" contradicts nobody
# ("maakt het nog niet waar" is no "not yet").
_NOT_YET_RE = _words_re(
    {
        "de": r"noch nicht(?! wahr| einmal| mal)",
        "fr": r"pas encore|pas tout à fait encore",
        "es": r"todavía no|aún no|no \w+ todavía|no \w+ aún",
        "it": r"non ancora|non \w+ ancora",
        "nl": r"nog niet(?! waar| eens)",
        "nb": r"ikke ennå|ikke enda|ennå ikke",
        "sv": r"inte än|inte ännu|ännu inte",
        "da": r"ikke endnu|endnu ikke",
        "fi": r"ei vielä|ei \w+ vielä",
        "pl": r"jeszcze nie",
        "lv": r"vēl nav|vēl ne\w+",
        "uk": r"ще не|поки не|поки що не",
        "pt": r"ainda não",
    }
)


def defensive(text: str, code: str) -> str | None:
    """The pushback of a reply without courtesy, or None (see above)."""
    if code not in _COURTESY_RE or _COURTESY_RE[code].search(text) or APOLOGY_RE.search(text):
        return None
    if _SMILE.search(text):
        return None
    glad = re.search(rf"(?<!\w)(?:{_GLAD[code]})(?!\w)", text, re.IGNORECASE)
    sarcasm = None if glad else (_SARCASM_RE[code].search(text) or SHORT_QUOTE.search(text))
    sarcasm = sarcasm or _WHO_DID_RE[code].search(text)
    asked = sarcasm.group(0) if sarcasm else _asks_back(text, code)
    if asked:
        return asked.strip(" .!?…,")
    pushback = _PUSHBACK_RE[code].search(_NOT_YET_RE[code].sub(" ", text))
    you = _SECOND_PERSON_RE[code].search(text)
    forward = _WAY_FORWARD_RE[code].search(text) and not _ELSEWHERE_RE[code].search(text)
    if pushback and you and not forward:
        return pushback.group(0)
    record = _RECORD_RE[code].search(text)
    if record and (pushback or you or _KNOW_RE[code].search(text)):
        return record.group(0)
    return None
