"""A loopback Discord for end-to-end tests: REST and the gateway websocket on 127.0.0.1.

The real discord.py, inside the real bot process, talks to this server over HTTP and a
websocket exactly as it talks to Discord (zlib-stream compressed gateway frames, the same
JSON payloads, 429s with retry_after). Tests drive it from the other side: they send
interactions and messages as Discord would and await the bot's replies.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

API = "/api/v10"
_snowflakes = itertools.count(int(time.time() * 1000 - 1420070400000) << 22)

Json = dict[str, Any]


def snowflake() -> str:
    return str(next(_snowflakes))


def json_response(
    payload: Any, status: int = 200, headers: dict[str, str] | None = None
) -> web.Response:
    # Exactly "application/json", as Discord sends it: discord.py compares the header verbatim.
    response = web.Response(body=json.dumps(payload).encode(), status=status, headers=headers)
    response.content_type = "application/json"
    response.charset = None
    return response


def now_iso() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())


@dataclass
class Recorded:
    method: str
    path: str
    body: Any
    status: int


@dataclass
class Fault:
    method: str
    path: re.Pattern[str]
    status: int
    remaining: int
    retry_after: float = 0.2
    body: Any = None  # with status 200: a malformed success, as a broken proxy might send


@dataclass
class User:
    id: str
    username: str
    bot: bool = False

    def payload(self) -> Json:
        return {
            "id": self.id,
            "username": self.username,
            "discriminator": "0",
            "global_name": self.username,
            "avatar": None,
            "bot": self.bot,
            "public_flags": 0,
        }


@dataclass
class Interaction:
    id: str
    token: str
    payload: Json
    dispatched_at: float = 0.0  # time.perf_counter() when INTERACTION_CREATE went out
    responded_at: float = 0.0  # ... and when the first callback arrived
    responses: asyncio.Queue[Json] = field(default_factory=asyncio.Queue)
    followups: asyncio.Queue[Json] = field(default_factory=asyncio.Queue)
    edits: asyncio.Queue[Json] = field(default_factory=asyncio.Queue)

    async def response(self, timeout: float = 5.0) -> Json:
        """The callback body the bot sent: {"type": ..., "data": {...}}."""
        return await asyncio.wait_for(self.responses.get(), timeout)

    async def followup(self, timeout: float = 5.0) -> Json:
        return await asyncio.wait_for(self.followups.get(), timeout)

    async def edit(self, timeout: float = 5.0) -> Json:
        return await asyncio.wait_for(self.edits.get(), timeout)


class FakeDiscord:
    """One application, one bot user, one guild with one text channel, and its owner."""

    def __init__(
        self,
        token: str = "fake-token-0123456789",
        heartbeat_ms: int = 30_000,
        team: list[tuple[User, str, int]] | None = None,
    ) -> None:
        """`team`: the application belongs to a team of (user, role, membership_state)."""
        self.token = token
        self.team = team
        self.heartbeat_ms = heartbeat_ms
        self.application_id = snowflake()
        self.bot_user = User(self.application_id, "forum-bot", bot=True)
        self.owner = User(snowflake(), "owner")
        self.guild_id = snowflake()
        self.bot_role_id = snowflake()  # the role Discord makes for a bot when it joins
        self.channel_id = snowflake()
        self.requests: list[Recorded] = []
        self.commands: dict[str | None, list[Json]] = {None: []}
        self.interactions: dict[str, Interaction] = {}
        self.messages: dict[str, Json] = {}
        self.channel_messages: asyncio.Queue[Json] = asyncio.Queue()
        self.deleted: set[str] = set()  # users' messages deleted after they were dispatched
        self.identifies = 0
        self.identify_payloads: list[Json] = []
        self.resumes = 0
        self.faults: list[Fault] = []
        self._sockets: list[web.WebSocketResponse] = []
        self._sequence = 0
        self._session_id = ""
        self._sent: list[Json] = []  # dispatches of this session, for RESUME replays
        self._compressors: dict[int, Any] = {}
        self.ready = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # Lifecycle -------------------------------------------------------------------------

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}{API}"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    async def start(self) -> None:
        app = web.Application(client_max_size=8 * 1024 * 1024)
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", API + "/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        for socket in list(self._sockets):
            await socket.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def __aenter__(self) -> FakeDiscord:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    # Gateway ---------------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse(max_msg_size=0)
        await socket.prepare(request)
        if request.query.get("compress") == "zlib-stream":
            self._compressors[id(socket)] = zlib.compressobj()
        self._sockets.append(socket)
        await self._send(socket, {"op": 10, "d": {"heartbeat_interval": self.heartbeat_ms}})
        try:
            async for message in socket:
                if message.type != WSMsgType.TEXT:
                    continue
                await self._on_gateway_message(socket, json.loads(message.data))
        finally:
            self._sockets.remove(socket)
            self._compressors.pop(id(socket), None)
        return socket

    async def _send(self, socket: web.WebSocketResponse, payload: Json) -> None:
        if socket.closed:
            return
        text = json.dumps(payload)
        compressor = self._compressors.get(id(socket))
        if compressor is None:
            await socket.send_str(text)
        else:
            data = compressor.compress(text.encode()) + compressor.flush(zlib.Z_SYNC_FLUSH)
            await socket.send_bytes(data)

    async def _on_gateway_message(self, socket: web.WebSocketResponse, payload: Json) -> None:
        op = payload.get("op")
        if op == 1:
            await self._send(socket, {"op": 11})
        elif op == 2:
            self.identifies += 1
            self.identify_payloads.append(payload["d"])
            self._session_id = snowflake()
            self._sequence = 0
            self._sent.clear()
            ready = self._ready_payload()
            ready["shard"] = payload["d"].get("shard") or [0, 1]
            await self._dispatch_to(socket, "READY", ready)
            await self._dispatch_to(socket, "GUILD_CREATE", self._guild_payload())
            self.ready.set()
        elif op == 6:
            data = payload["d"]
            if data.get("session_id") != self._session_id:
                await self._send(socket, {"op": 9, "d": False})
                return
            self.resumes += 1
            for event in self._sent:
                if event["s"] > int(data.get("seq") or 0):
                    await self._send(socket, event)
            await self._dispatch_to(socket, "RESUMED", {})
            self.ready.set()

    async def _dispatch_to(self, socket: web.WebSocketResponse, event: str, data: Json) -> None:
        self._sequence += 1
        payload = {"op": 0, "t": event, "s": self._sequence, "d": data}
        self._sent.append(payload)
        await self._send(socket, payload)

    async def dispatch(self, event: str, data: Json) -> None:
        """Send an event on the live connection (kept for RESUME if nobody is connected)."""
        if not self._sockets:
            self._sequence += 1
            self._sent.append({"op": 0, "t": event, "s": self._sequence, "d": data})
            return
        await self._dispatch_to(self._sockets[-1], event, data)

    def _ready_payload(self) -> Json:
        return {
            "v": 10,
            "user": self.bot_user.payload(),
            "guilds": [{"id": self.guild_id, "unavailable": True}],
            "session_id": self._session_id,
            "resume_gateway_url": self.gateway_url,
            "shard": [0, 1],
            "application": {"id": self.application_id, "flags": 0},
            "private_channels": [],
            "relationships": [],
        }

    def _guild_payload(self) -> Json:
        return {
            "id": self.guild_id,
            "name": "Test Server",
            "icon": None,
            "owner_id": self.owner.id,
            "unavailable": False,
            "member_count": 2,
            "large": False,
            "joined_at": now_iso(),
            "roles": [
                {
                    "id": self.guild_id,
                    "name": "@everyone",
                    "permissions": "104324673",
                    "position": 0,
                    "color": 0,
                    "hoist": False,
                    "managed": False,
                    "mentionable": False,
                    "flags": 0,
                },
                {
                    "id": self.bot_role_id,
                    "name": "forum-bot",
                    "permissions": "274877991936",
                    "position": 1,
                    "color": 0,
                    "hoist": False,
                    "managed": True,
                    "mentionable": False,
                    "flags": 0,
                    "tags": {"bot_id": self.application_id},
                },
            ],
            "channels": [self._channel_payload()],
            "members": [self._member_payload(self.bot_user, "0")],
            "emojis": [],
            "stickers": [],
            "features": [],
            "threads": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "voice_states": [],
            "presences": [],
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "premium_tier": 0,
            "preferred_locale": "en-US",
            "system_channel_flags": 0,
            "afk_timeout": 300,
        }

    def _channel_payload(self) -> Json:
        return {
            "id": self.channel_id,
            "type": 0,
            "guild_id": self.guild_id,
            "name": "general",
            "position": 0,
            "permission_overwrites": [],
            "nsfw": False,
            "parent_id": None,
        }

    @staticmethod
    def _member_payload(user: User, permissions: str) -> Json:
        return {
            "user": user.payload(),
            "roles": [],
            "joined_at": now_iso(),
            "deaf": False,
            "mute": False,
            "flags": 0,
            "permissions": permissions,
        }

    # Faults ----------------------------------------------------------------------------

    async def drop_connection(self) -> None:
        """Close the socket abruptly, as a network failure would (code 1006-ish)."""
        self.ready.clear()
        for socket in list(self._sockets):
            await socket.close(code=4000, message=b"dropped by test")

    async def send_reconnect(self) -> None:
        self.ready.clear()
        for socket in list(self._sockets):
            await self._send(socket, {"op": 7, "d": None})

    async def send_invalid_session(self, resumable: bool = False) -> None:
        self.ready.clear()
        if not resumable:
            self._session_id = ""
        for socket in list(self._sockets):
            await self._send(socket, {"op": 9, "d": resumable})

    def fail_next(
        self,
        method: str,
        path_pattern: str,
        status: int,
        times: int = 1,
        retry_after: float = 0.2,
        body: Any = None,
    ) -> None:
        """Answer the next `times` matching REST calls with `status` (429, 4xx or 5xx, or 200
        with a malformed `body`)."""
        self.faults.append(
            Fault(method, re.compile(path_pattern), status, times, retry_after, body)
        )

    # REST ------------------------------------------------------------------------------

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        body = await self._body(request)
        fault = self._take_fault(request.method, path)
        if fault is not None:
            self.requests.append(Recorded(request.method, path, body, fault.status))
            if fault.status == 429:
                return json_response(
                    {
                        "message": "You are being rate limited.",
                        "retry_after": fault.retry_after,
                        "global": False,
                    },
                    status=429,
                    headers={
                        "Via": "1.1 google",
                        "Retry-After": str(fault.retry_after),
                        "X-RateLimit-Scope": "user",
                    },
                )
            if fault.status == 200:
                return json_response(fault.body if fault.body is not None else {})
            if fault.status < 500:
                return json_response({"message": "Bad Request", "code": 0}, status=fault.status)
            return json_response({"message": "Internal Server Error", "code": 0}, status=500)
        if not self._authorized(request, path):
            self.requests.append(Recorded(request.method, path, body, 401))
            return json_response({"message": "401: Unauthorized", "code": 0}, status=401)
        status, payload = self._route(request.method, path, body)
        self.requests.append(Recorded(request.method, path, body, status))
        if status == 204:
            return web.Response(status=204)
        return json_response(payload, status=status)

    def _authorized(self, request: web.Request, path: str) -> bool:
        if path.startswith(("/interactions/", "/webhooks/")):
            return True  # interaction tokens authorize these, as on Discord
        return request.headers.get("Authorization") == f"Bot {self.token}"

    def _take_fault(self, method: str, path: str) -> Fault | None:
        for fault in self.faults:
            if fault.remaining > 0 and fault.method == method and fault.path.search(path):
                fault.remaining -= 1
                return fault
        return None

    @staticmethod
    async def _body(request: web.Request) -> Any:
        if request.content_type.startswith("multipart/"):
            form = await request.post()
            raw = form.get("payload_json")
            return json.loads(raw) if isinstance(raw, str) else None
        text = await request.text()
        return json.loads(text) if text else None

    def _route(self, method: str, path: str, body: Any) -> tuple[int, Any]:
        app = self.application_id
        routes: list[tuple[str, str, Callable[..., tuple[int, Any]]]] = [
            ("GET", r"/users/@me", lambda: (200, self.bot_user.payload())),
            ("GET", r"/gateway/bot", self._gateway_bot),
            ("GET", r"/gateway", lambda: (200, {"url": self.gateway_url})),
            ("GET", r"/oauth2/applications/@me", self._application),
            ("GET", rf"/applications/{app}/commands", lambda: (200, self.commands[None])),
            ("PUT", rf"/applications/{app}/commands", lambda: self._put_commands(None, body)),
            (
                "GET",
                rf"/applications/{app}/guilds/(\d+)/commands",
                lambda guild: (200, self.commands.get(guild, [])),
            ),
            (
                "PUT",
                rf"/applications/{app}/guilds/(\d+)/commands",
                lambda guild: self._put_commands(guild, body),
            ),
            (
                "POST",
                r"/interactions/(\d+)/([^/]+)/callback",
                lambda iid, token: self._callback(iid, body),
            ),
            ("POST", rf"/webhooks/{app}/([^/]+)", lambda token: self._followup(token, body)),
            (
                "PATCH",
                rf"/webhooks/{app}/([^/]+)/messages/([^/]+)",
                lambda token, mid: self._edit(token, mid, body),
            ),
            (
                "GET",
                rf"/webhooks/{app}/([^/]+)/messages/([^/]+)",
                lambda token, mid: self._get_webhook_message(token, mid),
            ),
            (
                "DELETE",
                rf"/webhooks/{app}/([^/]+)/messages/([^/]+)",
                lambda token, mid: (204, None),
            ),
            ("POST", r"/channels/(\d+)/messages", lambda cid: self._channel_message(cid, body)),
            (
                "PATCH",
                r"/channels/(\d+)/messages/(\d+)",
                lambda cid, mid: self._edit_channel_message(mid, body),
            ),
            ("GET", r"/channels/(\d+)", lambda cid: (200, self._channel_payload())),
        ]
        for route_method, pattern, handler in routes:
            match = re.fullmatch(pattern, path)
            if match and route_method == method:
                return handler(*match.groups())
        return 404, {"message": f"404: Not Found ({method} {path})", "code": 0}

    def _gateway_bot(self) -> tuple[int, Json]:
        return 200, {
            "url": self.gateway_url,
            "shards": 1,
            "session_start_limit": {
                "total": 1000,
                "remaining": 999,
                "reset_after": 0,
                "max_concurrency": 1,
            },
        }

    def _application(self) -> tuple[int, Json]:
        return 200, {
            "id": self.application_id,
            "name": "forum-bot",
            "icon": None,
            "description": "",
            "bot_public": True,
            "bot_require_code_grant": False,
            "owner": self.owner.payload(),
            "team": self._team_payload(),
            "verify_key": "0" * 64,
            "flags": 0,
            "summary": "",
        }

    def _team_payload(self) -> Json | None:
        if self.team is None:
            return None
        return {
            "id": snowflake(),
            "name": "forum team",
            "icon": None,
            "owner_user_id": self.owner.id,
            "members": [
                {
                    "user": user.payload(),
                    "team_id": "0",
                    "membership_state": state,
                    "permissions": ["*"],
                    "role": role,
                }
                for user, role, state in self.team
            ],
        }

    def _put_commands(self, guild: str | None, body: Any) -> tuple[int, list[Json]]:
        stored = []
        for command in body or []:
            permissions = command.get("default_member_permissions")
            if permissions is not None:  # Discord answers with a string of digits
                command = {**command, "default_member_permissions": str(permissions)}
            stored.append(
                {
                    "description": "",  # Discord's answer has one, even for context menus
                    **command,
                    "id": snowflake(),
                    "application_id": self.application_id,
                    "version": snowflake(),
                    **({"guild_id": guild} if guild else {}),
                }
            )
        self.commands[guild] = stored
        return 200, stored

    # Messages ----------------------------------------------------------------------------

    def _message(self, data: Json, channel_id: str, **extra: Any) -> Json:
        message = {
            "id": snowflake(),
            "channel_id": channel_id,
            "author": self.bot_user.payload(),
            "content": data.get("content") or "",
            "timestamp": now_iso(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [],
            "embeds": data.get("embeds") or [],
            "components": data.get("components") or [],
            "pinned": False,
            "type": 0,
            "flags": data.get("flags") or 0,
            **extra,
        }
        self.messages[message["id"]] = {"request": data, "message": message}
        return message

    def _callback(self, interaction_id: str, body: Json) -> tuple[int, Json]:
        interaction = self.interactions.get(interaction_id)
        if interaction is None:
            return 404, {"message": "Unknown interaction", "code": 10062}
        channel_id = interaction.payload.get("channel_id", self.channel_id)
        kind = body.get("type")
        data = body.get("data") or {}
        message = None
        if kind in (4, 5):
            message = self._message(
                data,
                channel_id,
                application_id=self.application_id,
                webhook_id=self.application_id,
                interaction_metadata={
                    "id": interaction_id,
                    "type": interaction.payload["type"],
                    "user": (interaction.payload.get("member") or interaction.payload)["user"],
                    "authorizing_integration_owners": interaction.payload[
                        "authorizing_integration_owners"
                    ],
                },
            )
            interaction.payload["_original"] = message["id"]
        elif kind == 7:
            original = interaction.payload.get("message", {}).get("id")
            if original in self.messages:
                self.messages[original]["request"].update(data)
        if not interaction.responded_at:
            interaction.responded_at = time.perf_counter()
        interaction.responses.put_nowait(body)
        result: Json = {
            "interaction": {
                "id": interaction_id,
                "type": interaction.payload["type"],
                "response_message_id": message["id"] if message else None,
                "response_message_loading": kind == 5,
                "response_message_ephemeral": bool(data.get("flags", 0) & 64),
            }
        }
        if message is not None:
            result["resource"] = {"type": kind, "message": message}
        else:
            result["resource"] = {"type": kind}
        return 200, result

    def _by_token(self, token: str) -> Interaction | None:
        return next((i for i in self.interactions.values() if i.token == token), None)

    def _followup(self, token: str, body: Json) -> tuple[int, Json]:
        interaction = self._by_token(token)
        if interaction is None:
            return 404, {"message": "Unknown Webhook", "code": 10015}
        interaction.followups.put_nowait(body)
        channel_id = interaction.payload.get("channel_id", self.channel_id)
        return 200, self._message(body, channel_id, webhook_id=self.application_id)

    def _edit(self, token: str, message_id: str, body: Json) -> tuple[int, Json]:
        interaction = self._by_token(token)
        if interaction is None:
            return 404, {"message": "Unknown Webhook", "code": 10015}
        interaction.edits.put_nowait(body)
        if message_id == "@original":
            message_id = interaction.payload.get("_original", message_id)
        stored = self.messages.get(message_id)
        if stored is None:
            return 404, {"message": "Unknown Message", "code": 10008}
        stored["request"].update(body)
        stored["message"].update(
            {k: v for k, v in body.items() if k in {"content", "embeds", "components"}}
        )
        return 200, stored["message"]

    def _get_webhook_message(self, token: str, message_id: str) -> tuple[int, Json]:
        interaction = self._by_token(token)
        if interaction is None:
            return 404, {"message": "Unknown Webhook", "code": 10015}
        if message_id == "@original":
            message_id = interaction.payload.get("_original", message_id)
        stored = self.messages.get(message_id)
        return (200, stored["message"]) if stored else (404, {"message": "Unknown Message"})

    def _channel_message(self, channel_id: str, body: Json) -> tuple[int, Json]:
        reference = body.get("message_reference") or {}
        if reference.get("message_id") in self.deleted and reference.get(
            "fail_if_not_exists", True
        ):
            return 400, {
                "message": "Invalid Form Body",
                "code": 50035,
                "errors": {
                    "message_reference": {
                        "_errors": [
                            {"code": "REPLIES_UNKNOWN_MESSAGE", "message": "Unknown message"}
                        ]
                    }
                },
            }
        message = self._message(body, channel_id)
        self.channel_messages.put_nowait({"channel_id": channel_id, **body})
        return 200, message

    def _edit_channel_message(self, message_id: str, body: Json) -> tuple[int, Json]:
        stored = self.messages.get(message_id)
        if stored is None:
            return 404, {"message": "Unknown Message", "code": 10008}
        stored["request"].update(body)
        return 200, stored["message"]

    # Driving the bot -----------------------------------------------------------------------

    def new_user(self, name: str = "user") -> User:
        return User(snowflake(), name)

    def _context_fields(self, user: User, where: str, permissions: str) -> Json:
        """Guild, DM, or user-installed app in a guild the bot is not in, as Discord sends them."""
        if where == "guild":
            return {
                "guild_id": self.guild_id,
                "channel_id": self.channel_id,
                "channel": self._channel_payload(),
                "member": self._member_payload(user, permissions),
                "context": 0,
                "authorizing_integration_owners": {"0": self.guild_id},
                "app_permissions": "562949953421311",
            }
        if where == "dm":
            channel = snowflake()
            return {
                "channel_id": channel,
                "channel": {"id": channel, "type": 1, "recipients": [user.payload()], "flags": 0},
                "user": user.payload(),
                "context": 1,
                "authorizing_integration_owners": {"1": user.id},
                "app_permissions": "562949953421311",
            }
        other_guild = snowflake()
        channel = snowflake()
        return {
            "guild_id": other_guild,
            "channel_id": channel,
            "channel": {
                "id": channel,
                "type": 0,
                "guild_id": other_guild,
                "name": "elsewhere",
                "position": 0,
                "permission_overwrites": [],
                "nsfw": False,
            },
            "member": self._member_payload(user, permissions),
            "context": 0,
            "authorizing_integration_owners": {"1": user.id},
            "app_permissions": "0",
        }

    async def _interaction(
        self,
        kind: int,
        data: Json,
        user: User,
        where: str,
        permissions: str,
        locale: str = "en-US",
        **extra: Any,
    ) -> Interaction:
        interaction_id = snowflake()
        token = f"itoken-{interaction_id}"
        payload = {
            "id": interaction_id,
            "application_id": self.application_id,
            "type": kind,
            "token": token,
            "version": 1,
            "data": data,
            "locale": locale,
            "guild_locale": "en-US",
            "entitlements": [],
            "attachment_size_limit": 8388608,
            **self._context_fields(user, where, permissions),
            **extra,
        }
        interaction = Interaction(interaction_id, token, payload)
        self.interactions[interaction_id] = interaction
        interaction.dispatched_at = time.perf_counter()
        await self.dispatch("INTERACTION_CREATE", payload)
        return interaction

    def _registered(self, name: str) -> Json:
        for commands in self.commands.values():
            for command in commands:
                if command["name"] == name:
                    return command
        raise KeyError(f"/{name} is not registered")

    async def slash(
        self,
        name: str,
        options: dict[str, Any] | None = None,
        *,
        user: User | None = None,
        where: str = "guild",
        permissions: str = "0",
        locale: str = "en-US",
    ) -> Interaction:
        """Invoke /name as `user` in "guild", "dm" or "user_install" (another guild), with
        the user's Discord language `locale`."""
        command = self._registered(name)
        data = {
            "id": command["id"],
            "name": name,
            "type": 1,
            "options": [
                {"name": key, "type": self._option_type(command, key), "value": value}
                for key, value in (options or {}).items()
            ],
        }
        return await self._interaction(2, data, user or self.owner, where, permissions, locale)

    async def message_command(
        self,
        name: str,
        target: Json,
        *,
        user: User | None = None,
        where: str = "guild",
        locale: str = "en-US",
    ) -> Interaction:
        """Apps -> `name` on the message `target` (a MESSAGE_CREATE payload): Discord sends
        the message itself in `resolved`, content included, whatever the bot's intents."""
        command = self._registered(name)
        data = {
            "id": command["id"],
            "name": name,
            "type": 3,
            "target_id": target["id"],
            "resolved": {"messages": {target["id"]: target}},
        }
        return await self._interaction(2, data, user or self.owner, where, "0", locale)

    @staticmethod
    def _option_type(command: Json, name: str) -> int:
        return next((o["type"] for o in command.get("options", []) if o["name"] == name), 3)

    async def autocomplete(
        self, name: str, option: str, typed: str, *, user: User | None = None
    ) -> Interaction:
        command = self._registered(name)
        data = {
            "id": command["id"],
            "name": name,
            "type": 1,
            "options": [{"name": option, "type": 3, "value": typed, "focused": True}],
        }
        return await self._interaction(4, data, user or self.owner, "guild", "0")

    async def click(
        self,
        message_id: str,
        label: str,
        *,
        user: User | None = None,
        where: str = "guild",
        locale: str = "en-US",
    ) -> Interaction:
        """Press the button labelled `label` (its text, or its emoji) on a message the bot
        sent."""
        stored = self.messages[message_id]
        components = stored["request"].get("components") or stored["message"]["components"]
        custom_id = next(
            button["custom_id"]
            for row in components
            for button in row.get("components", [])
            if label in (button.get("label"), (button.get("emoji") or {}).get("name"))
        )
        message = dict(stored["message"], components=components)
        data = {"custom_id": custom_id, "component_type": 2}
        return await self._interaction(
            3, data, user or self.owner, where, "0", locale, message=message
        )

    async def submit_modal(
        self,
        modal: Json,
        values: dict[str, str | list[str]],
        *,
        user: User | None = None,
        where: str = "guild",
        locale: str = "en-US",
    ) -> Interaction:
        """Fill in and submit the form (`modal`: the data of a type 9 callback), as Discord
        sends it: each field inside its label, a select's choice as `values`, a text as
        `value`."""
        components = []
        for row in modal["components"]:
            inner = row.get("component") or row["components"][0]
            custom_id = inner["custom_id"]
            answer = values.get(custom_id, [] if inner["type"] == 3 else "")
            field = {"type": inner["type"], "custom_id": custom_id, "id": inner.get("id", 0)}
            field.update({"values": answer} if inner["type"] == 3 else {"value": answer})
            components.append({"type": 18, "id": row.get("id", 0), "component": field})
        data = {"custom_id": modal["custom_id"], "components": components}
        return await self._interaction(5, data, user or self.owner, where, "0", locale)

    def user_message(self, content: str, author: User | None = None) -> Json:
        """A message someone posted in the guild channel, as Discord describes it."""
        return {
            "id": snowflake(),
            "type": 0,
            "channel_id": self.channel_id,
            "content": content,
            "author": (author or self.owner).payload(),
            "timestamp": now_iso(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [],
            "embeds": [],
            "pinned": False,
            "flags": 0,
            "components": [],
        }

    async def send_message(
        self,
        content: str,
        *,
        author: User | None = None,
        where: str = "dm",
        mention_bot: bool = False,
        reply_to: str | None = None,
        deleted: bool = False,
    ) -> Json:
        """A user's message as MESSAGE_CREATE; returns the payload sent.

        `mention_bot`: the bot is in `mentions`, as with a typed mention or a reply ping;
        `reply_to`: the message (one the bot sent) this one replies to; `deleted`: the user
        deletes it before the bot can answer.
        """
        author = author or self.owner
        message_id = snowflake()
        payload: Json = {
            "id": message_id,
            "type": 0,
            "content": content,
            "author": author.payload(),
            "timestamp": now_iso(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [self.bot_user.payload()] if mention_bot else [],
            "mention_roles": [],
            "attachments": [],
            "embeds": [],
            "pinned": False,
            "flags": 0,
            "components": [],
        }
        if reply_to is not None:
            payload.update(
                type=19,
                message_reference={
                    "type": 0,
                    "message_id": reply_to,
                    "channel_id": self.channel_id,
                    "guild_id": self.guild_id,
                },
                referenced_message=self.messages[reply_to]["message"],
            )
        if deleted:
            self.deleted.add(message_id)
        if where == "guild":
            payload.update(
                channel_id=self.channel_id,
                guild_id=self.guild_id,
                member={k: v for k, v in self._member_payload(author, "0").items() if k != "user"},
            )
        else:
            payload.update(channel_id=snowflake(), channel_type=1)
        await self.dispatch("MESSAGE_CREATE", payload)
        return payload

    async def next_channel_message(self, timeout: float = 5.0) -> Json:
        return await asyncio.wait_for(self.channel_messages.get(), timeout)

    def calls(self, method: str, pattern: str) -> list[Recorded]:
        return [r for r in self.requests if r.method == method and re.search(pattern, r.path)]
