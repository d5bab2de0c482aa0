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
# imports and the lexicon are loaded before the first document's clock starts).
GRACE = 20.0


class LintRunner:
    def __init__(self, time_limit: float) -> None:
        self.time_limit = time_limit
        self._process: asyncio.subprocess.Process | None = None
        self._lock = asyncio.Lock()
        self._ids = itertools.count(1)

    async def _start(self) -> asyncio.subprocess.Process:
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
            try:
                process = await self._start()
                assert process.stdin is not None and process.stdout is not None
                process.stdin.write(message.encode("ascii") + b"\n")
                await process.stdin.drain()
                line = await asyncio.wait_for(process.stdout.readline(), self.time_limit + GRACE)
            except asyncio.TimeoutError:
                await self.stop()
                return timeout_answer(request_id, self.time_limit, None)
            except (OSError, ConnectionError) as exc:
                await self.stop()
                return {"id": request_id, "findings": [], "rules": {}, "error": f"lint worker failed: {exc}"}
            if not line:
                await self.stop()
                return {"id": request_id, "findings": [], "rules": {}, "error": "lint worker ended unexpectedly"}
            answer = json.loads(line)
            if answer.get("id") == request_id and process.returncode is None and _timed_out(answer):
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


def _timed_out(answer: dict[str, Any]) -> bool:
    return any(f.get("rule") == "NL003" and "time limit" in f.get("message", "") for f in answer.get("findings", ()))
