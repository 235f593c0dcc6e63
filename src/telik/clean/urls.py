"""What a page's address tells of the page: the day it was published, where the site writes it there.

News sites put the publication day in their addresses ("/read/2021/03/28/191238078/...", "/2016/11/06/...",
"/20171015134539-20-248483/...", "/read/20201104/19/..."): the reference for an article that came without a
publication date, so "Senin (13/11)" and "kemarin" resolve against the day it was written.
"""
from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

#: A year, month and day as path segments or one dashed segment, or eight digits opening a segment (with up to
#: six more digits of clock time).
_DAY = re.compile(
    r"/(?P<y>(?:19|20)\d\d)([/-])(?P<m>[01]\d)\2(?P<d>[0-3]\d)(?=[/_.-]|$)"
    r"|/(?P<cy>(?:19|20)\d\d)(?P<cm>[01]\d)(?P<cd>[0-3]\d)(?:\d{4}|\d{6})?(?=[/_.-]|$)"
)
#: The earliest year a news address is taken to date.
_FIRST_YEAR = 1995


def url_date(url: str | None, today: date | None = None) -> date | None:
    """The publication day an address states, if it states one that exists and is not in the future."""
    if not url:
        return None
    path = urlsplit(url).path
    today = today or date.today()
    for m in _DAY.finditer(path):
        y, mo, d = (m.group("y"), m.group("m"), m.group("d")) if m.group("y") else (
            m.group("cy"), m.group("cm"), m.group("cd"))
        try:
            day = date(int(y), int(mo), int(d))
        except ValueError:
            continue
        if day.year >= _FIRST_YEAR and day <= today:
            return day
    return None
