"""The dashboard in headless Chromium (Debian's `chromium`, driven by Playwright with that executable).

Skipped, with the reason, where Chromium or Playwright is missing (`make test` installs both on Debian).
Screenshots go to the folder VIGIE_SCREENSHOTS names, by default build/screenshots/ in the checkout.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

CHROMIUM = os.environ.get("VIGIE_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
SCREENSHOTS = Path(os.environ.get("VIGIE_SCREENSHOTS") or Path(__file__).resolve().parents[2] / "build" / "screenshots")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def server(api_db):
    import uvicorn

    from vigie.api.app import create_app

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(create_app(api_db), host="127.0.0.1", port=port, log_level="warning")
    app_server = uvicorn.Server(config)
    thread = threading.Thread(target=app_server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not app_server.started:
        if time.monotonic() > deadline:
            pytest.fail("the API server did not start in 20 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/"
    app_server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM:
        pytest.skip("no chromium on this machine (Debian: apt-get install chromium; `make test` does it as root)")
    playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, server):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1400, "height": 1100})
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    page.on("requestfailed", lambda req: errors.append(f"request failed: {req.url}"))
    page.goto(server)
    page.wait_for_selector("body[data-ready='1']", timeout=90_000)
    yield page
    assert not errors, errors
    page.close()


def test_the_dashboard_loads_the_stores_events(page, client):
    total = client.get("/api/events").json()["total"]
    assert page.locator("#count").inner_text() == f"({total})"
    assert page.locator("#events tbody tr").count() == min(total, 25)
    assert f"{total} événements" in page.locator("#stats").inner_text()
    page.screenshot(path=str(SCREENSHOTS / "dashboard.png"), full_page=True)


@pytest.mark.parametrize("chart", ["timeline", "network", "map"])
def test_each_chart_renders(page, chart):
    svg = page.locator(f"#{chart} svg")
    assert svg.count() >= 1
    shapes = page.locator(f"#{chart} svg path, #{chart} svg circle, #{chart} svg rect").count()
    assert shapes > 5, f"{chart} drew {shapes} shapes"
    page.locator(f"#{chart}").screenshot(path=str(SCREENSHOTS / f"{chart}.png"))


def test_a_filter_changes_the_table(page, client):
    planned = client.get("/api/events", params={"mode": "planned"}).json()["total"]
    page.select_option("select[name=mode]", "planned")
    page.click("#filters button[type=submit]")
    page.wait_for_function(f"document.querySelector('#count').textContent === '({planned})'")
    modes = page.locator("#events tbody tr td:nth-child(2)").all_inner_texts()
    assert modes and set(modes) == {"planned"}


def test_the_evidence_view_highlights_the_trigger(page, client):
    first = client.get("/api/events", params={"page_size": 1}).json()["items"][0]
    page.locator("#events tbody tr").first.click()
    mark = page.locator("#evidence mark.trigger")
    mark.wait_for()
    article = client.get(f"/api/articles/{first['doc_id']}").json()
    assert mark.inner_text() == article["text"][first["trigger_start"]:first["trigger_end"]]
    assert first["sentence"].startswith(page.locator("#evidence .sentence").inner_text()[:40])
    assert page.locator("#mentions li").count() >= 1
    page.locator("#evidence-panel").screenshot(path=str(SCREENSHOTS / "evidence.png"))
