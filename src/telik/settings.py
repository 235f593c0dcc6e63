"""Options in one place, with documented defaults; each can be set from the environment."""
from __future__ import annotations

import os
from dataclasses import dataclass, field


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


@dataclass(frozen=True)
class Settings:
    #: Database URL used when --db is not given (TELIK_DB).
    db_url: str = field(default_factory=lambda: os.environ.get("TELIK_DB", "sqlite:///telik.db"))
    #: Largest input file or decompressed stream read, in bytes (TELIK_MAX_INPUT_BYTES).
    max_input_bytes: int = field(default_factory=lambda: _env_int("TELIK_MAX_INPUT_BYTES", 50_000_000))
    #: Longest article processed, in characters; longer ones are refused with E010 (TELIK_MAX_DOC_CHARS).
    max_doc_chars: int = field(default_factory=lambda: _env_int("TELIK_MAX_DOC_CHARS", 10_000_000))
    #: Characters handed to spaCy at once; longer texts are processed in chunks (TELIK_CHUNK_CHARS).
    chunk_chars: int = field(default_factory=lambda: _env_int("TELIK_CHUNK_CHARS", 100_000))
    #: Most articles (or chunks) the trained components take at once (TELIK_BATCH_SIZE).
    batch_size: int = field(default_factory=lambda: _env_int("TELIK_BATCH_SIZE", 16))
    #: Most characters the trained components take at once, unless one article alone is longer (TELIK_BATCH_CHARS).
    batch_chars: int = field(default_factory=lambda: _env_int("TELIK_BATCH_CHARS", 200_000))
    #: Run the trained components (tok2vec, morphologizer, ner) before the rule components; TELIK_TRAINED=0 runs
    #: the rules and the gazetteer alone: about twice as fast, but names only the model knows are missed and the
    #: results differ from the default's. The benchmark uses it to measure the rules' own speed.
    trained: bool = field(default_factory=lambda: os.environ.get("TELIK_TRAINED", "1") != "0")
    #: Largest request body the API accepts, in bytes (TELIK_MAX_BODY_BYTES).
    max_body_bytes: int = field(default_factory=lambda: _env_int("TELIK_MAX_BODY_BYTES", 2_000_000))
    #: Highest `limit` an API list call accepts (TELIK_MAX_PAGE).
    max_page: int = field(default_factory=lambda: _env_int("TELIK_MAX_PAGE", 500))
    #: API requests handled at once; more get 503 at once instead of queueing (TELIK_MAX_CONCURRENCY).
    max_concurrency: int = field(default_factory=lambda: _env_int("TELIK_MAX_CONCURRENCY", 32))
    #: Most articles one API ingestion request may carry (TELIK_MAX_INGEST_ARTICLES).
    max_ingest_articles: int = field(default_factory=lambda: _env_int("TELIK_MAX_INGEST_ARTICLES", 50))
    #: Seconds one article may take through cleaning and the pipeline before it is reported as failed and the
    #: run goes on, plus `article_seconds_per_mb` per million characters; 0 for no limit (TELIK_ARTICLE_SECONDS).
    article_seconds: float = field(default_factory=lambda: _env_float("TELIK_ARTICLE_SECONDS", 30.0))
    #: Extra seconds per million characters of the article, so long texts get time in proportion (about 13× the
    #: pipeline's speed on one idle core) (TELIK_ARTICLE_SECONDS_PER_MB).
    article_seconds_per_mb: float = field(default_factory=lambda: _env_float("TELIK_ARTICLE_SECONDS_PER_MB", 60.0))
    #: Accept POST /api/ingest (TELIK_API_ALLOW_INGEST=1, or `telik serve --allow-ingest`); read-only otherwise.
    api_allow_ingest: bool = field(default_factory=lambda: os.environ.get("TELIK_API_ALLOW_INGEST", "") == "1")
    #: API tokens that may read, comma-separated (TELIK_API_READ_TOKENS); required beyond loopback.
    api_read_tokens: tuple[str, ...] = field(default_factory=lambda: _env_list("TELIK_API_READ_TOKENS"))
    #: API tokens that may read and ingest, comma-separated (TELIK_API_INGEST_TOKENS).
    api_ingest_tokens: tuple[str, ...] = field(default_factory=lambda: _env_list("TELIK_API_INGEST_TOKENS"))
    #: Host names the API answers to, comma-separated; empty: loopback names and the address it listens on
    #: (TELIK_API_HOSTS). Other Host headers get 400, which defeats DNS rebinding.
    api_hosts: tuple[str, ...] = field(default_factory=lambda: _env_list("TELIK_API_HOSTS"))
    #: Seconds a client has to send a whole request body (TELIK_BODY_TIMEOUT); slower ones get 408.
    body_timeout: float = field(default_factory=lambda: _env_float("TELIK_BODY_TIMEOUT", 10.0))
    #: API requests one client address may have in flight at once (TELIK_MAX_PER_CLIENT); more get 429.
    max_per_client: int = field(default_factory=lambda: _env_int("TELIK_MAX_PER_CLIENT", 8))


def _env_list(name: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in os.environ.get(name, "").split(",") if v.strip())


def _env_float(name: str, default: float) -> float:
    value = os.environ.get(name)
    return float(value) if value else default


def get_settings() -> Settings:
    """The settings read from the environment now (so tests and servers see changes)."""
    return Settings()
