"""The query page and the entity page in a real browser: Debian's headless chromium, driven by
selenium. Screenshots go to test-artifacts/ (git-ignored), and are checked: not blank, the
timeline chart drawn."""

from __future__ import annotations

import io
import shutil
import urllib.parse

import pytest

from polkg import KnowledgeGraph
from polkg.endpoint import EndpointServer

from .conftest import CORBYN_ARTICLE, DATA, EXAMPLES, ROOT

ARTIFACTS = ROOT / "test-artifacts"
LABOUR = "https://w3id.org/polkg/id/party/labour-party"
CORBYN = "https://w3id.org/polkg/id/person/jeremy-corbyn"

CHROMIUM = shutil.which("chromium")
CHROMEDRIVER = shutil.which("chromedriver")

pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="Debian's chromium and chromium-driver are not installed "
           "(apt-get install chromium chromium-driver; .ci/run does it)")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    kg = KnowledgeGraph(tmp_path_factory.mktemp("page") / "store")
    kg.load([EXAMPLES / "labour-leadership.ttl"])
    with EndpointServer(kg, port=0, max_rows=1).start() as running:
        yield running
    kg.close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-quic", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--window-size=1400,1800",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def _run_party_on_date(browser, url: str, person: str, day: str) -> list:
    """Open the page, pick party_on_date from the examples, fill it in, run it: the first row's
    cells."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    browser.get(url)
    _wait_for(browser, "#examples option[value='named:party_on_date']")
    Select(browser.find_element(By.ID, "examples")).select_by_value("named:party_on_date")
    browser.find_element(By.NAME, "person").send_keys(person)
    browser.find_element(By.NAME, "date").send_keys(day)
    browser.find_element(By.ID, "run").click()
    return _wait_for(browser, "#results tbody tr").find_elements(By.TAG_NAME, "td")


def _wait_for(browser, css: str):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    visible = ec.visibility_of_element_located((By.CSS_SELECTOR, css))
    return WebDriverWait(browser, 15).until(visible)


def _type(browser, text: str) -> None:
    """Replace the editor's text by typing, as a user does."""
    from selenium.webdriver.common.keys import Keys

    editor = _wait_for(browser, "#query-editor .cm-content")
    editor.click()
    editor.send_keys(Keys.CONTROL, "a")
    editor.send_keys(Keys.DELETE)
    editor.send_keys(text)
    editor.send_keys(Keys.ESCAPE)  # close the completion list, if open


def _type_and_run(browser, server, query: str) -> None:
    from selenium.webdriver.common.by import By

    browser.get(server.url)
    _type(browser, query)
    browser.find_element(By.ID, "run").click()


def _editor_text(browser) -> str:
    from selenium.webdriver.common.by import By

    lines = browser.find_elements(By.CSS_SELECTOR, "#query-editor .cm-line")
    return "\n".join(line.text for line in lines)


def _screenshot(browser, name: str):
    """Save the page as test-artifacts/NAME.png; the image, as Pillow reads it."""
    from PIL import Image

    ARTIFACTS.mkdir(exist_ok=True)
    png = browser.get_screenshot_as_png()
    (ARTIFACTS / f"{name}.png").write_bytes(png)
    return Image.open(io.BytesIO(png)).convert("RGB")


def _drawn(image) -> float:
    """The share of pixels that are not background (near white)."""
    grey = image.convert("L")
    histogram = grey.histogram()
    return 1 - sum(histogram[235:]) / (grey.width * grey.height)


def _region(browser, image, css: str):
    """The part of a screenshot (of the viewport) that an element covers."""
    box = browser.execute_script(
        "const r = document.querySelector(arguments[0]).getBoundingClientRect();"
        "return [r.left, r.top, r.right, r.bottom, window.devicePixelRatio]", css)
    return image.crop(tuple(round(v * box[4]) for v in box[:4]))


def test_type_a_query_run_it_see_the_rows(browser, server):
    from selenium.webdriver.common.by import By

    query = ("SELECT ?name ?alias WHERE { ?p a pol:Person ; "
             "rdfs:label ?name ; pol:alias ?alias } ORDER BY ?name ?alias")
    _type_and_run(browser, server, query)
    _wait_for(browser, "#results tbody tr")
    head = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "#results thead th")]
    rows = [[td.text for td in tr.find_elements(By.TAG_NAME, "td")]
            for tr in browser.find_elements(By.CSS_SELECTOR, "#results tbody tr")]
    assert head == ["name", "alias"]
    # max_rows=1: the first row, and the page says the rest was cut.
    first = server.app.kg.query(query).rows[0]
    assert rows == [[str(first[0]), str(first[1])]]
    assert "Cut at 1 rows" in _wait_for(browser, "#truncated").text
    csv_link = browser.find_element(By.ID, "download-csv").get_attribute("href")
    assert csv_link.startswith(server.url + "sparql?query=") and csv_link.endswith("format=csv")


