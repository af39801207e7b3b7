"""Checks a reply must pass before a manager sees it: warnings, not a censor.

Practitioners' rules for answering reviews: personal, polite, never argue, never offer
something in exchange for a review, never publish a customer's private details, and fit the
platform. Each check returns a Finding the author sees before submitting (and that is
recorded with the submission and the approval). Over-limit and unfilled placeholders block
submission, because the platform would refuse the first and the reviewer would see the
second; the others are judgement calls the author acknowledges and the manager sees.
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from mentions import sentiment
from reviews import reply_languages

# How close to a template a reply may stay before it counts as unpersonalised.
TEMPLATE_SIMILARITY = 0.85
# Document compound at or below which a reply reads as negative.
NEGATIVE_TONE = -0.35
# ... carried by at least this many negative words (one is the problem named).
MIN_NEGATIVE_WORDS = 2


@dataclass(frozen=True)
class Finding:
    code: str
    message: str
    blocking: bool = False
    # Name of the settings page where the author can change what the finding is about
    # ("review_settings": the workspace's public contact details), or "".
    link: str = ""

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]


# --- unpersonalised ------------------------------------------------------------------


def template_similarity(text: str, template: str) -> float:
    a, b = _words(text), _words(template)
    if not a or not b:
        return 0.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def check_personal(text: str, templates: Iterable[tuple[str, str]]) -> Finding | None:
    best_name, best = "", 0.0
    for name, template_text in templates:
        ratio = template_similarity(text, template_text)
        if ratio > best:
            best_name, best = name, ratio
    if best >= TEMPLATE_SIMILARITY:
        return Finding(
            "unpersonalised",
            f"This reply is {round(best * 100)}% the template “{best_name}”. Say something "
            "about what this reviewer actually wrote.",
        )
    return None


# --- tone ----------------------------------------------------------------------------

_ARGUMENTATIVE = [
    r"\byou(?:'re| are) (?:simply |just |completely )?(?:wrong|lying|mistaken|a liar)\b",
    r"\b(?:that|this|it)(?:'s| is) (?:simply |just |completely )?(?:not true|untrue|false|a lie|nonsense|ridiculous|absurd)\b",
    r"\bfake review\b",
    r"\bnever happened\b",
    r"\byou (?:clearly|obviously) (?:didn't|did not|don't|do not|never|have not|haven't)\b",
    r"\b(?:clearly|obviously|apparently),? you\b",
    r"\bif you had (?:bothered|read|actually|listened|checked|followed|looked)\b",
    r"\bhow dare you\b",
    # "not your fault" takes the blame off the reviewer (round 6: in every language)
    r"(?<!not )(?<!n't )(?<!never )(?<!no )\byour (?:own )?fault\b",
    r"\bwe (?:don't|do not) believe you\b",
    r"\byou should(?:'ve| have) (?:read|known|checked)\b",
    r"\bliar\b",
    r"\bdon't bother coming back\b",
]
# Defensive replies without the words above: they put the blame on the reviewer, lecture,
# dismiss, or mock. Each is a way of saying it, not a fixed sentence.
_BLAME = [
    # "the issue was on your end", "a mistake on your part": a fault put on the reviewer's side
    # ("it doesn't make it any easier on your side" is sympathy, not blame)
    r"\b(?:problem|issue|mistake|error|fault|misunderstanding|oversight|confusion|lack"
    r"|carelessness|negligence)s?\b[^.!?]{0,30}\b(?:on|from) your (?:end|side|part)\b"
    r"|\b(?:on|from) your (?:end|side|part),? not (?:on )?ours\b",
    r"\byour (?:own )?(?:responsibility|mistake|error|misunderstanding)\b",
    r"\b(?:the )?(?:customer|guest|buyer|client|user)(?:'s|s') (?:own )?responsibility\b",
    r"\bnot our (?:fault|problem|responsibility|mistake)\b",
    # round 6: the fault refused as a contrast or sarcastically ("that's down to how it's been
    # used, not our workmanship", "somehow it's the garage's fault", "easier to blame us")
    r",? not (?:down to |due to )?our (?:workmanship|work|doing|service|staff|team|engineers?)\b"
    r"|\bsomehow (?:it'?s|it is|that'?s|it was) (?:all )?(?:our|the \w+'s|my) fault\b"
    r"|\b(?:easier|simpler) to blame\b|\bdon't blame us\b"
    r"|\b(?:problem|fault|issue) (?:wasn't|was not|isn't|is not|lies not) (?:with|on) us\b",
    r"\bwith (?:all )?(?:due )?respect\b",
    # lecturing: "perhaps you should", "you could have" ("next time, check ..." is in _LECTURE)
    r"\b(?:perhaps|maybe|possibly) you (?:should|could|might|need|ought)\b",
    r"\b(?:perhaps|maybe)\b[^.!?]{0,40}\b(?:isn't|is not|aren't|are not|wasn't) (?:really )?for"
    r" you\b",
    # ... followed by what they should have done: "you could have asked", not "you could have
    # the terrace table next time" (an offer)
    # round 8: nor what the reviewer should have been given — "You should have received the
    # gluten-free option", "you should have been told" own the failure
    r"\byou (?:should|could|might|ought to|needed to|need to|must)(?: have|'ve)"
    r" (?:\w+ly )?(?!(?:a|an|the|any|one|some|your|our|this|that|it|them|received|got|gotten"
    r"|had|heard|been (?:\w+ed|given|told|shown|sent|taken|brought|seen|met|kept|paid|put"
    r"|offered|served|seated|hurt))\b)\w+",
    r"\bhad you (?:read|checked|looked|asked|followed|bothered|contacted|called)\b",
    r"\b(?:as|which (?:is|was)) (?:clearly|plainly|explicitly|also|already) (?:stated|written"
    r"|mentioned|explained|shown|indicated|described)\b",
    r"\b(?:please|kindly) (?:read|check|review) (?:our|the) [a-z ]{0,30}(?:before|next time)\b",
    # non-apologies and dismissals
    r"\bsorry (?:that )?you (?:feel|felt|think|thought|believe|see it)\b",
    r"\bsorry if you (?:feel|felt|were|think|thought|found)\b",
    r"\b(?:every|all) (?:other|our other|the other|single) (?:guests?|customers?|clients?|"
    r"visitors?|diners?|buyers?)\b",
    r"\bno one else (?:has )?(?:ever )?(?:complained|had)\b",
    # mockery: scare quotes around the review, "good luck finding", "thanks for nothing"
    r"(?:thanks|thank you) for (?:the|your) ['\"\u2018\u201c]\w[^'\"\u2019\u201d]{0,30}['\"\u2019\u201d]",
    r"\bgood luck (?:finding|getting|with that)\b",
    r"\bthanks for nothing\b",
    # ("enjoy the new place" after "glad the move went well" is a wish: "new" only counts
    # without courtesy, in _TALKING_DOWN)
    r"\benjoy (?:your|the) (?:cheaper|other) (?:hotel|shop|store|place|restaurant|provider)\b",
    # Second round, by structure rather than sentence (see the README's figures):
    # the reviewer as the one who did it wrong: "you ignored", "you chose the", "you failed
    # to", "you didn't read", "you were told", "your choice"
    r"\byou (?:\w+ly )?(?:ignored|overlooked|neglected|failed to|forgot to|refused to|misread"
    r"|misunderstood|chose (?!us\b|to stay|to visit)(?:the|a|an|to)|opted for|agreed to"
    r"|accepted the|booked the|ordered the|selected the)\b",
    r"\byou (?:didn't|did not|never|failed to) (?:bother to )?(?:read|check|look at|mention"
    r"|tell|inform|notify|ask|contact|follow|complain)\b",
    r"\byou (?:were|had been) (?:\w+ly )?(?:told|informed|warned|advised|reminded|made aware)\b",
    r"\b(?:was|is|were) (?:entirely |completely )?your (?:own )?(?:choice|decision|call)\b",
    r"\bup to (?:you|the (?:guests?|customers?|buyers?|clients?|users?)|guests|customers) to\b",
    # counterfactual blame: "had you arrived", "if you had read", "you would have known"
    r"(?:^|[.!?;,]\s*)had you \w+",
    r"\bif you(?:'d| had) (?:\w+ly )?(?:\w+ed|read|told|come|spoken|gone|taken|seen|chosen"
    r"|known|written|done|paid|made|given|kept|left|brought)\b",
    r"\byou(?:'d| would)(?:'ve| have) (?:\w+ly )?(?:known|seen|noticed|found|realised|realized"
    r"|read|understood)\b",
    # lecturing about what was said before: "clearly displayed", "as mentioned in our email"
    r"\b(?:clearly|plainly|explicitly|prominently|visibly) (?:displayed|stated|marked|listed"
    r"|shown|posted|labell?ed|written|visible|indicated|signposted|described|explained"
    r"|mentioned|advertised|specified|printed|noted|communicated)\b",
    r"(?:^|[.!?;]\s*)as (?:\w+ly )?(?:stated|mentioned|explained|noted|indicated|specified"
    r"|described|advertised|shown|written|outlined|detailed|communicated|agreed|per)\b",
    # doubting the reviewer: "strange that nobody else", "interesting that you only",
    # "funny how", "we don't recall", "actually happened"
    r"\b(?:strange|odd|curious|interesting|funny|surprising|peculiar|convenient|suspicious)"
    r"(?:ly)?,? (?:that|how)\b",
    r"\b(?:no ?one|nobody|none of our (?:other )?\w+) (?:else )?(?:has |have |had )?(?:ever )?"
    r"(?:mentioned|complained|reported|raised|noticed)\b"
    # round 6: "Nobody else at the wedding had a problem with the music"
    r"|\b(?:no ?one|nobody) else\b[^.!?]{0,30}\b(?:has|had|have) (?:a|any) (?:problem|issue"
    r"|complaint|trouble)s?\b",
    r"\b(?:don't|do not|cannot|can't) (?:recall|remember) (?:any|you|your|this|that|a)\b",
    r"\bactually (?:happened|took place|visited|stayed|ate|came|ordered)\b",
    # round 6: "we find it hard to believe you were here", "we doubt you ever came"
    r"\b(?:hard|difficult) to believe (?:that )?you (?:were (?:here|there)|ever|actually|visited"
    r"|stayed|came|ate)\b|\bwe (?:seriously )?doubt (?:that )?you\b",
    # dismissing: "to be expected", "what did you expect", "keep things in perspective",
    # "other guests seem to manage", "our policy is clear", "we won't make exceptions"
    r"\bto be expected\b",
    r"\bwhat (?:did|do|else did|else do) you expect\b",
    # round 6: "you knew when you booked" ("it was you who" only without courtesy)
    r"\byou knew (?:that |this |it |full well )?(?:when|before) you (?:booked|ordered|came"
    r"|signed|paid)\b",
    r"\byou (?:can|could) (?:hardly|scarcely|not|n't) (?:expect|demand|complain)\b",
    r"\b(?:can't|cannot|couldn't) (?:really )?expect\b",
    r"\b(?:keep|put) (?:things|it|this|that) in perspective\b",
    r"\b(?:other|most|our other) (?:guests|customers|clients|visitors|diners|reviewers|people"
    r"|buyers|travell?ers) (?:seem to|manage|had no|have no|never|don't seem|didn't seem)\b",
    r"\bour (?:policy|policies|terms|rules) (?:is|are) (?:very |perfectly |quite )?clear\b",
    r"\b(?:won't|will not|do not|don't|cannot|can't) make (?:an )?exceptions?\b",
    r"\bsuit(?:s|ed)? (?:you|your (?:\w+ )?(?:needs|expectations|budget|taste)) better\b",
    # sending the reviewer elsewhere, doubting their motives: "you'd be happier at", "came in
    # with the intention of finding fault"
    r"\byou(?:'d| would| might)(?: be)? (?:happier|better off|prefer)\b",
    r"\b(?:intention|intent) of\b|\blooking for (?:faults?|problems|something to complain"
    r"|a (?:free|discount|refund))\b|\bfinding fault\b",
    # scare quotes around the reviewer's words: your "terrible experience", this 'review'
    r"\b(?:your|this|that|such an?|the so-called) ['\"\u2018\u201c][^'\"\u2019\u201d.!?]{2,30}"
    r"['\"\u2019\u201d](?!\w)",
    # evidence against the reviewer: "the CCTV shows", "our records confirm"
    # (records, logs and the system only in a reply without courtesy: _TALKING_DOWN; "our
    # records show the refund went out; please let us know if it hasn't arrived" informs)
]
# Round 5, by structure: what people write when they are defensive without the phrases above.
_CONDESCENDING = [
    # the fault named and put on the reviewer: "perhaps the problem was your attitude"
    r"\b(?:the|your) (?:real |only |actual )?(?:problem|issue|fault|trouble)\b[^.!?]{0,25}"
    r"\b(?:was|is|lies|lay|might be|may be|could be)\s+(?:with\s+)?(?:your|you)\b",
    # what the reviewer could have done, as a gerund: "reading it would have saved you"
    r"\b(?:would|could|might)(?:'ve| have) (?:saved|spared|avoided|prevented|helped) you\b",
    r"\bsaved you(?:rself)? the (?:trouble|surprise|disappointment|hassle|bother)\b",
    # doubting the visit: "confused us with another hotel", "no record of you ever"
    r"\b(?:confused|confusing|mixed|mixing|mistaken|mistaking) us (?:up )?(?:with|for)\b",
    r"\bno (?:record|trace|sign) of (?:you|your (?:visit|stay|booking|order|reservation))\b",
    r"\bare you (?:sure|certain) (?:you|that you|it was)\b",
    r"\byou (?:claim|allege)(?:ed|s)?\b|\bwhat you (?:call|describe as|claim)\b",
    # the reviewer's words in scare quotes, then what they "mention": the 'cold' soup you mention
    r"['\"\u2018\u201c][^'\"\u2019\u201d.!?]{2,30}['\"\u2019\u201d][^.!?]{0,30}\byou (?:mention"
    r"|describe|call|refer|complain|say|said|wrote)",
    # round 6: the reviewer's word denied in scare quotes ("weren't 'rude'", "nobody 'forced'
    # you", "not a 'long wait'"), or held up as "the famous 'cold food'"
    r"(?:\b(?:not|never|nobody|no one|hardly)|n't)\s(?:(?:a|an|the|that|this)\s)?"
    + reply_languages.QUOTED
    + r"|\b(?:the|this|that|your) (?:famous|so-called|supposed|alleged|infamous)\s"
    + reply_languages.QUOTED,
    # mocking the reviewer: "someone who has never run a restaurant", "your other reviews"
    r"\b(?:someone|somebody|people|those|anyone|a person|a guest) who (?:has |have |had "
    r"|clearly |obviously )?never\b",
    r"\byour (?:other|previous|past|many) reviews\b",
    r"\byou seem to (?:dislike|hate|complain|enjoy complaining|find fault|be unhappy)\b",
    r"\bapparently (?:nobody|no one|you|some people|not everyone)\b",
    # refusing to apologise, disowning a promise: "we're not going to apologise", "never
    # claimed to be"
    r"\b(?:not (?:going to|gonna)|won't|will not|refuse to|no need to) apologi[sz]e\b",
    r"\b(?:never|didn't|did not|don't|do not) (?:claim(?:ed)?|pretend(?:ed)?) to be\b",
    # telling the reviewer to calm down, at the start of a sentence
    r"(?:^|[.!?]\s+)(?:calm down|chill out|settle down|get over it|grow up|lighten up)\b",
    # the record as an answer: "the first time in ten years anyone has said"
    r"\bfirst time (?:in [\w ]{1,20}|ever) (?:that )?(?:anyone|someone|a (?:guest|customer"
    r"|diner|client))\b",
    # Round 6, by structure. Labelling the reviewer to mock them: "a self-described food
    # critic", "another expert who thinks they know more"
    r"\b(?:self-(?:described|proclaimed|styled|appointed)|armchair|wannabe|would-be)\s+"
    r"(?:\w+\s+)?(?:critics?|experts?|connoisseurs?|foodies?|reviewers?|chefs?|gurus?"
    r"|specialists?|professionals?|judges?)\b",
    r"\b(?:another|yet another|one more) (?:\w+ )?(?:expert|critic|genius|connoisseur"
    r"|keyboard warrior|internet reviewer)\b",
    # round 8: "so the rain was our fault too?"
    r"\bour (?:fault|mistake) (?:too|as well|now)\?|\b(?:so|now) [^.!?]{0,40}\bour (?:fault"
    r"|mistake)\b[^.!?]*\?",
    # round 8: "Another guest who can't read a menu"
    r"\b(?:another|yet another|one more) (?:\w+ )?(?:guest|customer|diner|client|reviewer|person"
    r"|visitor|patient|driver)s? who (?:can't|cannot|couldn't|doesn't|didn't|won't|thinks?"
    r"|expects?)\b",
    r"\bwho (?:thinks?|believes?) (?:they|he|she|you) knows? (?:more|better)\b",
    # the reviewer's own conduct told as the cause: "you arrived 45 minutes late and then
    # complained"
    r"\byou (?:\w+ly )?(?:arrived|turned up|showed up|came(?: in)?|checked in|walked in)"
    r"(?: \w+){0,3} (?:late|after (?:closing|last orders|the kitchen|we))\b",
    r"\byou\b[^.!?]{0,60}\b(?:and )?then (?:complained|blamed|demanded)\b",
    # how clear it was said: "not sure how much more clearly we could have said it"
    r"\bhow (?:much )?(?:more clearly|clearer|plainer)\b"
    r"|\bhow [^.!?]{0,30}\bany (?:clearer|plainer|more clearly)\b"
    r"|\bcould(?:n't| not) have (?:been|made it|said it|put it) (?:any )?(?:clearer|more clearly"
    r"|plainer)\b",
    # a backhanded concession: "entitled to their opinion, even when it's wrong", "we
    # appreciate all feedback, even the unreasonable kind"
    r"\bentitled to (?:their|your|his|her|an|one's) (?:own )?opinions?\b",
    r"\beven (?:when|if) (?:it's|it is|they're|they are|you're|you are|it was) (?:\w+ )?"
    r"(?:wrong|unfair|unreasonable|rude|untrue|inaccurate|misguided|nonsense)\b",
    r"\beven the (?:\w+ )?(?:unreasonable|rude|unfair|ridiculous|silly|misguided|bizarre"
    r"|unhinged|petty|dishonest) (?:kind|ones?|sort)\b",
    # the review's authenticity doubted: "clearly from a competitor", "our real customers"
    r"\b(?:from|by|written by|posted by|left by) (?:a|one of our) (?:competitors?|rivals?"
    r"|bots?|trolls?)\b",
    r"\b(?:our|any) (?:real|genuine|actual) (?:customers|guests|clients|diners|visitors"
    r"|patients|members)\b",
    # "you get what you pay for", "pay five-star prices"; a verdict that closes the matter
    r"\byou get what you pay for\b|\bpay (?:\w+-star|premium|proper|full) prices\b",
    r"(?:^|[.!?]\s+)(?:simple as that|end of story|end of discussion|it'?s (?:that|as) simple(?: as that)?"
    r"|take it or leave it)\b",
    # Round 6: idioms of contempt ("welcome to the real world", "hope you're proud of
    # yourself", "pretty rich to complain", "sounds more like user error", "thanks for the
    # lecture"); the reviewer thinking they know better ("patients think a Google
    # search makes them know more than a dentist"); the reviewer's place mocked by what the
    # business is not ("We're a café, not your office"); the account remembered otherwise
    # ("remembers your table very differently"); the record as proof ("doing this for 30
    # years and know how to cook a steak")
    r"\bwelcome to the real world\b"
    r"|\brules (?:apply|are the same) (?:to|for) (?:everyone|everybody|all)\b|\brules are rules\b"
    r"|\bnothing (?:for us )?to apologi[sz]e for\b|\b(?:just |simply )?not used to (?:real|proper"
    r"|fresh|good)\b"
    r"|\b(?:welcome|free) to (?!come|see|visit|judge)[^.!?]{0,30}(?<!see )(?<!judge )\byourself\b"
    r"|\b(?:chose|choose|decided|preferred|prefer) to (?:write|post|vent|complain|leave)[^.!?]{0,40}"
    r"\b(?:instead of|rather than) (?:paying|reading|asking|calling|talking|speaking|contacting)"
    r"|\b(?:don't|do not) need (?:a |any )?(?:lectures?|lessons?)\b|\bthanks,? but no thanks\b"
    r"|\bsays (?:a lot |far |much )?more about you\b|\b(?:blackmail|extortion)\b"
    r"|\b(?:hope|trust) you(?:'re| are) (?:happy|proud|pleased|satisfied) (?:with|of) yourself\b"
    r"|\b(?:pretty|a bit|bit|rather|quite) rich (?:to|of you|coming)\b"
    r"|\b(?:user|operator|customer|driver) error\b"
    r"|\bthanks? (?:you )?for the (?:lecture|lesson|tutorial|sermon)\b",
    r"\bthinks? [^.!?]{0,40}\bknows? (?:more|better) than\b",
    r"\b(?:we're|we are|this is|it's|it is) (?:a|an) [\w-]+(?: [\w-]+)?, not (?:a |an )?your"
    r" [\w-]+",
    r"\bremembers? (?:it|this|that|your \w+|the (?:evening|visit|night|day|stay)|things)"
    r" (?:very |quite |rather )?differently\b",
    r"\b(?:for|in) (?:over |more than )?\d+ years\b[^.!?]{0,30}\bknow (?:how|what)\b",
    # Round 8 (read on round 7's blind set). The rating judged ("'the driver didn't smile' is
    # not a reason to give a one star review"); the audience called on against the reviewer
    # ("I'll let other readers draw their own conclusions"); refusing to be bullied; "you
    # have only yourself to blame"; "what a coincidence"; a lecture titled "etiquette 101".
    r"\b(?:is|was|'s|are) (?:not|no|hardly|never) (?:a |any )?(?:good |valid |real |fair )?"
    r"reason (?:to|for)\b[^.!?]{0,40}\b(?:stars?|reviews?|ratings?)\b",
    r"\b(?:let|leave it to) (?:other |our |the )?(?:readers|people|others|everyone|customers"
    r"|guests) (?:to )?(?:draw|make up|decide|judge|come to)\b"
    r"|\b(?:readers|others|people) can (?:draw|make up|decide|judge)\b",
    r"\b(?:will|won't|will not|refuse to) (?:not )?be (?:bullied|intimidated|blackmailed"
    r"|threatened|held to ransom|pushed around)\b",
    r"\b(?:only|just) (?:have|got) yourself to blame\b|\byou(?:'ve| have) only yourself to"
    r" blame\b",
    r"\b(?:etiquette|manners|courtesy|common sense|basics) 101\b",
]
# The same in the other languages the product scores (formal and informal "you").
_ARGUMENTATIVE_BY_LANGUAGE: dict[str, list[str]] = {
    "de": [
        r"\b(?:das|dies|es) (?:ist|stimmt) (?:einfach |schlicht(?:weg)? |so |überhaupt )?"
        r"(?:nicht (?:wahr|richtig)|falsch|gelogen|unwahr)\b",
        r"\b(?:das|dies|es) stimmt (?:einfach |schlicht(?:weg)? |so |überhaupt )?nicht\b",
        r"(?<!nicht )(?<!keine )\b(?:ihre|deine|eure) (?:eigene )?schuld\b",
        r"\b(?:sie|du) hätte(?:n|st)? [^.!?]{0,60}(?:sollen|müssen)\b",
        r"\b(?:fake|gefälschte)[- ]?bewertung\b",
        r"\b(?:sie|du) lügen?\b",
    ],
    "fr": [
        r"\bc'est (?:tout simplement |complètement |totalement )?(?:faux|un mensonge|n'importe quoi)\b",
        r"(?<!pas )(?<!pas de )\b(?:de )?(?:votre|ta) (?:propre )?faute\b",
        r"\b(?:vous auriez|tu aurais) dû\b",
        r"\bfaux avis\b",
        r"\b(?:vous mentez|tu mens)\b",
    ],
    "es": [
        r"\b(?:eso|esto) no es (?:verdad|cierto)\b",
        r"(?<!no )(?<!no es )(?<!no fue )\b(?:es )?(?:culpa (?:suya|tuya|vuestra)|su culpa"
        r"|tu culpa)\b",
        r"\bdeber(?:ía|ias|ías) haber (?:leído|mirado|revisado|consultado|preguntado|elegido"
        r"|reservado|comprobado|avisado)\b",
        r"\breseña falsa\b",
        r"\b(?:usted )?miente\b",
    ],
    "it": [
        r"\bnon è vero\b",
        r"(?<!non )(?<!non è )(?<!non era )\b(?:è )?(?:colpa sua|colpa tua|sua colpa|tua colpa)\b",
        r"\bavresti dovuto\b|\bavrebbe dovuto (?:leggere|controllare|chiedere|verificare"
        r"|guardare|informarsi|prenotare|scegliere)\b",
        r"\brecensione falsa\b",
        r"\b(?:lei )?mente\b",
    ],
    "nl": [
        r"\b(?:dat|dit) is (?:gewoon |simpelweg |helemaal )?niet waar\b",
        r"\b(?:uw|je|jouw) eigen schuld\b",
        r"\b(?:u|je) had [^.!?]{0,60}moeten\b",
        r"\bnep[- ]?(?:review|recensie)\b",
        r"\b(?:u|je) liegt\b",
    ],
    "nb": [
        r"\b(?:det|dette) er (?:rett og slett |bare |helt )?ikke sant\b",
        r"\b(?:din|deres) egen feil\b",
        r"\b(?:du|dere) burde (?:ha|heller)\b",
        r"\bfalsk anmeldelse\b",
        r"\b(?:du|dere) lyver\b",
    ],
    "sv": [
        r"\b(?:det|detta) stämmer (?:helt enkelt |verkligen )?inte\b",
        r"\bdet är (?:helt enkelt )?inte sant\b",
        r"\b(?:ditt|ert) eget fel\b",
        r"\b(?:du|ni) borde ha\b",
        r"\bfalsk recension\b",
        r"\b(?:du|ni) ljuger\b",
    ],
    "da": [
        r"\b(?:det|dette) (?:passer|er) (?:simpelthen |bare |slet )?ikke(?: sandt| rigtigt)?\b"
        r"(?=\s*[,.!]|\s+(?:og|vores|jeres))",
        r"\b(?:din|jeres) egen skyld\b",
        r"\b(?:du|i) burde have\b",
        r"\bfalsk anmeldelse\b",
        r"\b(?:du|i) lyver\b",
    ],
    "fi": [
        r"\bei (?:yksinkertaisesti |todellakaan )?pidä paikkaansa\b",
        r"\boma(?:a)? syy(?:tänne|täsi|nne|si)\b",
        r"\b(?:teidän|sinun) olisi pitänyt\b",
        r"\bvale-?arvostelu\w*",
        r"\bvalehtel(?:ette|et)\b",
    ],
    "pl": [
        r"\b(?:to )?(?:po prostu )?nieprawda\b",
        r"(?<!nie )(?<!to nie )\b(?:pana|pani|państwa|twoja|wasza) wina\b",
        r"\btrzeba było (?:przeczytać|sprawdzić|zapytać|zgłosić|pomyśleć|uważać)\b",
        r"\bfałszyw\w* opini\w*",
        r"\bkłami(?:e|esz|ecie)\b",
    ],
    "lv": [
        r"\b(?:tā )?(?:vienkārši )?nav taisnība\b",
        r"(?<!nav )(?<!nebija )\b(?:jūsu|tava|tavā) (?:pašu |paša )?vain\w*",
        r"\b(?:jums|tev) vajadzēja (?:\w+ )?(?:izlasīt|pārbaudīt|pajautāt|paskatīties"
        r"|iepazīties|padomāt)\b",
        r"\bviltus atsauksm\w*",
        r"\bmelojat\b",
    ],
    "uk": [
        r"(?<!\w)(?:це )?(?:просто )?неправда(?!\w)",
        r"(?<!не )(?<!\w)(?:ваша|твоя) (?:власна )?(?:провина|вина)(?!\w)",
        r"(?<!\w)(?:треба|слід|варто) було (?:прочитати|перевірити|запитати|ознайомитися"
        r"|уважніше|подумати)(?!\w)",
        r"(?<!\w)фейков\w* відгук",
        r"(?<!\w)брешете(?!\w)",
    ],
    "pt": [
        r"\b(?:isso|isto) (?:simplesmente )?não é verdade\b",
        r"(?<!não )\b(?:a culpa é (?:sua|tua|vossa)|(?<!não é )(?<!não foi )culpa sua)\b",
        r"\b(?:devia|deveria)s? ter (?:lido|verificado|consultado|perguntado|visto|escolhido"
        r"|reservado|avisado)\b",
        r"\bavaliação falsa\b",
        r"\b(?:está a mentir|mente)\b",
    ],
}


def _compile(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


_ARGUMENTATIVE_RE = _compile(_ARGUMENTATIVE + _BLAME + _CONDESCENDING)
_ARGUMENTATIVE_OTHER = {
    code: _compile(patterns + reply_languages.compiled_argue(code))
    for code, patterns in _ARGUMENTATIVE_BY_LANGUAGE.items()
}
_SHOUTING = re.compile(r"\b[A-Z]{4,}\b")


def _language_of(text: str, language: str | None) -> str:
    """The reply's language: the review's (what it answers), else detected; "no" is "nb"."""
    code = sentiment.normalise_language(language) if language else ""
    if not code:
        code = sentiment.detect_language(text)
    return {"no": "nb", "nn": "nb"}.get(code, code)


def _patterns_for(table: dict[str, re.Pattern[str]], english: re.Pattern[str], code: str):
    """English always (replies mix it in), and the reply's language."""
    found = [english]
    if code in table:
        found.append(table[code])
    return found


