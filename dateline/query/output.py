"""Query results as JSON Lines or CSV: records flattened into one row each."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, fields
from typing import Any, Iterable, Sequence


def flatten(record: Any) -> dict[str, Any]:
    """One flat dict per record, ready for a spreadsheet: nested evidence becomes evidence_* columns,
    a list becomes one cell of its items joined by '; ' (records in a list are summarised by joined(),
    never left as JSON)."""
    out: dict[str, Any] = {}
    for key, value in (asdict(record) if hasattr(record, "__dataclass_fields__") else record).items():
        if isinstance(value, dict):
            for k, v in value.items():
                out[f"{key}_{k}"] = v
        elif isinstance(value, (list, tuple)):
            out[key] = joined(value)
        else:
            out[key] = value
    return out


def joined(items: Sequence[Any]) -> str:
    """A list as one readable cell: '1991-08-05..1992-05-31' for a range, 'a; b' for names, and for
    facts 'relation value (article)'."""
    if len(items) == 2 and all(isinstance(i, str) and i[:4].isdigit() for i in items):
        return f"{items[0]}..{items[1]}"
    parts = []
    for item in items:
        if isinstance(item, dict) and "relation" in item:
            other = item.get("other") or item.get("value") or ""
            rel = item["relation"] + (" of" if item.get("direction") == "in" else "")
            parts.append(f"{rel} {other} ({item.get('evidence', {}).get('article', '')})".strip())
        elif isinstance(item, dict):
            parts.append(", ".join(f"{k}={v}" for k, v in item.items()))
        else:
            parts.append(str(item))
    return "; ".join(parts)


def to_json_lines(records: Iterable[Any]) -> str:
    return "".join(json.dumps(asdict(r), ensure_ascii=False, default=str) + "\n" for r in records)


def to_csv(records: Sequence[Any]) -> str:
    return csv_text([flatten(r) for r in records])


def csv_text(rows: Sequence[dict[str, Any]]) -> str:
    """Flat rows as CSV, the first row's keys for the header (nothing for no rows)."""
    buf = io.StringIO()
    if rows:
        writer = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return buf.getvalue()


def field_names(cls: type) -> list[str]:
    return [f.name for f in fields(cls)]
