"""`forum-bot health` asks /healthz where the settings say the bot listens."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from bot.cli import main
from bot.config import load_settings
from bot.ops.probe import healthz_url


class _Healthz(BaseHTTPRequestHandler):
    status = 200

    def do_GET(self) -> None:
        body = b'{"gateway": "connected", "index": {"generation": 3, "paragraphs": 8}}'
        self.send_response(self.status if self.path == "/healthz" else 404)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[ThreadingHTTPServer]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Healthz)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()
    _Healthz.status = 200


def _port(server: ThreadingHTTPServer) -> str:
    return str(server.server_address[1])


def test_healthy_bot_on_the_configured_port_exits_0(
    server: ThreadingHTTPServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.setenv("BOT_HTTP_HOST", "0.0.0.0")  # listening everywhere: asked on loopback
    monkeypatch.setenv("BOT_HTTP_PORT", _port(server))
    assert main(["health"]) == 0
    assert "generation 3" in capsys.readouterr().out


def test_a_503_exits_1(
    server: ThreadingHTTPServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    _Healthz.status = 503
    monkeypatch.setenv("BOT_HTTP_PORT", _port(server))
    assert main(["health"]) == 1
    assert "HTTP 503" in capsys.readouterr().err


def test_nothing_listening_exits_1(
    server: ThreadingHTTPServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    port = _port(server)
    server.shutdown()
    server.server_close()
    monkeypatch.setenv("BOT_HTTP_PORT", port)
    assert main(["health", "--timeout", "2"]) == 1
    assert f"127.0.0.1:{port}" in capsys.readouterr().err


def test_port_0_means_endpoints_off_and_nothing_to_check(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.setenv("BOT_HTTP_PORT", "0")
    assert main(["health"]) == 0
    assert "BOT_HTTP_PORT=0" in capsys.readouterr().out


def test_a_bad_setting_is_unhealthy_not_dockers_reserved_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.setenv("BOT_HTTP_PORT", "eighty")
    assert main(["health"]) == 1
    assert "BOT_HTTP_PORT" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("host", "url"),
    [
        ("127.0.0.1", "http://127.0.0.1:9100/healthz"),
        ("::", "http://[::1]:9100/healthz"),
        ("bot.internal", "http://bot.internal:9100/healthz"),
    ],
)
def test_the_url_follows_the_listening_host(host: str, url: str) -> None:
    assert healthz_url(load_settings(http_host=host, http_port=9100)) == url


def test_the_token_is_read_from_a_secret_file_unless_the_environment_sets_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.config

    (tmp_path / "discord_token").write_text("token-from-the-secret\n", encoding="utf-8")
    monkeypatch.setattr(bot.config, "SECRETS_DIR", tmp_path)
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    monkeypatch.delenv("BOT_DISCORD_TOKEN", raising=False)
    token = load_settings().discord_token
    assert token is not None and token.get_secret_value() == "token-from-the-secret"
    monkeypatch.setenv("DISCORD_TOKEN", "token-from-the-environment")
    token = load_settings().discord_token
    assert token is not None and token.get_secret_value() == "token-from-the-environment"