# An apology names what went wrong ("sorry the parcel arrived damaged"): its negative words
# are the reviewer's problem acknowledged, not the reply's tone.
_APOLOGY = re.compile(
    r"(?<!\w)(?:sorry|apologi[sz]e|apologies|we regret"
    # acknowledgements name the problem too: "you were right to be upset about the delay"
    r"|you(?:'re| are| were) (?:absolutely |completely |quite |so )?right|we hear you"
    r"|(?:is|was) (?:a )?fair(?: point)?|we understand"
    r"|thank(?:s| you) for (?:telling|letting|pointing|flagging|raising|sharing|reporting)"
    # empathy names it too: "that must have been stressful", "disappointed to hear"
    r"|must have been|(?:disappointed|sad|sorry|upset|unhappy|concerned|saddened) to (?:hear"
    r"|read|learn)|es tut uns leid|entschuldig\w*|leider"
    r"|désolé\w*|excuses|navrés?|sentimos|disculp\w*|lamentamos|ci dispiace|ci scusiamo|scus\w*"
    r"|het spijt ons|excuses|onze excuses|beklage\w*|beklaga\w*|unnskyld\w*|ursäkta|förlåt"
    r"|undskyld\w*|pahoittel\w*|pahoillamme|przeprasza\w*|atvainoj\w*|вибач\w*|перепрошу\w*"
    r"|pedimos desculpa|desculp\w*)(?!\w)",
    re.IGNORECASE,
)


