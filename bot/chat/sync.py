"""Deciding whether the slash commands Discord has differ from ours (syncs are rate limited)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

_OPTION_DEFAULTS: dict[str, Any] = {"required": False, "autocomplete": False}


def _normalize_option(option: dict[str, Any]) -> dict[str, Any]:
    normal = {
        "type": option.get("type"),
        "name": option.get("name"),
        "description": option.get("description", ""),
        "name_localizations": option.get("name_localizations") or {},
        "description_localizations": option.get("description_localizations") or {},
    }
    for key, default in _OPTION_DEFAULTS.items():
        normal[key] = bool(option.get(key, default))
    for key in ("min_value", "max_value", "min_length", "max_length"):
        if option.get(key) is not None:
            normal[key] = option[key]
    if option.get("channel_types"):
        normal["channel_types"] = sorted(option["channel_types"])
    if option.get("choices"):
        normal["choices"] = [(c.get("name"), c.get("value")) for c in option["choices"]]
    if option.get("options"):
        normal["options"] = [_normalize_option(o) for o in option["options"]]
    return normal


def normalize_command(command: dict[str, Any]) -> dict[str, Any]:
    """The fields that define a command, with Discord's defaults filled in and ids dropped."""
    permissions = command.get("default_member_permissions")
    return {
        "type": command.get("type", 1),
        "name": command.get("name"),
        "description": command.get("description", ""),
        "name_localizations": command.get("name_localizations") or {},
        "description_localizations": command.get("description_localizations") or {},
        "options": [_normalize_option(o) for o in command.get("options") or []],
        "default_member_permissions": None if permissions is None else str(permissions),
        "nsfw": bool(command.get("nsfw", False)),
        "contexts": sorted(command["contexts"]) if command.get("contexts") else None,
        "integration_types": (
            sorted(command["integration_types"]) if command.get("integration_types") else None
        ),
    }


def commands_differ(local: Iterable[dict[str, Any]], remote: Iterable[dict[str, Any]]) -> bool:
    def key(command: dict[str, Any]) -> tuple[int, str]:
        return command["type"], command["name"]

    ours = sorted((normalize_command(c) for c in local), key=key)
    theirs = sorted((normalize_command(c) for c in remote), key=key)
    return ours != theirs
