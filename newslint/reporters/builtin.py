"""Registers newslint's own output formats through the reporter hook."""
from __future__ import annotations

from ..hookspecs import hookimpl
from . import Reporter, github, html, json_format, junit, sarif, text


@hookimpl
def newslint_register_reporters() -> dict[str, Reporter]:
    return {
        "text": text.render,
        "json": json_format.render,
        "json-lines": json_format.render_lines,
        "sarif": sarif.render,
        "github": github.render,
        "junit": junit.render,
        "html": html.render,
    }
