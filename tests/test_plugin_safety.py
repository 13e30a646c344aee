"""Plugin safety: allowlist, lock file with manifest hashes, safe mode (asked for, or entered
after repeated start-up crashes), and what `autocapture status` says about it."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from autocapture.plugin_locks import manifest_hash, write_lock
from autocapture.plugins import DEFAULT_PLUGINS, PluginPolicy, candidates, load_plugins
from tests.conftest import REPO

ENGINE = """
from autocapture.hookspecs import hookimpl

class Engine:
    name = "{name}"
    version = "1"
    def recognize(self, image, *, region=False):
        return []

@hookimpl
def register_ocr_engines(register):
    register("{name}", Engine)
"""


def make_plugin(site: Path, name: str, body: str | None = None) -> str:
    """An installed third-party plugin: a module plus dist-info with its entry point."""
    module = f"{name}_{uuid.uuid4().hex[:8]}"  # fresh module name: nothing cached
    (site / module).mkdir(parents=True)
    (site / module / "__init__.py").write_text(body or ENGINE.format(name=name))
    dist = site / f"{module}-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {module}\nVersion: 0.1\n")
    (dist / "entry_points.txt").write_text(f"[autocapture]\n{name} = {module}\n")
    return module


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "site"
    path.mkdir()
    monkeypatch.syspath_prepend(str(path))
    importlib.invalidate_caches()
    return path


def test_allowed_and_denied(site: Path) -> None:
    module = make_plugin(site, "acme")
    assert candidates()["acme"] == module
    on = load_plugins(["rapidocr", "acme"])
    assert on.loaded["acme"] == module and "acme" in on.ocr_engines
    off = load_plugins(["rapidocr"])
    assert off.refused["acme"] == "not on the plugins.allowlist"
    assert "acme" not in off.ocr_engines


def test_locked_plugin_loads_and_a_tampered_one_is_refused_before_import(
    site: Path, tmp_path: Path
) -> None:
    module = make_plugin(site, "acme")
    lock = tmp_path / "plugins.lock.json"
    write_lock(lock, {"acme": module, **DEFAULT_PLUGINS})
    policy = PluginPolicy(["rapidocr", "tesseract", "acme"], enforce_locks=True, lock_path=lock)
    assert set(load_plugins(policy).loaded) == {"rapidocr", "tesseract", "acme"}

    tampered = make_plugin(site, "evil")
    write_lock(lock, {"evil": tampered, **DEFAULT_PLUGINS})
    before = manifest_hash("evil", tampered)
    init = site / tampered / "__init__.py"
    init.write_text(init.read_text() + "\nraise SystemExit('tampered code ran')\n")
    assert manifest_hash("evil", tampered) != before
    result = load_plugins(PluginPolicy(["rapidocr", "evil"], True, lock))
    assert result.refused["evil"].startswith("lock: manifest hash mismatch")
    assert tampered not in sys.modules  # refused before its code ran
    assert "rapidocr" in result.loaded


def test_unlocked_plugin_and_missing_lock_fail_closed(site: Path, tmp_path: Path) -> None:
    module = make_plugin(site, "acme")
    lock = tmp_path / "plugins.lock.json"
    write_lock(lock, dict(DEFAULT_PLUGINS))
    result = load_plugins(PluginPolicy(["rapidocr", "acme"], True, lock))
    assert result.refused["acme"] == "lock: not in the lock file"
    assert module not in sys.modules
    missing = load_plugins(PluginPolicy(["rapidocr", "acme"], True, tmp_path / "none.json"))
    assert missing.loaded == {}
    assert "lock file missing" in missing.refused["rapidocr"]
    with pytest.raises(Exception, match="lock file missing"):
        missing.ocr_factory("rapidocr")
    lock.write_text("{not json")
    broken = load_plugins(PluginPolicy(["rapidocr"], True, lock))
    assert "cannot read lock file" in broken.refused["rapidocr"]


def test_safe_mode_loads_only_the_default_providers(site: Path) -> None:
    make_plugin(site, "acme")
    result = load_plugins(PluginPolicy(["rapidocr", "tesseract", "acme"], safe_mode="asked"))
    assert set(result.loaded) == {"rapidocr", "tesseract"}
    assert result.refused["acme"].startswith("safe mode")
    assert result.safe_mode == "asked"


def _cli(data: Path, site: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": f"{site}{os.pathsep}{REPO}"}
    return subprocess.run(
        [sys.executable, "-m", "autocapture", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def test_repeated_startup_crashes_enter_safe_mode_until_reset(site: Path, tmp_path: Path) -> None:
    make_plugin(site, "crashy", body="import os\nos._exit(70)\n")
    data = tmp_path / "data"
    data.mkdir()
    (data / "config.toml").write_text(
        '[plugins]\nallowlist = ["rapidocr", "tesseract", "crashy"]\ncrash_threshold = 3\n'
    )
    for _ in range(3):
        assert _cli(data, site, "status", "--json").returncode == 70
    ok = _cli(data, site, "status", "--json")
    assert ok.returncode == 0, ok.stderr
    plugins = json.loads(ok.stdout)["plugins"]
    assert plugins["safe_mode"] is True
    assert "3 start-ups crashed" in plugins["safe_mode_reason"]
    assert plugins["refused"]["crashy"].startswith("safe mode")
    assert set(plugins["loaded"]) == {"rapidocr", "tesseract"}
    text = _cli(data, site, "status")
    assert "SAFE MODE" in text.stdout
    reset = _cli(data, site, "plugins", "reset")
    assert reset.returncode == 0 and "safe mode cleared" in reset.stdout
    assert _cli(data, site, "status", "--json").returncode == 70  # it really is still broken


def test_safe_mode_flag_and_lock_command(site: Path, tmp_path: Path) -> None:
    make_plugin(site, "acme")
    data = tmp_path / "data"
    data.mkdir()
    (data / "config.toml").write_text(
        '[plugins]\nallowlist = ["rapidocr", "tesseract", "acme"]\nenforce_locks = true\n'
    )
    before = json.loads(_cli(data, site, "status", "--json").stdout)["plugins"]
    assert before["loaded"] == {} and "lock file missing" in before["refused"]["acme"]
    locked = _cli(data, site, "plugins", "lock")
    assert locked.returncode == 0, locked.stderr
    assert "locked acme" in locked.stdout
    after = json.loads(_cli(data, site, "status", "--json").stdout)["plugins"]
    assert set(after["loaded"]) == {"rapidocr", "tesseract", "acme"}
    safe = json.loads(_cli(data, site, "--safe-mode", "status", "--json").stdout)["plugins"]
    assert safe["safe_mode"] is True and "acme" not in safe["loaded"]
