"""The demo's scorecard: what each scene must have shown, and whether it did."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Check:
    """One expectation of one scene, and its outcome."""

    scene: int
    what: str
    passed: bool
    detail: str = ""


@dataclass
class Scorecard:
    """Every check made while the demo ran, in order."""

    checks: list[Check] = field(default_factory=list)
    scene: int = 0

    def expect(self, passed: object, what: str, detail: str = "") -> bool:
        """Record that ``what`` should be true in the current scene; returns whether it was."""
        ok = bool(passed)
        self.checks.append(Check(self.scene, what, ok, "" if ok else detail))
        return ok

    def fail(self, what: str, detail: str) -> None:
        """Record a failure that is not a simple condition (a scene that could not finish)."""
        self.checks.append(Check(self.scene, what, False, detail))

    @property
    def failures(self) -> list[Check]:
        """The checks that did not pass."""
        return [check for check in self.checks if not check.passed]

    def scenes_with_failures(self) -> list[int]:
        """The numbers of the scenes that did not happen as expected."""
        return sorted({check.scene for check in self.failures})