_SORRY_BUT = re.compile(r"\bsorry,? but\b", re.IGNORECASE)
# After an apology, a sentence that speaks of neither the reviewer nor their review explains
# what went wrong or what was done ("A signalling fault held up services for 40 minutes",
# "Our card machine had a fault"): its negative words are the problem owned, not the tone.
_ABOUT_REVIEWER = re.compile(
    r"\b(?:you|your|you're|you've|you'd|yours|yourself|reviews?|reviewers?|complain\w*|comments?"
    r"|feedback|customers?|guests?|clients?|people|diners?|visitors?|buyers?|users?)\b",
    re.IGNORECASE,
)


def _tone(text: str, language: str | None, code: str = "") -> float | None:
    """The reply's compound without its apologies, and, in a reply that apologises, without
    the negative sentences that only explain the problem (they address nobody). A reply
    whose kept sentences hold fewer than two negative words does not read as negative: one
    word is the problem named ("the battery may be damaged", "places are limited") or one
    the lexicon misreads (Danish "ring til os" is "call us", Norwegian "stikk innom" "drop
    by")."""
    analysis = sentiment.analyse(text, language=language or None, explain=True)
    if analysis.document.compound is None:
        return None
    sentences = analysis.document.sentences
    apologies = [
        bool(_APOLOGY.search(s.text) or reply_languages.APOLOGY_RE.search(s.text))
        for s in sentences
    ]
    # "Sorry, but …" apologises for nothing; only English tells who is addressed here
    owned = code == "en" and any(
        apology and not _SORRY_BUT.search(s.text)
        for apology, s in zip(apologies, sentences, strict=True)
    )
    kept = [
        s
        for apology, s in zip(apologies, sentences, strict=True)
        if not apology
        and not (owned and (s.compound or 0) < 0 and not _ABOUT_REVIEWER.search(s.text))
    ]
    if sum(value < 0 for s in kept for _, value in s.words) < MIN_NEGATIVE_WORDS:
        return 0.0
    return sentiment.aggregate(kept)


