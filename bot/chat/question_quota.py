"""Per-user question limit: N questions in a sliding window, with the wait to tell them."""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable


class RateLimiter:
    def __init__(
        self, limit: int, window: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._events: dict[int, deque[float]] = {}
        self._noticed: dict[int, float] = {}

    def retry_after(self, user_id: int) -> int | None:
        """Record a question; None when allowed, else whole seconds until the next one is."""
        now = self._clock()
        events = self._events.setdefault(user_id, deque())
        while events and now - events[0] >= self.window:
            events.popleft()
        if len(events) >= self.limit:
            return max(1, math.ceil(self.window - (now - events[0])))
        events.append(now)
        if len(self._events) > 10_000:  # forget users whose window has passed
            self._events = {
                k: v for k, v in self._events.items() if v and now - v[-1] < self.window
            }
        return None

    def notice_due(self, user_id: int) -> bool:
        """True at most once per window per user: whether to tell an over-limit user again."""
        now = self._clock()
        last = self._noticed.get(user_id)
        if last is not None and now - last < self.window:
            return False
        self._noticed[user_id] = now
        if len(self._noticed) > 10_000:
            self._noticed = {k: v for k, v in self._noticed.items() if now - v < self.window}
        return True
