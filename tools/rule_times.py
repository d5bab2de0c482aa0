"""Per-rule process time over a corpus folder, in one process, N passes.

Usage: python tools/rule_times.py FOLDER [passes] [rule ids comma-separated or 'all']
(a pass after the first is "warm": patterns compiled, indexes loaded).  To time
another commit in the same sitting, unpack it (``git archive``) and put it first
on PYTHONPATH.
Wraps each rule's check (the generator drained inside the wrapper), runs the
Linter as the CLI does (jobs 1, no cache), prints per-pass per-rule seconds,
plus the whole pass and the engine's share (pass minus rules).
"""
from __future__ import annotations

import sys
import time
from collections import defaultdict
from dataclasses import replace

from newslint.engine import Linter
from newslint.run import RunOptions

folder = sys.argv[1]
passes = int(sys.argv[2]) if len(sys.argv) > 2 else 2
sel = sys.argv[3] if len(sys.argv) > 3 and sys.argv[3] != "all" else None
linter = Linter(select=sel.split(",") if sel else None)
spent = defaultdict(float)
pt = time.process_time

def wrap(rule):
    check = rule.check
    def timed(doc, ctx):
        t = pt()
        try:
            out = check(doc, ctx)
            out = list(out) if out is not None else []
        finally:
            spent[rule.id] += pt() - t
        return out
    timed.__module__ = check.__module__
    timed.__doc__ = check.__doc__
    timed.__wrapped__ = check
    return replace(rule, check=timed)

wrapped = [wrap(r) for r in linter.rules]
try:
    linter.rules = wrapped
except AttributeError:
    # A lazily built rule set (engine.Linter.rules is a property): replace
    # the list it returns.
    linter._rules = wrapped
rows = []
for p in range(passes):
    spent.clear()
    t = pt()
    res = linter.lint_paths([folder], RunOptions(jobs=1))
    total = pt() - t
    row = dict(sorted(spent.items()))
    row["_total"] = total
    row["_engine"] = total - sum(spent.values())
    row["_findings"] = len(res.findings)
    rows.append(row)
    print(f"pass {p+1}: " + " ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in row.items()), flush=True)