# "Next time, check the size chart" lectures; "we're sorry the room was noisy. Next time, ask
# for the garden side" is a tip: it counts only in a reply without any courtesy.
_LECTURE = re.compile(
    r"\bnext time,? (?:please |kindly |just )?(?:check|read|look|make sure|try|consider|remember"
    r"|pay attention|double-check|ask|follow|contact|call|think|book|reserve|arrive|order|plan"
    r"|come)\b",
    re.IGNORECASE,
)
# Courtesy: an apology, thanks, appreciation, gladness, acknowledgement. "Sorry, but" is none.
_COURTESY = re.compile(
    r"\b(?:sorry(?!,? but\b)|apologi[sz]e|apologies|thank|thanks|appreciate|grateful|glad"
    r"|delighted|pleased|welcome|(?:we|i) (?:fully |completely |really )?understand|we hear you"
    r"|you(?:'re| are| were) (?:\w+ )?right"
    r"|fair|regret|love to|lovely|kind words"
    # round 6: an offer of help ("we'd like to help", "happy to help"), an invitation to go
    # on ("please let us know", "get in touch", "feel free to")
    r"|(?:like|happy|here|want|keen|glad|able) to help|let us know|get in touch|feel free"
    # round 8: asked for what would settle it ("Could you send the order number to …?",
    # "Please email us the booking reference")
    r"|(?:could|can|would) you (?:please )?(?:send|email|message|call|ring|dm|share|forward"
    r"|reply|contact|drop us)|please (?:send|email|call|ring|contact|message|dm) (?:us|me)"
    # what was done about it (round 5): "we've emailed you a return label", "we have fixed"
    r"|we(?:'ve| have) (?:now |already |just )?(?:fixed|added|sent|emailed|refunded|replaced"
    r"|changed|installed|repaired|updated|spoken|passed|credited|rebooked)"
    # round 8: the failure owned without a "sorry" ("That shouldn't have happened", "not good
    # enough on our part", "that's on us")
    # round 8: a remedy promised ("If it's not there, we'll send another", "we'll hold one")
    r"|we(?:'ll| will) (?:gladly |happily |also )?(?:send|replace|refund|fix|hold|arrange|credit"
    r"|reimburse|repair|reserve|rebook|resend)"
    r"|(?:shouldn't|should not|should never|must not|mustn't) (?:have )?(?:happen(?:ed)?"
    r"|be like that)|(?:that|this|it)(?:'s| is| was) (?:not|n't) (?:good enough|acceptable"
    r"|okay|ok)|not good enough|(?:that'?s|that is) on us"
    r"|(?<!not )(?<!n't )(?<!never )our (?:mistake|fault|error)(?![^.!?]*\?)"
    r"|we (?:got (?:it|that|this) wrong"
    r"|dropped the ball|messed up|slipped up))\b",
    re.IGNORECASE,
)
# What a defensive reply without courtesy says besides: it contradicts ("not", "never",
# "nothing", "hardly", "exactly", "in fact", "we doubt", "we stand by"), generalises about
# other people or its own record ("most people", "some people", "in 25 years", "the first
# time"), or opens sarcastically ("Sure,", "Yes,", "Again,", "Respectfully,", "Funnily").
_PUSHBACK = re.compile(
    r"\b(?:not|never|nothing|nobody|no one|hardly|exactly|in fact|actually|doubt|"
    r"don't see|do not see|wonder why|bother|followed (?:procedure|protocol|the rules)"
    r"|as ordered|n't)\b|n't\b",
    re.IGNORECASE,
)
_GENERALISING = re.compile(
    r"\b(?:most|some|other|many) (?:people|guests|customers|diners|visitors|clients)\b"
    r"|\b(?:in|for) (?:over |more than )?(?:\d+|ten|twenty|thirty|forty|fifty|so many"
    r"|all (?:our|these|those)) years\b"
    r"|\b(?:the )?first time (?:in|ever)\b|\beveryone else\b",
    re.IGNORECASE,
)
# ("Well,", "Oh," and "Oh dear," open blunt but fair replies too — "Well, that shouldn't have
# happened" —: they count when their sentence speaks to the reviewer, "Well, you did book
# the cheapest room")
_SARCASTIC_OPENING = re.compile(
    r"(?:^|[.!?]\s+)(?:sure|yes|again|respectfully|funnily(?: enough)?|wow|well well),"
    r"|(?:^|[.!?]\s+)(?:oh|well|oh dear|dear me|hmm|right),[^.!?]*?\b(?:you|your|you're"
    r"|you've|you'd)\b",
    re.IGNORECASE,
)
_SECOND_PERSON = re.compile(r"\b(?:you|your|you're|you've|you'd)\b", re.IGNORECASE)
# In a reply without courtesy (round 5): a sentence that opens with "Clearly"/"Obviously"
# talks down; one that opens with an instruction ("Maybe read the terms next time", "Try
# checking the menu") corrects the reviewer; a refusal ("we won't be offering a refund")
# closes the conversation.
_TALKING_DOWN = re.compile(
    r"(?:^|[.!?]\s+)(?:clearly|obviously|evidently|needless to say|as anyone can see)\b"
    r"|(?:^|[.!?]\s+)(?:(?:maybe|perhaps|just|please|kindly|next time,?)\s+)?(?:read|check"
    r"|look at|try (?:reading|checking|looking at)|pay attention to|see)\s+(?:again\s+)?(?:the"
    r"|our)\s+(?:\w+\s+)?(?:terms|listing|description|website|site|menu|policy|policies|signs?"
    r"|confirmation|instructions|label|size chart|rules|details|small print|faq|page|photos"
    r"|conditions)\b"
    # round 6: advice as a bare instruction ("Maybe be a bit more understanding next time"),
    # the reviewer's complaint echoed as a question to open ("Cold food? It was snowing")
    r"|(?:^|[.!?]\s+)(?:maybe|perhaps) (?:just )?(?:be|try|think|consider|plan|learn|arrive"
    r"|come|order|book|stick)\b"
    r"|\b(?:our|the) (?:records|logs|system) (?:clearly )?(?:shows?|showed|confirms?|confirmed"
    r"|proves?|proved|indicates?)\b"
    r"|\bit was you (?:who|that)\b"
    # round 8: "as the terms say" ("as our website says, breakfast is from 7" after thanks informs)
    r"|\bas (?:the|our|your) (?:terms|policy|rules|sign|menu|website|listing|confirmation"
    r"|contract|booking) (?:clearly )?(?:says?|states?|shows?|explains?)\b"
    # round 8: "What a coincidence that the complaint came after the refund was refused" ("Thanks!
    # What a coincidence that you stayed in your honeymoon room" is glad)
    r"|\b(?:what an?|funny|strange|odd|convenient|curious) (?:\w+ )?coincidence,? that\b"
    # a reply opening with "lol" laughs at the reviewer (after thanks it laughs with them)
    r"|^\W*(?:lol|lmao|pfft|smh)\b"
    # "Enjoy your new hotel" sends the reviewer away (after courtesy it is a wish)
    r"|\benjoy (?:your|the) new (?:hotel|shop|store|place|restaurant|provider)\b",
    re.IGNORECASE,
)
# The reviewer's complaint echoed as a question to open ("Cold food? It was snowing", "Slow
# service?"): round 8 counts it only when the question holds a negative word, so a topic
# put as a question ("Parking? There's a free car park behind the church") is no echo.
_OPENING_QUESTION = re.compile(
    r"^\s*(?!(?:any|got|have|need|questions?|problems?|issues?|trouble|help|still|want"
    r"|looking|fancy|hungry|coming|back)\b)(?:\w+\s){0,2}\w+\?",
    re.IGNORECASE,
)


