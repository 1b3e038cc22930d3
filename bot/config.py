"""Settings, read once at start-up and passed down; no other module reads the environment."""

from __future__ import annotations

from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

# Relative to where the bot is started (the project checkout, or /app in the container):
# an installed package has no project directory of its own to look next to.
DEFAULT_CORPUS_DIR = Path("corpus")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="BOT_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
    )

    corpus_dir: Path = DEFAULT_CORPUS_DIR
    log_level: str = "INFO"


def load_settings(**overrides: object) -> Settings:
    """Build settings from the environment and `.env`, with explicit overrides winning."""
    return Settings(**{k: v for k, v in overrides.items() if v is not None})
