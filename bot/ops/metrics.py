"""Prometheus metrics of one bot process, in a registry of its own."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest


class Metrics:
    def __init__(self) -> None:
        self._loop_lag_max = 0.0
        self.registry = CollectorRegistry()
        self.commands = Counter(
            "forumbot_commands",
            "Commands and questions handled, by command and outcome",
            ["command", "outcome"],
            registry=self.registry,
        )
        self.answer_seconds = Histogram(
            "forumbot_answer_seconds",
            "Time to compute an answer to a question",
            buckets=(0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0),
            registry=self.registry,
        )
        self.reply_seconds = Histogram(
            "forumbot_reply_seconds",
            "From a question's handler starting to its reply having been sent",
            buckets=(0.001, 0.002, 0.003, 0.005, 0.0075, 0.01, 0.015, 0.02, 0.05, 0.1, 0.5, 1.0),
            registry=self.registry,
        )
        self.loop_lag = Histogram(
            "forumbot_event_loop_lag_seconds",
            "How late the event loop woke a 50 ms timer: a measure of stalls",
            buckets=(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0),
            registry=self.registry,
        )
        self.loop_lag_max = Gauge(
            "forumbot_event_loop_lag_max_seconds",
            "The longest event-loop stall seen since start",
            registry=self.registry,
        )
        self.reloads = Counter(
            "forumbot_reloads", "Corpus reloads by outcome", ["outcome"], registry=self.registry
        )
        self.index_size = Gauge(
            "forumbot_index_size", "Size of the serving index", ["unit"], registry=self.registry
        )
        self.question_log_seconds = Histogram(
            "forumbot_question_log_seconds",
            "Time a handler spends handing a question to the log (the writing is on a thread)",
            buckets=(0.00001, 0.00002, 0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.01),
            registry=self.registry,
        )
        self.question_log_errors = Counter(
            "forumbot_question_log_errors",
            "Question log failures (unwritable, locked or corrupt file); answering goes on",
            ["stage"],
            registry=self.registry,
        )
        self.gateway_latency = Gauge(
            "forumbot_gateway_latency_seconds",
            "Heartbeat latency to the Discord gateway",
            registry=self.registry,
        )

    def observe_loop_lag(self, seconds: float) -> None:
        self.loop_lag.observe(seconds)
        if seconds > self._loop_lag_max:
            self._loop_lag_max = seconds
            self.loop_lag_max.set(seconds)

    def command(self, name: str, outcome: str) -> None:
        self.commands.labels(command=name, outcome=outcome).inc()

    def index_counts(self, counts: dict[str, int]) -> None:
        for unit, value in counts.items():
            self.index_size.labels(unit=unit).set(value)

    def render(self) -> bytes:
        return generate_latest(self.registry)