def _echoed_complaint(text: str) -> str | None:
    found = _OPENING_QUESTION.search(text)
    if not found:
        return None
    analysis = sentiment.analyse(found.group(0), language="en", explain=True)
    if any(value < 0 for s in analysis.document.sentences for _, value in s.words):
        return found.group(0)
    return None


_REFUSAL = re.compile(
    r"\b(?:won't|will not|can't|cannot|do not|don't|are not going to|aren't going to)"
    r" (?:be )?(?:offer(?:ing)?|giv(?:e|ing)|refund(?:ing)?|issu(?:e|ing)|provid(?:e|ing)"
    r"|compensat(?:e|ing)|mak(?:e|ing) (?:an )?exceptions?)\b"
    # a refusal that goes on to what is offered instead is a policy explained, not a door shut
    r"(?![^.!?]*\b(?:but|however|instead)\b[^.!?]*\b(?:we|we've|we'll|we're|you can)\b)",
    re.IGNORECASE,
)


# Pushback that needs nothing else: standing by what was done, or the record.
_STANDING_BY = re.compile(
    r"\b(?:by the book|we stand by|nothing (?:more|else) (?:we|i) can do"
    r"|exactly as (?:ordered|described|advertised|shown|requested)"
    r"|never (?:had|received|got) (?:a|any) (?:complaints?|problems?)"
    r"|no (?:other )?(?:guest|customer|one) (?:has )?ever"
    r"|(?:hundreds|thousands|dozens|so many|plenty|lots) of (?:happy|satisfied|returning"
    r"|loyal) (?:customers|guests|clients|diners|visitors)"
    # round 6: the record answers ("our other reviews speak for themselves", "none of our
    # customers has ever")
    r"|(?:reviews|ratings|record|results|reputation|work) speaks? for (?:themselves|itself)"
    r"|none of our (?:\w+ )?(?:customers|guests|clients|diners|visitors) (?:has|have) ever)\b",
    re.IGNORECASE,
)


# Round 8: what happens next, with a deadline or an alternative ("It will be on your
# statement by Friday", "isn't included, but guests can book it at reception", "the
# timetable is updated"): a reply that says it informs even when it corrects, so a negation
# with "you" alone does not make it defensive (the other cues still do).
_WAY_FORWARD = re.compile(
    r"\b(?:tomorrow|within (?:\d+|a|one|two|three|four|five) (?:hours?|days?|working days"
    r"|business days|weeks?)|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|tomorrow|the end of)|next week|(?:but|however),? (?:you|guests|customers|it) can"
    r"(?! always\b)(?![^.!?]*\b(?:elsewhere|somewhere else|another (?:hotel|shop|place|restaurant"
    r"|provider|company|garage)))|(?:is|are|has been|have been|'s been|'ve been) (?:now )?(?:updated"
    r"|fixed|repaired|replaced))\b",
    re.IGNORECASE,
)


# "not yet", "hasn't shown yet": what is still to come contradicts nobody
_NOT_YET = re.compile(r"\b(?:\w+n't|not) (?:\w+ ){0,2}yet\b", re.IGNORECASE)


def _defensive(text: str) -> str | None:
    """Why a reply without any courtesy reads as defensive, or None: it pushes back
    (contradicts, generalises about others, opens sarcastically) at the reviewer, or
    contradicts while generalising. Replies that apologise, thank or acknowledge pass."""
    if _COURTESY.search(text):
        return None
    sarcasm = (
        _SARCASTIC_OPENING.search(text)
        or _STANDING_BY.search(text)
        or _TALKING_DOWN.search(text)
        or _REFUSAL.search(text)
    )
    if sarcasm:
        return sarcasm.group(0).strip(" .!?,")
    echoed = _echoed_complaint(text)
    if echoed:
        return echoed.strip(" .!?,")
    quoted = reply_languages.SHORT_QUOTE.search(text)
    if quoted:
        return quoted.group(0).strip()
    general = _GENERALISING.search(text)
    # ("hasn't shown yet", "not yet": what is still to come contradicts nobody)
    pushback = _PUSHBACK.search(_NOT_YET.sub(" ", text))
    if general and (pushback or _SECOND_PERSON.search(text)):
        return general.group(0)
    if pushback and _SECOND_PERSON.search(text) and not _WAY_FORWARD.search(text):
        return pushback.group(0)
    return None


# Evidence against the reviewer: "the CCTV shows", "we checked the footage" — unless the
# reply apologises (round 8: "We were sorry to read this. Our cameras show the courier never
# came to your door" owns the fault).
_FOOTAGE = re.compile(
    r"\b(?:our|the) (?:footage|cameras?|cctv|video) (?:clearly )?"
    r"(?:shows?|showed|confirms?|confirmed|proves?|proved|indicates?)\b"
    r"|\b(?:checked|reviewed|looked at|watched) (?:the|our) (?:cctv|footage|cameras?|recordings?)\b",
    re.IGNORECASE,
)


def _against(text: str, code: str) -> str | None:
    """Pushback read over the whole reply: the crowd, competitors, the cameras."""
    if code == "en":
        footage = _FOOTAGE.search(text)
        if footage and not (_APOLOGY.search(text) and not _SORRY_BUT.search(text)):
            return footage.group(0)
        return None
    return reply_languages.crowd(text, code) or reply_languages.evidence(text, code)


def check_tone(text: str, language: str | None = None) -> Finding | None:
    code = _language_of(text, language)
    for pattern in _patterns_for(_ARGUMENTATIVE_OTHER, _ARGUMENTATIVE_RE, code):
        found = pattern.search(text)
        english = pattern is _ARGUMENTATIVE_RE
        argument = found.group(0) if found else _against(text, "en" if english else code)
        if argument:
            return Finding(
                "argumentative",
                f"“{argument}” argues with the reviewer or puts the blame on them. "
                "Acknowledge, explain, and offer to continue the conversation privately "
                "instead.",
            )
    if code == "en" and not _COURTESY.search(text):
        lecture = _LECTURE.search(text)
        cue = lecture.group(0) if lecture else _defensive(text)
        if cue:
            return Finding(
                "argumentative",
                f"“{cue}” in a reply without an apology, thanks or acknowledgement reads as "
                "defensive. Acknowledge what the reviewer went through first.",
            )
    cue = None if code == "en" else reply_languages.defensive(text, code)
    if cue:
        return Finding(
            "argumentative",
            f"“{cue}” in a reply without an apology, thanks or acknowledgement reads as "
            "defensive. Acknowledge what the reviewer went through first.",
        )
    if len(_SHOUTING.findall(text)) >= 3:
        return Finding("argumentative", "Several words in capitals read as shouting.")
    score = _tone(text, language, code)
    if score is not None and score <= NEGATIVE_TONE:
        return Finding(
            "negative_tone",
            f"The reply reads as negative (tone {score:+.2f}). Thank the reviewer and keep it "
            "constructive.",
        )
    return None


# --- incentives ----------------------------------------------------------------------

_OFFER = (
    r"discount|voucher|coupon|gift ?card|gift|freebie|for free|free of charge|complimentary"
    r"|free (?:meal|night|stay|drink|"
    r"dessert|coffee|upgrade|product|item|month|shipping|delivery|service|session|gift)"
    r"|\d+ ?% (?:off|discount)|promo(?:tion(?:al)?)? code"
    # round 6: "a free bag of treats", "£10 off", "knock a tenner off" ("feel free to" is no
    # gift); something already given, asked to be paid back with the change ("we've refunded
    # your charge, so we'd appreciate it if you could take this review down")
    r"|(?<!feel )(?<!feels )free (?!to\b|of\b|from\b|and\b)\w+|\d+(?:[.,]\d\d)? off\b(?!-)"
    r"|knock\w* \S+ off"
    r"|we(?:'ve| have) (?:now |already |just )?(?:\w+ )?(?:refunded|credited|reimbursed|waived"
    r"|sent you|comped)"
    r"|reward|bonus|prize|loyalty points|store credit|credit|cash|money back|refund|reimburse\w*"
    r"|compensat\w*"
)
_MARKETING = re.compile(
    r"\b(?:discount|voucher|coupon|gift ?card|freebie|promo(?:tion(?:al)?)? code|reward|prize"
    r"|loyalty points|store credit)\b|\d+ ?% off",
    re.IGNORECASE,
)
_OFFER_RE = re.compile(rf"(?:\b(?:{_OFFER}))", re.IGNORECASE)
_REVIEW_WORD = re.compile(r"\b(?:review|rating|stars?|feedback|testimonial)s?\b", re.IGNORECASE)
_CHANGE = re.compile(
    r"\b(?:update|change|edit|amend|remove|delete|revise|raise|increase|improve|reconsider|"
    r"take down|withdraw|leave|write|post|give|bump)\w*\b[^.!?]{0,40}\b(?:review|rating|stars?|"
    r"feedback|score)s?\b|\bin (?:exchange|return) for\b"
    r"|\b(?:take|took|pull)\w* (?:this|that|the|your|my) (?:\w+ )?(?:review|rating|feedback|post)s?"
    r" down\b",
    re.IGNORECASE,
)