def test_syntax_error_is_shown(browser, server):
    _type_and_run(browser, server, "SELECT ?x WHERE { ?x ?y }")
    assert "400" in _wait_for(browser, "#error").text


def test_named_query_from_the_examples(browser, server):
    cells = _run_party_on_date(browser, server.url, "Keir Starmer", "2021-01-01")
    assert [c.text for c in cells][:2] == ["https://w3id.org/polkg/id/party/labour-party",
                                          "Labour Party"]


def test_hostile_data_is_shown_as_text_never_run(browser, tmp_path):
    """A javascript: IRI is no link and markup in a literal stays text (stored XSS)."""
    from selenium.webdriver.common.by import By

    data = tmp_path / "hostile.nt"
    label = "<http://example.org/says>"
    data.write_text(f'<javascript:window.pwned=1> {label} "<img src=x onerror=window.pwned=2>" .\n'
                    f'<https://example.org/ok> {label} "ok" .\n')
    kg = KnowledgeGraph(tmp_path / "store")
    assert not kg.load([data]).failed
    with EndpointServer(kg, port=0).start() as hostile:
        _type_and_run(browser, hostile, f"SELECT ?x ?l WHERE {{ ?x {label} ?l }} ORDER BY ?l")
        _wait_for(browser, "#results tbody tr")
        rows = browser.find_elements(By.CSS_SELECTOR, "#results tbody tr")
        cells = [[td.text for td in tr.find_elements(By.TAG_NAME, "td")] for tr in rows]
        links = [a.get_attribute("href")
                 for a in browser.find_elements(By.CSS_SELECTOR, "#results a")]
        for td in rows[0].find_elements(By.TAG_NAME, "td"):
            td.click()
        pwned = browser.execute_script("return window.pwned === undefined ? null : window.pwned")
    kg.close()
    assert cells == [["javascript:window.pwned=1", "<img src=x onerror=window.pwned=2>"],
                     ["https://example.org/ok", "ok"]]
    assert links == ["https://example.org/ok"]
    assert browser.find_elements(By.CSS_SELECTOR, "#results img") == []
    assert pwned is None


# -- the editor, shareable queries, entity pages -------------------------------------------------


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    """A server over the Labour example, an article on Jeremy Corbyn (sentences as evidence)
    and a results file (records as evidence)."""
    kg = KnowledgeGraph(tmp_path_factory.mktemp("pages") / "store")
    report = kg.load([EXAMPLES / "labour-leadership.ttl", CORBYN_ARTICLE,
                      DATA / "structured" / "HoC-GE2019-results-by-constituency.csv"])
    assert not report.failed
    with EndpointServer(kg, port=0).start() as running:
        yield running
    kg.close()


def test_the_editor_highlights_sparql_and_completes_prefixes(browser, pages):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    browser.get(pages.url)
    _type(browser, "SELECT ?s WHERE { ?s a po")
    editor = browser.find_element(By.CSS_SELECTOR, "#query-editor .cm-content")
    editor.send_keys(Keys.CONTROL, " ")
    _wait_for(browser, ".cm-tooltip-autocomplete li")
    options = [li.text for li in browser.find_elements(By.CSS_SELECTOR,
                                                       ".cm-tooltip-autocomplete li")]
    assert any(o.startswith("pol:") and "https://w3id.org/polkg/ontology#" in o
               for o in options), options
    image = _screenshot(browser, "query-editor-completion")
    assert _drawn(_region(browser, image, ".cm-tooltip-autocomplete")) > 0.05
    editor.send_keys(Keys.ENTER)
    # The brace was closed as it was typed; the completion went in before it.
    assert _editor_text(browser) == "SELECT ?s WHERE { ?s a pol:}"
    colours = browser.execute_script(
        "return [...document.querySelectorAll('#query-editor .cm-line span')]"
        ".map(s => [s.textContent, getComputedStyle(s).color])")
    plain = browser.execute_script(
        "return getComputedStyle(document.querySelector('#query-editor .cm-line')).color")
    by_text = dict(colours)
    assert by_text["SELECT"] != plain  # a keyword is coloured
    assert len({colour for _, colour in colours}) >= 2, colours


def test_an_unknown_prefix_is_named_on_the_page(browser, pages):
    _type_and_run(browser, pages, "SELECT ?s WHERE { ?s nope:thing ?o }")
    text = _wait_for(browser, "#error").text
    assert "unknown prefix nope:" in text and "PREFIX nope: <http://...>" in text
    assert "pol:, id:" in text and "['%']" not in text


