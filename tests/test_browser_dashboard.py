"""The dashboard in headless Chromium: click through every view, take screenshots, never run scraped markup."""
from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest

from _api_data import ALERTS, XSS_ALERT, XSS_NAME, XSS_QUOTE, XSS_TITLE, build_store, running_server

playwright_api = pytest.importorskip("playwright.sync_api")
expect, sync_playwright = playwright_api.expect, playwright_api.sync_playwright

CHROMIUM = "/usr/bin/chromium"
pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian's Chromium at /usr/bin/chromium")]
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync"]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    with running_server(build_store(tmp_path_factory.mktemp("browser") / "b.db")) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, timeout=30_000)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser, base_url):
    """A fresh page that records dialogs, console errors and every request leaving the server."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(10_000)
    pg.dialogs, pg.errors, pg.foreign = [], [], []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.on("console", lambda m: m.type == "error" and pg.errors.append(m.text))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("request", lambda r: r.url.startswith(base_url) or r.url.startswith("data:") or pg.foreign.append(r.url))
    pg.base = base_url
    yield pg
    context.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    return Path(os.environ.get("TELIK_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))


def open_view(page, hash_: str, ready: str) -> None:
    page.goto(f"{page.base}/{hash_}")
    page.wait_for_selector(f"body[data-ready='{ready}']")


def test_browser_click_through_views(page, shots):
    open_view(page, "#/", "events")
    # three reports of two real-world events: the two Medan reports are one row with both sources
    assert page.locator("table.events tbody tr").count() == 2
    assert "2 reports" in page.locator("table.events tbody tr", has_text="Medan").text_content()
    # the village of Tamanjeka has no coordinates in the gazetteer: it is not drawn at Jakarta, so only the Medan event is on the map
    assert page.locator("#map circle.dot").count() == 1
    assert page.locator("#timeline circle.dot").count() == 2
    assert "3 documents" in page.locator("#stats").text_content()
    assert page.locator("#latest-alerts li.alert").count() == 3
    assert page.locator("#latest-alerts .alert-summary").first.text_content() == XSS_ALERT
    page.screenshot(path=shots / "events.png", full_page=True)

    page.fill("input[name=place]", "Medan")
    page.click("#event-filters button[type=submit]")
    expect(page.locator("table.events tbody tr")).to_have_count(1)  # polled: the CSP forbids eval

    page.locator("table.events tbody tr").first.locator("td").nth(1).locator("a").click()
    page.wait_for_selector("body[data-ready^='event/'] table.figures")
    assert page.locator("table.figures tbody tr").count() == 2
    page.screenshot(path=shots / "event.png", full_page=True)

    page.click("header nav a[data-view=conflicts]")
    page.wait_for_selector("body[data-ready='conflicts'] section.conflict")
    assert page.locator("section.conflict .side-by-side > .panel").count() == 2
    claims = page.locator("section.contradiction .side-by-side > .panel.claim")
    assert claims.count() == 2 and XSS_QUOTE in claims.nth(1).text_content()
    assert page.locator("section.contradiction .stance").all_text_contents() == ["asserts", "denies"]
    page.screenshot(path=shots / "conflicts.png", full_page=True)

    page.locator("section.conflict .side-by-side a").first.click()
    page.wait_for_selector("body[data-ready^='document/'] #doc-text")
    assert page.locator("#doc-text .hl-entity").count() >= 3
    assert page.locator("#doc-text .hl-date").count() == 1
    assert page.locator("#doc-text .hl-quote").count() >= 1
    assert page.locator("#doc-text .hl-event").count() >= 1
    assert page.locator("#doc-text").text_content().startswith("Bom meledak di pos polisi Medan")
    assert page.locator("#credibility li").all_text_contents() == ["named source quoted", "exact date given"]
    page.screenshot(path=shots / "document.png", full_page=True)

    page.locator("#doc-text").page.click("text=Jamaah Ansharut Daulah ORG >> a")
    page.wait_for_selector("body[data-ready^='entity/'] #cooccurring svg")
    assert "Jamaah Ansharut Daulah" in page.locator("h1.entity-name").text_content()
    assert page.locator("#cooccurring circle.node").count() >= 3
    assert page.locator("#entity-timeline circle.dot").count() == 1
    page.screenshot(path=shots / "entity.png", full_page=True)

    page.fill("#search-q", "pos polisi")
    page.press("#search-q", "Enter")
    page.wait_for_selector("body[data-ready='search'] ul.results li")
    assert page.locator("ul.results li").count() == 2 and page.locator("ul.results mark").count() >= 2
    page.screenshot(path=shots / "search.png", full_page=True)

    page.click("header nav a[data-view=documents]")
    page.wait_for_selector("body[data-ready='documents'] table.documents tbody tr")
    assert page.locator("table.outlets tbody tr").count() == 3
    assert "null" not in page.locator("main").text_content()
    warta = page.locator("table.outlets tbody tr", has_text="Warta Satu")
    assert "0.70" in warta.text_content() and "named source quoted: 1 of 1 articles" in warta.text_content()
    warta.locator("a").click()
    expect(page.locator("table.documents tbody tr")).to_have_count(1)
    page.screenshot(path=shots / "documents.png", full_page=True)

    page.click("header nav a[data-view=alerts]")
    page.wait_for_selector("body[data-ready='alerts'] #alerts li.alert")
    assert page.locator("#alerts .alert-summary").all_text_contents() == [a.summary for a in reversed(ALERTS)]
    page.select_option("#alert-filters select[name=kind]", "conflict")
    page.click("#alert-filters button[type=submit]")
    expect(page.locator("#alerts li.alert")).to_have_count(1)
    page.screenshot(path=shots / "alerts.png", full_page=True)
    page.click("header nav a[data-view=entities]")
    page.wait_for_selector("body[data-ready='entities'] table.entities tbody tr")
    assert not page.errors and not page.dialogs
    assert page.foreign == []  # offline: nothing but the server itself was asked for anything


@pytest.mark.parametrize("hash_, ready", [
    ("#/document/hostile", "document/hostile"), ("#/", "events"), ("#/entity/evil", "entity/evil"),
    ("#/documents", "documents"), ("#/entities", "entities"), ("#/search?q=menyerang", "search"),
    ("#/alerts", "alerts"), ("#/conflicts", "conflicts"),
])
def test_browser_hostile_text_is_shown_never_run(page, shots, hash_, ready):
    open_view(page, hash_, ready)
    page.wait_for_timeout(200)  # give any injected handler the chance to fire
    assert page.evaluate("window.__xss") is None
    assert page.dialogs == []
    assert page.locator("#view img, #view script, #view iframe").count() == 0
    hrefs = page.eval_on_selector_all("#view a", "as => as.map(a => a.getAttribute('href'))")
    assert not [h for h in hrefs if h.lower().startswith("javascript:")]
    text = page.locator("#view").text_content()
    assert XSS_NAME in text or XSS_TITLE in text or "evil" in text or XSS_ALERT in text
    if ready in ("alerts", "events"):
        assert XSS_ALERT in text  # the alert's markup is shown as text
    if ready == "document/hostile":
        assert page.locator("h1.doc-title").text_content() == XSS_TITLE
        assert XSS_QUOTE in page.locator("#doc-text").text_content()
        assert XSS_QUOTE in page.locator("#credibility li").all_text_contents()
        assert page.locator("#view a:text('original')").count() == 0  # a javascript: URL gets no link
        page.screenshot(path=shots / "hostile.png", full_page=True)
    assert not [e for e in page.errors if "Content Security Policy" not in e]


def test_browser_events_export_current_view(page):
    open_view(page, "#/events?place=Medan", "events")
    with page.expect_download() as info:
        page.click("#export-csv")
    path = info.value.path()
    rows = list(csv.DictReader(io.StringIO(Path(path).read_text(encoding="utf-8"))))
    assert len(rows) == 1 and rows[0]["key"] == "medan-bom" and rows[0]["report_count"] == "2"
    assert set(rows[0]["documents"].split("; ")) == {"medan-a", "medan-b"} and rows[0]["killed"] == "3"
    assert not page.errors


def test_browser_events_sort_by_column(page):
    open_view(page, "#/", "events")
    page.click("th button.sort[data-sort=date]")
    page.wait_for_function("location.hash.includes('order=asc')")
    page.wait_for_selector("body[data-ready='events']")
    dates = page.locator("table.events tbody tr td:first-child").all_text_contents()
    assert dates == sorted(dates) and len(dates) == 2
    assert page.locator("th[aria-sort=ascending] button[data-sort=date]").count() == 1
    page.click("th button.sort[data-sort=date]")
    page.wait_for_function("location.hash.includes('order=desc')")
    page.wait_for_selector("body[data-ready='events']")
    expect(page.locator("table.events tbody tr td:first-child")).to_have_text(sorted(dates, reverse=True))
    page.select_option("#event-filters select[name=type]", "ARREST")
    page.click("#event-filters button[type=submit]")
    page.wait_for_selector("body[data-ready='events']")
    expect(page.locator("table.events tbody tr")).to_have_count(0)
    assert not page.errors


def test_browser_keyboard_reaches_map_timeline_and_graph(page):
    open_view(page, "#/", "events")
    dot = page.locator("#map circle.dot").first
    dot.focus()
    assert page.evaluate("document.activeElement.getAttribute('role')") == "link"
    outline = page.evaluate("getComputedStyle(document.activeElement).stroke")
    assert outline and outline != "none"
    page.keyboard.press("Enter")
    page.wait_for_selector("body[data-ready^='event/']")
    open_view(page, "#/", "events")
    for _ in range(60):  # Tab from the top reaches the timeline's dots
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('#timeline') !== null"):
            break
    else:
        pytest.fail("Tab never reached the timeline")
    page.keyboard.press(" ")
    page.wait_for_selector("body[data-ready^='event/']")
    open_view(page, "#/entity/jad", "entity/jad")
    node = page.locator("#cooccurring circle.node:not(.center)").first
    node.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("location.hash.startsWith('#/entity/') && location.hash !== '#/entity/jad'")
    assert not page.errors


def test_browser_timeline_axis_and_graph_labels_do_not_overlap(page):
    open_view(page, "#/entity/jad", "entity/jad")
    boxes = page.evaluate("""[...document.querySelectorAll('#cooccurring text')].map((t) => {
        const b = t.getBBox(); return [b.x, b.y, b.width, b.height]; })""")
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            overlap = a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]
            assert not overlap, (a, b)
    open_view(page, "#/", "events")
    assert page.locator("#timeline text.tick-label").count() >= 2
