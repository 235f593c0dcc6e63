"""Remove scraping noise, keeping a map from clean text back to the original offsets."""
from __future__ import annotations

from dataclasses import dataclass, field

from telik.model import Article
from telik.offsets import OffsetMap


@dataclass
class Cleaned:
    text: str
    offsets: OffsetMap
    title: str | None = None
    outlet: str | None = None
    dateline: str | None = None
    published: str | None = None
    wire: list[str] = field(default_factory=list)


def clean_article(article: Article) -> Cleaned:
    """Minimal: keeps the whole text."""
    return Cleaned(
        text=article.text,
        offsets=OffsetMap.identity(len(article.text)),
        title=article.title,
        outlet=article.outlet,
        published=article.published,
    )
