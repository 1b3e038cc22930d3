"""The container files say what the README promises."""

from __future__ import annotations

import shutil
import subprocess

import pytest
import yaml

from tests.conftest import PROJECT_ROOT


def test_compose_service_mounts_corpus_read_only_and_checks_health() -> None:
    compose = yaml.safe_load((PROJECT_ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    bot = compose["services"]["bot"]
    assert bot["build"] == "."
    assert bot["env_file"] == ".env"
    assert "./corpus:/app/corpus:ro" in bot["volumes"]
    # What the bot writes lives in a named volume, where the data directory setting points.
    data_volume = next(v for v in bot["volumes"] if v.endswith(":/app/data"))
    assert data_volume.split(":")[0] in compose["volumes"]
    assert bot["environment"]["BOT_DATA_DIR"] == "/app/data"
    assert bot["restart"] == "unless-stopped"
    assert "/healthz" in " ".join(bot["healthcheck"]["test"])
    assert bot["logging"]["options"]["max-size"]


def test_dockerfile_runs_the_bot_as_non_root_from_a_slim_image() -> None:
    dockerfile = (PROJECT_ROOT / "Dockerfile").read_text(encoding="utf-8")
    stages = dockerfile.split("\nFROM ")
    final = stages[-1]
    assert final.startswith("python:3.11-slim")
    assert "USER forumbot" in final
    assert 'CMD ["forum-bot", "run"]' in final
    assert "build" not in final.split("RUN pip install")[1].split("\n")[0]  # no build tools kept
    ignored = (PROJECT_ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    assert {".env", ".git", "tests"} <= set(ignored)


def _compose_command() -> list[str] | None:
    """`docker-compose` (v1) or the `docker compose` plugin (v2), whichever is installed."""
    if shutil.which("docker-compose"):
        return ["docker-compose"]
    if shutil.which("docker"):
        probe = subprocess.run(["docker", "compose", "version"], capture_output=True, check=False)
        if probe.returncode == 0 and b"compose version" in probe.stdout.lower():
            return ["docker", "compose"]
    return None


@pytest.mark.skipif(_compose_command() is None, reason="no docker compose client is installed")
def test_docker_compose_config_validates() -> None:
    command = _compose_command()
    assert command is not None
    env = PROJECT_ROOT / ".env"
    created = not env.exists()
    if created:
        env.write_text("DISCORD_TOKEN=placeholder\n", encoding="utf-8")
    try:
        result = subprocess.run(
            [*command, "config", "--quiet"],
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
    finally:
        if created:
            env.unlink()
    assert result.returncode == 0, result.stderr
