"""What group moderation looks for: pure, synchronous detectors over one message's text.

Each detector returns :class:`Finding`s naming the rule, what kind of thing was found (in
words a member can read: "a phone number") and the words that matched. Nothing here decides
what to do about a finding; :mod:`bot.groups.actions` does.

The detectors are tuned against false positives on recovery talk, because removing an honest
share in a support group does real harm: "I have 555 days sober" is not a phone number, "where
can I get a sponsor" is not sourcing, "you're not a failure" is not an insult, and someone
recounting the slur they were called is not using it.
"""

import re
import unicodedata
from collections.abc import Callable, Iterable, Set
from dataclasses import dataclass
from enum import StrEnum


class Rule(StrEnum):
    """The moderation rules a guild can switch on and off."""

    CONTACT = "contact"
    HARASSMENT = "harassment"
    SOURCING = "sourcing"
    MENTIONS = "mentions"
    SPAM = "spam"


RULE_NAMES = {
    Rule.CONTACT: "personal contact details",
    Rule.HARASSMENT: "harassment and slurs",
    Rule.SOURCING: "sourcing or selling substances",
    Rule.MENTIONS: "mention floods",
    Rule.SPAM: "spam bursts",
}

# When one message breaks several rules, the most serious decides the action.
PRIORITY = (Rule.SOURCING, Rule.HARASSMENT, Rule.MENTIONS, Rule.SPAM, Rule.CONTACT)

