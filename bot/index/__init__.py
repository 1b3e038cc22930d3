"""The index layer, below the Knowledge snapshot: tokenizing text and BM25 over paragraphs.

It knows nothing of questions or answers (bot.search, above the snapshot, does).
"""
