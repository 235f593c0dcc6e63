"""Dependencies shared by the routers: the store, pagination, sort order, date filters."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

from fastapi import Depends, HTTPException, Path, Query, Request

from telik.api.settings import MAX_PAGE
from telik.store import Store

#: A date filter: a year, a month or a day (anything else is a 422, never reaches SQL).
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
DateQuery = Annotated[str | None, Query(pattern=DATE_PATTERN, description="YYYY, YYYY-MM or YYYY-MM-DD")]
#: Text parameters hold no control characters (PostgreSQL refuses NUL; SQLite would cut the string there).
NO_CONTROL = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*$"
#: Free-text filters are bound as parameters; the length cap keeps them cheap.
TextQuery = Annotated[str | None, Query(max_length=200, pattern=NO_CONTROL)]
#: A document or entity key in the path.
KeyPath = Annotated[str, Path(max_length=600, pattern=NO_CONTROL)]


def get_store(request: Request) -> Store:
    """The store opened in the app's lifespan."""
    store: Store = request.app.state.store
    return store


@dataclass(frozen=True)
class Paging:
    limit: int
    offset: int


def paging(
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"items per page (at most {MAX_PAGE})")] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> Paging:
    """`limit` (capped) and `offset` of a list call."""
    return Paging(limit, offset)


Order = Annotated[Literal["asc", "desc"] | None, Query(description="sort direction")]
StoreDep = Annotated[Store, Depends(get_store)]
PagingDep = Annotated[Paging, Depends(paging)]


def not_found(what: str, key: str | int) -> HTTPException:
    """A 404 naming what was looked for."""
    return HTTPException(404, f"no {what} {str(key)[:200]!r}")
