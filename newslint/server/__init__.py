"""``newslint server``: the language server (needs ``pip install 'newslint[lsp]'``).

See docs/editors.md for editor set-ups.  This module only parses the command line
and imports pygls lazily, so ``newslint`` itself runs without the extra.
"""
from __future__ import annotations

import argparse
import sys
from typing import Sequence


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newslint server",
        description="Language Server Protocol server on standard input/output: diagnostics, "
        "quick fixes and rule documentation for .txt and Markdown files in your editor.",
    )
    p.add_argument("--time-limit", type=float, default=10.0, metavar="SECONDS", help="longest lint of one document before it is stopped and reported as NL003 (default 10)")
    p.add_argument("--debounce", type=float, default=0.3, metavar="SECONDS", help="wait this long after the last keystroke before linting (default 0.3)")
    p.add_argument("--stdio", action="store_true", help="talk over standard input/output (the default and only transport; accepted for editors that pass it)")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.time_limit <= 0 or args.debounce < 0:
        print("newslint: error: --time-limit must be above 0 and --debounce not below 0", file=sys.stderr)
        return 2
    try:
        from .app import build
    except ImportError as exc:
        print(
            f"newslint: error: the language server needs pygls and lsprotocol ({exc.name} is missing); "
            "install them with: pip install 'newslint[lsp]'",
            file=sys.stderr,
        )
        return 2
    build(args.time_limit, args.debounce).start_io()
    return 0
