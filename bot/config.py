"""Settings, read once at start-up and passed down; no other module reads the environment."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

from pydantic import (
    AliasChoices,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

# Relative to where the bot is started (the project checkout, or /app in the container):
# an installed package has no project directory of its own to look next to.
DEFAULT_CORPUS_DIR = Path("corpus")
DEFAULT_DATA_DIR = Path("data")  # what the bot writes: the question log and its key

# Docker and Compose mount secrets as files here: /run/secrets/discord_token holds the
# token when the environment does not (the environment wins when it sets both). Read only
# when it exists, so a checkout outside a container is not warned about it.
SECRETS_DIR = Path("/run/secrets")

IdList = Annotated[tuple[int, ...], NoDecode]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="BOT_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        env_ignore_empty=True,  # "BOT_SHARD_COUNT=" as .env.example leaves it means unset
        hide_input_in_errors=True,  # a bad value must not be echoed: it may be the token
    )

    corpus_dir: Path = DEFAULT_CORPUS_DIR
    log_level: str = "INFO"
    discord_token: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("DISCORD_TOKEN", "BOT_DISCORD_TOKEN")
    )
    admin_ids: IdList = ()
    guild_ids: IdList = ()
    # Where discord.py sends REST calls; only tests and self-hosted proxies change it.
    discord_api_base: str | None = None
    http_host: str = "127.0.0.1"
    http_port: int = Field(default=8080, ge=0, le=65535)  # 0 turns the HTTP endpoints off
    # Sharding for large deployments: all shards, and the ones this process runs.
    shard_count: int | None = Field(default=None, ge=1)
    shard_ids: IdList = ()
    # discord.py calls the bot ready this long after the last server arrived at connect, as
    # it cannot know how many more will; bots in thousands of servers raise it.
    guild_ready_timeout: float = Field(default=2.0, ge=0, le=60)
    # Discord takes one IDENTIFY per 5 s from a bot: the wait before each one after the first
    # (each further shard, a new session after an invalidated one). Only a gateway without
    # that limit (the tests' loopback Discord) may lower it.
    identify_interval: float = Field(default=5.0, ge=0, le=60)
    questions_per_user: int = Field(default=5, ge=1)
    rate_window_seconds: float = Field(default=15.0, gt=0)
    # Writable state: the build cache under cache/ (safe to delete) and the question log.
    # Relative to where the bot starts, like the corpus.
    data_dir: Path = DEFAULT_DATA_DIR
    # Days the question log keeps a question and its votes; 0 keeps no log (no vote buttons).
    log_retention_days: int = Field(default=90, ge=0)

    @field_validator("admin_ids", "guild_ids", "shard_ids", mode="before")
    @classmethod
    def _parse_ids(cls, value: Any) -> Any:
        """Accept a JSON list ("[1, 2]") or comma-separated ids ("1,2")."""
        if isinstance(value, str):
            text = value.strip()
            if not text:
                return ()
            if text.startswith("["):
                try:
                    value = json.loads(text)
                except json.JSONDecodeError as exc:
                    raise ValueError("must be a JSON list of ids or comma-separated ids") from exc
            else:
                value = [part.strip() for part in text.split(",") if part.strip()]
        if isinstance(value, list | tuple):
            ids = []
            for item in value:
                if isinstance(item, bool) or not str(item).isdigit():
                    raise ValueError(f"{item!r} is not a Discord id (digits only)")
                ids.append(int(item))
            return tuple(ids)
        return value

    @model_validator(mode="after")
    def _shards_fit(self) -> Settings:
        if self.shard_ids and self.shard_count is None:
            raise ValueError("BOT_SHARD_IDS needs BOT_SHARD_COUNT")
        if self.shard_count is not None and any(i >= self.shard_count for i in self.shard_ids):
            raise ValueError("BOT_SHARD_IDS must be below BOT_SHARD_COUNT")
        return self

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        level = value.upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError("must be DEBUG, INFO, WARNING, ERROR or CRITICAL")
        return level


class SettingsError(ValueError):
    """One line per bad setting, naming the environment variable, never its value."""


def _env_name(field: str) -> str:
    return "DISCORD_TOKEN" if field == "discord_token" else f"BOT_{field.upper()}"


def load_settings(**overrides: object) -> Settings:
    """Build settings from the environment and `.env`, with explicit overrides winning."""
    given = {k: v for k, v in overrides.items() if v is not None}
    if SECRETS_DIR.is_dir():
        given.setdefault("_secrets_dir", SECRETS_DIR)
    try:
        return Settings(**given)
    except ValidationError as exc:
        lines = []
        for error in exc.errors():
            message = str(error["msg"]).removeprefix("Value error, ")
            if error["loc"]:
                message = f"{_env_name(str(error['loc'][0]))}: {message}"
            lines.append(message)
        raise SettingsError("; ".join(lines)) from None
