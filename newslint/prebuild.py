"""The user cache's costly parts, built in a short-lived child process.

A first run (a new machine, a new wordfreq, dictionary or building code)
builds the typo rule's indexes, the dictionaries' answers those indexes ask
for and the attribution rules' common words (:mod:`newslint.usercache`).
Built in the linting process they cost it tens of megabytes beyond what it
keeps (wordfreq's table of 321,000 words, both Hunspell dictionaries, the
context counts parsed from JSON), which CPython's allocator keeps rather
than give back, so they stay in the peak of the whole run (issue 12: 354 MB
on a 50 MB line, against 249 MB once the cache is built).  So the first
part that finds its file missing runs ``python -m newslint.prebuild`` and
waits: the child builds every part with the rules' default settings and
writes the files as the linting process would have, then the marker
``typo/prebuilt-<stamp>.json`` last (whole or not at all); the linting
process reads the files back, as a later run does.

The stamp covers what the parts' keys depend on: wordfreq's list and code,
both dictionaries and Hunspell's binding (``store._source_stamp``,
``spelling.dictionary_stamp``, ``verdicts._stamp``), Python and marshal, and
the building code.  A current marker with a file missing (a non-default
``max-zipf``, a file another installation pruned) and a child that cannot
run or fails (the cache off, a folder that cannot be written, a crash, a
timeout) leave the part to be built in process, as before: the findings are
the same either way, only the memory differs.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import marshal
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from . import usercache

_FORMAT = 1
# The typo indexes (``store.stored`` names) the child builds; a missing one
# of another name is no reason to start it.
NAMES = frozenset({"lexicon", "long", "unmarked", "joined", "deletes", "sound", "context"})
# A build takes a few CPU seconds; a child far past that is stuck (a full
# disk, a machine swapping), and the run builds in process instead.
TIMEOUT = 300
_KEEP = 4
_PACKAGE = Path(__file__).resolve().parent
# The code whose edits change what is built (a development checkout).
_CODE = ("prebuild.py", "rules/typos/*.py", "rules/attribution/placement.py",
         "rules/attribution/frequencies.py", "data/typo_context.json.gz")

# At most one child a process, and none from the child itself (nor from
# anything it starts: the environment says so).
_tried = False
_CHILD_ENV = "NEWSLINT_PREBUILD_CHILD"


def parts() -> dict[str, str]:
    """What the built files depend on, by name: the marker records it."""
    from .rules.typos import spelling, store, verdicts

    spec = importlib.util.find_spec("wordfreq")
    wordfreq_code = usercache.file_stamp(Path(spec.origin)) if spec and spec.origin else "none"
    code = [usercache.file_stamp(p) for pattern in _CODE for p in sorted(_PACKAGE.glob(pattern))]
    return {
        "format": str(_FORMAT),
        "python": f"{sys.version}|{marshal.version}",
        "wordfreq": f"{store._source_stamp()}|{wordfreq_code}",
        "dictionaries": spelling.dictionary_stamp(),
        "verdicts": verdicts._stamp(),
        "code": hashlib.sha1("\n".join(code).encode("utf-8", "surrogatepass")).hexdigest()[:16],
    }


def _marker(folder: Path, record: bytes) -> Path:
    return folder / f"prebuilt-{hashlib.sha1(record).hexdigest()[:16]}.json"


def _record() -> bytes:
    return json.dumps(parts(), sort_keys=True).encode()


def _current(path: Path, record: bytes) -> bool:
    try:
        return path.read_bytes() == record
    except OSError:
        return False


def _writable(folder: Path) -> bool:
    """Can files be made in ``folder``?  Else a child would build for nothing
    at every start, on top of the build in process."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".probe-")
        os.close(fd)
        os.unlink(tmp)
    except OSError:
        return False
    return True


def ensure() -> bool:
    """Have the child build the user cache unless it is built for this
    installation.  True when the files are there now and were not at the
    last look (so a part that missed its file should read it again)."""
    global _tried
    if _tried or os.environ.get(_CHILD_ENV):
        return False
    _tried = True
    from .rules.typos import store

    try:
        folder = store.cache_folder()
        if folder is None:
            return False
        record = _record()
        marker = _marker(folder, record)
        if _current(marker, record) or not _writable(folder):
            return False
        with _Lock(folder / ".prebuild.lock"):
            # Parallel workers wait for one child rather than start their own.
            if not _current(marker, record):
                subprocess.run(
                    [sys.executable, "-m", "newslint.prebuild", marker.name],
                    # -m puts the working folder first on the path: this
                    # package's parent is where this very newslint is found.
                    cwd=str(_PACKAGE.parent), env={**os.environ, _CHILD_ENV: "1"}, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL, timeout=TIMEOUT, check=False,
                )
        return _current(marker, record)
    except (OSError, ValueError, subprocess.SubprocessError):
        return False


class _Lock:
    """An exclusive ``flock`` on a file while the child runs; nothing where
    there is no ``fcntl`` (Windows: parallel runs each build, as before)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fd = -1

    def __enter__(self) -> _Lock:
        try:
            import fcntl
        except ImportError:
            return self
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        fcntl.flock(self.fd, fcntl.LOCK_EX)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.fd >= 0:
            os.close(self.fd)  # closing releases the lock


def build() -> None:
    """Build every part as a run with default settings asks for it."""
    from . import heap
    from .rules.attribution import placement
    from .rules.typos import candidates, context, contractions, deletes, lexicon, rare, verdicts
    from .rules.typos.slips import Settings

    parts = (
        lambda: lexicon.long_words(rare._MIN_ZIPF, rare._MIN_LENGTH - 1),  # as rare_neighbours asks
        # The unmarked contractions, run-together words and crossings: these
        # ask the dictionaries, whose answers are kept too (verdicts.py).
        lambda: contractions.checked_above(Settings().max_zipf),
        deletes._index,
        candidates._sound_index,
        context.model,
        placement._common_words,
    )
    for part in parts:
        part()
        # Each part's tables go before the next is built (a later one reads
        # them back from their files): the child's peak is its largest part's.
        heap.give_back(caches=True)
    verdicts.flush()


def _prune(folder: Path) -> None:
    markers = sorted(folder.glob("prebuilt-*.json"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for old in markers[_KEEP:]:
        old.unlink(missing_ok=True)


def main(argv: list[str]) -> int:
    """The child: build, then write the marker ``argv[0]`` names, last."""
    global _tried
    _tried = True
    from .rules.typos import store

    folder = store.cache_folder()
    record = _record()
    if folder is None or argv[:1] != [_marker(folder, record).name]:
        return 2  # another installation's view of the stamps: the parent builds in process
    build()
    usercache.write_file(folder / argv[0], record, ".prebuilt-")
    try:
        _prune(folder)
    except OSError:
        pass  # another run pruned first: only disk is at stake
    return 0


if __name__ == "__main__":
    # The module the rules import, not this ``__main__`` copy of it, whose
    # ``_tried`` they would never see (and so start a child of their own).
    from newslint import prebuild

    sys.exit(prebuild.main(sys.argv[1:]))
