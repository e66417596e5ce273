"""Spanish in an English message: a threat with its weapon, a plan for tonight, using again.

On the code before this file the rules alone were quiet on every alert case below.
"""

import pytest

from bot.safety import Category, Severity
from tests.unit.safety.rules_alone import assert_alerts, assert_quiet


@pytest.mark.parametrize(
    ("text", "category", "severity"),
    [
        (
            "lo voy a matar, te lo juro. he touched my little sister. tengo la pistola ready",
            Category.VIOLENCE,
            Severity.CRITICAL,
        ),
        (
            "estoy cansado de vivir, hermano. voy a terminar con todo esta noche",
            Category.SUICIDE,
            Severity.CRITICAL,
        ),
        ("estoy cansada de vivir, like i'm done", Category.SUICIDE, Severity.HIGH),
        ("me volví a meter perico anoche. i was 90 days", Category.RELAPSE, Severity.MEDIUM),
    ],
)
def test_spanish_risk_alerts(text: str, category: Category, severity: Severity) -> None:
    assert_alerts(text, category, severity)


@pytest.mark.parametrize(
    "text",
    [
        "voy a terminar con todo el trabajo hoy, then pizza",
        "mi mama dice que me va a matar si llego tarde lol",
    ],
)
def test_everyday_spanish_stays_quiet(text: str) -> None:
    assert_quiet(text)