MENTION_LIMIT = 5  # distinct mentions in one message that count as a flood
_MATCH_CHARS = 80


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a rule found: the rule, what it is in words, and the words that matched."""

    rule: Rule
    kind: str
    matched: str


def _finding(rule: Rule, kind: str, matched: str) -> Finding:
    return Finding(rule, kind, matched.strip()[:_MATCH_CHARS])


_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "＠": "@"})


def normalise(text: str) -> str:
    """Lower-case NFKC text without invisible characters (which hide words from matching)."""
    if text.isascii():
        # NFKC leaves ASCII as it is, and every invisible or curly character is non-ASCII.
        return text.lower()
    folded = unicodedata.normalize("NFKC", text).translate(_INVISIBLE).translate(_QUOTES)
    return folded.lower()


_CLAUSE_BREAK = re.compile(r"[!?;\n]+|\.+(?=\s|$)|\bbut\b")


def _clauses(text: str) -> list[str]:
    """Sentences and "but" halves, without Discord quote lines (someone else's words)."""
    kept = "\n".join(line for line in text.split("\n") if not line.lstrip().startswith(">"))
    return [part.strip() for part in _CLAUSE_BREAK.split(kept) if part.strip()]


def _words(*alternatives: str) -> str:
    return "(?:" + "|".join(alternatives) + ")"


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# ---------------------------------------------------------------------------- quick look-ups
#
# Nearly every group message is ordinary chat, and every rule needs some word that ordinary
# chat rarely has together with others ("you" and an insult; a substance and "who has").
# The letters of a message are split into words once (``_letter_words``); each rule's full
# patterns run only when a word it cannot do without is there. Every set below holds, for
# one pattern, words of which any match must contain at least one, standing between non-
# letters (a ``\b``, a space, a digit or punctuation), so a set look-up never skips a message
# the pattern would have matched. tests/unit/groups/test_moderation_quick.py enumerates the
# patterns' matches and checks this, so a word added to a pattern and not here fails a test.

_LETTER_RUN = re.compile(r"[a-z]+")


def _letter_words(norm: str) -> frozenset[str]:
    """The runs of ASCII letters in normalised text: the words the quick look-ups use."""
    return frozenset(_LETTER_RUN.findall(norm))


def _any_of(words: Set[str] | None, keys: frozenset[str]) -> bool:
    """Whether one of ``keys`` is among ``words`` (always true without words: the full check)."""
    return words is None or not keys.isdisjoint(words)


# ---------------------------------------------------------------------------- contact details

# US/Canada numbers. Toll-free prefixes are left alone: those are crisis and support lines
# ("call 1-800-662-4357") that members are right to share.
_TOLL_FREE = {"800", "833", "844", "855", "866", "877", "888"}
_NANP = re.compile(
    r"(?<![\d$.,/])(?:\+?1[\s.\-]?)?\(?([2-9]\d{2})\)?[\s.\-]?(\d{3})[\s.\-]?(\d{4})(?!\d)"
)
# Seven digits need a dash or dot ("555-0134"); with a space only after a cue word, so that
# "555 days" or "day 365 2024" are never numbers.
_LOCAL = re.compile(r"(?<![\d$.,:/\-])\d{3}[.\-]\d{4}(?!\d)(?![\-.]\d)")
_LOCAL_CUED = re.compile(
    r"\b(?:call|text|txt|phone|number|cell|mobile|reach|ring|whatsapp)\b[^\d\n]{0,20}"
    r"(?<!\d)(\d{3}\s\d{4})(?!\d)"
)
_INTERNATIONAL = re.compile(r"(?<![\w+])\+\d{1,3}(?:[\s.\-]?\(?\d{1,5}\)?){2,5}(?!\d)")
# UK, Irish, Australian... national numbers start with 0. Free and help lines (0800, 0808,
# 1800) are left alone for the same reason as toll-free numbers above.
_NATIONAL = re.compile(r"(?<![\d$.,/])0\d{2,4}[\s\-]?\d{3,4}[\s\-]?\d{3,4}(?!\d)")
_FREEPHONE = ("0800", "0808", "0500", "1800")

_EMAIL = re.compile(r"[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}")
_SPELLED_AT = r"\s*(?:\(at\)|\[at\]|\{at\}|\sat\s)\s*"
_SPELLED_DOT = r"\s*(?:\(dot\)|\[dot\]|\{dot\}|\sdot\s)\s*"
_SPELLED_LOCAL = rf"\b[a-z0-9._+\-]{{2,}}(?:{_SPELLED_DOT}[a-z0-9]+)*"
_EMAIL_SPELLED = re.compile(
    rf"{_SPELLED_LOCAL}{_SPELLED_AT}[a-z0-9\-]{{2,}}{_SPELLED_DOT}"
    r"(?:com|net|org|edu|gov|io|co|uk|ca|au|me|us)\b"
    rf"|{_SPELLED_LOCAL}{_SPELLED_AT}(?:gmail|yahoo|hotmail|outlook|icloud|protonmail|proton|aol|"
    r"live|msn)\b"
)

_STREET_SUFFIX = _words(
    "street",
    "st",
    "avenue",
    "ave",
    "road",
    "rd",
    "boulevard",
    "blvd",
    "drive",
    "dr",
    "lane",
    "ln",
    "court",
    "ct",
    "way",
    "place",
    "pl",
    "terrace",
    "parkway",
    "pkwy",
    "highway",
    "hwy",
    "circle",
    "cir",
    "crescent",
    "close",
    "square",
)
_ADDRESS = re.compile(
    rf"(?<![\w$#.,:/\-])(\d{{1,6}}[a-z]?)\s+((?:[a-z][a-z'\-]*\.?\s+){{1,3}}?){_STREET_SUFFIX}\b"
)
# Words that never start or sit inside a street name: they mean the number counts something
# ("3 miles down the road", "12 step way of life", "5 good days at court").
_NOT_STREET_WORDS = _wordset(
    "day days week weeks month months year years hour hours hr hrs minute minutes min mins "
    "second seconds time times step steps mile miles km block blocks people members meeting "
    "meetings pill pills drink drinks beer beers mg lbs pounds dollars bucks kids x at the to "
    "in on of down up my a an and or for with from by into onto this that our your his her "
    "their its is was were be been are am i we you he she they it"
)
_PO_BOX = re.compile(r"\bp\.?\s?o\.?\s+box\s+\d+")
_ADDRESS_CUE = re.compile(
    r"\b(?:i|we|she|he|they)\s+(?:live|lived|stay|am staying|'m staying|moved)\b|\blive\s+at\b"
    r"|\b(?:my|our|the|his|her|their)\s+(?:house|place|apartment|apt|address|home|flat)\b"
    r"|\baddress\b|\bcome\s+(?:over|by|round)\b|\bmeet\s+(?:me|us)\b|\bpick\s+(?:me|us)\s+up\b"
    r"|\b(?:send|mail|drop)\s+(?:it|them|me|stuff|things)\b|\bdrop\s+by\b"
)

_PLATFORM = _words(
    "instagram",
    "insta",
    "ig",
    "snapchat",
    "snap",
    "sc",
    "tiktok",
    "tik tok",
    "twitter",
    "telegram",
    "whatsapp",
    "kik",
    "facebook",
    "fb",
    "bluesky",
    "bsky",
    "reddit",
    "twitch",
    "linkedin",
    "onlyfans",
)
# Abbreviations with everyday meanings ("ig" is also "I guess") only count in a label
# ("my ig is ..."), not merely next to an @name.
_PLATFORM_NAMED = _words(
    "instagram",
    "insta",
    "snapchat",
    "snap",
    "tiktok",
    "twitter",
    "telegram",
    "whatsapp",
    "kik",
    "facebook",
    "bluesky",
    "onlyfans",
)
_HANDLE = r"@?[a-z0-9][a-z0-9._]{1,29}"
_AT_HANDLE = re.compile(r"(?<![\w<@.])@([a-z0-9][a-z0-9._]{1,29})")
_PLATFORM_WORD = re.compile(rf"\b{_PLATFORM_NAMED}\b")
_PLATFORM_LABEL = re.compile(rf"\b{_PLATFORM}\s*(?::|=|\s-|\s@)\s*({_HANDLE})")
_PLATFORM_IS = re.compile(
    rf"\b(?:my|add me on|follow me on|find me on)\s+{_PLATFORM}\s+"
    rf"(?:(?:user\s*name|name|handle|account|id)\s+)?(?:is\s+)?({_HANDLE})"
)
_PROFILE_LINK = re.compile(
    r"\b(?:instagram\.com|snapchat\.com/add|tiktok\.com/@|t\.me|wa\.me|facebook\.com|fb\.com|"
    r"twitter\.com|x\.com|onlyfans\.com|linktr\.ee|paypal\.me|venmo\.com|cash\.app)/[a-z0-9._\-@]+"
)
_HANDLE_WORDS = _wordset(
    "everyone here is was private public down gone deleted dead weird broken on off too the a "
    "an and or if later lol me you it"
)

_CASHTAG = re.compile(r"(?<![\w$])\$[a-z][a-z0-9_\-]{1,19}\b")
_PAYMENT = re.compile(
    r"\b(?:venmo|paypal|cash\s?app|zelle)(?:\s+me)?\s*(?P<sep>[:=\-]|\bat\b|\bis\b)?\s*"
    r"(?P<handle>@?[a-z0-9][a-z0-9._\-]{2,29})"
)


_DIGIT = re.compile(r"\d")
_FEWEST_PHONE_DIGITS = 7
_SPELLED_AT_ANY = re.compile(r"\sat\s|\(at\)|\[at\]|\{at\}")
_PLATFORM_ANY = re.compile(rf"\b{_PLATFORM}\b")
_PAYMENT_WORD = re.compile(r"\b(?:venmo|paypal|cash\s?app|zelle)\b")


# _ADDRESS_CUE and _PO_BOX: a street address is only looked for after one of these.
_ADDRESS_WORDS = _wordset(
    "box live lived stay staying moved house place apartment apt address home flat come meet "
    "pick send mail drop"
)
# _EMAIL_SPELLED: "jess dot r at gmail dot com" needs "dot" or a provider's name.
_SPELLED_EMAIL_WORDS = _wordset(
    "dot gmail yahoo hotmail outlook icloud protonmail proton aol live msn"
)
# _PLATFORM_ANY and _PAYMENT_WORD.
_PLATFORM_WORDS = _wordset(
    "instagram insta ig snapchat snap sc tiktok tik twitter telegram whatsapp kik facebook fb "
    "bluesky bsky reddit twitch linkedin onlyfans"
)
_PAYMENT_WORDS = _wordset("venmo paypal cash cashapp zelle")


def _handle_like(token: str, *, strict: bool) -> bool:
    """Whether a word after "my insta is" looks like a handle rather than "private"."""
    bare = token.lstrip("@")
    if bare in _HANDLE_WORDS or len(bare) < 2:
        return False
    if not strict or token.startswith("@"):
        return True
    return any(char.isdigit() or char in "._-" for char in bare)


def _phones(text: str) -> Iterable[str]:
    for match in _NANP.finditer(text):
        if match.group(1) not in _TOLL_FREE:
            yield match.group(0)
    for match in _LOCAL.finditer(text):
        yield match.group(0)
    for match in _LOCAL_CUED.finditer(text):
        yield match.group(1)
    for match in _INTERNATIONAL.finditer(text):
        digits = sum(char.isdigit() for char in match.group(0))
        if 8 <= digits <= 15:
            yield match.group(0)
    for match in _NATIONAL.finditer(text):
        digits = sum(char.isdigit() for char in match.group(0))
        if 10 <= digits <= 11 and not match.group(0).startswith(_FREEPHONE):
            yield match.group(0)


def _addresses(text: str) -> Iterable[str]:
    # Meeting venues and clinics are public places people are right to share; only an address
    # said to be someone's home, or a place to meet or send things, is personal.
    if not _ADDRESS_CUE.search(text):
        yield from (match.group(0) for match in _PO_BOX.finditer(text))
        return
    for match in _ADDRESS.finditer(text):
        name_words = match.group(2).split()
        if name_words and not any(word.strip(".") in _NOT_STREET_WORDS for word in name_words):
            yield match.group(0)
    for match in _PO_BOX.finditer(text):
        yield match.group(0)


def _social_handles(text: str) -> Iterable[str]:
    for match in _PROFILE_LINK.finditer(text):
        yield match.group(0)
    for match in _PLATFORM_LABEL.finditer(text):
        # Strict: "snap: forgot my keys" is an exclamation, "snap: jess_r" is a handle.
        if _handle_like(match.group(1), strict=True):
            yield match.group(0)
    for match in _PLATFORM_IS.finditer(text):
        strict = not match.group(0).startswith(("add me", "follow me", "find me"))
        if _handle_like(match.group(1), strict=strict):
            yield match.group(0)
    for clause in _clauses(text):
        # "@fran can you dm me the worksheet" addresses a member; only a platform name
        # nearby makes an @name a handle.
        if not _PLATFORM_WORD.search(clause):
            continue
        for match in _AT_HANDLE.finditer(clause):
            if match.group(1) not in ("everyone", "here"):
                yield match.group(0)


def _payment_handles(text: str) -> Iterable[str]:
    for match in _CASHTAG.finditer(text):
        yield match.group(0)
    for match in _PAYMENT.finditer(text):
        # "I paid with venmo yesterday": without a label only a handle-shaped word counts.
        loose = match.group("sep") in (":", "=", "-")
        if _handle_like(match.group("handle"), strict=not loose):
            yield match.group(0)


def find_contact(text: str) -> list[Finding]:
    """Phone numbers, e-mail addresses, street addresses, social and payment handles."""
    norm = normalise(text)
    return _contact(norm, _letter_words(norm))


def _contact(norm: str, words: Set[str] | None) -> list[Finding]:
    # Cheap tests first: almost every message has too few digits for a phone number, no "@",
    # no platform name; the full patterns only run where they could match.
    digits = len(_DIGIT.findall(norm))
    checks: list[tuple[str, Callable[[], Iterable[str]]]] = []
    if digits >= _FEWEST_PHONE_DIGITS:
        checks.append(("a phone number", lambda: _phones(norm)))
    if "@" in norm and (words is None or "." in norm[norm.index("@") :]):
        # An address has a dot after its "@" (the full pattern is slow on long text).
        checks.append(("an e-mail address", lambda: (m.group(0) for m in _EMAIL.finditer(norm))))
    if _any_of(words, _SPELLED_EMAIL_WORDS) and _SPELLED_AT_ANY.search(norm):
        checks.append(
            ("an e-mail address", lambda: (m.group(0) for m in _EMAIL_SPELLED.finditer(norm)))
        )
    if digits and _any_of(words, _ADDRESS_WORDS):
        checks.append(("a street address", lambda: _addresses(norm)))
    # Every handle pattern needs a platform's name or a link's "/": "@fran" alone is a member
    # being addressed, not a handle.
    if "/" in norm or (
        "@" in norm or _PLATFORM_ANY.search(norm)
        if words is None
        else not words.isdisjoint(_PLATFORM_WORDS)
    ):
        checks.append(("a social media handle", lambda: _social_handles(norm)))
    if "$" in norm or (
        _PAYMENT_WORD.search(norm) if words is None else not words.isdisjoint(_PAYMENT_WORDS)
    ):
        checks.append(("a payment handle", lambda: _payment_handles(norm)))
    found: list[Finding] = []
    for kind, matches in checks:
        if any(f.kind == kind for f in found):
            continue
        first = next(iter(matches()), None)
        if first is not None:
            found.append(_finding(Rule.CONTACT, kind, first))
    return found


# ---------------------------------------------------------------------------- harassment

# Slurs, matched on whole words after undoing common letter swaps ("f4gg0t"). Words with an
# everyday meaning ("fag" for a cigarette, "chink in the armour") are deliberately absent.
_SLURS = re.compile(
    r"^(?:f+a+g+o+t+s?|f+a+g+g+o+t+s?|n+i+g+g+(?:e+r+|a+|a+h+|u+h+)s?|r+e+t+a+r+d+(?:s|e+d)?|"
    r"t+r+a+n+n+(?:y|i+e)s?|k+i+k+e+s?|s+p+i+c+s?|w+e+t+b+a+c+k+s?|g+o+o+k+s?|"
    r"r+a+g+h+e+a+d+s?|t+o+w+e+l+h+e+a+d+s?|b+e+a+n+e+r+s?)$"
)
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a"})
_LEET_WORD = re.compile(r"[a-z0-9@$!*]+")
_LEET_TEXT = str.maketrans(
    {
        "0": "o",
        "1": "i",
        "3": "e",
        "4": "a",
        "5": "s",
        "7": "t",
        "@": "a",
        "$": "s",
        "!": "i",
        "*": None,
    }
)
# A quick test for any slur stem at the start of a word, before the whole-word check per clause
# (the look-ahead on first letters makes it several times faster on ordinary chat).
_SLUR_ANY = re.compile(
    r"(?<![a-z])(?=[fnrtksgwb])(?:f+a+g+g?o+t|n+i+g+g|r+e+t+a+r+d|t+r+a+n+n|k+i+k+e|s+p+i+c"
    r"|w+e+t+b+a+c+k|g+o+o+k|r+a+g+h+e+a+d|t+o+w+e+l+h+e+a+d|b+e+a+n+e+r)"
)
# Every targeted pattern needs one of these: "you", a mention, or words of the abuse phrases.
_TARGET_ANY = re.compile(r"\b(?:you|u|ur|ya|y'all|yall|kys|die|yourself|f+u+c+k+)\b|<@")
# Someone recounting what they were called is not using the word against anyone.
_REPORTED = re.compile(
    r"\b(?:call(?:ed|s|ing)?|yell(?:ed|s|ing)?|shout(?:ed|s|ing)?)\s+(?:me|us|him|her|them|my)\b"
    r"|\b(?:said|says|thought)\s+i\s+(?:was|am|'m)\b|\b(?:got|get|was|being|been)\s+called\b"
    r"|\bthe\s+(?:word|slur|n\s*word|f\s*word|r\s*word)\b|\bnames\s+like\b|\bslurs?\b"
)

_INSULT = _words(
    "idiots?",
    "morons?",
    "imbeciles?",
    "stupid",
    "dumb",
    "dumbass(?:es)?",
    "dumb ass",
    "losers?",
    "pathetic",
    "worthless",
    "useless",
    "trash",
    "garbage",
    "scum(?:bag)?",
    "piece of (?:shit|crap|garbage|trash)",
    "pos",
    "waste of (?:space|oxygen|air|life)",
    "bitch(?:es)?",
    "cunts?",
    "whores?",
    "sluts?",
    "assholes?",
    "arseholes?",
    "pricks?",
    "dicks?",
    "dickheads?",
    "douche(?:bag)?s?",
    "twats?",
    "wankers?",
    "junkies?",
    "junky",
    "crackheads?",
    "cokeheads?",
    "methheads?",
    "tweakers?",
    "druggies?",
    "pill ?heads?",
    "freaks?",
    "failures?",
    "a joke",
    "clowns?",
    "ugly",
    "fat",
    "disgusting",
    "psychos?",
    "degenerates?",
    "lowlifes?",
    "parasites?",
    "subhuman",
    "dykes?",
)
_FILLER = _words(
    "such",
    "so",
    "just",
    "really",
    "literally",
    "a",
    "an",
    "the",
    "fucking",
    "effing",
    "fkn",
    "freaking",
    "absolute",
    "complete",
    "total",
    "little",
    "nothing but",
    "one",
    "being",
    "such a",
    "acting like",
    "look like",
    "sound like",
    "are",
    "r",
)
_AT_YOU = re.compile(
    rf"\b(?:you(?:'re|re| are| r)?|ur|u r|u are|ya|y'all are|yall are)\s+(?:{_FILLER}\s+)*"
    rf"({_INSULT})\b"
)
_ASK_YOU = re.compile(
    r"\bare\s+(?:you|u)\s+(?:(?:fucking|really|just|that|so)\s+)*"
    r"(stupid|dumb|retarded|an idiot|a moron|a loser|an imbecile)\b"
)
_AT_MENTION = re.compile(
    rf"<@!?\d+>\s*(?:is|'s|s|=)\s+(?:{_FILLER}\s+)*({_INSULT})\b|({_INSULT})\s*,?\s*<@!?\d+>"
)
# Every alternative starts a word with one of the looked-ahead letters, which keeps this fast;
# "go die" counts at the start of a clause or after a word that aims it ("just go die").
_ABUSE = re.compile(
    r"\b(?=[kgdhnuyef])(?:kys\b|kill\s+yo(?:u|ur)\s*self\b|go\s+hang\s+yourself\b"
    r"|go\s+die\b"
    r"|hope\s+(?:you|u)\s+(?:die|relapse|od|overdose|choke|rot|suffer)\b"
    r"|(?:you|u)\s+should\s+(?:just\s+)?(?:die|kill\s+yourself|relapse|od|overdose)\b"
    r"|(?:you|u)\s+deserve\s+to\s+(?:die|relapse|suffer|od|overdose)\b"
    r"|drink\s+yourself\s+to\s+death\b"
    r"|(?:nobody|no\s+one|no1)\s+(?:here\s+)?(?:wants|likes|cares\s+about)\s+(?:you|u)\b"
    r"|everyone\s+(?:here\s+)?hates\s+(?:you|u)\b"
    r"|f+u+c+k+\s+(?:you|u)\b(?!\s*,?\s*(?:addiction|alcohol|cancer|depression|anxiety|"
    r"disease|relapse|cravings?|drugs|meth|heroin|booze|pills|ptsd|trauma|brain)))"
)
_GO_DIE = re.compile(r"go\s+die\b")
_GO_DIE_AIMED = re.compile(r"(?:^|\b(?:you|just|please|pls|now|so|then))\s*$")
# Context that turns an insult into something else: empathy ("if you feel like a failure"),
# reported words ("they told me I'm worthless"), hypotheticals, and negation.
_NOT_AN_INSULT = re.compile(
    r"\b(?:think|thinks|thought|feel|feels|felt|feeling|believe|believes|tell|tells|told|say|"
    r"says|said|saying|call|calls|called|make|makes|made|making|means?|if|when|whenever|"
    r"maybe|worry|worried|afraid|scared|wonder|not|never|no|nobody should|don't|doesn't|"
    r"isn't|aren't|wasn't|won't|dont|doesnt|isnt|arent)\b|n't\b"
)


# _AT_YOU, _ASK_YOU and _ABUSE: an insult, or a word of an abuse phrase. (_AT_MENTION needs
# "<@", and "f+u+c+k+ you" a word with "fu" in it: both are looked for separately.)
_AIMED_WORDS = _wordset(
    "idiot idiots moron morons imbecile imbeciles stupid dumb dumbass dumbasses loser losers "
    "pathetic worthless useless trash garbage scum scumbag piece pos waste bitch bitches cunt "
    "cunts whore whores slut sluts asshole assholes arsehole arseholes prick pricks dick dicks "
    "dickhead dickheads douche douches douchebag douchebags twat twats wanker wankers junkie "
    "junkies junky crackhead crackheads cokehead cokeheads methhead methheads tweaker tweakers "
    "druggie druggies pill pillhead pillheads freak freaks failure failures joke clown clowns "
    "ugly fat disgusting psycho psychos degenerate degenerates lowlife lowlifes parasite "
    "parasites subhuman dyke dykes retarded "
    "kys kill hang die relapse od overdose choke rot suffer death wants likes cares hates"
)
_F_WORD = re.compile(r"f+u+c+k+\s")
_LEET_CHARS = re.compile(r"[013457@$!*]")


def _may_aim(norm: str, words: Set[str] | None) -> bool:
    """Whether words aimed at someone could be here (see ``_AIMED_WORDS``)."""
    return (
        _any_of(words, _AIMED_WORDS)
        or "<@" in norm
        or ("fu" in norm and _F_WORD.search(norm) is not None)
    )


def _slurs(clause: str) -> Iterable[str]:
    if _REPORTED.search(clause):
        return
    for word in _LEET_WORD.findall(clause):
        plain = word.translate(_LEET).replace("$", "s").replace("!", "i").replace("*", "")
        if _SLURS.match(plain):
            yield word


def _targeted(clause: str) -> Iterable[str]:
    patterns = (
        (_AT_YOU, _ASK_YOU, _AT_MENTION, _ABUSE)
        if "<@" in clause
        else (
            _AT_YOU,
            _ASK_YOU,
            _ABUSE,
        )
    )
    for pattern in patterns:
        for match in pattern.finditer(clause):
            before = clause[: match.start()]
            if _GO_DIE.match(match.group(0)) and not _GO_DIE_AIMED.search(before):
                continue  # "I'd rather go die in a ditch than drink" aims at nobody
            if not _NOT_AN_INSULT.search(before):
                yield match.group(0)


def find_harassment(text: str) -> list[Finding]:
    """Slurs, and insults or abuse aimed at someone ("you're pathetic", "kys")."""
    norm = normalise(text)
    return _harassment(norm, _letter_words(norm))


def _harassment(norm: str, words: Set[str] | None) -> list[Finding]:
    # Cheap tests first: a slur stem anywhere (after undoing letter swaps), someone addressed
    # with an insult or an abuse phrase. Text without swapped letters needs no translation.
    unswapped = norm.translate(_LEET_TEXT) if _LEET_CHARS.search(norm) else norm
    slurs = _SLUR_ANY.search(unswapped) is not None
    targets = _may_aim(norm, words) and _TARGET_ANY.search(norm) is not None
    if not slurs and not targets:
        return []
    found: list[Finding] = []
    for clause in _clauses(norm):
        slur = next(iter(_slurs(clause)), None) if slurs else None
        if slur is not None and not any(f.kind == "a slur" for f in found):
            found.append(_finding(Rule.HARASSMENT, "a slur", slur))
        if not targets or not _TARGET_ANY.search(clause):
            continue
        insult = next(iter(_targeted(clause)), None)
        if insult is not None and not any(f.kind != "a slur" for f in found):
            found.append(_finding(Rule.HARASSMENT, "words aimed at hurting someone", insult))
    return found


# ---------------------------------------------------------------------------- sourcing

# Street drugs, misused prescriptions and alcohol. Words with everyday meanings ("ice", "tabs",
# "coke", "bud", "lean", "a drink") are left out: a miss here is caught by people, a false
# removal tells someone their honest question was a drug deal.
_SUBSTANCE = re.compile(
    r"\b(?:percs?|percocets?|perc30s?|oxys?|oxycodone|oxycontin|roxys?|roxies|xanax|xans|xannies|"
    r"zannies|xan bars|benzos?|klonopin|klonnies|valium|adderall|addys?|addies|vyvanse|ritalin|"
    r"vicodin|vikes|norcos?|hydros|hydrocodone|dilaudid|opana|morphine|fent|fentanyl|fetty|"
    r"heroin|smack|meth|crystal meth|tina|cocaine|crack(?!\s+(?:at|open|down|up|of|in|on)\b)|molly|mdma|ecstasy|lsd|acid tabs|"
    r"shrooms|dmt|ketamine|weed|marijuana|kush|carts|thc|dabs|edibles|gabapentin|gabbies|"
    r"codeine|promethazine|tramadol|pain ?pills|pain ?killers|pills|booze|alcohol|liquor|vodka|"
    r"whiskey|whisky|tequila|rum|beers?|wine|a fifth|a handle of|something to take the edge off)\b"
)
# Treatment medicines: asking where to get them is usually asking for treatment, so only
# offering or selling them counts (diversion).
_TREATMENT = re.compile(
    r"\b(?:subs|suboxone|subutex|bupe|buprenorphine|methadone|my script|scripts?)\b"
)
_ASKING = re.compile(
    r"\bwhere\s+(?:can|could|do|does|should|would|might)\s+(?:i|you|we|u|one|someone|somebody|"
    r"ya)\s+(?:get|buy|find|score|cop|grab|pick\s+up|order|source)\b"
    r"|\bwhere\s+to\s+(?:get|buy|find|score|cop|order)\b"
    r"|\bwho(?:'s|\s+is)?\s+(?:has|got|have|sells|selling|sell|holding|can\s+(?:get|sell)|"
    r"could\s+get|knows\s+where)\b"
    r"|\b(?:any\s*(?:one|body)|some\s*(?:one|body)|ne1)\s+(?:here\s+)?(?:have|has|got|selling|sell|"
    r"sells|holding|know\s+(?:where|a\s+guy|someone|anyone|somebody)|can\s+(?:get|sell|hook))\b"
    r"|\b(?:looking|trying)\s+to\s+(?:buy|score|cop|get\s+(?:a\s+)?hold\s+of|pick\s+up)\b"
    r"|\bhook\s+(?:me|us)\s+up\b"
    r"|\bcan\s+(?:you|u|someone|anyone|somebody)\s+(?:get|sell|hook|front)\s+(?:me|us)\b"
)
_PLUG = re.compile(
    r"(?:\b(?:need|needs|looking\s+for|got|know|have)\s+(?:a|an|the)"
    r"|\bwho(?:'s|\s+is)\s+(?:the|ur|your|a))"
    r"\s+(?:plug|connect|dealer)\b(?!\s*(?:adapter|socket|point|charger|in\b|for\s+(?:my|the)))"
)
_OFFERING = re.compile(
    r"\bselling\b|\bsell(?:s)?\s+(?:my|some|extra|a\s+few)\b|\bfor\s+sale\b"
    r"|\bi\s+(?:have|got|'ve\s+got)\s+(?:some\s+|a\s+few\s+)?(?:extra|spare|leftover)\b"
    r"|\b(?:any\s*(?:one|body))\s+(?:want|need)s?\s+(?:some|my|a\s+few|these|extra)\b"
    r"|\b(?:dm|message|msg|hmu|hit\s+me\s+up)\s+(?:me\s+)?(?:for|if)\b"
    r"|\bi\s+(?:can|could)\s+(?:get|hook)\s+(?:you|u|ya|y'all)\b"
    r"|\b(?:\$\s?\d+|\d+\s?(?:bucks|dollars))\s+(?:a|each|per|for)\b"
)
_DEALER_WORD = re.compile(r"\b(?:plug|connect|dealer)\b")
# Recovery talk that mentions substances next to these cues: past use, cravings, withdrawal,
# harm reduction, treatment, and not-quite-sourcing ("I almost asked who has percs").
_RECOVERY_CONTEXT = re.compile(
    r"\b(?:used\s+to|back\s+when|when\s+i\s+was\s+using|in\s+active|years\s+ago|before\s+i\s+got|"
    r"i\s+would|i'd\s+always|dream(?:t|ed)?|tempted|thought\s+about|thinking\s+about|urge|urges|"
    r"wanted\s+to|almost|headaches?|vitamins?|experience|withdrawals?|taper(?:ing)?|detox|quit|quitting|"
    r"stop(?:ping|ped)?|side\s+effects|dealt\s+with|been\s+through|com(?:e|ing)\s+off|get(?:ting)?\s+off|"
    r"stay(?:ing)?\s+off|kick(?:ed)?|clean\s+from|sober\s+from|tips|advice|cope|coping|resist|"
    r"avoid|stay\s+away|cravings?|triggers?|help\s+with|non[\s-]?alcoholic|alcohol[\s-]?free|"
    r"zero[\s-]?proof|mocktails?|na\s+beer|narcan|naloxone|test\s+strips|my\s+(?:pills|meds|"
    r"prescription)|pharmacy|refill|prescri\w+|treatment|rehab|"
    r"not|never|no\s+longer|didn't|don't|won't|wouldn't|refused?|threw\s+(?:out|away)|"
    r"recommend\w*|suggestions?|gifts?|presents?|"
    r"flushed|poured\s+(?:out|away))\b"
)


# _PLUG, _ASKING and _OFFERING: sourcing is someone asking, offering or looking for a dealer,
# and each of those needs one of these words (or a "$" price).
_SOURCING_CUE_WORDS = _wordset(
    "plug connect dealer where who any anyone anybody some someone somebody ne looking trying "
    "hook get sell sells selling front sale extra spare leftover dm message msg hmu hit bucks "
    "dollars"
)
# _SUBSTANCE, _TREATMENT and _DEALER_WORD: what is being asked for or offered.
_SUBSTANCE_WORDS = _wordset(
    "perc percs percocet percocets oxy oxys oxycodone oxycontin roxy roxys roxies xanax xans "
    "xannies zannies xan benzo benzos klonopin klonnies valium adderall addy addys addies "
    "vyvanse ritalin vicodin vikes norco norcos hydros hydrocodone dilaudid opana morphine fent "
    "fentanyl fetty heroin smack meth crystal tina cocaine crack molly mdma ecstasy lsd acid "
    "shrooms dmt ketamine weed marijuana kush carts thc dabs edibles gabapentin gabbies codeine "
    "promethazine tramadol pain painpills painkillers pills booze alcohol liquor vodka whiskey "
    "whisky tequila rum beer beers wine fifth handle something "
    "subs suboxone subutex bupe buprenorphine methadone script scripts "
    "plug connect dealer"
)


def find_sourcing(text: str) -> list[Finding]:
    """Asking for, or offering, drugs, alcohol or other people's medicines."""
    norm = normalise(text)
    return _sourcing(norm, _letter_words(norm))


def _sourcing(norm: str, words: Set[str] | None) -> list[Finding]:
    # Cheap tests first: nothing is sourcing without someone asking or offering, and a
    # substance or a dealer being named.
    if not (_any_of(words, _SOURCING_CUE_WORDS) or "$" in norm):
        return []
    if not _any_of(words, _SUBSTANCE_WORDS):
        return []
    if not (_SUBSTANCE.search(norm) or _TREATMENT.search(norm) or _DEALER_WORD.search(norm)):
        return []
    for clause in _clauses(norm):
        if _RECOVERY_CONTEXT.search(clause):
            continue
        plug = _PLUG.search(clause)
        if plug is not None:
            return [_finding(Rule.SOURCING, "looking for a dealer", plug.group(0))]
        street = _SUBSTANCE.search(clause)
        ask = _ASKING.search(clause)
        if street is not None and ask is not None:
            return [
                _finding(
                    Rule.SOURCING, "asking for substances", f"{ask.group(0)} {street.group(0)}"
                )
            ]
        offer = _OFFERING.search(clause)
        medicine = street or _TREATMENT.search(clause)
        if offer is not None and medicine is not None:
            return [
                _finding(
                    Rule.SOURCING, "offering substances", f"{offer.group(0)} {medicine.group(0)}"
                )
            ]
    return []


# ---------------------------------------------------------------------------- mentions

_MENTION = re.compile(r"<@(&?)!?(\d+)>|@(everyone|here)\b")


def count_mentions(text: str) -> int:
    """How many distinct mentions (people, roles, @everyone, @here) a message carries."""
    # <@1> and <@!1> are the same person; a role and a user may share no id, but keep them apart.
    return len({(m.group(1), m.group(2), m.group(3)) for m in _MENTION.finditer(text)})


def find_mention_flood(text: str, limit: int = MENTION_LIMIT) -> list[Finding]:
    """A message mentioning ``limit`` or more different people or roles."""
    if "@" not in text and limit > 0:
        return []  # every kind of mention has an "@"
    count = count_mentions(text)
    if count < limit:
        return []
    return [_finding(Rule.MENTIONS, f"{count} mentions in one message", "")]


# ---------------------------------------------------------------------------- all text rules


_TEXT_RULES = tuple(rule for rule in PRIORITY if rule is not Rule.SPAM)
_ALL_RULES = frozenset(Rule)


def check_text(
    text: str, enabled: frozenset[Rule] = _ALL_RULES, *, quick: bool = True
) -> list[Finding]:
    """Every finding of the enabled text rules, the most serious rule first.

    ``quick=False`` runs every pattern without the word look-ups that skip most of them; the
    findings are the same (the tests compare both), only slower.
    """
    if not text:
        return []
    norm = normalise(text)  # once for every rule
    words = _letter_words(norm) if quick else None
    found: list[Finding] = []
    for rule in _TEXT_RULES:
        if rule not in enabled:
            continue
        if rule is Rule.SOURCING:
            found.extend(_sourcing(norm, words))
        elif rule is Rule.HARASSMENT:
            found.extend(_harassment(norm, words))
        elif rule is Rule.MENTIONS:
            found.extend(find_mention_flood(text))
        else:
            found.extend(_contact(norm, words))
    return found


def describe(findings: Iterable[Finding]) -> str:
    """What was found, in words: "a phone number and an e-mail address"."""
    kinds = list(dict.fromkeys(finding.kind for finding in findings))
    if len(kinds) <= 1:
        return "".join(kinds)
    return ", ".join(kinds[:-1]) + " and " + kinds[-1]