# The other languages: a review word and something offered in one sentence.
_REVIEW_WORDS = {
    "de": r"bewertung|rezension|sterne|feedback",
    "fr": r"avis|commentaire|note (?:de |sur )?\d|étoiles|évaluation",
    "es": r"reseña|opinión|valoración|comentario|estrellas",
    "it": r"recension|valutazion|stelle|commento",
    "nl": r"review|recensie|beoordeling|sterren",
    "nb": r"anmeldelse|vurdering|stjerner",
    "sv": r"recension|omdöme|betyg|stjärnor",
    "da": r"anmeldelse|bedømmelse|stjerner",
    "fi": r"arvostelu|arvio|tähd",
    "pl": r"opini|recenzj|ocen|gwiazd",
    "lv": r"atsauksm|vērtējum|zvaigzn",
    "uk": r"відгук|оцінк|зірк",
    "pt": r"avaliaç|comentário|estrelas",
}
_OFFER_WORDS = {
    "de": r"gutschein|rabatt|geschenk|gratis|kostenlos|\w*erstatt|\d+ ?%",
    "fr": r"bon d'achat|réduction|remise|cadeau|gratuit|rembours|offrons|\d+ ?%",
    "es": r"vale|descuento|regal|gratis|reembols|devolvemos|\d+ ?%",
    "it": r"buono|sconto|regal|gratis|omaggio|rimbors|\d+ ?%",
    "nl": r"cadeaubon|korting|cadeau|gratis|terugbeta|\d+ ?%",
    "nb": r"gavekort|rabatt|gratis|refusjon|pengene tilbake|\d+ ?%",
    "sv": r"presentkort|rabatt|gåva|gratis|återbeta|\d+ ?%",
    "da": r"gavekort|rabat|gratis|refusion|pengene tilbage|\d+ ?%",
    "fi": r"lahjakort|alennu|lahja|ilmai|hyvit|\d+ ?%",
    "pl": r"bon|rabat|zniżk|prezent|gratis|darmow|zwrot|\d+ ?%",
    "lv": r"dāvan|atlaid|bezmaksas|atmaks|\d+ ?%",
    "uk": r"сертифікат|знижк|подару|безкоштовн|повернемо|\d+ ?%",
    "pt": r"vale|desconto|oferec|grátis|gratuit|reembols|receb\w* (?:um|uma) (?:código|vale|cupão)"
    r"|\d+ ?%",
}
_INCENTIVE_OTHER = {
    code: (
        re.compile(
            rf"(?<!\w)(?:{_REVIEW_WORDS[code]}|{reply_languages.REVIEW_WORDS[code]})",
            re.IGNORECASE,
        ),
        re.compile(
            rf"(?<!\w)(?:{_OFFER_WORDS[code]}|{reply_languages.OFFER_WORDS[code]})",
            re.IGNORECASE,
        ),
    )
    for code in _REVIEW_WORDS
}


# Round 6 (English): the exchange read across the whole reply. What is given, said as a
# state or a favour rather than a noun ("your coffee is free", "drinks are on us", "on the
# house", "we'll waive the charge", "upgrade you"); the review to be changed, its verb on
# either side ("once the review has been removed", "take this review down", "bump it up",
# "delete this", "post a new review"); and what ties them: the change as the condition ("if
# you'd consider editing", "once the review has been removed"), "in return", or the change
# and the gift in one sentence ("Change your rating …, and your coffee is free").
_GIVEN = re.compile(
    r"\b(?:(?:is|are|will be|'ll be|be) (?:completely |totally )?(?:free|on us|on the house"
    r"|complimentary)|on the house|(?:waive|comp|cover) (?:the|your) \w+"
    r"|upgrade you|free (?:every|for|next|all|on)|free of charge|gets? (?:a |an )?(?:free"
    r"|complimentary)"
    r"|we(?:'ll| will) (?:\w+ly )?(?:refund|reimburse|send you|give you|treat you|throw in"
    r"|shout you|upgrade|waive|cover|unlock))\b",
    re.IGNORECASE,
)
_REVIEW_CHANGE = (
    r"(?:review|rating|stars?|feedback|score)s? (?:has |have |is |was )?(?:been )?(?:removed"
    r"|deleted|taken down|edited|updated|changed|amended|revised|withdrawn)"
    # a pronoun stands for the review answered: "bump it up", "take this down", "delete this"
    r"|(?:bump|push|nudge)\w* (?:it|this|that|them) up|(?:take|pull)\w* (?:it|this|that) down"
    r"|(?:delet|remov|edit|withdraw)\w* this(?! \w)"
    # round 8: "rate us 5 stars", "review us again", "change it to 5", "bump us up to 4"
    r"|(?:rate|review) us\b|(?:chang|bump|rais|updat|mov|push|turn|nudg)\w* (?:it|us|this|that"
    r"|them) (?:up )?to (?:a )?(?:[1-5]|four|five)\b"
    r"|(?:bump|push|nudge|take|pull|delete|remove|edit|chang|updat|rais|revis|amend|post"
    r"|writ|leav)\w* (?:us )?(?:your|this|the|that|a new|a better|a fresh|an updated)"
    r" (?:\w+ )?(?:review|rating|stars?|feedback|score)s?"
)
_TIED = re.compile(
    rf"\b(?:if you|once|as soon as|when you|after you)\b[^.!?]{{0,40}}?\b(?:{_REVIEW_CHANGE})"
    r"|\bin (?:return|exchange)\b",
    re.IGNORECASE,
)
_REVIEW_CHANGED = re.compile(rf"\b(?:{_REVIEW_CHANGE})\b", re.IGNORECASE)


def _exchange(text: str) -> bool:
    """A reply that offers something on condition that the review changes (English)."""
    if not _GIVEN.search(text) or not _REVIEW_CHANGED.search(text):
        return False
    if _TIED.search(text):
        return True
    return any(
        _GIVEN.search(sentence) and _REVIEW_CHANGED.search(sentence)
        for sentence in _sentences(text)
    )


_THEN = re.compile(
    r"\W*(?:then|dann|alors|entonces|allora|dan|då|silloin|wtedy|tad|тоді|então)\b",
    re.IGNORECASE,
)


_OFFER_QUESTION = re.compile(
    r"\W*(?:fancy|want|how about|would you like|like|need|get|lust auf|envie d|quieres|le apetece"
    r"|vuoi|zin in|lyst på|sugen på|har du lyst|haluatko|masz ochotę|vēlaties|хочете|quer)\b"
    r"[^.!?]*\?$",
    re.IGNORECASE,
)


def check_incentive(text: str, language: str | None = None) -> Finding | None:
    code = _language_of(text, language)
    words = _INCENTIVE_OTHER.get(code)
    exchange = _exchange(text)
    sentences = _sentences(text)
    # a sentence opening with "then" goes on with the one before it ("Pas je je review aan
    # naar 5 sterren? Dan krijg je een tegoedbon")
    # (round 8) and an offer put as a question goes on in the answer that follows it
    # ("Fancy a free week? Just leave us a review on Google")
    joined = [
        f"{before} {after}"
        for before, after in itertools.pairwise(sentences)
        if _THEN.match(after) or _OFFER_QUESTION.match(before)
    ]
    for sentence in [*sentences, *joined]:
        english = exchange or (_OFFER_RE.search(sentence) and _CHANGE.search(sentence))
        other = words is not None and words[0].search(sentence) and words[1].search(sentence)
        if english or other:
            return Finding(
                "incentive",
                "This offers something in exchange for a review or for changing it. Platforms "
                "forbid it and may remove the review or penalise the listing.",
            )
    marketing = _MARKETING.search(text)
    if marketing and _REVIEW_WORD.search(text):
        return Finding(
            "incentive",
            f"“{marketing.group(0)}” next to a review reads as a reward for reviewing, which "
            "platforms forbid. Offer help privately instead.",
        )
    return None


