"""A rough estimate of how often ordinary chat contains a rule key, for choosing gate keys.

Keys are word prefixes ("tak" matches "take", "taking"), and a set of keys is present when
any one of them starts a word, so a set's cost is about the sum of its keys' chances. The
estimate only needs to ORDER key sets well: a set holding a stop word ("my", "for the") or
an everyday word ("kid", "feel", "need", "made") loses to any set of a few content words
("gun", "knife", "weapon"). It is written from general English, not fitted to any corpus.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from math import fsum

from bot.safety.keys import COMMON_KEYS, STOP_WORDS


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` (long word lists stay readable)."""
    return frozenset(text.split())


# Everyday chat words. A rule gated by one of them would leave the fast path on ordinary
# messages ("see you tuesday", "hope everyone is well"), so when a rule has another required
# key set (every match contains a key of each), that one gates it instead.
CHATTY = _words(
    """
    everyone everybody see hope wish sorry better started start finished said say says tell
    told going watching driving outside room car bus traffic apartment phone app dog box plan
    run broke mad lot ground hit drink pot meds bottle took taking think let makes made left
    found looking looked morning week weekend new old big little long call called late early
    ready happy great nice love thanks thank house place door window work job school day night
    time home first last next back bed sleep eat food dinner lunch coffee water tea game watch
    movie show group meeting session class walk talk friends family kids mom dad sister brother
    wife husband today tonight tomorrow yesterday hard feeling feel
    """
)

# The commonest words: most messages contain one.
_TOP = _words(
    """
    i i'm im me my you your it it's the a an to and of in for on is was be that this so
    just but with have not are do at we can all like what get out up
    """
)
# Other function words, pronouns and the commonest verbs.
_FUNCTION = STOP_WORDS | _words(
    """
    any as because by can't our could did does don't from go got had has here how if isn't
    let's lol no now ok okay one over some than that's then there they're those us very
    we were when where which who why will would yeah yes you're
    """
)
# Frequent chat words: a good share of messages contain one (keys.COMMON_KEYS too).
_FREQUENT = COMMON_KEYS | _words(
    """
    always anyone anything back best better come coming day everyone everything feel
    feeling find first give glad going good great happy help hope keep know last later
    let little long look lot love made make many maybe much need never new next people
    really right said say see someone something sorry still sure take tell thank thanks
    think time today told tomorrow tonight try use used want week well work monday tuesday
    wednesday thursday friday saturday sunday weekend
    """
)
# Everyday words: daily life, people, places, feelings and the verbs that carry them.
_EVERYDAY = _words(
    """
    able ago agree ahead air almost alone along already always amazing answer anyway apart
    appointment area arm ask asked asking aunt awesome baby bag bank bathroom beach bed
    bedroom beer believe best better big bike bill birthday bit body book boss bottle bought
    box boy boyfriend brain bread break breakfast bring broke brother brought buddy build bus
    busy buy call called calling calm came car card care cat catch cause chance change check
    checking child children chill church city class clean clear close clothes coffee cold
    come comes coming cook cool couch could couple course cousin crazy cry crying cute dad
    dark date daughter day days dead deal dear decided dinner doctor dog door drink drive
    driving drove each early easy eat eating else end enjoy enough evening everybody everyone
    exactly eye eyes face fact fair fall family far fast favorite feel feeling feels fell felt
    few fight figure finally find fine finish fire fix floor food forget forgot forward
    free friend friends front full fun funny game garden gave gentle girl girlfriend
    give glad goes gone grab grandma grandpa grateful great group grow guess guy guys hair
    half hand hands hang happen happened happy hard hate head health hear heard heart hello
    help hey hi hit hold holiday hope hopefully hospital hot hour hours house hungry hurt
    idea important inside interview isn't it's job joke kid kids kind kitchen knew late later
    laugh learn least leave left less let life light line list listen little live living
    long look looked looks lose lost lot loud love lucky lunch mad made mail man married maybe
    mean meant meds meet meeting mind minute minutes miss mom money month months
    morning move movie mum music name nap near nearly need needs neighbor nervous nice night
    nothing number ok okay old open order outside own page paper parents park part party pass
    past pay people person phone pick picture place plan play please point post power
    pretty probably problem proud pull put question quick quiet rain read ready real reason
    remember rest ride ring road room run sad safe same save saw say saying school
    season seat second send sent share shit short shower side sign since sister sit sleep
    slow small smile son soon sorry sound speak spend stand start started stay step stop
    store story street stuff stupid summer super sure table talk talking tea team tell
    text thank thanks thought tired together told tomorrow tonight top totally town
    train trip true trust truth turn tv type uncle understand until upset use used
    visit wait waiting wake walk wall wanted warm watch watched watching water wear weather
    week weekend weird welcome whole wife win wish woke word work world worried
    worry write wrong yeah year years yes yesterday young
    """
)

# Estimated share of messages containing each kind of word. Only the order of magnitude
# matters: it decides which of a rule's key sets the fast path looks for.
_TIERS = ((_EVERYDAY, 0.01), (_FREQUENT, 0.05), (_FUNCTION, 0.15), (_TOP, 0.3))
# Content words, by length: a short prefix starts more words ("od": "odd", "odor").
_UNLISTED = {1: 0.3, 2: 0.05, 3: 0.01, 4: 0.003}
_RARE = 0.001
# The chance that a word, wherever it occurs, comes right after a given one.
_FOLLOWS = 0.1
_SUFFIXES = ("s", "es", "d", "ed", "ing", "ly", "y")


@lru_cache(maxsize=1)
def _listed() -> dict[str, float]:
    """Every listed word with its share (a word in several tiers keeps the largest)."""
    shares: dict[str, float] = {}
    for words, share in _TIERS:
        shares.update(dict.fromkeys(words, share))
    return shares


@lru_cache(maxsize=1)
def _prefix_shares() -> dict[str, float]:
    """For every prefix of a listed word: the summed shares of the listed words it starts
    (a key matches every word it starts: "tak" -> "take", "taking"; "go" -> "good", ...)."""
    sums: dict[str, float] = {}
    for word, share in _listed().items():
        for end in range(1, len(word) + 1):
            sums[word[:end]] = sums.get(word[:end], 0.0) + share
    return sums


@lru_cache(maxsize=8192)
def _word_weight(word: str, *, prefix: bool = True) -> float:
    """The estimated share of messages with ``word`` (a word starting with it if ``prefix``)."""
    listed = _listed()
    share = _prefix_shares().get(word, 0.0) if prefix else listed.get(word, 0.0)
    for suffix in _SUFFIXES:  # an inflection of a listed word ("kids", "days", "watching")
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3 and stem in listed:
            share = max(share, listed[stem])
    return min(1.0, max(share, _UNLISTED.get(len(word.strip("'")), _RARE)))


@lru_cache(maxsize=16384)
def key_weight(key: str) -> float:
    """The estimated share of ordinary messages in which ``key`` starts a word.

    A phrase needs its words in a row: its weight is the product of theirs, and a tenth of
    that for each word after the first (a word follows a given one far less often than it
    occurs anywhere): "for the" stays common, "did it" is rarer, "kill my" rarer than "kill".
    """
    words = key.split() or [key]
    weight = _word_weight(words[-1])  # the last word may be cut short: a prefix
    for word in words[:-1]:
        weight *= _word_weight(word, prefix=False) * _FOLLOWS
    return weight


def set_weight(keys: Iterable[str]) -> float:
    """The estimated share of ordinary messages containing at least one of ``keys``.

    (``fsum`` is exact whatever the order, so set iteration order cannot break a tie.)"""
    return fsum(key_weight(key) for key in keys)
