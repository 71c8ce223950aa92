"""Extraction stages: each takes a parsed spaCy Doc and returns model objects."""
