"""forum-bot: answers questions about news coverage with the cited quote and its speaker."""

__version__ = "0.1.0"
