"""The project's own linter and type checker, with the project's configuration
(pyproject.toml), run as tests so CI fails on a new warning."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    return str(found) if found.exists() else (shutil.which(name) or name)


def test_ruff_check_is_clean() -> None:
    proc = subprocess.run([tool("ruff"), "check", "--no-cache", "."], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_mypy_is_clean() -> None:
    proc = subprocess.run([tool("mypy"), "--no-incremental"], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_no_module_over_400_lines() -> None:
    long = {
        str(p.relative_to(ROOT)): n
        for p in (ROOT / "newslint").rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert long == {}


def test_no_rule_family_imports_another() -> None:
    rules = ROOT / "newslint" / "rules"
    families = sorted(p.name for p in rules.iterdir() if (p / "__init__.py").exists())
    crossing = []
    for family in families:
        for module in (rules / family).rglob("*.py"):
            text = module.read_text(encoding="utf-8")
            for other in families:
                if other != family and (f"rules.{other}" in text or f"from ..{other}" in text):
                    crossing.append(f"{module.relative_to(ROOT)} imports {other}")
    assert crossing == []


def test_installed_entry_points_are_the_pyproject_list() -> None:
    """Built-ins are listed once, in pyproject.toml; the installed metadata must match it."""
    from importlib import metadata

    from newslint.plugins import _builtin_modules

    installed = sorted((ep.name, ep.value) for ep in metadata.distribution("newslint").entry_points if ep.group == "newslint")
    assert installed == sorted(_builtin_modules())
    families = {p.name for p in (ROOT / "newslint" / "rules").iterdir() if (p / "__init__.py").exists()}
    assert {value.split(".")[-1] for _, value in installed if ".rules." in value} == families | {"meta"}
