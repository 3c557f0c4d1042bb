"""The 台账 pages in a real browser (headless chromium + chromedriver, as test_browser.py): a 社区 account logs in,
sees the 挂图作战 grid of the demo street, reports progress on its own unit's task, and is refused (403) when it
reports for another unit or tries 销号; the 安办 account approves a 销号 with an uploaded evidence file.

Screenshots (ledger-grid, ledger-task, ledger-403, …) as test_browser.py's: into $SAFEPLAN_SCREENS when it is set.
"""

import re

import pytest

from .ledgerfixtures import PASSWORDS, write_accounts
from .test_browser import _need_browser, _wait, serving, shoot

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def ledger_server(tmp_path_factory):
    _need_browser()
    from safeplan.commands.options import load_inputs
    from safeplan.ledger.demo import run_demo
    from safeplan.workspace import defaults_root

    out = tmp_path_factory.mktemp("out")
    root = defaults_root()
    _ws, rule_files, profile = load_inputs(str(out), [str(root / "rules" / "anwei-2024-2-zhiben-gongjian.yaml")],
                                           str(root / "profiles" / "chengdong.yaml"))
    run_demo(rule_files, profile, out)
    ws = out / "ledger"
    write_accounts(ws)
    with serving(ws, "/login", "--no-index") as base:
        yield base, ws


@pytest.fixture
def driver(ledger_server, chromium):
    return chromium


def _submit(chrome, form):
    """Submit `form` and wait until its page has gone (else a selector may still find the old page's elements)."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    def gone(_):
        # Chromium answers a node of the page left behind either as stale or, mid-navigation, with "Node with
        # given id does not belong to the document" (a plain WebDriverException): both mean the page has gone
        try:
            form.is_enabled()
        except WebDriverException:
            return True
        return False

    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(chrome, 60).until(gone)


def _login(chrome, base, name):
    from selenium.webdriver.common.by import By

    chrome.delete_all_cookies()
    chrome.get(base + "/ledger")
    assert "/login" in chrome.current_url
    chrome.find_element(By.ID, "user").send_keys(name)
    chrome.find_element(By.ID, "password").send_keys(PASSWORDS[name])
    _submit(chrome, chrome.find_element(By.CSS_SELECTOR, "form[action='/login']"))
    _wait(chrome, "table.ledger-grid")


def _cell(chrome, unit: str, closed: bool = False):
    """The first grid cell of `unit` (a task not yet 销号, unless `closed`)."""
    from selenium.webdriver.common.by import By

    for link in chrome.find_elements(By.CSS_SELECTOR, "td.cell a"):
        title = link.get_attribute("title")
        if title.startswith(unit + " ") and (("已销号" in title) == closed):
            return link
    raise AssertionError(f"no cell of {unit}")


def test_a_community_reports_for_its_own_unit_only(ledger_server, driver):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    base, _ws = ledger_server
    _login(driver, base, "李网格员")
    rows = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "table.ledger-grid th[scope=row]")]
    assert rows[0] == "城东街道" and "东湖社区" in rows and len(rows) > 2
    words = {e.text for e in driver.find_elements(By.CSS_SELECTOR, "td.cell a")}
    assert words <= {"红", "黄", "绿"} and words
    shoot(driver, "ledger-grid")
    other = next(r for r in rows[1:] if r != "东湖社区")
    other_link = _cell(driver, other).get_attribute("href")
    _cell(driver, "东湖社区").click()
    form = _wait(driver, "form[action='/ledger/task/report']")
    Select(form.find_element(By.NAME, "status")).select_by_visible_text("推进中")
    percent = form.find_element(By.NAME, "percent")
    percent.clear()
    percent.send_keys("55")
    form.find_element(By.NAME, "note").send_keys("完成辖区九小场所摸排 <b>第二轮</b>")
    _submit(driver, form)
    notice = _wait(driver, "p.notice")
    assert notice.text == "进度已保存。"
    history = [r.text for r in driver.find_elements(By.CSS_SELECTOR, "table.history tbody tr")]
    assert any("李网格员 填报 新增" in r and "进度 55%" in r and "说明 完成辖区九小场所摸排 <b>第二轮</b>" in r
               for r in history), history
    shoot(driver, "ledger-task")
    # the other unit's task page has no report form; a forged post for it is refused
    driver.get(other_link)
    _wait(driver, "dl.task-facts")
    assert not driver.find_elements(By.CSS_SELECTOR, "form[action='/ledger/task/report']")
    assert "不能为" in driver.find_element(By.CSS_SELECTOR, "div.task-forms").text
    driver.back()
    form = _wait(driver, "form[action='/ledger/task/report']")
    unit, task = re.search(r"unit=([^&]+)&task=([^&]+)", other_link).groups()
    from urllib.parse import unquote

    driver.execute_script("arguments[0].querySelector('[name=unit]').value = arguments[1];"
                          "arguments[0].querySelector('[name=task]').value = arguments[2];",
                          form, unquote(unit), unquote(task))
    _submit(driver, form)
    heading = _wait(driver, "main h1")
    assert heading.text == "无权操作 (403)"
    assert driver.find_element(By.CSS_SELECTOR, "p.error").text == f"李网格员（社区，东湖社区）不能为{other}填报进度"
    shoot(driver, "ledger-403")


def test_only_the_office_approves_a_closing(ledger_server, driver, tmp_path):
    from selenium.webdriver.common.by import By

    base, ws = ledger_server
    _login(driver, base, "李网格员")
    _cell(driver, "东湖社区").click()
    form = _wait(driver, "form[action='/ledger/task/report']")
    assert not driver.find_elements(By.CSS_SELECTOR, "form[action='/ledger/task/close']")
    # the same fields posted to 销号 (as a crafted page would): refused
    driver.execute_script("arguments[0].action = '/ledger/task/close'", form)
    _submit(driver, form)
    assert _wait(driver, "main h1").text == "无权操作 (403)"
    assert "销号由街道安办审批" in driver.find_element(By.CSS_SELECTOR, "p.error").text
    shoot(driver, "ledger-403-close")

    _login(driver, base, "赵主任")
    assert driver.find_elements(By.CSS_SELECTOR, "form[action='/ledger/brief'] button")     # 生成本期简报
    shoot(driver, "ledger-grid-office")
    _cell(driver, "东湖社区").click()
    form = _wait(driver, "form[action='/ledger/task/close']")
    proof = tmp_path / "验收记录.pdf"
    proof.write_bytes("%PDF-1.4\n% 验收记录\n".encode())
    form.find_element(By.NAME, "evidence").send_keys(str(proof))
    form.find_element(By.NAME, "note").send_keys("现场验收合格")
    _submit(driver, form)
    assert _wait(driver, "p.notice").text == "已销号。"
    assert "已销号" in driver.find_element(By.CSS_SELECTOR, "dl.task-facts").text
    assert list((ws / ".safeplan" / "evidence").rglob("验收记录.pdf"))
    shoot(driver, "ledger-closed")
    driver.get(base + "/ledger/hazards")
    assert driver.find_elements(By.CSS_SELECTOR, "table.hazards tbody tr")
    shoot(driver, "ledger-hazards")
