"""Risk said in another language: members who write English as a second language often say
the hardest thing in their first ("todo el día pensando en matarme. sorry for spanish, is
easier to say in my language").

Only a few unmistakable phrases per language, each of the speaker's own intent or use, in the
spelling the normaliser leaves (lowercase, accents folded: "recaída" reads "recaida"). The
context readings are English, so a language's own negation is written into its rule ("nao
quero me matar" is "I don't want to kill myself"); Spanish "no" is already a negation.
"""

from bot.safety.rules.table import RL, RuleTable, S, V

RULES = RuleTable()
R = RULES.add

R(
    "suicide.other_language",
    S,
    "H",
    # Spanish
    r"\b(?:matarme|suicidarme|quitarme la vida|acabar con mi vida|quiero morir(?:me)?|me quiero morir|"
    r"(?:ya )?no quiero (?:seguir )?vivir|cansad[oa] de vivir|(?:voy a|quiero|me voy a) (?:terminar|acabar) con todo(?! (?:el|la|los|las|lo|mi|mis|tu|esto|eso)\b))\b|"
    # Portuguese (its "nao" negates: "nao quero morrer")
    # (the lookahead first, so that the look-behinds run only where a phrase starts)
    r"\b(?=me matar|me suicidar|tirar|acabar com|quero morrer)(?<!nao )(?<!nao vou )(?<!nao quero )(?<!nunca )"
    r"(?:me matar|me suicidar|tirar (?:a )?minha (?:propria )?"
    r"vida|acabar com (?:a )?minha vida|quero morrer)\b|\bnao quero (?:mais )?viver\b|"
    # Haitian Creole and Tagalog
    r"\b(?:m|mwen) vle mouri\b|\btouye tet (?:mwen|m)\b|\b(?:magpakamatay|gusto ko (?:nang |na )?mamatay)\b",
    roles="intent",
    ex="todo el dia pensando en matarme. sorry for spanish",
)
R(
    "relapse.other_language",
    RL,
    "M",
    # Spanish and Portuguese: a relapse, drinking or using again
    r"\b(?:tuve una recaida|tive uma recaida|recai|volvi a (?:tomar|beber|usar|consumir|drogarme|meter)|"
    r"voltei a (?:beber|usar)|bebi (?:de nuevo|otra vez|de novo))\b",
    roles="today",
    ex="tuve una recaida el fin de semana. relapse",
)
R(
    "violence.other_language",
    V,
    "H",
    # Spanish: a threat to kill someone ("lo voy a matar, te lo juro")
    r"\b(?:lo|la|los|las) voy a matar\b|\bvoy a matarl[oa]s?\b",
    roles="intent",
    ex="lo voy a matar, te lo juro",
)
R(
    "violence.other_language_weapon",
    V,
    "L",
    # Spanish: a weapon at hand ("tengo la pistola ready"), a threat's means
    r"\btengo (?:la|una|mi|el|un) (?:pistola|arma|cuchillo|navaja|escopeta)\b",
    roles="means",
    ex="tengo la pistola ready",
)
