"""The cues ``context`` looks for around a match, as compiled patterns, kept apart from the logic
that scopes them so each can be read alone (``context``'s docstring gives each modifier's
scope). One module per family:

* ``clauses``: where sentences, segments and clauses end; negation;
* ``when``: past, history, recent, now, and sentences that date the one before;
* ``questions``: hypotheticals, conditions, questions that are the speaker's own, answers;
* ``impulses``: fear, urges, coping, "almost", accidents;
* ``subjects``: who the clause is about;
* ``figures``: idioms, jokes, punchlines, trivial threats, topics, signs of danger.
"""
