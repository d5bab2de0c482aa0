"""One user cache folder for the compiled patterns and the typo indexes."""
from __future__ import annotations

from pathlib import Path

import pytest

from newslint import patterncache, usercache
from newslint.rules.typos import store


@pytest.fixture
def clean_env(monkeypatch, tmp_path):
    for name in (usercache.ENV, patterncache.ENV, store.CACHE_ENV):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr("sys.platform", "linux")
    return monkeypatch


def test_both_parts_share_the_xdg_folder(clean_env, tmp_path):
    base = tmp_path / "xdg" / "newslint"
    assert usercache.base_folder() == base
    assert store.cache_folder() == base / "typo"
    assert patterncache.cache_file().parent == base


def test_one_variable_moves_or_switches_off_both(clean_env, tmp_path):
    clean_env.setenv(usercache.ENV, str(tmp_path / "elsewhere"))
    assert store.cache_folder() == tmp_path / "elsewhere" / "typo"
    assert patterncache.cache_file().parent == tmp_path / "elsewhere"
    clean_env.setenv(usercache.ENV, "off")
    assert store.cache_folder() is None and patterncache.cache_file() is None


def test_the_older_variables_still_win_for_their_part(clean_env, tmp_path):
    clean_env.setenv(usercache.ENV, "off")
    clean_env.setenv(patterncache.ENV, str(tmp_path / "p"))
    clean_env.setenv(store.CACHE_ENV, str(tmp_path / "t"))
    assert patterncache.cache_file().parent == tmp_path / "p"
    assert store.cache_folder() == tmp_path / "t"
    clean_env.delenv(usercache.ENV)
    clean_env.setenv(patterncache.ENV, "off")
    clean_env.setenv(store.CACHE_ENV, "")
    assert patterncache.cache_file() is None and store.cache_folder() is None


def test_no_home_folder_means_no_cache(clean_env):
    clean_env.delenv("XDG_CACHE_HOME")

    def no_home() -> Path:
        raise RuntimeError("no home")

    clean_env.setattr(Path, "home", staticmethod(no_home))
    assert usercache.base_folder() is None and store.cache_folder() is None
