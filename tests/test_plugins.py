"""Providers load by name, and only when the allowlist names them."""

from __future__ import annotations

from pathlib import Path

import pytest

from autocapture.api import Autocapture
from autocapture.errors import ConfigError, PluginError
from autocapture.plugins import load_plugins


def test_allowlist_decides() -> None:
    only_rapid = load_plugins(["rapidocr"])
    assert "rapidocr" in only_rapid.ocr_engines
    assert "tesseract" not in only_rapid.ocr_engines
    assert only_rapid.refused["tesseract"] == "not on the plugins.allowlist"
    with pytest.raises(PluginError, match=r"not on the plugins\.allowlist"):
        only_rapid.ocr_factory("tesseract")


def test_unknown_plugin_is_reported() -> None:
    ps = load_plugins(["rapidocr", "nope"])
    assert ps.refused["nope"] == "no such plugin installed"


def test_config_file_selects_engine_and_rejects_typos(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text('[ocr]\nengine = "tesseract"\n')
    app = Autocapture(tmp_path)
    assert app.config.ocr.engine == "tesseract"
    (tmp_path / "config.toml").write_text('[ocr]\nengin = "tesseract"\n')
    with pytest.raises(ConfigError, match=r"config.toml: ocr.engin"):
        Autocapture(tmp_path)
    (tmp_path / "config.toml").write_text('timezone = "Mars/Olympus"\n')
    with pytest.raises(ConfigError, match="unknown time zone"):
        Autocapture(tmp_path)


def test_bad_patterns_in_config_name_the_key(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text('[capture]\nexclude_titles = ["(bad"]\n')
    with pytest.raises(ConfigError, match=r"capture.exclude_titles: .*invalid regular expression"):
        Autocapture(tmp_path)
    (tmp_path / "config.toml").write_text('[redaction]\npatterns = ["[x"]\n')
    with pytest.raises(ConfigError, match=r"redaction.patterns"):
        Autocapture(tmp_path)
