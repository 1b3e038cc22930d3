"""Tokenizing, indexing and answering questions over paragraphs."""
