"""Extraction stages: each takes a parsed spaCy Doc and returns model objects.

The package is ``extractors`` rather than ``extract`` so that ``dateline.extract`` stays the
public function: a subpackage of the same name would shadow it on ``import dateline.extract.x``.
"""
