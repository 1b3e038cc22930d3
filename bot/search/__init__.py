"""Answering questions above the Knowledge snapshot: from a question to passages or a decline."""
