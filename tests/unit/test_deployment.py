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


def _compose_available() -> bool:
    if shutil.which("docker") is None:
        return False
    probe = subprocess.run(["docker", "compose", "version"], capture_output=True, check=False)
    return probe.returncode == 0


@pytest.mark.skipif(not _compose_available(), reason="the docker compose plugin is not installed")
def test_docker_compose_config_validates(tmp_path_factory: pytest.TempPathFactory) -> None:
    env = PROJECT_ROOT / ".env"
    created = not env.exists()
    if created:
        env.write_text("DISCORD_TOKEN=placeholder\n", encoding="utf-8")
    try:
        result = subprocess.run(
            ["docker", "compose", "config", "--quiet"],
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
    finally:
        if created:
            env.unlink()
    assert result.returncode == 0, result.stderr
