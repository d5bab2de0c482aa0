"""The findings cache: ``.newslint_cache/``, as ruff keeps ``.ruff_cache/``.

An entry holds the findings of one work unit (a file, or a range of records
of a large JSONL file) before the baseline, keyed by a hash of

* the unit's bytes, its path and where it starts,
* newslint's version, the Python version and the versions of the libraries
  whose data decide findings (word frequencies, Hunspell, ftfy, regex),
* the run's settings: selected rules, their options and severities,
  per-file ignores, JSONL fields, the regex time limit, the config's folder,
* the plugin set: each plugin's name, package and version, and a fingerprint
  of its code (size and modification time of every file of newslint's own
  package and of installed plugin packages, the content of local plugin
  files), so editing a rule in a development checkout is never served stale.

Entries are JSON Lines, never pickles: a cache folder found in a checkout
must not run code.  Each is written to a temporary file and renamed into
place, so parallel runs and an interrupted run leave whole entries or none.
A folder that cannot be written (a read-only tree) turns the cache off for
the run with a note; a damaged entry is a miss.  Beside the entries, each
settings folder holds a pack (:mod:`newslint.cachepack`) that answers files
whose ``os.stat`` is unchanged without reading them.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from . import __version__, entrypoints, replay, usercache
from .errors import NewslintError
from .findings import Finding, Severity
from .fixes import Edit, Fix

if TYPE_CHECKING:
    from .engine import Linter
    from .units import Unit

DEFAULT_DIR = ".newslint_cache"
CACHE_DIR_ENV = "NEWSLINT_CACHE_DIR"
# Bumped when the entry format changes.
FORMAT = 2
# Distributions whose data or behaviour decide findings.
_DEPENDENCIES = entrypoints.DEPENDENCIES
_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# newslint findings cache (https://bford.info/cachedir/)\n"


class Cache:
    """One run's view of the cache: the folder for its settings."""

    def __init__(self, folder: Path, settings: str) -> None:
        self.root = folder
        self.folder = folder / f"v{FORMAT}" / settings[:20]

    @classmethod
    def open(cls, folder: str | os.PathLike[str], linter: Linter) -> tuple[Cache | None, str | None]:
        """The cache in ``folder`` for this linter, or (None, why not)."""
        root = Path(folder)
        try:
            _prepare(root)
            cache = cls(root, _settings_of(root, linter))
            cache.folder.mkdir(parents=True, exist_ok=True)
            probe = tempfile.NamedTemporaryFile(dir=cache.folder, prefix=".probe-", delete=True)
            probe.close()
        except OSError as exc:
            return None, f"cache off: cannot write {root}: {exc.strerror or exc} (use --cache-dir DIR or --no-cache)"
        return cache, None

    def key(self, unit: Unit, raw: bytes) -> str:
        h = hashlib.blake2b(digest_size=20)
        h.update(f"{unit.path}\0{unit.first_line}\0{unit.whole}\0".encode("utf-8", "surrogatepass"))
        h.update(raw)
        return h.hexdigest()

    def _file(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.jsonl"

    def get(self, key: str) -> tuple[int, int, Iterator[Finding]] | None:
        """(documents, number of findings, the findings) stored under
        ``key``, or None.  The findings are read lazily: an entry may hold
        millions."""
        file = self._file(key)
        try:
            with open(file, "rb") as fh:
                head = json.loads(fh.readline())
                lines = sum(block.count(b"\n") for block in iter(lambda: fh.read(1 << 20), b""))
            documents, count = int(head["documents"]), int(head["count"])
        except (OSError, ValueError, TypeError, KeyError):
            return None
        if lines != count:
            return None  # damaged or cut short: lint again
        return documents, count, _entry_findings(file)

    def put(self, key: str, documents: int, findings: Iterable[Finding]) -> None:
        """Store an entry (written whole, then renamed into place); a failure
        to write is not an error, the unit is simply linted next time."""
        target = self._file(key)
        tmp = None
        try:
            target.parent.mkdir(exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".jsonl")
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                # The head is rewritten in place once the findings are counted.
                fh.write(" " * _HEAD + "\n")
                count = 0
                for f in findings:
                    # ASCII: a path or text may hold lone surrogates (undecodable file names).
                    fh.write(json.dumps(entry_row(f)) + "\n")
                    count += 1
                fh.seek(0)
                fh.write(json.dumps({"documents": documents, "count": count}).ljust(_HEAD))
            os.replace(tmp, target)
            tmp = None
        except OSError:
            pass
        finally:
            if tmp is not None:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass


_HEAD = 63


def _entry_findings(file: Path) -> Iterator[Finding]:
    try:
        with open(file, encoding="utf-8") as fh:
            fh.readline()
            for line in fh:
                yield row_finding(json.loads(line))
    except (OSError, ValueError, TypeError) as exc:
        raise NewslintError(f"{file}: damaged cache entry ({exc}); delete the folder or run with --no-cache") from None


def _prepare(root: Path) -> None:
    """Create the folder with a CACHEDIR.TAG and a .gitignore, as ruff does."""
    root.mkdir(parents=True, exist_ok=True)
    for name, text in (("CACHEDIR.TAG", _TAG), (".gitignore", "# Created by newslint.\n*\n")):
        path = root / name
        if not path.exists():
            path.write_text(text, encoding="utf-8")


def entry_row(f: Finding) -> list[Any]:
    fix = None
    if f.fix is not None:
        edits = [[e.start, e.end, e.replacement, e.line, e.column, e.end_line, e.end_column] for e in f.fix.edits]
        fix = [f.fix.applicability, f.fix.message, edits]
    return [f.path, f.line, f.column, f.end_line, f.end_column, f.rule, f.name, int(f.severity), f.message,
            list(f.suggestions), f.record, f.start, f.end, fix]


def row_finding(row: list[Any]) -> Finding:
    path, line, column, end_line, end_column, rule, name, severity, message, suggestions, record, start, end, fix = row
    if fix is not None:
        applicability, fix_message, edits = fix
        fix = Fix(tuple(Edit(*e) for e in edits), applicability, fix_message)
    return Finding(path, line, column, end_line, end_column, rule, name, Severity(severity), message,
                   tuple(suggestions), record, start, end, fix)


def settings_key(linter: Linter) -> str:
    """A hash of everything besides a unit's bytes that decides its findings."""
    parts = _key_parts(linter)
    parts.update({
        "rules": [r.id for r in linter.rules],
        "options": linter.options,
        "severities": {k: str(v) for k, v in linter.severities.items()},
    })
    text = json.dumps(parts, sort_keys=True, default=str)
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()


def inputs_key(linter: Linter) -> str:
    """A hash of what :func:`settings_key` is worked out from, known before
    any rule module is imported: the linter's arguments (config, selection,
    plugin paths) in place of the selected rules and their checked options,
    which are functions of those arguments and of the code the fingerprint
    covers."""
    known = _inputs_keys.get(linter)
    if known is not None:
        return known
    parts = _key_parts(linter)
    # A tolerant linter leaves a broken plugin's rules out where another raises.
    parts["spec"] = [repr(linter.spec), linter.tolerant]
    text = json.dumps(parts, sort_keys=True, default=str)
    key = _inputs_keys[linter] = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()
    return key


# Per linter: the command line asks before the run opens the cache (the code
# fingerprint walks the package), and a linter's inputs are fixed once built.
_inputs_keys: weakref.WeakKeyDictionary[Linter, str] = weakref.WeakKeyDictionary()


def _memo_file(root: Path, linter: Linter) -> Path:
    return root / f"v{FORMAT}" / "inputs" / inputs_key(linter)[:20]


def _read_memo(memo: Path) -> str | None:
    try:
        key = memo.read_text(encoding="ascii").strip()
    except (OSError, ValueError):
        return None
    return key if len(key) == 40 and all(c in "0123456789abcdef" for c in key) else None


def known_settings(folder: str | os.PathLike[str], linter: Linter) -> str | None:
    """The settings key an earlier run worked out from the same inputs, or
    None: with it, a run whose files are all cache hits never builds its rules."""
    return _read_memo(_memo_file(Path(folder), linter))


def _settings_of(root: Path, linter: Linter) -> str:
    memo = _memo_file(root, linter)
    known = _read_memo(memo)
    if known is not None and not linter.rules_built:
        return known
    key = settings_key(linter)
    if known != key:
        try:
            usercache.write_file(memo, key.encode("ascii"), ".inputs-")
        except OSError:
            pass  # the next run works the key out again
    return key


def _key_parts(linter: Linter) -> dict[str, Any]:
    config = linter.config
    return {
        "newslint": __version__,
        "python": list(sys.version_info[:2]),
        "dependencies": {name: entrypoints.scan().versions.get(name, "") for name in _DEPENDENCIES},
        "per_file_ignores": config.per_file_ignores,
        "root": str(config.root),
        "jsonl": [config.jsonl_text_field, list(config.jsonl_author_fields)],
        "regex_timeout": config.regex_timeout,
        "plugins": sorted((i.name, i.package, i.version, i.location) for i in linter.plugins.values()),
        "code": list(_code_fingerprint(linter)),
        "option_files": dict(_option_files(config)),
    }


def _option_files(config: Any) -> Iterator[tuple[str, str]]:
    """Content hashes of the files rule options name (by the ``...file``
    naming convention of options.py, e.g. ``[rules.typo] allow-file``): editing such a
    word list changes findings while the configuration text stays the same."""
    for rule, options in sorted(config.rules.items()):
        for name, value in sorted(options.items()):
            if not (name.endswith("file") and isinstance(value, str) and value):
                continue
            path = config.root / value
            try:
                digest = hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()
            except OSError:
                digest = "unreadable"
            yield f"{rule}.{name}", digest


def code_sources(linter: Linter) -> list[list[str]]:
    """What the code fingerprint covers: newslint's package, every installed
    plugin package and every local plugin folder, data files included
    (["tree", folder]), and each local plugin file (["file", path])."""
    own = Path(__file__).resolve().parent
    sources = [["tree", str(own)]]
    for local in getattr(linter, "local_plugin_paths", ()):
        if Path(local).is_dir():
            sources.append(["tree", str(Path(local).resolve())])
    for module in linter.pm.get_plugins():
        file = getattr(module, "__file__", None)
        if not file:
            continue
        path = Path(file).resolve()
        if own in path.parents:
            continue
        sources.append(["tree", str(path.parent)] if path.name == "__init__.py" else ["file", str(path)])
    return sources


def _code_fingerprint(linter: Linter) -> Iterator[str]:
    for kind, path in code_sources(linter):
        if kind == "tree":
            yield from replay.tree_stats(path)
        else:
            yield replay.local_file_stat(path)
