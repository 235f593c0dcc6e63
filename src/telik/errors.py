"""Numbered error messages that tell the user what to do next."""
from __future__ import annotations

from enum import StrEnum


class Errors(StrEnum):
    E001 = "Cannot read {path}: {reason}. Check the path and file permissions."
    E002 = "{path} is not a supported input (.txt, .html, .htm, .jsonl, .jsonl.gz, .xml, .rss, .atom) or a folder."
    E003 = "{path} looks binary ({reason}); Telik reads text, HTML, JSONL and RSS/Atom."
    E004 = "{path} is empty."
    E005 = "{path}, line {line}: not a JSON object ({reason}). Each line must hold one record with `text` or `html`."
    E006 = "{path}, line {line}: record has neither `text` nor `html`."
    E007 = "{path}: feed rejected ({reason}). Entity expansion and external DTDs are never processed."
    E008 = "{path}: decompressed size exceeds the cap of {cap} bytes; raise TELIK_MAX_INPUT_BYTES to read it."
    E009 = "Database URL {url!r} is not supported; use sqlite:///FILE or postgresql://…"
    E010 = "Article {id} is {size} characters, over the limit of {limit}; raise TELIK_MAX_DOC_CHARS to process it."
    E011 = "No input found in {paths}; give files or folders of .txt, .html, .jsonl or feeds."
    E012 = "Unknown export format {fmt!r}; choose one of {choices}."
    E013 = "Data file {path} is invalid: {reason}."
    E014 = "URL {url!r} refused: {reason}. Pass --allow-private to fetch from private addresses."
    E015 = "Alert rules in {path} are invalid: {reason}."
    E016 = "{url} answered HTTP {status}; it will be polled again at the next interval."
    E017 = "{path}, line {line}: JSON nested too deeply to read; the line is skipped, the rest of the file is kept."
    E018 = "Article {id} took more than {seconds} s and was skipped; raise TELIK_ARTICLE_SECONDS to give it longer."
    E019 = "Article {id} holds lone surrogates no encoder accepts; read it through telik.ingest, which replaces them."
    E020 = ("Refusing to serve on {host}: it is reachable from other machines and {missing} is not set; set it "
            "(see the README's Security section) or listen on 127.0.0.1.")
    E021 = ("A token in {name} is {length} characters long; use at least {minimum}, e.g. "
            "`python -c 'import secrets; print(secrets.token_urlsafe())'`.")
    E022 = ("URL {url!r} refused: {reason}. Metadata and link-local addresses are never fetched, "
            "even with --allow-private.")
    E023 = "{path} is an HTML page, not an RSS or Atom feed; name it .html to read it as one article."
    E024 = "{path}, item {item}: the feed item has no text; the other items are kept."
    E025 = "Article {id} failed in processing ({reason}); the rest of the batch goes on."
    E026 = "Article {id} could not be stored ({reason}); the rest of the batch goes on."
    E027 = "Article {id} was lost with batch shard {index} ({reason}); the shard is not retried."
    E030 = "Cannot open the database {url}: {reason}. Check that the server runs and the URL's host, port and user."
    E031 = "The folder {folder} of SQLite database {url} does not exist; create it or give another --db."
    E032 = "No database at {path}; this command only reads one. Check --db, or create it with `telik ingest`."
    E033 = "Unknown event type {value!r}; choose one of {choices}."
    E034 = "{option} {value!r} is not a date; give YYYY, YYYY-MM or YYYY-MM-DD."
    E035 = "No place {value!r} in the gazetteer or among the events' places; places with most events: {choices}."


def brief(exc: BaseException) -> str:
    """An exception as one line of an error message: its type and the first line of its text (a database error's
    text runs on with the statement and a link)."""
    text = str(exc).strip().split("\n", 1)[0]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


class TelikError(Exception):
    """An error with a numbered, actionable message; the CLI prints it without a traceback."""

    def __init__(self, code: Errors, **kwargs: object) -> None:
        self.code = code.name
        self.message = code.value.format(**kwargs)
        super().__init__(f"[{self.code}] {self.message}")