# --- contact data --------------------------------------------------------------------

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w+])\+?\d[\d\s().\-/]{6,}\d(?!\w)")
# Words that introduce an order, booking or account reference, in each scored language,
# followed (within a few words) by a code with digits in it; in their inflected forms
# ("Tilauksesi 7731904", "varauksesi", "bokningen", "замовленні").
_REFERENCE_WORDS = (
    r"order|booking|reservation|reference|confirmation|account|invoice|ticket|case|customer"
    r"|buchung\w*|bestell\w*|auftrags\w*|reservierung\w*|kundennummer|rechnungs\w*"
    r"|réservation|commande|dossier|facture|reserva|pedido|localizador|factura"
    r"|prenotazione|ordine|fattura|boekings\w*|bestel\w*|order\w*|klantnummer|reservering\w*"
    r"|bestilling\w*|ordre\w*|bookingnummer\w*|kundenummer|referanse|bokning\w*"
    r"|beställning\w*|kundnummer|varausnumer\w*|tilausnumer\w*|asiakasnumer\w*"
    r"|tilau\w*|varau\w*|zamówieni\w*|rezerwacj\w*|pasūtījum\w*|rezervācij\w*|замовлен\w*|бронюван\w*"
    r"|encomenda|número"
)
# Round 6: the other things a customer is known by, followed directly by the code ("rental
# agreement AB-99120", "policy number HS-2231190", "(ref RX-55102)"); the code has five
# characters or more, so "our parcel partner DPD2" is a name.
_KNOWN_BY = re.compile(
    r"(?<!\w)(?:ref|agreement|contract|policy|claim|membership|member|prescription|tracking"
    r"|consignment|patient|parcel)\.?(?:\s+(?:number|no\.?|nr\.?|id|ref\.?|code))?\s*[:#]?\s*"
    r"(?P<code>(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z0-9]{4})[A-Z0-9][A-Z0-9-]{4,})(?![\w])",
    re.IGNORECASE,
)
_REFERENCE = re.compile(
    rf"(?<!\w)(?:{_REFERENCE_WORDS})(?:\s+\(?[\w'.]+){{0,3}}?\s*[:#]?\s*#?"
    r"(?P<code>(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z0-9]{4})[A-Z0-9][A-Z0-9-]{3,})(?![\w])",
    re.IGNORECASE,
)
# "#A123-99881" or "# 4471923" alone: a hash and a code with digits.
_HASH_CODE = re.compile(r"(?<![\w&])#\s?(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{4,}\b", re.IGNORECASE)
_STREET_AFTER = (
    r"street|st\.|road|rd\.|avenue|ave\.|lane|drive|dr\.|boulevard|blvd|way|close|court"
    r"|place|square|terrace|crescent"
)
_STREET_SUFFIX = (
    r"straße|strasse|str\.|weg|gasse|allee|platz|ring|damm|straat|laan|gracht|plein|gate|gata"
    r"|gatan|vägen|vej|gade|katu|tie|kuja"
)
_STREET_BEFORE = (
    r"rue|avenue|boulevard|chemin|calle|avenida|plaza|paseo|via|viale|piazza|corso|rua|ulic\w*"
    r"|ul\.|aleja|iel\w*|вулиц\w*|вул\.|проспект\w*"
)
_ADDRESS = re.compile(
    # "42 Baker Street", "12 rue des Lilas" (number first)
    rf"(?<![\w.])\d{{1,4}}[a-z]?,?\s+(?:(?:[A-ZÀ-Ž][\w'-]*|de|des|du|la|le|di|del|da)\s+){{0,3}}"
    rf"(?:{_STREET_AFTER})(?!\w)"
    rf"|(?<![\w.])\d{{1,4}}[a-z]?,?\s+(?:{_STREET_BEFORE})\s+[\w'-]+"
    # "Lindenstraße 12", "Storgata 12", "Mannerheimintie 12"
    rf"|(?<!\w)[A-ZÀ-Ža-zà-ž][\w-]*(?:{_STREET_SUFFIX})\s+\d{{1,4}}[a-z]?(?!\w)"
    # "calle Mayor 12", "via Roma 12", "Brīvības ielu 12", "вулицю Хрещатик 12"
    rf"|(?<!\w)(?:{_STREET_BEFORE})\s+(?:[\w'-]+\s+){{0,3}}\d{{1,4}}[a-z]?(?!\w)"
    rf"|(?<!\w)[\w-]+\s+(?:iel\w*)\s+\d{{1,4}}(?!\w)",
    re.IGNORECASE,
)
# Round 5, in every language: a street word standing alone before the number ("Karl Johans
# gate 22", "Elizabetes ielu 10", "вул. Шевченка 15"); a postcode and town after a comma
# (", 80331 München", ", 1016 GV Amsterdam", ", 00-590 Warszawa", ", 111 21 Stockholm");
# an account number (IBAN, checked by its mod-97 sum); a number sign before a code with
# digits ("n° 4471-2290", "Nr. 4471", "№ 4471-2290", "n.º 4471").
_STREET_WORD = re.compile(
    r"(?<!\w)[A-ZÀ-Ž][\w'-]+\s+(?:[A-ZÀ-Ž][\w'-]+\s+){0,2}(?:gate|gata|gatan|vei|veien|vej|vejen"
    r"|gade|väg|vägen|straße|strasse|straat|katu|tie|iela|ielu|ielā)\s+\d{1,4}[a-z]?(?!\w)"
    r"|(?<!\w)(?:ul\.|ulica|ulicy|ulicę|al\.|вул\.|вулиця|вулицю|пр\.|просп\.)\s*"
    r"[A-ZÀ-ŽА-ЯІЇЄҐ][\w'-]*(?:\s+[\w'-]+){0,2},?\s+\d{1,4}[a-z]?(?!\w)",
)
_POSTCODE_TOWN = re.compile(
    r",\s*(?:[A-Z]{1,2}-)?(?:\d{4,5}|\d{2}-\d{3}|\d{3} \d{2}|\d{4}-\d{3})(?:\s[A-Z]{2})?"
    r"\s+(?!(?:Euro|EUR|Euros|CHF|NOK|SEK|DKK|PLN|UAH|Kron\w*|Złot\w*|Dollar\w*|Punkt\w*"
    r"|Meter|Kilometer|Km|Mitarbeiter|Gäste|Kunden|Stück)\b)[A-ZÀ-ŽА-ЯІЇЄҐ][\w-]+"
    r"|,\s*[A-ZÀ-ŽА-ЯІЇЄҐ][\w-]+,\s*(?:[A-Z]{2}-)?\d{4,5}(?!\w)",
)
# Round 6: a British postcode after the town ("Stockport SK4 1AA") or a US state and ZIP
# code (", OH 43215"): the format alone says it is an address.
_POSTCODE_ALONE = re.compile(
    r"(?<![\w-])[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}(?![\w-])|,\s*[A-Z]{2} \d{5}(?:-\d{4})?(?!\w)"
)
# A customer named in full with what they booked: the reply opens with a first name and a
# surname, a greeting before them at most ("Hi Gemma Walsh, we've checked your table for 6",
# "Peter Lund, værelse 214, ankomst 2. juli"), or names the reviewer's relative in full
# ("your daughter Lily Shah attended"), and speaks of a booking, a stay or a room.
_NAME = r"[A-ZÀ-ŽĀ-ŽА-ЯІЇЄҐ][a-zà-žā-žа-яіїєґ'-]+"
_GREETING = (
    r"hi|hello|hey|dear|hallo|liebe[rs]?|guten tag|bonjour|chère?|hola|estimad[oa]|querid[oa]"
    r"|ciao|gentile|car[oa]|beste|hoi|hei|hej|kjære|kære|moi|hyvä|cześć|witam|drog[ai]|sveiki"
    r"|labdien|god dag|привіт|вітаю|шановн\w+|olá|good morning|good afternoon|good evening"
    r"|доброго дня|добрий день|buenos días|buongiorno|goedemiddag|dzień dobry|god morgon"
    r"|hyvää päivää|bom dia|boa tarde"
    # round 8: thanks and congratulations open a reply as a greeting does ("Thanks Jo!" is no
    # full name)
    r"|thanks|thank you|many thanks|welcome|congratulations|congrats|sorry|danke|merci|gracias"
    r"|grazie|bedankt|takk|tack|tak|kiitos|dziękujemy|paldies|дякуємо|obrigad[oa]"
    r"|vielen dank|herzlichen dank|merci beaucoup|muchas gracias|mille grazie|hartelijk dank"
    r"|tusen takk|tack så mycket|mange tak|kiitos paljon|serdecznie dziękujemy|liels paldies"
    r"|щиро дякуємо|muito obrigad[oa]|thank you so much"
)
# Round 6 (read on round 5's blind set): an honorific before the full name ("Don Javier
# Morales Ruiz,", "Sr. Rui Carvalho,"), a name closing the greeting with "!" ("Доброго дня,
# Ірино Мельник!") or addressed at the end of the first sentence ("Sorry about the mix-up,
# Thomas Green.").
_HONORIFIC = (
    r"don|doña|sr\.?|sra\.?|señor|señora|herr|frau|mr\.?|mrs\.?|ms\.?|pan|pani|panie|państwo"
    r"|signor[ae]?"
    r"|sig\.(?:ra)?|monsieur|madame|mme\.?|meneer|mevrouw|dhr\.|mevr\.|senhor|senhora|пан|пані"
)
_FULL_NAME = re.compile(
    # (round 8: "Guten Tag Herr Weber," and "Dzień dobry Panie Tomaszu," are a title and a
    # name, which pass)
    rf"^\W*(?:(?i:{_GREETING})[\s,]+)?(?:(?i:{_HONORIFIC})\s+)?(?!(?i:{_GREETING})\b)"
    rf"(?!(?i:{_HONORIFIC})\s)"
    rf"(?P<name>{_NAME}(?:\s+{_NAME}){{1,2}})\s*[,!]"
    rf"|^[^.!?\n]{{0,80}},\s(?P<vocative>{_NAME}\s+{_NAME})[.!]"
    rf"|\b(?:your|ihre?|deine?|votre|vos|su|sus|tu|la sua|il suo|uw|je|din|ditt|dit|dine|er"
    rf"|jeres) (?:\w+ )?(?:daughter|son|wife|husband|partner|mother|father|mum|mom|dad|child"
    rf"|boy|girl|tochter|sohn|frau|mann|fille|fils|hija|hijo|figlia|figlio|dochter|zoon|datter"
    rf"|dotter|søn|sønn|son) (?P<relative>{_NAME}\s+{_NAME})\b",
    re.MULTILINE,
)
_BOOKED = re.compile(
    r"(?<!\w)(?:booking|reservation|table for|your stay|check-in|arrival|attended|room|buchung"
    r"|reservierung|aufenthalt|zimmer|réservation|séjour|chambre|reserva|estancia|habitación"
    r"|prenotazione|soggiorno|camera|boeking|reservering|verblijf|kamer|bestilling|opphold"
    r"|rom|bokning|vistelse|rum|ankomst|ophold|værelse|varau\w*|huonee\w*|majoitu\w*"
    r"|rezerwacj\w*|pobyt\w*|pokój|pokoju|rezervācij\w*|uzturēšan\w*|istab\w*|бронювання"
    r"|перебування|номер\w*|estadia|quarto)(?!\w)"
    # compounds: "bordreservation", "Tischreservierung", "hotelbooking"
    r"|\w+(?:reservation|reservierung|reservering|bestilling|booking|bokning|buchung)\w*",
    re.IGNORECASE,
)
_IBAN = re.compile(r"(?<![\w])[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?(?!\w)")
_NUMBER_SIGN = re.compile(
    r"(?:(?<!\w)(?:n[°º]|n\.[°º]|nr\.?|no\.|núm\.|num\.)|№)\s?"
    r"(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,}(?!\w)",
    re.IGNORECASE,
)


