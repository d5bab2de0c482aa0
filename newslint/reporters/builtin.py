"""Registers newslint's own output formats through the reporter hook."""
from __future__ import annotations

import importlib

from ..hookspecs import hookimpl
from . import Report, Reporter, json_format, text


def _imported_on_use(module: str) -> Reporter:
    """A format whose module is imported when it is used: junit's XML
    helpers, sarif and the HTML page cost start-up time on every run."""

    def render(report: Report) -> str:
        return importlib.import_module(f"{__package__}.{module}").render(report)

    render.__qualname__ = render.__name__ = f"{module}.render"
    render.__module__ = f"{__package__}.{module}"
    return render


@hookimpl
def newslint_register_reporters() -> dict[str, Reporter]:
    return {
        "text": text.render,
        "json": json_format.render,
        "json-lines": json_format.render_lines,
        "sarif": _imported_on_use("sarif"),
        "github": _imported_on_use("github"),
        "junit": _imported_on_use("junit"),
        "html": _imported_on_use("html"),
    }
