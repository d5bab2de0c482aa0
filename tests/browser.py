"""Headless Chromium for the HTML report tests: find it (installing Debian's
package when we are root, as CI is), dump a page's DOM after its script ran, and
take a screenshot.  Also a small DOM reader for the dumped page."""
from __future__ import annotations

import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)


def find_or_install_chromium() -> str:
    found = shutil.which("chromium")
    if found:
        return found
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("headless Chromium is not installed (apt-get install chromium needs root)")
    if shutil.which("apt-get") is None:
        pytest.skip("headless Chromium is not installed and there is no apt-get to install it")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for cmd in (["apt-get", "update", "-q"], ["apt-get", "install", "-y", "-q", "chromium"]):
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=1500)
        if proc.returncode != 0:
            pytest.fail(f"{' '.join(cmd)} failed:\n{proc.stderr[-2000:]}")
    found = shutil.which("chromium")
    if not found:
        pytest.fail("apt-get install chromium succeeded but no chromium is on PATH")
    return found


class Browser:
    def __init__(self, binary: str, profile: Path) -> None:
        self.binary = binary
        self.profile = profile

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        cmd = [self.binary, *CHROMIUM_FLAGS, f"--user-data-dir={self.profile}", *args]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=120)

    def dump_dom(self, url: str) -> str:
        """The page's DOM, serialised after its scripts ran."""
        proc = self._run("--dump-dom", url)
        assert proc.returncode == 0, proc.stderr[-2000:]
        return proc.stdout

    def screenshot(self, url: str, out: Path, size: str = "1280,2000") -> Path:
        proc = self._run(f"--window-size={size}", f"--screenshot={out}", url)
        assert proc.returncode == 0 and out.exists(), proc.stderr[-2000:]
        return out


class Element:
    def __init__(self, tag: str, attrs: dict[str, str | None], parent: Element | None) -> None:
        self.tag = tag
        self.attrs = attrs
        self.parent = parent
        # text and child elements in document order
        self.parts: list[str | Element] = []

    @property
    def text(self) -> str:
        return "".join(p if isinstance(p, str) else p.text for p in self.parts)

    @property
    def hidden(self) -> bool:
        """Hidden by its own or an ancestor's ``hidden`` attribute."""
        node: Element | None = self
        while node is not None:
            if "hidden" in node.attrs:
                return True
            node = node.parent
        return False

    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())


_VOID = {"meta", "input", "br", "img", "link", "hr", "wbr", "source", "area", "col", "embed", "param", "track"}


class _Tree(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", {}, None)
        self.node = self.root
        self.all: list[Element] = []

    def handle_starttag(self, tag, attrs):
        el = Element(tag, dict(attrs), self.node)
        self.node.parts.append(el)
        self.all.append(el)
        if tag not in _VOID:
            self.node = el

    def handle_endtag(self, tag):
        node = self.node
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.node = node.parent

    def handle_data(self, data):
        self.node.parts.append(data)


def parse(page: str) -> list[Element]:
    """Every element of ``page`` in document order."""
    tree = _Tree()
    tree.feed(page)
    return tree.all
