"""Scorers: one module per task, each counting tp/fp/fn in ``common.PRF``."""
