"""Renderers: terminal report, HTML and TimeML views of an Extraction."""
