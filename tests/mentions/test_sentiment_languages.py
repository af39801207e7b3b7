"""Languages: detection, and the non-English scorers judged on real-looking reviews.

A scorer is kept only if it gets the polarity of clearly positive and clearly negative
reviews right (the sentences below were written before the scorers were tried on them),
and never turns one into its opposite. Languages without such a scorer are "unscored".
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mentions import languages
from mentions.sentiment import analyse, detect_language

REVIEWS: dict[str, tuple[list[str], list[str]]] = {
    "de": (
        [
            "Der Kundenservice war super freundlich und hat mein Problem sofort gelöst.",
            "Tolles Produkt, schnelle Lieferung, ich bin rundum zufrieden.",
            "Das Hotel war sauber, das Personal sehr hilfsbereit und das Frühstück ausgezeichnet.",
            "Ich kann diesen Shop nur empfehlen, alles hat perfekt geklappt.",
            "Die Qualität ist hervorragend und der Preis ist fair.",
            "Wir hatten einen wunderbaren Abend, das Essen war köstlich.",
            "Sehr gute Beratung, ich komme gerne wieder.",
            "Die App ist einfach zu bedienen und funktioniert zuverlässig.",
            "Die Lieferung kam einen Tag früher als erwartet, vielen Dank!",
            "Ein wirklich schönes Restaurant mit sehr netter Bedienung.",
            "Endlich eine Bank, die ihre Kunden ernst nimmt. Sehr empfehlenswert.",
            "Der Flug war pünktlich und die Crew ausgesprochen freundlich.",
            "Ich liebe diese Jacke, sie ist warm und sieht großartig aus.",
            "Schnelle Hilfe vom Support, das Problem war in fünf Minuten behoben.",
        ],
        [
            "Der Kundenservice ist eine Katastrophe, niemand antwortet auf meine E-Mails.",
            "Das Paket kam beschädigt an und der Artikel war kaputt.",
            "Schreckliches Hotel, schmutzige Zimmer und unfreundliches Personal.",
            "Ich bin total enttäuscht, nie wieder bestelle ich hier.",
            "Die Qualität ist miserabel und der Preis eine Frechheit.",
            "Das Essen war kalt und schmeckte furchtbar.",
            "Seit dem Update stürzt die App ständig ab, einfach ärgerlich.",
            "Betrug! Ich habe bezahlt und nie etwas erhalten.",
            "Die Hotline ist eine Zumutung, ich hänge seit einer Stunde in der Warteschleife.",
            "Der Flug wurde ohne Erklärung gestrichen, eine absolute Frechheit.",
            "Die Schuhe sind nach zwei Wochen auseinandergefallen, totaler Mist.",
            "Unfreundliche Bedienung und viel zu teuer, wir kommen nicht wieder.",
            "Die Software ist voller Fehler und der Support ignoriert uns.",
            "Mein Konto wurde gesperrt und niemand hilft mir, ich bin wütend.",
        ],
    ),
    "fr": (
        [
            "Le service client était très aimable et a résolu mon problème rapidement.",
            "Excellent produit, livraison rapide, je suis ravi.",
            "L'hôtel était propre, le personnel adorable et le petit-déjeuner délicieux.",
            "Je recommande vivement cette boutique, tout s'est parfaitement passé.",
            "La qualité est remarquable et le prix est honnête.",
            "Nous avons passé une soirée merveilleuse, le repas était succulent.",
            "Très bon accueil, je reviendrai avec plaisir.",
            "L'application est simple à utiliser et fonctionne très bien.",
            "La livraison est arrivée un jour plus tôt que prévu, merci beaucoup !",
            "Un très joli restaurant avec un service vraiment agréable.",
            "Enfin une banque qui prend ses clients au sérieux, je recommande.",
            "Le vol était à l'heure et l'équipage particulièrement sympathique.",
            "J'adore cette veste, elle est chaude et magnifique.",
            "Support rapide et efficace, mon problème a été réglé en cinq minutes.",
        ],
        [
            "Le service client est une catastrophe, personne ne répond à mes mails.",
            "Le colis est arrivé abîmé et l'article était cassé.",
            "Hôtel horrible, chambres sales et personnel désagréable.",
            "Je suis très déçu, je ne commanderai plus jamais ici.",
            "La qualité est médiocre et le prix est scandaleux.",
            "Le repas était froid et avait un goût affreux.",
            "Depuis la mise à jour, l'application plante sans arrêt, c'est insupportable.",
            "Arnaque ! J'ai payé et je n'ai jamais rien reçu.",
            "La hotline est une honte, j'attends depuis une heure.",
            "Le vol a été annulé sans explication, c'est inadmissible.",
            "Les chaussures se sont déchirées après deux semaines, quelle camelote.",
            "Serveur désagréable et beaucoup trop cher, nous ne reviendrons pas.",
            "Le logiciel est plein de bugs et le support nous ignore.",
            "Mon compte a été bloqué et personne ne m'aide, je suis furieux.",
        ],
    ),
    "pt": (
        [
            "O atendimento foi excelente e resolveram meu problema rapidamente.",
            "Produto ótimo, entrega rápida, estou muito satisfeito.",
            "O hotel era limpo, os funcionários simpáticos e o café da manhã delicioso.",
            "Recomendo demais essa loja, tudo perfeito.",
            "A qualidade é maravilhosa e o preço é justo.",
            "Tivemos uma noite incrível, a comida estava deliciosa.",
            "Muito bom atendimento, voltarei com certeza.",
            "O aplicativo é fácil de usar e funciona muito bem.",
            "A entrega chegou um dia antes do previsto, muito obrigado!",
            "Um restaurante muito bonito com um atendimento muito agradável.",
            "Finalmente um banco que respeita os clientes, recomendo.",
            "O voo foi pontual e a tripulação extremamente simpática.",
            "Adoro esta jaqueta, é quente e linda.",
            "Suporte rápido e eficiente, meu problema foi resolvido em cinco minutos.",
        ],
        [
            "O atendimento é péssimo, ninguém responde meus e-mails.",
            "A encomenda chegou danificada e o produto estava quebrado.",
            "Hotel horrível, quartos sujos e funcionários mal-educados.",
            "Estou muito decepcionado, nunca mais compro aqui.",
            "A qualidade é horrível e o preço um absurdo.",
            "A comida estava fria e tinha um gosto terrível.",
            "Depois da atualização o aplicativo trava o tempo todo, que raiva.",
            "Golpe! Paguei e nunca recebi nada.",
            "A central de atendimento é uma vergonha, estou esperando há uma hora.",
            "O voo foi cancelado sem explicação, um absurdo.",
            "Os sapatos rasgaram depois de duas semanas, que porcaria.",
            "Garçom grosseiro e caro demais, não voltaremos.",
            "O software é cheio de erros e o suporte nos ignora.",
            "Minha conta foi bloqueada e ninguém me ajuda, estou furioso.",
        ],
    ),
}

OPPOSITE = {"positive": "negative", "negative": "positive"}


@pytest.mark.parametrize("language", ["de", "pt"])
def test_scorer_reads_clear_reviews_in_its_language(language: str) -> None:
    """The bar a non-English scorer must clear: at least 85 % of clear reviews labelled
    right, and at most one turned into its opposite."""
    positives, negatives = REVIEWS[language]
    right = reversed_ = 0
    for want, texts in (("positive", positives), ("negative", negatives)):
        for text in texts:
            label = analyse(text, language=language).document.label
            right += label == want
            reversed_ += label == OPPOSITE[want]
    total = len(positives) + len(negatives)
    assert right >= 0.85 * total, (right, total)
    assert reversed_ <= 1


def test_scored_languages_are_english_german_and_portuguese() -> None:
    assert languages.scored_languages() == ["en", "de", "pt"]


def test_french_has_no_scorer_so_french_reviews_are_unscored() -> None:
    """vaderSentiment-fr's lexicon failed the bar above (3 of 28 reversed)."""
    positives, negatives = REVIEWS["fr"]
    assert languages.rules_for("fr") is None
    for text in positives + negatives:
        analysis = analyse(text, language="fr")
        assert analysis.language == "fr"
        assert (analysis.document.label, analysis.document.compound) == ("unscored", None)
    assert analyse(positives[0]).document.label == "unscored"  # detected as French


