"""Result rows of the quality harness: printed, written as JSON, turned into the README table.

``benchmarks/results.json`` (committed, written by a full ``python -m
benchmarks.quality``) holds every figure of the last full run::

    {"command": ..., "smoke": false,
     "families": {"typo": [{"label", "metric", "value", "target", "ok", "detail"}, ...], ...}}

It has no timestamps or paths, so it changes only when a figure does.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results.json"


@dataclass
class Row:
    family: str
    metric: str
    value: float
    target: str
    ok: bool
    detail: str = ""


def _value(row_value: float) -> str:
    return f"{row_value:.3f}" if isinstance(row_value, float) else str(row_value)


def print_rows(rows: list[Row]) -> None:
    header = f"{'family':<22} {'metric':<48} {'value':>9}  {'target':<10} ok"
    print(header)
    print("-" * len(header))
    for r in rows:
        print(f"{r.family:<22} {r.metric:<48} {_value(r.value):>9}  {r.target:<10} {'yes' if r.ok else 'NO'}")
        if r.detail:
            print(f"{'':<22}   {r.detail}")


def to_json(by_family: dict[str, list[Row]], smoke: bool) -> dict[str, Any]:
    return {
        "command": "python -m benchmarks.quality" + (" --smoke" if smoke else ""),
        "smoke": smoke,
        "families": {
            family: [
                {"label": r.family, "metric": r.metric, "value": round(r.value, 6), "target": r.target,
                 "ok": r.ok, "detail": r.detail}
                for r in rows
            ]
            for family, rows in by_family.items()
        },
    }


def write_json(by_family: dict[str, list[Row]], smoke: bool, path: Path) -> None:
    """Indented, with one row a line, so that a changed figure is a one-line diff."""
    results = to_json(by_family, smoke)
    families = ",\n".join(
        f"  {json.dumps(family)}: [\n" + ",\n".join(f"   {json.dumps(row, ensure_ascii=False)}" for row in rows) + "\n  ]"
        for family, rows in results["families"].items()
    )
    head = f'{{\n "command": {json.dumps(results["command"])},\n "smoke": {json.dumps(smoke)},\n'
    path.write_text(head + ' "families": {\n' + families + "\n }\n}\n", encoding="utf-8")


def readme_table(results: dict[str, Any]) -> str:
    """Markdown table of every figure that has a target (info rows left out)."""
    lines = ["| family | metric | measured | target |", "|---|---|---|---|"]
    for rows in results["families"].values():
        for r in rows:
            if not r["target"]:
                continue
            target = r["target"].replace(">=", "≥").replace("<=", "≤")
            missed = "" if r["ok"] else " — **missed**"
            metric = r["metric"].strip().replace("|", "\\|")
            lines.append(f"| {r['label']} | {metric} | {_value(float(r['value']))} | {target}{missed} |")
    return "\n".join(lines)
