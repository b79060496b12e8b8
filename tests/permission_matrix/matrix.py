"""The declarative part of the permission matrix.

Each write route has one or more `Case`s: which URL to send a POST to, with which data, which
actors may do it (`allowed`) and how to see that the write really happened (`effect`). Every
other actor is refused: 403 or 404 (anonymous visitors may also be sent to the login page)
and the database stays exactly as it was. Actors in `no_grant` need only come away without
the right (the effect did not happen, no error page): where the new rule answers with an
invitation or request instead of a refusal.

To add a route: append a `Case` to the table of its app in `tests/permission_matrix/routes/`.
"""

from collections.abc import Callable
from dataclasses import dataclass

from tests.permission_matrix.world import ACTORS, World

EVERYONE = frozenset(ACTORS)
LOGGED_IN = EVERYONE - {"anonymous"}
ADMIN = frozenset({"admin"})
COORDINATORS = frozenset({"coordinator", "admin"})
#: Staff of the owning organisation (and the admin): the organisation's own editors.
OWN_EDITORS = frozenset({"owner", "admin"})
MEMBERS_OF_A = frozenset({"owner", "colleague", "coordinator", "admin"})


@dataclass(frozen=True)
class Context:
    world: World
    actor: str
    user: object
    client: object
    response: object = None


@dataclass(frozen=True)
class Case:
    route: str
    url: Callable[[World], str]
    allowed: frozenset
    effect: Callable[[Context], bool]
    data: Callable[[World, str], dict] | None = None
    variant: str = ""
    no_grant: frozenset = frozenset()
    #: Public routes: everyone may send them; the effect is checked for every actor.
    public: bool = False
    prepare: Callable[[World, object], None] | None = None
    #: Actors for whom the effect holds before the request already (say why at the case);
    #: for everyone else it must not, or the row could not fail.
    holds_before: frozenset = frozenset()

    @property
    def id(self) -> str:
        return f"{self.route}[{self.variant}]" if self.variant else self.route


@dataclass(frozen=True)
class GetOnly:
    """A route that only shows: a POST to it answers 405 or changes nothing."""

    route: str
    url: Callable[[World], str]