def test_a_named_query_from_the_page_is_shared_by_its_url_and_leads_to_entity_pages(
        browser, pages):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    first = _run_party_on_date(browser, pages.url, "Jeremy Corbyn", "2019-06-01")
    assert [c.text for c in first][:2] == [LABOUR, "Labour Party"]
    shared = browser.current_url
    assert urllib.parse.parse_qs(urllib.parse.urlsplit(shared).query) == {
        "named": ["party_on_date"], "person": ["Jeremy Corbyn"], "date": ["2019-06-01"]}
    assert browser.find_element(By.ID, "share").get_attribute("href") == shared
    image = _screenshot(browser, "query-page")
    assert _drawn(image) > 0.02 and _drawn(_region(browser, image, "#results")) > 0.05

    # The link, opened afresh, restores the query and its parameters and runs it.
    browser.get(shared)
    first = _wait_for(browser, "#results tbody tr").find_elements(By.TAG_NAME, "td")
    assert [c.text for c in first][:2] == [LABOUR, "Labour Party"]
    assert browser.find_element(By.NAME, "person").get_attribute("value") == "Jeremy Corbyn"
    recent = [o.get_attribute("value") for o in
              browser.find_elements(By.CSS_SELECTOR, "#history option")]
    assert "?" + urllib.parse.urlsplit(shared).query in recent
    # ... and choosing it under "Recent" on a blank page runs it again.
    browser.get(pages.url)
    _wait_for(browser, "#history option[value]:not([value=''])")
    Select(browser.find_element(By.ID, "history")).select_by_value(
        "?" + urllib.parse.urlsplit(shared).query)
    first = _wait_for(browser, "#results tbody tr").find_elements(By.TAG_NAME, "td")
    assert [c.text for c in first][:2] == [LABOUR, "Labour Party"]

    # Its entity IRI leads to the party's page here, with its timeline drawn.
    link = first[0].find_element(By.CSS_SELECTOR, "a.entity")
    assert link.get_attribute("href") == (
        f"{pages.url}entity?{urllib.parse.urlencode({'iri': LABOUR})}")
    link.click()
    assert _wait_for(browser, "#label").text == "Labour Party"
    rows = browser.find_elements(By.CSS_SELECTOR, "#timeline tbody tr")
    timeline = pages.app.kg.timeline(LABOUR)
    assert len(rows) == len(timeline.entries)
    assert [td.text for td in rows[0].find_elements(By.TAG_NAME, "td")][:2] == [
        timeline.entries[0].date_text, timeline.entries[0].what]
    _check_chart(browser, WebDriverWait, "entity-labour-party")


def _check_chart(browser, wait, name: str) -> None:
    """The chart has loaded, and the screenshot shows it drawn: lines, bars and words."""
    wait(browser, 30).until(lambda b: b.execute_script(
        "const img = document.getElementById('timeline-chart');"
        "return img.complete && img.naturalWidth > 0"))
    browser.execute_script("document.getElementById('chart').scrollIntoView()")
    image = _screenshot(browser, name)
    chart = _region(browser, image, "#timeline-chart")
    assert chart.width > 300 and chart.height > 100
    assert _drawn(chart) > 0.02, f"the chart in test-artifacts/{name}.png looks blank"
    # The bars of the tenures, in timeline_plot's colours (Membership's blue).
    assert any(abs(r - 0x4C) < 12 and abs(g - 0x72) < 12 and abs(b - 0xB0) < 12
               for _, (r, g, b) in chart.getcolors(chart.width * chart.height))


def test_an_entity_page_shows_names_timeline_relations_and_evidence(browser, pages):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(f"{pages.url}entity?{urllib.parse.urlencode({'iri': CORBYN})}")
    assert _wait_for(browser, "#label").text == "Jeremy Corbyn"
    assert "wikidataId: Q291169" in browser.find_element(By.ID, "names").text
    rows = {}
    for tr in browser.find_elements(By.CSS_SELECTOR, "#timeline tbody tr"):
        cells = [td.text for td in tr.find_elements(By.TAG_NAME, "td")]
        rows.setdefault((cells[0], cells[1]), []).append(cells)
    # The sentence behind a fact read from the article, the record behind one from the
    # results file, and the file behind one stated by an RDF file.
    elected_1983 = rows[("1983", "Elected")][0]
    assert "Mr Corbyn was first elected as MP for Islington North in 1983." in elected_1983[4]
    assert any("record " in cells[4] and "HoC-GE2019" in cells[4]
               for key, group in rows.items() for cells in group if key[0].startswith("2019"))
    assert "stated by labour-leadership.ttl" in rows[("1965", "Membership began")][0][4]
    # Each source links to its document's page.
    documents = [a.get_attribute("href") for a in browser.find_elements(
        By.CSS_SELECTOR, "#timeline .evidence a.entity")]
    assert any("labour-leadership" in d for d in documents)
    assert any("corbyn-islington-north" in d for d in documents)
    relations = browser.find_elements(By.CSS_SELECTOR, "#relations a.entity")
    assert f"{pages.url}entity?{urllib.parse.urlencode({'iri': LABOUR})}" in [
        a.get_attribute("href") for a in relations]
    _check_chart(browser, WebDriverWait, "entity-jeremy-corbyn")


def test_an_unknown_entity_says_so(browser, pages):
    browser.get(f"{pages.url}entity?iri=https://w3id.org/polkg/id/person/nobody")
    assert "404" in _wait_for(browser, "#error").text
