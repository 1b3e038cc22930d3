"""The container files say what the README promises, and Compose v2 accepts them."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

from tests.conftest import PROJECT_ROOT

DIGEST = re.compile(r"@sha256:[0-9a-f]{64}\b")


def _compose() -> dict:
    return yaml.safe_load((PROJECT_ROOT / "docker-compose.yml").read_text(encoding="utf-8"))


def _version() -> str:
    pyproject = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return pyproject["project"]["version"]


def _dockerfile() -> str:
    return (PROJECT_ROOT / "Dockerfile").read_text(encoding="utf-8")


def test_compose_service_is_hardened_and_checks_health_with_the_cli() -> None:
    compose = _compose()
    bot = compose["services"]["bot"]
    assert bot["read_only"] is True
    assert bot["cap_drop"] == ["ALL"]
    assert "no-new-privileges:true" in bot["security_opt"]
    assert bot["mem_limit"] and bot["pids_limit"] > 0
    assert any(entry.startswith("/tmp") for entry in bot["tmpfs"])
    # Gives up on an exit-2 configuration error instead of restarting it forever.
    assert re.fullmatch(r"on-failure:\d+", bot["restart"])
    assert bot["healthcheck"]["test"][:3] == ["CMD", "forum-bot", "health"]
    assert "./corpus:/app/corpus:ro" in bot["volumes"]
    assert "data:/app/data" in bot["volumes"] and "data" in compose["volumes"]
    assert bot["environment"]["BOT_DATA_DIR"] == "/app/data"
    assert bot["logging"]["options"]["max-size"]


def test_the_token_comes_from_a_secret_file_not_the_compose_environment() -> None:
    compose = _compose()
    bot = compose["services"]["bot"]
    assert "discord_token" in bot["secrets"]
    assert compose["secrets"]["discord_token"]["file"] == "./secrets/discord_token"
    assert "DISCORD_TOKEN" not in bot["environment"]
    ignored = {
        line.strip()
        for name in (".gitignore", ".dockerignore")
        for line in (PROJECT_ROOT / name).read_text(encoding="utf-8").splitlines()
    }
    assert {"secrets", "secrets/"} & ignored and ".env" in ignored


def test_the_image_is_tagged_with_the_project_version() -> None:
    bot = _compose()["services"]["bot"]
    assert bot["image"] == f"forum-bot:{_version()}"
    assert str(bot["build"]["args"]["VERSION"]) == _version()
    assert f"ARG VERSION={_version()}" in _dockerfile()


def test_dockerfile_pins_the_base_and_installs_locked_dependencies_before_the_code() -> None:
    dockerfile = _dockerfile()
    image = re.search(r"^ARG PYTHON_IMAGE=(\S+)$", dockerfile, re.MULTILINE)
    assert image is not None and DIGEST.search(image.group(1))
    assert image.group(1).startswith("python:3.11-slim@")
    assert all(
        line == "FROM ${PYTHON_IMAGE}" or " AS " in line
        for line in re.findall(r"^FROM .*$", dockerfile, re.MULTILINE)
    )
    # The dependency layer comes from the lock alone: code and README edits keep it cached.
    dependencies = dockerfile.split(" AS dependencies")[1].split("\nFROM ")[0]
    assert "COPY requirements.lock" in dependencies and "--require-hashes" in dependencies
    assert "COPY bot" not in dependencies and "README" not in dependencies
    final = dockerfile.split("\nFROM ")[-1]
    assert "USER 10001" in final
    assert 'CMD ["forum-bot", "run"]' in final
    assert 'CMD ["forum-bot", "health"' in final
    assert "8080/healthz" not in dockerfile
    ignored = (PROJECT_ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    assert {".env", ".git", "tests", "data", "secrets"} <= set(ignored)


@pytest.mark.parametrize("lock", ["requirements.lock", "requirements-build.lock"])
def test_lock_files_pin_every_package_with_hashes(lock: str) -> None:
    text = (PROJECT_ROOT / lock).read_text(encoding="utf-8")
    entries = re.split(r"\n(?=[a-z0-9])", re.sub(r"(?m)^#.*\n", "", text).strip())
    assert entries
    for entry in entries:
        assert re.match(r"^[a-z0-9._-]+==[^\s\\]+ \\", entry), entry
        assert "--hash=sha256:" in entry, entry


def test_the_lock_holds_every_dependency_of_pyproject() -> None:
    pyproject = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    locked = {
        line.split("==")[0]
        for line in (PROJECT_ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines()
        if "==" in line
    }
    for requirement in pyproject["project"]["dependencies"]:
        name = re.split(r"[<>=!~ \[]", requirement)[0].lower().replace("_", "-").replace(".", "-")
        assert name in locked, requirement


def _compose_v2() -> list[str] | None:
    """A Docker Compose v2 client: the `docker compose` plugin or a v2 `docker-compose`
    (also the one `pip install '.[ops]'` puts beside this Python)."""
    candidates: list[list[str]] = []
    if shutil.which("docker"):
        candidates.append(["docker", "compose"])
    for directory in (None, str(Path(sys.executable).parent)):
        found = shutil.which("docker-compose", path=directory)
        if found:
            candidates.append([found])
    for command in candidates:
        probe = subprocess.run([*command, "version"], capture_output=True, text=True, check=False)
        if probe.returncode == 0 and re.search(r"\bv?2\.\d+", probe.stdout):
            return command
    return None


COMPOSE = _compose_v2()
needs_compose = pytest.mark.skipif(
    COMPOSE is None,
    reason="no Docker Compose v2 client (docker compose, or pip install '.[ops]')",
)


def _config(*files: Path) -> subprocess.CompletedProcess[str]:
    assert COMPOSE is not None
    arguments = [argument for file in files for argument in ("-f", str(file))]
    return subprocess.run(
        [*COMPOSE, "--project-directory", str(PROJECT_ROOT), *arguments, "config"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


@needs_compose
def test_docker_compose_config_accepts_the_compose_file() -> None:
    result = _config(PROJECT_ROOT / "docker-compose.yml")
    assert result.returncode == 0, result.stderr
    bot = yaml.safe_load(result.stdout)["services"]["bot"]
    assert bot["read_only"] is True and bot["restart"].startswith("on-failure")
    assert bot["secrets"][0]["target"] == "/run/secrets/discord_token"


@needs_compose
def test_the_published_port_and_the_health_check_follow_bot_http_port(tmp_path: Path) -> None:
    (tmp_path / "docker-compose.yml").write_text(
        (PROJECT_ROOT / "docker-compose.yml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (tmp_path / ".env").write_text("BOT_HTTP_PORT=9090\n", encoding="utf-8")
    assert COMPOSE is not None
    result = subprocess.run(
        [*COMPOSE, "--project-directory", str(tmp_path), "config"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    bot = yaml.safe_load(result.stdout)["services"]["bot"]
    assert bot["environment"]["BOT_HTTP_PORT"] == "9090"
    assert [(port["target"], port["published"]) for port in bot["ports"]] == [(9090, "9090")]


def _readme_sharding_example() -> str:
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("**Sharding**")[1]
    block = re.search(r"```yaml\n(.*?)```", section, re.DOTALL)
    assert block is not None
    return "\n".join(line.removeprefix("  ") for line in block.group(1).splitlines())


@needs_compose
def test_docker_compose_config_accepts_the_readme_sharding_example(tmp_path: Path) -> None:
    override = tmp_path / "docker-compose.override.yml"
    override.write_text(_readme_sharding_example(), encoding="utf-8")
    result = _config(PROJECT_ROOT / "docker-compose.yml", override)
    assert result.returncode == 0, result.stderr
    services = yaml.safe_load(result.stdout)["services"]
    shard = services["bot-shards-2-3"]
    assert shard["image"] == services["bot"]["image"]
    assert shard["environment"]["BOT_SHARD_IDS"] == "2,3"
    assert services["bot"]["environment"]["BOT_SHARD_IDS"] == "0,1"
    assert [port["published"] for port in shard["ports"]] == ["8081"]
    assert shard["read_only"] is True and shard["healthcheck"]["test"][1] == "forum-bot"


HADOLINT = shutil.which("hadolint") or shutil.which(
    "hadolint", path=str(Path(sys.executable).parent)
)


@pytest.mark.skipif(HADOLINT is None, reason="hadolint is not installed (pip install '.[ops]')")
def test_hadolint_finds_nothing_in_the_dockerfile() -> None:
    assert HADOLINT is not None
    result = subprocess.run(
        [HADOLINT, "--failure-threshold", "info", "Dockerfile"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
