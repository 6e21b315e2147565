"""The query page in a real browser: Debian's headless chromium, driven by selenium."""

from __future__ import annotations

import shutil

import pytest

from polkg import KnowledgeGraph
from polkg.endpoint import EndpointServer

from .conftest import EXAMPLES

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
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def _wait_for(browser, css: str):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    visible = ec.visibility_of_element_located((By.CSS_SELECTOR, css))
    return WebDriverWait(browser, 15).until(visible)


def _type_and_run(browser, server, query: str) -> None:
    from selenium.webdriver.common.by import By

    browser.get(server.url)
    editor = browser.find_element(By.ID, "query")
    editor.clear()
    editor.send_keys(query)
    browser.find_element(By.ID, "run").click()


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
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    browser.get(server.url)
    _wait_for(browser, "#examples option[value='named:party_on_date']")
    Select(browser.find_element(By.ID, "examples")).select_by_value("named:party_on_date")
    browser.find_element(By.NAME, "person").send_keys("Keir Starmer")
    browser.find_element(By.NAME, "date").send_keys("2021-01-01")
    browser.find_element(By.ID, "run").click()
    cells = _wait_for(browser, "#results tbody tr").find_elements(By.TAG_NAME, "td")
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