def test_german_explanation_names_negated_words_and_phrases() -> None:
    sentence = analyse("Das Hotel war nicht gut, nie wieder!", language="de").document.sentences[0]
    assert [word for word, _ in sentence.words] == ["nicht gut", "nie wieder"]
    assert all(value < 0 for _, value in sentence.words)


def test_negation_in_german_and_portuguese_stops_at_a_comma() -> None:
    assert (
        analyse("Nicht pünktlich, aber sehr freundlich.", language="de").document.label
        == "positive"
    )
    assert analyse("Sem explicação, um absurdo.", language="pt").document.label == "negative"


def test_portuguese_is_read_with_or_without_accents() -> None:
    assert (
        analyse("Produto ótimo!", language="pt").document.compound
        == analyse("Produto otimo!", language="pt").document.compound
    )


def test_emoji_count_in_languages_without_english_words() -> None:
    sentence = analyse("Lieferung heute angekommen 😍", language="de").document.sentences[0]
    assert sentence.compound > 0
    assert [word for word, _ in sentence.words] == ["😍"]


@pytest.mark.parametrize("language", ["de", "fr", "pt"])
def test_reviews_are_detected_as_their_language(language: str) -> None:
    """All but at most one: lingua's low-accuracy mode takes "Le logiciel est plein de
    bugs et le support nous ignore." for English."""
    positives, negatives = REVIEWS[language]
    found = [detect_language(text) for text in positives + negatives]
    assert sum(code != language for code in found) <= 1, found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Labākais serviss pilsētā, ļoti iesaku!", "lv"),
        ("Жахливий сервіс, більше ніколи не замовлю.", "uk"),
        ("Det här var den bästa pizzan jag någonsin ätit.", "sv"),
        ("Dit is echt het slechtste restaurant van de stad.", "nl"),
    ],
)
def test_other_configured_languages_are_detected(text: str, code: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize(
    "text",
    [
        "Love it!",
        "terrible app",
        "Damn, running late sucks.",
        "@anonymous http://url_removed Great service, thanks!",
        "My momma had me in da car listening to baby got back......iWas so pissed dog lol",
    ],
)
def test_short_english_posts_are_english(text: str) -> None:
    """lingua's low-accuracy mode calls some of these Swedish or Danish; their words decide."""
    assert detect_language(text) == "en"
    assert analyse(text).document.label != "unscored"


@pytest.mark.parametrize("text", ["war gut", "no me gusta nada", "nie wieder", "super toll"])
def test_short_foreign_text_is_not_taken_for_english(text: str) -> None:
    assert detect_language(text) != "en"


@pytest.mark.parametrize("text", ["", "12345", "!!! :-)", "https://acme.example/x @anonymous"])
def test_no_words_no_language(text: str) -> None:
    assert detect_language(text) == ""


def test_detector_is_built_once_and_shared_between_threads() -> None:
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=4) as pool:
        found = set(pool.map(lambda _: id(languages.detector()), range(16)))
    assert len(found) == 1


def test_configured_languages_come_from_settings(settings: object) -> None:
    assert "en" in languages.configured_languages()
    settings.SENTIMENT_LANGUAGES = ["en", "no", "DE"]  # type: ignore[attr-defined]
    assert languages.configured_languages() == ["en", "nb", "de"]


def test_norwegian_codes_are_aliases_and_unscored_for_now() -> None:
    analysis = analyse("Veldig dårlig service.", language="no")
    assert analysis.language == "no"
    assert analysis.document.label == "unscored"


@given(st.text(alphabet=st.sampled_from([*"aZq09_ '-.,!\n\u2019\u00e9\u00df"]), max_size=60))
def test_words_are_the_regex_words_of_the_lower_cased_text(text: str) -> None:
    lowered = text.lower()
    expected = [w.replace("\u2019", "'") for w in languages._WORDS.findall(lowered)]
    assert languages._words(text) == expected
