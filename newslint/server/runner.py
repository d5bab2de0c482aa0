"""The server's side of the lint worker: send a buffer, await its findings, restart
the worker when it dies or overruns.

The worker enforces the time limit itself (and names the rule that was running);
this side waits a little longer as a safety net for a worker that cannot even do
that, kills it, and reports NL003 all the same.
"""
from __future__ import annotations

import asyncio
import itertools
import json
import sys
from typing import Any

from .worker import timeout_answer

# Extra time the server allows the worker past its own limit (start-up, plugin
# imports and rule building happen before a document's clock starts).
GRACE = 20.0


class LintRunner:
    def __init__(self, time_limit: float) -> None:
        self.time_limit = time_limit
        self._process: asyncio.subprocess.Process | None = None
        self._lock = asyncio.Lock()
        self._ids = itertools.count(1)

    async def start(self) -> asyncio.subprocess.Process:
        """The running worker, started if there is none (it loads newslint once)."""
        if self._process is None or self._process.returncode is not None:
            self._process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "newslint.server.worker",
                str(self.time_limit),
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                # JSON lines of a whole article: well past asyncio's 64 KiB default
                limit=1 << 30,
            )
        return self._process

    async def lint(self, path: str, text: str, language: str | None) -> dict[str, Any]:
        """Findings for one buffer as the worker answers them (see worker.py)."""
        async with self._lock:
            request_id = next(self._ids)
            message = json.dumps({"id": request_id, "path": path, "text": text, "language": language})
            for attempt in (1, 2):
                try:
                    process = await self.start()
                    assert process.stdin is not None and process.stdout is not None
                    process.stdin.write(message.encode("ascii") + b"\n")
                    await process.stdin.drain()
                    break
                except (OSError, ConnectionError) as exc:
                    # a worker that has just exited (after a timeout, say): one fresh try
                    await self.stop()
                    if attempt == 2:
                        return _failed(request_id, f"lint worker failed: {exc}")
            try:
                assert process.stdout is not None  # started with stdout=PIPE
                answer = await asyncio.wait_for(_answer(process.stdout, request_id), self.time_limit + GRACE)
            except asyncio.TimeoutError:
                await self.stop()
                return timeout_answer(request_id, self.time_limit, None)
            except (OSError, ConnectionError, ValueError) as exc:
                await self.stop()
                return _failed(request_id, f"lint worker failed: {exc}")
            if answer is None:
                await self.stop()
                return _failed(request_id, "lint worker ended unexpectedly")
            if _timed_out(answer):
                # the worker is exiting after a timeout: do not reuse it
                await self.stop()
            return answer

    async def stop(self) -> None:
        process, self._process = self._process, None
        if process is None or process.returncode is not None:
            return
        process.kill()
        try:
            await asyncio.wait_for(process.wait(), 5)
        except asyncio.TimeoutError:  # pragma: no cover - a process that ignores SIGKILL
            pass


async def _answer(stdout: asyncio.StreamReader, request_id: int) -> dict[str, Any] | None:
    """The worker's answer to ``request_id``; None when the worker is gone.  An
    answer to an earlier request (one whose caller was cancelled) is skipped."""
    while True:
        line = await stdout.readline()
        if not line:
            return None
        answer = json.loads(line)
        if answer.get("id") == request_id:
            return answer


def _failed(request_id: int, message: str) -> dict[str, Any]:
    return {"id": request_id, "findings": [], "rules": {}, "error": message}


def _timed_out(answer: dict[str, Any]) -> bool:
    return any(f.get("rule") == "NL003" and "time limit" in f.get("message", "") for f in answer.get("findings", ()))
