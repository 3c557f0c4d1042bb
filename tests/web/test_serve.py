"""`safeplan serve` refuses to listen beyond loopback without a token."""

import pytest
from click.testing import CliRunner

from safeplan.cli import cli
from safeplan.commands.serve import is_loopback


@pytest.mark.parametrize("host, loopback", [
    ("127.0.0.1", True), ("localhost", True), ("::1", True), ("[::1]", True), ("127.0.0.2", True),
    ("0.0.0.0", False), ("192.168.1.10", False), ("::", False), ("example.org", False),
])
def test_which_hosts_are_loopback(host, loopback):
    assert is_loopback(host) is loopback


def test_a_public_host_without_a_token_is_a_usage_error(monkeypatch, tmp_path, capsys):
    from safeplan.cli import main

    monkeypatch.delenv("SAFEPLAN_TOKEN", raising=False)
    with pytest.raises(SystemExit) as exit_:
        main(["serve", "--workspace", str(tmp_path), "--host", "0.0.0.0", "--no-index"])
    assert exit_.value.code == 2
    assert ("Error: --host 0.0.0.0 is reachable from other machines: give --token T (or set SAFEPLAN_TOKEN)"
            in capsys.readouterr().err)


def test_the_token_may_come_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("SAFEPLAN_TOKEN", "t0ken")
    started = {}
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: started.update(kw, app=app))
    result = CliRunner().invoke(cli, ["serve", "--workspace", str(tmp_path), "--host", "0.0.0.0", "--port", "8123",
                                      "--no-index"])
    assert result.exit_code == 0, result.output
    assert (started["host"], started["port"]) == ("0.0.0.0", 8123)
    assert started["app"].state.web.token == "t0ken"
    assert "workbench on http://0.0.0.0:8123/" in result.stderr