def _iban_valid(value: str) -> bool:
    """The ISO 13616 check: the country code and check digits moved to the end, letters as
    numbers, the whole mod 97 is 1."""
    plain = value.replace(" ", "").upper()
    if not 15 <= len(plain) <= 34:
        return False
    digits = "".join(str(int(ch, 36)) for ch in plain[4:] + plain[:4])
    return int(digits) % 97 == 1


_DATE = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}")
# Round 8: opening hours and seasons ("10.00 - 16.00", "9.30-17.30", "2024/2025") are no
# phone numbers.
_NOT_A_PHONE = re.compile(
    r"\d{1,2}[.:]\d{2}\s*[-–/]\s*\d{1,2}[.:]\d{2}|(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_CARD = re.compile(r"\b(?:\d[ -]?){13,19}\b")
# A card named by its last digits ("your card ending 4417", "la carte se terminant par 4821").
# Round 6: the card word inside a compound ("Kreditkarte", "creditcard"), the last digits
# named ("mit den Endziffern 4471", "med slutcifrene 5523", "kuras numurs beidzas ar
# 6612"), or masked ("**** 4417", "XXXX-XXXX-XXXX-4417").
_CARD_ENDING = re.compile(
    # (round 8: the card word inflected — "na karcie", "на картці" — and "acabada en")
    r"(?:card|visa|mastercard|amex|maestro|carte|tarjeta|carta|karte|kaart|kort\w*"
    r"|kart\w*|karc\w*|карт\w*|cartão)\b[^.!?\d]{0,30}?(?:ending|ends|endend|endung"
    r"|endziffer\w*|endet|se terminant|terminad[ao]|que termina|acabad[ao]|que acaba"
    r"|che termina|terminante|termina em"
    r"|eindigend|eindigt|kończąc\w*|zakończon\w*|końcówk\w*|som slutar|slutar på"
    r"|slutsiffr\w*|der ender|som ender|ender på|slutter på|slutcifr\w*|päätty\w*|loppu\w*"
    r"|beidzas|закінчу\w*|що закінчу\w*|final)[^.!?\d]{0,12}\d{4}(?!\d)"
    # the last four digits named in any language: "últimos 4 dígitos 9012"
    r"|(?:last (?:4|four) digits|letzten (?:4|vier) ziffern|derniers (?:4|quatre) chiffres"
    r"|últimos (?:4|cuatro|quatro) dígitos|ultime (?:4|quattro) cifre|laatste (?:4|vier) cijfers"
    r"|siste (?:4|fire) siffer\w*|sista (?:4|fyra) siffr\w*|sidste (?:4|fire) cifre"
    r"|viimeiset (?:4|neljä) numero\w*|ostatnie (?:4|cztery) cyfry|pēdējie (?:4|četri) cipari"
    r"|останні (?:4|чотири) цифри)[^.!?\d]{0,12}\d{4}(?!\d)"
    r"|(?<![\w*•])(?:[*•xX]{4}[ -]?){1,3}\d{4}(?!\d)",
    re.IGNORECASE,
)


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def _same_phone(a: str, b: str) -> bool:
    """The same number written with or without its country code ("+49 30 1234567" and
    "030 1234567"): the last seven digits and more agree."""
    a, b = a.lstrip("0"), b.lstrip("0")
    return len(a) >= 7 and len(b) >= 7 and (a.endswith(b) or b.endswith(a))


def _plain(value: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", value.casefold()).split())


_CONTACT_HINT = " Your own public contact details are set under Settings › Reviews & SLA."


def _contact_finding(message: str) -> Finding:
    return Finding("contact_data", message + _CONTACT_HINT, link="review_settings")


# Round 8: a number after "of", "über", "de", "na"… or before a unit is how much was ordered
# or paid, not a reference ("your order of 1200 business cards", "Ihre Bestellung über 1500
# Euro", "Zamówienie na 3000 ulotek"); "order 48213", "Bestellnummer 48213" stay references.
_QUANTITY_BEFORE = re.compile(
    r"\b(?:of|for|over|worth|über|von|für|mit|de|du|des|di|da|del|van|voor|på|för|for|af|med"
    r"|na|za|z|par|ar|на|з|за|com|con|avec|met)\s+$",
    re.IGNORECASE,
)
_UNIT_AFTER = re.compile(
    r"\s*(?:€|eur(?:o|os)?\b|\$|£|kr\b|kroner|kronor|zł|złotych|chf|uah|грн|pcs|stück|pieces"
    r"|units|uhr\b)",
    re.IGNORECASE,
)


def _quantity(reference: re.Match[str], text: str) -> bool:
    code = reference.groupdict().get("code")
    if not code or not code.isdigit():
        return False
    before = text[reference.start() : reference.start("code")]
    after = text[reference.end("code") :]
    return bool(_QUANTITY_BEFORE.search(before) or _UNIT_AFTER.match(after))


def check_contact_data(text: str, allowed: Iterable[str] = ()) -> Finding | None:
    allowed = [a for a in allowed if a.strip()]
    allowed_emails = {a.strip().casefold() for a in allowed if "@" in a}
    allowed_phones = {_digits(a) for a in allowed if "@" not in a and len(_digits(a)) >= 7}
    allowed_text = [_plain(a) for a in allowed]

    def own_phone(digits: str) -> bool:
        return any(_same_phone(digits, phone) for phone in allowed_phones)

    def own_text(found: str) -> bool:
        plain = _plain(found)
        return any(plain and plain in line for line in allowed_text)

    for match in _EMAIL.finditer(text):
        if match.group(0).casefold().rstrip(".") not in allowed_emails:
            return _contact_finding(
                f"The email address {match.group(0)} is not one of your public contact "
                "details. Never publish a customer's details in a public reply."
            )
    for match in _IBAN.finditer(text):
        if _iban_valid(match.group(0)) and not own_text(match.group(0)):
            return _contact_finding(
                f"{match.group(0)} looks like a bank account number (IBAN). Never publish a "
                "customer's account in a public reply."
            )
    ending = _CARD_ENDING.search(text)
    if ending:
        return _contact_finding(
            f"“{ending.group(0)}” names the customer's card. Never publish it in a public reply."
        )
    for match in _CARD.finditer(text):
        digits = _digits(match.group(0))
        if len(digits) >= 13 and not own_phone(digits):
            return _contact_finding("The reply contains what looks like a card number.")
    for match in _PHONE.finditer(text):
        digits = _digits(match.group(0))
        if _DATE.fullmatch(match.group(0).strip()) or _NOT_A_PHONE.fullmatch(
            match.group(0).strip()
        ):
            continue
        if len(digits) >= 7 and not own_phone(digits):
            return _contact_finding(
                f"The phone number {match.group(0).strip()} is not one of your public contact "
                "details. Never publish a customer's details in a public reply."
            )
    for pattern in (_REFERENCE, _KNOWN_BY, _HASH_CODE, _NUMBER_SIGN):
        for reference in pattern.finditer(text):
            code = (reference.groupdict().get("code") or reference.group(0)).strip("#").strip()
            if _DATE.fullmatch(code) or _YEAR.fullmatch(code) or own_text(reference.group(0)):
                continue  # a date or a year ("order arrived on 2024-05-01"), or the business's
            if _quantity(reference, text):
                continue  # "your order of 1200 business cards", "Bestellung über 1500 Euro"
            return _contact_finding(
                f"“{reference.group(0)}” identifies the customer's order, booking or account "
                "publicly. Refer to it privately instead."
            )
    addresses = [*_ADDRESS.finditer(text), *_STREET_WORD.finditer(text)]
    addresses += _POSTCODE_TOWN.finditer(text)
    addresses += _POSTCODE_ALONE.finditer(text)
    for address in addresses:
        if not own_text(address.group(0).strip(" ,")):
            return _contact_finding(
                f"“{address.group(0)}” looks like a street address. Unless it is your own "
                "public address, never publish where a customer lives."
            )
    named = _FULL_NAME.search(text)
    if named and _BOOKED.search(text) and re.search(r"\d", text):
        name = named.group("name") or named.group("vocative") or named.group("relative")
        if not own_text(name):
            return _contact_finding(
                f"“{name}” names the customer in full next to what they booked. Use the first "
                "name only and refer to the booking privately."
            )
    return None


# --- form ----------------------------------------------------------------------------

_PLACEHOLDER = re.compile(
    r"\{\{?\s*[A-Za-z_][\w ]{0,40}\}?\}|\[(?:name|customer(?: name)?|reviewer(?: name)?|first name|"
    r"location|brand|your name|agent(?: name)?|insert[^\]]{0,40})\]|\bX{3,}\b",
    re.IGNORECASE,
)


def check_placeholders(text: str) -> Finding | None:
    found = sorted(set(_PLACEHOLDER.findall(text)))
    if found:
        return Finding(
            "placeholder",
            f"Fill in or remove {', '.join(found[:5])} before submitting.",
            blocking=True,
        )
    return None


def length(text: str) -> int:
    """Characters as platforms count them (code points, as the editor's counter does)."""
    return len(text)


def check_length(text: str, limit: int | None, platform: str = "the platform") -> Finding | None:
    if limit and length(text) > limit:
        return Finding(
            "too_long",
            f"{length(text)} characters: {platform} accepts at most {limit}. "
            f"Cut {length(text) - limit}.",
            blocking=True,
        )
    return None


def check(
    text: str,
    *,
    limit: int | None = None,
    platform: str = "the platform",
    templates: Iterable[tuple[str, str]] = (),
    contacts: Iterable[str] = (),
    language: str | None = None,
) -> list[Finding]:
    """Every finding for ``text``, blocking ones first."""
    if not text.strip():
        return [Finding("empty", "Write a reply first.", blocking=True)]
    findings = [
        check_length(text, limit, platform),
        check_placeholders(text),
        check_personal(text, templates),
        check_tone(text, language),
        check_incentive(text, language),
        check_contact_data(text, contacts),
    ]
    found = [f for f in findings if f is not None]
    return sorted(found, key=lambda f: not f.blocking)
