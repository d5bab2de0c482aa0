"""Shared fixtures: run the real CLI, and the --update-golden switch."""
from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"

# The suite never writes the user's own cache folder: its property tests
# compile hundreds of throwaway patterns, which would push the rules' real
# ones out of the compiled-pattern file.  One folder per user under the temp
# folder, kept between runs and shared by the xdist workers (the stores write
# atomically), keeps the typo indexes built once.
os.environ["NEWSLINT_USER_CACHE"] = str(Path(tempfile.gettempdir()) / f"newslint-tests-{os.getuid() if hasattr(os, 'getuid') else 'user'}")


def pytest_addoption(parser):
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden/**/*.expected from the current output (review the diff!)",
    )


def pytest_collection_modifyitems(config, items):
    """Put the stress tests at the two ends of the run and the other slow tests first.

    pytest-xdist's work-stealing scheduler gives each worker one half of the
    order and lets an idle worker take tests from the tail of a busy one, never
    its running or next test.  Two stress tests side by side would run one after
    the other on one worker; at the two ends they start on different workers,
    and the other slow tests at the head are the ones an idle worker takes last.
    Without xdist only the order changes."""
    stress = [item for item in items if item.get_closest_marker("stress")]
    rest = [item for item in items if not item.get_closest_marker("stress")]
    rest.sort(key=lambda item: item.get_closest_marker("slow") is None)
    items[:] = stress[0::2] + rest + stress[1::2][::-1]


@pytest.fixture
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


def newslint_bin() -> list[str]:
    """The installed console script next to this interpreter, else python -m newslint."""
    script = Path(sys.executable).with_name("newslint")
    return [str(script)] if script.exists() else [sys.executable, "-m", "newslint"]


@dataclass
class Completed:
    """What a run of the command printed and returned (like subprocess.CompletedProcess)."""

    args: list[str]
    returncode: int
    stdout: str
    stderr: str


def run_cli(
    *args: str,
    cwd: Path | str | None = None,
    input: bytes | None = None,
    env: dict | None = None,
    subprocess_: bool = False,
) -> Completed:
    """Run the real `newslint` command line; returns its exit code and output.

    The command runs in this process through ``newslint.cli.main`` (the same
    code the console script runs, a fraction of the start-up cost), with the
    working folder, environment and standard streams swapped for the call.
    A real subprocess is used when ``subprocess_`` is set, or when ``env``
    changes ``PYTHONPATH`` (fake plugin distributions must be on sys.path
    from interpreter start)."""
    if subprocess_ or (env and "PYTHONPATH" in env):
        return _run_subprocess(list(args), cwd, input, env)
    return _run_in_process(list(args), cwd, input, env)


def _run_subprocess(args: list[str], cwd, input, env) -> Completed:
    full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
    proc = subprocess.run(
        [*newslint_bin(), *args],
        cwd=cwd or ROOT,
        input=input,
        capture_output=True,
        env=full_env,
        timeout=300,
    )
    return Completed(args, proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace"))


def _run_in_process(args: list[str], cwd, input, env) -> Completed:
    from newslint.cli import main

    saved_env = dict(os.environ)
    saved_cwd = os.getcwd()
    saved = sys.stdin, sys.stdout, sys.stderr
    out, err = io.BytesIO(), io.BytesIO()
    # Byte streams under UTF-8 text layers, strict as a real pipe is.
    sys.stdin = io.TextIOWrapper(io.BytesIO(input or b""), encoding="utf-8")
    sys.stdout = io.TextIOWrapper(out, encoding="utf-8", write_through=True)
    sys.stderr = io.TextIOWrapper(err, encoding="utf-8", errors="backslashreplace", write_through=True)
    os.environ.update({"NO_COLOR": "1", **(env or {})})
    try:
        os.chdir(cwd or ROOT)
        try:
            code = main(args)
        except SystemExit as exc:  # argparse: --help, usage errors
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
                stream.detach()  # keep the BytesIO open once the wrapper is collected
            except (ValueError, AttributeError):
                pass
        sys.stdin, sys.stdout, sys.stderr = saved
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)
    return Completed(args, code, out.getvalue().decode("utf-8", "replace"), err.getvalue().decode("utf-8", "replace"))


@pytest.fixture
def cli():
    return run_cli
