"""Plugins: the repo's example plugins, loading by path and entry point, contained failures."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import textwrap
from pathlib import Path

import pytest

from newslint.plugins import build_plugin_manager
from newslint.testing import assert_findings, assert_no_findings

from .conftest import ROOT

PLUGINS = ROOT / "plugins"
SECTIONS = ("What it does:", "Why it matters:", "Example:", "Options:", "Limitations:")
DUPLICATE = "The minister spoke to reporters on Monday.\nThe minister spoke to reporters on Monday.\n"


def write(folder: Path, name: str, source: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(source), encoding="utf-8")
    return path


def error_line(result) -> str:
    """The one line of stderr a load error must produce."""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


# -- the repository's example plugins ------------------------------------------------


def test_repo_config_loads_the_example_plugins_on_the_seeds(cli) -> None:
    result = cli("--select", "HOUSE", "seeds/")
    assert result.stdout == (
        "seeds/000_3ce34696dd0060a3.txt:3:37: HOUSE101 [cliche] cliché 'driver's seat': say what actually happened\n"
        "seeds/000_3ce34696dd0060a3.txt:6:5: HOUSE101 [cliche] cliché 'Double Down': say what actually happened\n"
        "seeds/000_3ce34696dd0060a3.txt:14:1: HOUSE201 [missing-credit-line] no credit line "
        "(e.g. 'Reporting by ...; Editing by ...') in the last 10 lines\n"
        "seeds/001_2ccb0959de7edc47.txt:5:1: HOUSE102 [capital-as-source] 'Beijing has called on': "
        "name the ministry, agency or official who spoke\n"
        "Found 4 findings in 2 files (HOUSE101: 2, HOUSE102: 1, HOUSE201: 1).\n"
    )
    assert result.returncode == 1


def test_rules_rule_and_version_show_plugin_rules(cli) -> None:
    rules = cli("rules").stdout.splitlines()
    row = next(line for line in rules if line.startswith("HOUSE201"))
    assert row.split()[:4] == ["HOUSE201", "missing-credit-line", "local:credit_line", "on,"]
    assert any(line.split()[:3] == ["HOUSE101", "cliche", "local:house_style"] for line in rules)

    doc = cli("rule", "missing-credit-line")
    assert doc.returncode == 0
    assert doc.stdout.startswith("HOUSE201 missing-credit-line\n============================\nplugin: local:credit_line;")
    assert all(section in doc.stdout for section in SECTIONS)

    version = cli("--version")
    assert version.returncode == 0
    lines = version.stdout.splitlines()
    assert lines[0].startswith("newslint ")
    assert lines[1:5] == [
        "plugins:",
        "  local:credit_line (plugins/credit_line.py)",
        "  local:house_spelling (plugins/house_spelling.py)",
        "  local:house_style (plugins/house_style.py)",
    ]
    # built-in modules are not listed one by one any more
    assert not any("duplicates" in line for line in lines)


@pytest.mark.parametrize("name", ["cliches.txt", "capital_sources.txt", "credit_markers.txt", "house_spellings.txt"])
def test_example_data_files_are_sorted_and_unique(name: str) -> None:
    lines = (PLUGINS / "data" / name).read_text(encoding="utf-8").splitlines()
    entries = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    assert entries, name
    assert entries == sorted(entries), f"{name} is not sorted"
    assert len(entries) == len(set(entries)), f"{name} has duplicates"


def test_example_rules_are_documented() -> None:
    from newslint.testing import rules_of

    rules = rules_of([PLUGINS / "house_style.py", PLUGINS / "credit_line.py", PLUGINS / "house_spelling.py"])
    assert [r.id for r in rules] == ["HOUSE101", "HOUSE102", "HOUSE201", "HOUSE103"]
    for rule in rules:
        missing = [s for s in SECTIONS if s not in rule.doc]
        assert not missing, f"{rule.id} docstring lacks {missing}"


def test_example_rules_docstring_examples_run() -> None:
    from newslint.testing import findings, rules_of

    from .test_meta import _example_literals

    for rule in rules_of([PLUGINS / "house_style.py", PLUGINS / "credit_line.py", PLUGINS / "house_spelling.py"]):
        flagged, clean = _example_literals(rule)
        assert flagged and clean, rule.id
        assert [f.rule for f in findings(rule, flagged)] == [rule.id], (rule.id, flagged)
        assert findings(rule, clean) == [], (rule.id, clean)


def test_cliche_rule() -> None:
    text = (
        "Regulators are back in the driver’s seat.\n"
        "The firm doubled down on its bet, calling the chip a game-changer.\n"
        "The company doubled its research budget.\n"
    )
    assert_findings(
        PLUGINS / "house_style.py",
        text,
        [
            "1:28 HOUSE101 cliché 'driver’s seat': say what actually happened",
            "2:10 HOUSE101 cliché 'doubled down': say what actually happened",
            "2:54 HOUSE101",
        ],
    )
    # extend and disable, the options every phrase-list rule has
    assert_findings(
        PLUGINS / "house_style.py",
        "A raft of measures, a sea change.\n",
        ["1:3 cliche cliché 'raft of measures': say what actually happened"],
        options={"cliche": {"extend": ["raft of measures"], "disable": ["sea change"]}},
    )


def test_capital_as_source_rule() -> None:
    assert_findings(
        PLUGINS / "house_style.py",
        "Moscow warned of a response.\nWashington has urged calm.\nTalks ended on Monday. Tokyo said no.\n",
        [
            "1:1-1:14 HOUSE102",
            "2:1-2:21 HOUSE102 'Washington has urged': name the ministry, agency or official who spoke",
            "3:24 HOUSE102 'Tokyo said': name the ministry, agency or official who spoke",
        ],
    )
    assert_no_findings(
        PLUGINS / "house_style.py",
        "Officials in Beijing said the plan would go ahead.\n"
        "Denzel Washington said he was delighted.\n"
        "Beijing appears to view its private sector as vulnerable.\n",
    )


def test_credit_line_rule() -> None:
    body = "Prices rose in March.\n\nThe central bank met on Tuesday.\n\nIt will publish figures on Friday.\n"
    credit = "Reporting by Ana Lima; Editing by Tom Hale\n"
    assert_findings(
        PLUGINS / "credit_line.py",
        body,
        [
            "5:1-5:35 HOUSE201 no credit line (e.g. 'Reporting by ...; Editing by ...') in the last 5 lines",
        ],
    )
    assert_no_findings(PLUGINS / "credit_line.py", body + credit)
    assert_no_findings(PLUGINS / "credit_line.py", body + "(AFP)\n")
    # metadata from front matter or a JSONL record counts as the credit
    assert_no_findings(PLUGINS / "credit_line.py", body, metadata={"author": "Ana Lima"})
    # a long body sentence that mentions an agency is not a credit line
    long_line = "Reuters reported that " + "the bank raised rates again " * 4 + "on Friday.\n"
    assert_findings(PLUGINS / "credit_line.py", body + long_line, ["6:1 HOUSE201"])
    # options: how far back to look, and house-specific markers
    tail = "Read more:\nOne\nTwo\nThree\nFour\nFive\n"
    assert_findings(PLUGINS / "credit_line.py", body + credit + tail, ["12:1 HOUSE201"])
    assert_no_findings(PLUGINS / "credit_line.py", body + credit + tail, options={"last-lines": 10})
    assert_no_findings(PLUGINS / "credit_line.py", body + "Newsdesk Bureau\n", options={"markers": ["newsdesk bureau"]})


# -- loading plugins by path -----------------------------------------------------------


def test_plugin_file_and_folder_by_path(tmp_path: Path, cli) -> None:
    folder = tmp_path / "house"
    write(
        folder,
        "wordy.py",
        '''
        from helpers import WORDS          # a helper module beside the plugin
        from newslint import hookimpl, phrase_rule
        from pathlib import Path

        wordy = phrase_rule("WORDY101", "wordy", Path(__file__).with_name("wordy.txt"), "wordy: '{match}'")

        @hookimpl
        def newslint_register_rules():
            return [wordy]
        ''',
    )
    write(folder, "helpers.py", "WORDS = 1\n")
    write(folder, "_private.py", "raise SystemExit('files starting with _ are not plugins')\n")
    write(folder, "wordy.txt", "in order to\n")
    (tmp_path / "a.txt").write_text("We met in order to talk.\n", encoding="utf-8")
    expected = "a.txt:1:8: WORDY101 [wordy] wordy: 'in order to'\nFound 1 finding in 1 file (WORDY101: 1).\n"
    for plugin in ("house", "house/wordy.py"):
        result = cli("--plugin", plugin, "--select", "WORDY101", "a.txt", cwd=tmp_path)
        assert (result.stdout, result.returncode) == (expected, 1), result.stderr
    # config paths resolve against the config file, not the working folder
    (tmp_path / ".newslint.toml").write_text('plugins = ["house"]\n', encoding="utf-8")
    (tmp_path / "sub").mkdir()
    result = cli("--select", "wordy", "../a.txt", cwd=tmp_path / "sub")
    assert result.stdout.startswith("../a.txt:1:8: WORDY101"), result.stderr
    # the same file named by config and --plugin is loaded once
    result = cli("--plugin", "house/wordy.py", "--select", "wordy", "a.txt", cwd=tmp_path)
    assert result.returncode == 1, result.stderr


def test_loading_a_plugin_leaves_sys_path_unchanged(tmp_path: Path) -> None:
    write(tmp_path, "helpers.py", "NAME = 'x'\n")
    write(tmp_path, "plug.py", "import helpers\n")
    before = list(sys.path)
    pm, infos = build_plugin_manager([tmp_path / "plug.py"])
    assert sys.path == before
    assert infos["local:plug"].location == str(tmp_path / "plug.py")
    assert pm.has_plugin("local:plug")


# -- failures are contained and explained --------------------------------------------

@pytest.mark.parametrize(
    "source, message",
    [
        (
            "import os\nimport not_a_module_xyz\n",
            "newslint: error: plugin local:plug (plug.py:2) failed to import: "
            "ModuleNotFoundError: No module named 'not_a_module_xyz'",
        ),
        (
            "x = 1\ndef f(:\n    pass\n",
            "newslint: error: plugin local:plug (plug.py:2) failed to import: SyntaxError: invalid syntax (plug.py, line 2)",
        ),
        (
            "from newslint import hookimpl\n@hookimpl\ndef newslint_register_rule():\n    return []\n",
            "newslint: error: plugin local:plug (plug.py): newslint_register_rule() is not a newslint hook; "
            "did you mean newslint_register_rules?",
        ),
        (
            "from newslint import hookimpl\n@hookimpl\ndef newslint_read_document(path, raw, config):\n    return None\n",
            "newslint: error: plugin local:plug (plug.py): newslint_read_document() is not a newslint hook; "
            "did you mean newslint_read_documents?",
        ),
        (
            "from newslint import hookimpl\n@hookimpl\ndef register_rules():\n    return []\n",
            "newslint: error: plugin local:plug (plug.py): register_rules() is not a newslint hook; "
            "did you mean newslint_register_rules?",
        ),
        (
            "def newslint_register_rules():\n    return []\n",
            "newslint: error: plugin local:plug (plug.py): newslint_register_rules() is not decorated with "
            "@newslint.hookimpl",
        ),
        (
            "from newslint import hookimpl\n@hookimpl\ndef newslint_configure(settings):\n    pass\n",
            "newslint: error: plugin local:plug (plug.py): newslint_configure() asks for settings, which the hook "
            "does not provide (it passes config)",
        ),
        (
            "from newslint import hookimpl\n@hookimpl\ndef newslint_configure(config):\n    raise RuntimeError('no key')\n",
            "newslint: error: plugin local:plug (plug.py:4): newslint_configure failed: RuntimeError: no key",
        ),
        (
            "from newslint import hookimpl\n@hookimpl\ndef newslint_register_rules():\n    return {}['rules']\n",
            "newslint: error: plugin local:plug (plug.py:4): newslint_register_rules raised KeyError: 'rules'; "
            "run with --disable-plugin local:plug to lint without it",
        ),
        (
            "from newslint import hookimpl, rule\n@rule('NL201', 'my-duplicates')\ndef r(doc, ctx):\n    return ()\n"
            "@hookimpl\ndef newslint_register_rules():\n    return [r]\n",
            "newslint: error: rule id NL201 is registered twice: by plugin local:plug (plug.py) and by plugin "
            "duplicates ({duplicates}); rule ids and names must be unique (give plugin rules their own prefix, "
            "e.g. ACME101)",
        ),
        (
            "from newslint import hookimpl, rule\n@rule('ACME201', 'duplicate-line')\ndef r(doc, ctx):\n    return ()\n"
            "@hookimpl\ndef newslint_register_rules():\n    return [r]\n",
            "newslint: error: rule name duplicate-line is registered twice: by plugin local:plug (plug.py) and by "
            "plugin duplicates ({duplicates}); rule ids and names must be unique (give plugin rules their own "
            "prefix, e.g. ACME101)",
        ),
        (
            "from newslint import hookimpl\n@hookimpl\ndef newslint_register_rules():\n    return 'NL101'\n",
            "newslint: error: plugin local:plug (plug.py): newslint_register_rules returned 'N', not a newslint.Rule "
            "(make rules with @newslint.rule or newslint.phrase_rule); run with --disable-plugin local:plug to lint without it",
        ),
    ],
    ids=[
        "import-error", "syntax-error", "misspelt-hook", "misspelt-reader-hook", "hook-without-prefix",
        "undecorated-hook", "unknown-hook-argument", "configure-raises", "register-raises", "duplicate-id",
        "duplicate-name", "register-returns-junk",
    ],
)
def test_load_errors_are_one_line_exit_2(tmp_path: Path, cli, source: str, message: str) -> None:
    write(tmp_path, "plug.py", source)
    (tmp_path / "a.txt").write_text(DUPLICATE, encoding="utf-8")
    result = cli("--plugin", "plug.py", "a.txt", cwd=tmp_path)
    duplicates = os.path.relpath(ROOT / "newslint" / "rules" / "duplicates" / "__init__.py", tmp_path)
    if duplicates.startswith(".."):  # messages show paths outside the working folder in full
        duplicates = str(ROOT / "newslint" / "rules" / "duplicates" / "__init__.py")
    assert error_line(result) == message.format(duplicates=duplicates)
    assert (result.stdout, result.returncode) == ("", 2)
    # the same plugin, switched off by name or by the built-ins-only switch
    for extra, env in ((["--disable-plugin", "plug"], None), ([], {"NEWSLINT_BUILTINS_ONLY": "1"})):
        result = cli("--plugin", "plug.py", *extra, "--select", "duplicate-line", "a.txt", cwd=tmp_path, env=env)
        assert result.stdout.startswith("a.txt:2:1: NL201 [duplicate-line] [*] repeats line 1\n"), result.stderr
        assert result.returncode == 1


def test_missing_plugin_path_and_name_clash(tmp_path: Path, cli) -> None:
    result = cli("--plugin", "nowhere.py", "x.txt", cwd=tmp_path)
    assert (error_line(result), result.returncode) == (
        f"newslint: error: plugin path {tmp_path / 'nowhere.py'} does not exist", 2
    )
    write(tmp_path, "one/plug.py", "")
    write(tmp_path, "two/plug.py", "")
    (tmp_path / "a.txt").write_text("Text.\n", encoding="utf-8")
    result = cli("--plugin", "one", "--plugin", "two", "a.txt", cwd=tmp_path)
    assert (error_line(result), result.returncode) == (
        "newslint: error: two local plugins are both named local:plug: one/plug.py and two/plug.py; rename one", 2
    )


def test_a_crashing_rule_is_reported_and_the_other_rules_still_run(tmp_path: Path, cli) -> None:
    write(
        tmp_path,
        "crashy.py",
        '''
        from newslint import hookimpl, rule

        @rule("ACME301", "crashy")
        def crashy(doc, ctx):
            """Reports one finding, then fails on articles that mention ministers."""
            yield ctx.finding(0, 3, "first finding survives")
            if "minister" in doc.text:
                raise KeyError("byline")

        @hookimpl
        def newslint_register_rules():
            return [crashy]
        ''',
    )
    (tmp_path / "a.txt").write_text(DUPLICATE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Prices rose.\n", encoding="utf-8")
    result = cli("--plugin", "crashy.py", "--select", "crashy,duplicate-line,rule-error", "a.txt", "b.txt", cwd=tmp_path)
    assert result.stdout == (
        "a.txt:1:1: ACME301 [crashy] first finding survives\n"
        "a.txt:1:1: NL003 [rule-error] rule ACME301 (crashy) in plugin local:crashy at crashy.py:9 crashed: "
        "KeyError: 'byline'\n"
        "a.txt:2:1: NL201 [duplicate-line] [*] repeats line 1\n"
        "b.txt:1:1: ACME301 [crashy] first finding survives\n"
        "Found 4 findings in 2 files (ACME301: 2, NL003: 1, NL201: 1). [*] 1 fixable with --fix.\n"
    )
    assert (result.stderr, result.returncode) == ("", 1)


def test_disable_plugin_names(cli) -> None:
    result = cli("--disable-plugin", "local:house_style", "--select", "HOUSE", "seeds/")
    assert "HOUSE101" not in result.stdout and "HOUSE201" in result.stdout
    # a built-in family can be switched off the same way
    result = cli("rules", "--disable-plugin", "duplicates")
    assert "NL201" not in result.stdout and "HOUSE201" in result.stdout
    result = cli("--disable-plugin", "house-styel", "seeds/")
    assert (error_line(result), result.returncode) == (
        "newslint: error: --disable-plugin house-styel: no plugin of that name (did you mean 'house-style'?); "
        "`newslint --version` lists plugin packages and `newslint rules` the plugin of each rule",
        2,
    )


def test_builtins_only_keeps_the_repo_config_working(cli) -> None:
    # [rules.missing-credit-line] in .newslint.toml names a rule whose plugin is not loaded
    result = cli("seeds/", env={"NEWSLINT_BUILTINS_ONLY": "1"})
    assert result.returncode == 1, result.stderr
    assert "HOUSE" not in result.stdout
    assert cli("--version", env={"NEWSLINT_BUILTINS_ONLY": "1"}).stdout.splitlines()[1:2] != ["plugins:"]


# -- installed plugin packages (entry points) ----------------------------------------


def fake_distribution(site: Path, name: str, version: str, entry: str, module: str, source: str) -> None:
    """A minimal installed distribution: a module and a .dist-info with entry points."""
    write(site, f"{module}.py", source)
    info = site / f"{name.replace('-', '_')}-{version}.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[newslint]\n{entry} = {module}\n", encoding="utf-8")


def test_entry_point_plugin_is_listed_and_its_import_errors_named(tmp_path: Path, cli) -> None:
    site = tmp_path / "site"
    fake_distribution(
        site,
        "acme-style",
        "0.3.1",
        "style",
        "acme_style",
        '''
        from newslint import hookimpl, rule

        @rule("ACME401", "acme-shout")
        def shout(doc, ctx):
            """Words in capitals."""
            import regex
            for m in regex.finditer(r"\\b[A-Z]{4,}\\b", doc.text):
                yield ctx.finding(m.start(), m.end(), "shouting")

        @hookimpl
        def newslint_register_rules():
            return [shout]
        ''',
    )
    env = {"PYTHONPATH": str(site)}
    (tmp_path / "a.txt").write_text("Markets were CALM today.\n", encoding="utf-8")
    result = cli("--select", "acme-shout", "a.txt", cwd=tmp_path, env=env)
    assert result.stdout.startswith("a.txt:1:14: ACME401 [acme-shout] shouting\n"), result.stderr
    assert "plugins:\n  acme-style 0.3.1\n" in cli("--version", cwd=tmp_path, env=env).stdout
    row = next(line for line in cli("rules", cwd=tmp_path, env=env).stdout.splitlines() if line.startswith("ACME401"))
    assert row.split()[:4] == ["ACME401", "acme-shout", "acme-style", "0.3.1"]
    assert "NL201" in cli("rules", "--disable-plugin", "acme-style", cwd=tmp_path, env=env).stdout

    fake_distribution(site, "acme-broken", "1.0", "broken", "acme_broken", "import os\nraise ImportError('needs acme-core')\n")
    result = cli("a.txt", cwd=tmp_path, env=env)
    assert (error_line(result), result.returncode) == (
        "newslint: error: plugin acme-broken:broken (acme_broken, site/acme_broken.py:2) failed to import: "
        "ImportError: needs acme-core; run with --disable-plugin acme-broken:broken to lint without it",
        2,
    )
    # --version and `newslint rules` still work, naming the broken plugin.
    result = cli("--version", cwd=tmp_path, env=env)
    assert result.returncode == 0 and "  acme-broken 1.0 (failed to load)" in result.stdout.splitlines()
    assert "newslint: warning: plugin acme-broken:broken" in result.stderr
    result = cli("rules", cwd=tmp_path, env=env)
    assert result.returncode == 0 and "ACME401" in result.stdout and "acme-broken" in result.stderr
    result = cli("--disable-plugin", "acme-broken", "--select", "ACME401", "a.txt", cwd=tmp_path, env=env)
    assert result.returncode == 1, result.stderr
    result = cli("--select", "duplicate-line", "a.txt", cwd=tmp_path, env={**env, "NEWSLINT_BUILTINS_ONLY": "1"})
    assert (result.stdout, result.returncode) == ("All clear: 1 file checked, no findings.\n", 0)


PACKAGE = ROOT / "tests" / "plugin_package"


def _site_packages_of_this_interpreter() -> list[str]:
    paths = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    return sorted(p for p in paths if Path(p).is_dir())


def _can_build_wheels() -> bool:
    import importlib.util

    if importlib.util.find_spec("wheel") is not None:
        return True
    try:
        import setuptools

        return tuple(int(x) for x in setuptools.__version__.split(".")[:2]) >= (70, 1)
    except Exception:
        return False


@pytest.mark.slow
def test_installed_plugin_package_in_a_fresh_virtualenv(tmp_path: Path) -> None:
    """tests/plugin_package installed with pip into a new virtual environment.

    The environment reaches newslint and its dependencies through a .pth file
    that adds this interpreter's site-packages (newslint is installed there,
    editable or not), which is quicker and sturdier than installing newslint's
    dependencies again; only the plugin package is installed into it, by pip,
    from a copy so the source tree stays clean.
    """
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()
    lines = [f"import site; site.addsitedir({p!r})" for p in _site_packages_of_this_interpreter()]
    Path(site, "_newslint_parent.pth").write_text("\n".join(lines) + "\n", encoding="utf-8")

    source = tmp_path / "src"
    shutil.copytree(PACKAGE, source, ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__"))
    # Offline when this environment can build wheels itself (setuptools with
    # bdist_wheel); otherwise pip fetches setuptools for an isolated build, the
    # one registry access this test makes.
    offline = ["--no-build-isolation", "--no-index"] if _can_build_wheels() else []
    pip = subprocess.run(
        [python, "-m", "pip", "install", "--no-deps", *offline, "--quiet", str(source)],
        capture_output=True, text=True, timeout=300,
    )
    assert pip.returncode == 0, pip.stdout + pip.stderr

    article = tmp_path / "a.txt"
    article.write_text(
        "Breaking News: Markets Rally\nShares rose sharply on Monday!!\n\n"
        "Reporting by Ana Lima\n",
        encoding="utf-8",
    )
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("NEWSLINT_BUILTINS_ONLY", None)

    def newslint(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [python, "-m", "newslint", *args], cwd=tmp_path, capture_output=True, text=True, env=env, timeout=300
        )

    rules = newslint("rules")
    assert rules.returncode == 0, rules.stderr
    row = next(line for line in rules.stdout.splitlines() if line.startswith("PKG101"))
    assert row.split()[:5] == ["PKG101", "repeated-punctuation", "newslint-example-plugin", "1.2.0", "on,"]

    lint = newslint("--select", "PKG101", "a.txt")
    assert lint.stdout == (
        "a.txt:2:30: PKG101 [repeated-punctuation] '!!': one mark is enough (did you mean '!'?)\n"
        "Found 1 finding in 1 file (PKG101: 1).\n"
    ), lint.stderr
    assert lint.returncode == 1

    version = newslint("--version")
    assert version.stdout.splitlines()[:3] == ["newslint 0.1.0", "plugins:", "  newslint-example-plugin 1.2.0"]

    doc = newslint("rule", "PKG101")
    assert doc.stdout.startswith("PKG101 repeated-punctuation\n"), doc.stderr
    assert "plugin: newslint-example-plugin 1.2.0" in doc.stdout

    # the package is in the new environment only
    from .conftest import run_cli

    assert "PKG101" not in run_cli("rules").stdout


def test_docs_tutorial_works_as_written(tmp_path: Path, cli) -> None:
    """The tutorial in docs/plugins.md, run verbatim: rule, config, CLI output, test."""
    import re

    docs = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
    tutorial = docs.split("## Tutorial", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```(\w+)\n(.*?)```", tutorial, re.S)
    python = [body for lang, body in blocks if lang == "python"]
    toml = [body for lang, body in blocks if lang == "toml"]
    console = [body for lang, body in blocks if lang == "console"]
    write(tmp_path, "plugins/attribution_style.py", python[0])
    write(tmp_path, ".newslint.toml", toml[0])
    write(tmp_path, "stories/trade.txt", "Trade talks resumed.\n\nBeijing says the plan is on track.\n")
    result = cli("stories/", "--select", "ACME101", cwd=tmp_path)
    shown = console[0].splitlines()[1]  # the finding line after `$ newslint stories/`
    assert result.stdout.splitlines()[0] == shown, result.stderr
    assert result.returncode == 1  # severity = "warning" in the tutorial's config
    assert "local:attribution_style" in cli("rules", cwd=tmp_path).stdout
    test_file = write(tmp_path, "tests/test_attribution_style.py", python[1])
    namespace: dict = {"__file__": str(test_file), "__name__": "tutorial_test"}
    exec(compile(python[1], str(test_file), "exec"), namespace)
    namespace["test_capital_says"]()
