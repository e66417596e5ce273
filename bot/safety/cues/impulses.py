"""Fear, urges, coping after an urge, "almost" and accidents: what the speaker feels towards
an act rather than the act.
"""

from __future__ import annotations

import re

FEAR = re.compile(
    r"\b(?:scared|afraid|terrified|worried|worry|worrying|worries|nervous|anxious|fear|fears|"
    r"fearing|paranoid|frightened|concerned|dread|dreading|panicking about)\b"
)
# Not fear of what may come: fear of how strong a present wish is ("I'm scared of how much I
# want to die right now"), or asking whether what was done is a worry ("should I worry that I
# took double my seroquel plus a few drinks?").
NOT_FEAR = re.compile(
    r"\b(?:scared|afraid|terrified|frightened|scares me|terrifies me)(?: of| by)? how (?:much|badly|calm|"
    r"okay|ok|peaceful|at peace|ready|normal|easy) i\b|"
    r"\bshould (?:i|we) (?:be )?(?:worried|worry|scared|concerned)\b"
)
# Worry told to others is no fear of the act: reassurance ("no worries i took them all",
# "please don't worry i have the pills lined up") and worry the speaker would cause ("i don't
# want to worry anyone i want to die").
REASSURANCE = re.compile(
    r"\b(?:no worries|not to worry|no need to worry|nothing to worry about|"
    r"(?:don't|dont|do not) worry|"
    r"worry(?:ing)? (?:anyone|anybody|you|u|y'all|yall|everyone|everybody|people))\b"
)
# An urge governs the words right after it ("tempted to get the blades out", "craving a drink"),
# not a later act in the same clause ("so tempted I just bought a six pack").
URGE = re.compile(
    r"\b(?:tempted|temptation|urge|urges|want|wants|wanted|wanting|wanna|craving|cravings|crave|"
    r"itching|feel like|thinking about|thinking of|thought about|thoughts? (?:of|about)|need|needing|"
    r"fantasizing|romanticizing|daydreaming|miss|missing|the pull|pulled)(?: (?:to|of|about|for|so bad to|"
    r"so badly to|so bad|so badly))?(?: (?!i\b|i'm\b|i've\b|and\b|but\b|so\b)[\w']+){0,2} ?$"
)
MANAGED_AFTER = re.compile(
    r"\b(?:but|though|tho) (?:i |they |it |that |the urge |the craving )?(?:didn't|did not|don't|"
    r"won't|haven't|passed|went away|faded|is passing|called|texted|reached out|talked|"
    r"am talking|'m talking|went to a meeting|did the|(?:i'm |im |am )?doing the|used my|"
    r"(?:i'm |im |am )?using my|held on|held off|resisted|"
    r"got through|made it through|stayed|threw it|poured it|walked away|left|drove past|"
    r"kept driving|chose|picked up the phone|i'm okay|i'm ok|i'm safe)\b|\binstead\b(?<!\bdo instead)(?! of)|"
    r"\b(?:threw|poured|flushed) (?:it|them|the \w+) (?:out|away|down)\b|"
    r"\b(?:until|til|till|and) (?:it|the urge|the craving|that) (?:passed|went away|faded)\b|"
    r"\bheld (?:an? |the |some )?ice\b"
)
ALMOST = re.compile(r"\b(?:almost|nearly|close to)\b")
# An accident is not self-harm, but an accidental overdose is still an overdose (policy.py).
ACCIDENT = re.compile(r"\b(?:accidentally|accidently|by accident|on accident|by mistake)\b")
