"""The language server's lint worker: a child process that lints one buffer at a time.

Linting runs here rather than in the server so that a rule that hangs or eats
memory costs a worker, never the editor's connection: a watchdog thread answers
with an NL003 finding (naming the rule that was running) once a document takes
longer than the time limit, then ends the process; the server starts a new one.

Protocol, one JSON object per line.  Request: ``{"id", "path", "text",
"language"}``.  Answer: ``{"id", "findings": [...], "rules": {id: {...}},
"error": str | null}``.  Configuration is found from the document's folder
exactly as ``newslint --stdin-filename PATH -`` finds it.
"""
from __future__ import annotations

import json
import os
import sys
import threading
from typing import IO, Any

from ..config import load_config
from ..engine import RULE_ERROR, Linter
from ..errors import NewslintError
from ..findings import Finding, Severity
from ..fix_preview import fix_edits
from ..reporters.json_format import finding_dict
from ..reporters.sarif import doc_section
from ..rule import Rule

# Languages linted even when the file name matches no `include` glob (untitled buffers).
LANGUAGES = ("plaintext", "markdown")


class _Linters:
    """One Linter per governing config file, rebuilt when that file changes."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, float], Linter] = {}

    def for_path(self, path: str) -> Linter:
        folder = os.path.dirname(path) if os.path.isabs(path) else "."
        config = load_config(None, [folder or "."])
        stamp = config.path.stat().st_mtime if config.path and config.path.exists() else 0.0
        key = (str(config.path), stamp)
        if key not in self._cache:
            self._cache = {k: v for k, v in self._cache.items() if k[0] != key[0]}
            self._cache[key] = Linter(config)
        return self._cache[key]


def finding_json(f: Finding) -> dict[str, Any]:
    """The JSON format's finding, without what the editor already knows (path,
    record) and with the fix as line edits, the form code actions need."""
    out = finding_dict(f)
    for key in ("path", "record", "fix"):
        out.pop(key, None)
    out["fixes"] = [vars(e) for e in fix_edits(f)]
    return out


def rule_json(rule: Rule) -> dict[str, str]:
    return {"name": rule.name, "summary": rule.summary, "what": doc_section(rule.doc, "What it does")}


def lint(linters: _Linters, request: dict[str, Any]) -> dict[str, Any]:
    path, text = str(request["path"]), str(request["text"])
    try:
        linter = linters.for_path(path)
    except NewslintError as exc:
        return {"findings": [], "rules": {}, "error": str(exc)}
    config = linter.config
    language = request.get("language")
    # As the CLI does for an editor's buffer: an excluded file stays quiet.
    if config.is_excluded(path) or not (config.is_included(path) or language in LANGUAGES):
        return {"findings": [], "rules": {}, "error": None}
    findings = linter.lint_bytes(path, text.encode("utf-8", "surrogatepass")).findings
    used = {f.rule for f in findings}
    rules = {r.id: rule_json(r) for r in linter.registry if r.id in used}
    return {"findings": [finding_json(f) for f in findings], "rules": rules, "error": None}


def running_rule(thread_id: int) -> Rule | None:
    """The rule the engine is running in that thread, read from its stack (best effort)."""
    frame = sys._current_frames().get(thread_id)
    while frame is not None:
        candidate = frame.f_locals.get("rule")
        if isinstance(candidate, Rule):
            return candidate
        frame = frame.f_back
    return None


def timeout_answer(request_id: Any, limit: float, rule: Rule | None) -> dict[str, Any]:
    who = f"rule {rule.id} ({rule.name}) stopped: " if rule else "linting stopped: "
    message = f"{who}linting this document took longer than {limit:g}s (the language server's time limit)"
    crash = Finding("", 1, 1, 1, 1, RULE_ERROR, "rule-error", Severity.ERROR, message)
    return {"id": request_id, "findings": [finding_json(crash)], "rules": {}, "error": None}


def serve(requests: IO[str], answers: IO[str], limit: float) -> None:
    linters = _Linters()
    lock = threading.Lock()
    main_thread = threading.get_ident()

    def send(answer: dict[str, Any]) -> None:
        with lock:
            answers.write(json.dumps(answer, ensure_ascii=True) + "\n")
            answers.flush()

    for line in requests:
        try:
            request = json.loads(line)
        except ValueError:
            continue
        done = threading.Event()

        # Defaults bind this request's id and event: the timer fires later.
        def expire(request_id: Any = request.get("id"), done: threading.Event = done) -> None:
            with lock:
                if done.is_set():
                    return
                answers.write(json.dumps(timeout_answer(request_id, limit, running_rule(main_thread))) + "\n")
                answers.flush()
                # The rule may never return: leave now; the server starts another worker.
                os._exit(3)

        try:
            # The limit is the document's: building the linter for its config
            # (plugin imports, rule modules) happens before the clock starts, as
            # the runner's GRACE assumes.  An error here is lint()'s to report.
            linters.for_path(str(request.get("path", ""))).build_rules()
        except Exception:
            pass
        timer = threading.Timer(limit, expire)
        timer.daemon = True
        timer.start()
        try:
            answer = lint(linters, request)
        except Exception as exc:  # never take the server down: say what broke
            answer = {"findings": [], "rules": {}, "error": f"internal error: {type(exc).__name__}: {exc}"}
        with lock:
            done.set()
        timer.cancel()
        send({"id": request.get("id"), **answer})


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    limit = float(args[0]) if args else 10.0
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8")
    # Plugins that print must not corrupt the answers: their output goes to stderr.
    sys.stdout = sys.stderr
    requests = open(sys.stdin.fileno(), encoding="utf-8", errors="surrogateescape", closefd=False)
    serve(requests, answers, limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
