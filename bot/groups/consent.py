"""Group guidelines and consent: the text in force, its versions, and who agreed to which.

Consent is recorded before the participant role is granted. When a guild bumps its version,
Lantern cannot list the members holding the participant role (that needs the privileged
members intent, which Lantern does not ask for), so it checks each member lazily: on their
next message in a group channel, or their next click on a guidelines button. Consent is only
enforced in guilds that have posted guidelines; before that there is nothing to agree to.

The check on messages runs for every message, so what is already settled is kept in memory:
a (guild, member) pair that was found fine at the guild's current version is not looked up
again until the version changes.
"""

from dataclasses import dataclass
from enum import StrEnum

from bot.clock import Clock
from bot.content import GUIDELINES_MAX
from bot.content import Guidelines as DefaultGuidelines
from bot.errors import InvalidInput
from bot.groups.model import Guidelines, GuidelinesPost
from bot.store.groups import GroupStore

TITLE_MAX = 100
SETTLED_MEMBERS = 100_000


class Agreement(StrEnum):
    """What a click on an I agree button did."""

    AGREED = "agreed"  # consent recorded for the current version
    OUTDATED = "outdated"  # the button is for an older version; nothing recorded


@dataclass(frozen=True, slots=True)
class AgreeResult:
    """The outcome of a click, and the guidelines in force."""

    outcome: Agreement
    current: Guidelines


class GuidelinesService:
    """Guidelines versions, posts and consent for every guild."""

    def __init__(self, store: GroupStore, clock: Clock, default: DefaultGuidelines) -> None:
        self._store = store
        self._clock = clock
        self._default = default
        self._versions: dict[int, int] = {}
        self._enforced: set[int] = set()
        self._settled: dict[tuple[int, int], int] = {}

    async def load(self) -> None:
        """Read every guild's current version, and where consent is in use (at start-up)."""
        self._versions = await self._store.guideline_versions()
        self._enforced = await self._store.guilds_with_posts()

    def version(self, guild_id: int) -> int:
        """The guild's current guidelines version."""
        return self._versions.get(guild_id, self._default.version)

    def enforced(self, guild_id: int) -> bool:
        """Whether the guild has posted guidelines, so participants must have agreed."""
        return guild_id in self._enforced

    async def current(self, guild_id: int) -> Guidelines:
        """The guidelines in force: the guild's own newest, or the shipped default."""
        row = await self._store.latest_guidelines(guild_id)
        if row is None:
            return Guidelines(
                guild_id, self._default.version, self._default.title, self._default.text, False
            )
        return Guidelines(guild_id, row["version"], row["title"], row["text"], True)

    async def edit(self, guild_id: int, title: str, text: str, edited_by: int) -> Guidelines:
        """Store new guidelines as a new version; everyone must agree again."""
        title, text = title.strip(), text.strip()
        if not text:
            raise InvalidInput("The guidelines can't be empty. Nothing was changed.")
        if len(text) > GUIDELINES_MAX:
            raise InvalidInput(
                f"The guidelines can be up to {GUIDELINES_MAX:,} characters; these are "
                f"{len(text):,}. Nothing was changed."
            )
        title = (title or self._default.title)[:TITLE_MAX]
        version = await self._store.add_guidelines(
            guild_id,
            title,
            text,
            edited_by,
            self._clock.now(),
            at_least=self.version(guild_id),
        )
        self._versions[guild_id] = version
        return Guidelines(guild_id, version, title, text, True)

    async def record_post(self, post: GuidelinesPost) -> None:
        """Remember where a version was posted; from now on consent is enforced here."""
        await self._store.add_post(post, self._clock.now())
        self._enforced.add(post.guild_id)

    async def posts(self, guild_id: int) -> list[GuidelinesPost]:
        """Where the guild's guidelines were posted, newest version first."""
        return await self._store.posts(guild_id)

    async def agree(self, guild_id: int, member_id: int, version: int) -> AgreeResult:
        """Record consent to ``version`` if it is the current one (the DB before any role)."""
        current = await self.current(guild_id)
        if version != current.version:
            return AgreeResult(Agreement.OUTDATED, current)
        await self._store.record_consent(guild_id, member_id, version, self._clock.now())
        self.settle(guild_id, member_id)
        return AgreeResult(Agreement.AGREED, current)

    async def has_agreed(self, guild_id: int, member_id: int) -> bool:
        """Whether the member agreed to the current version."""
        agreed = await self._store.consented_version(guild_id, member_id)
        return agreed is not None and agreed >= self.version(guild_id)

    def settled(self, guild_id: int, member_id: int) -> bool:
        """Whether nothing needs checking for this member now (no database access)."""
        if guild_id not in self._enforced:
            return True
        return self._settled.get((guild_id, member_id)) == self.version(guild_id)

    def settle(self, guild_id: int, member_id: int) -> None:
        """Remember that the member was checked at the guild's current version."""
        if len(self._settled) >= SETTLED_MEMBERS:
            self._settled.clear()  # a rare, cheap reset: entries are re-checked on demand
        self._settled[(guild_id, member_id)] = self.version(guild_id)

    async def export(self, guild_id: int, member_id: int) -> list[dict[str, object]]:
        """A member's consent records, for a data export."""
        return list(await self._store.consents_of(guild_id, member_id))

    async def forget(self, guild_id: int, member_id: int) -> int:
        """Delete a member's consent records."""
        self._settled.pop((guild_id, member_id), None)
        return await self._store.forget_consents(guild_id, member_id)
