"""Configuration: one TOML file in the data directory, overridable by environment."""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path
from typing import Literal

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from autocapture.errors import ConfigError
from autocapture.redact import DEFAULT_KEYS, DEFAULT_PATTERNS

CONFIG_FILE = "config.toml"
DEFAULT_ALLOWLIST = ["rapidocr", "tesseract"]


def default_data_dir() -> Path:
    """$AUTOCAPTURE_DATA_DIR, else the platform's user data directory."""
    env = os.environ.get("AUTOCAPTURE_DATA_DIR")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("autocapture", appauthor=False))


def local_timezone_name() -> str:
    """The IANA zone used to read time words like 'this morning'."""
    env = os.environ.get("AUTOCAPTURE_TZ")
    if env:
        return env
    try:
        import tzlocal

        return tzlocal.get_localzone_name() or "UTC"
    except Exception:  # no zone configured on the machine: say UTC rather than guess
        return "UTC"


def _regexes(value: list[str]) -> list[str]:
    """Refuse a pattern that does not compile, naming it (pydantic adds the key)."""
    for p in value:
        try:
            re.compile(p)
        except re.error as exc:
            raise ValueError(f"invalid regular expression {p!r}: {exc}") from exc
    return value


class OcrConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    engine: str = "rapidocr"
    max_image_pixels: int = Field(default=40_000_000, gt=0)
    max_image_side: int = Field(default=16_384, gt=0)
    max_file_bytes: int = Field(default=200 * 1024 * 1024, gt=0)


class PluginsConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    allowlist: list[str] = Field(default_factory=lambda: list(DEFAULT_ALLOWLIST))
    enforce_locks: bool = False  # load a plugin only when its manifest hash matches the lock
    lock_file: Path | None = None  # default: <data dir>/plugins.lock.json
    safe_mode: bool = False  # only the default providers (also: --safe-mode)
    crash_threshold: int = Field(default=3, ge=1)  # crashed start-ups before safe mode


class AnswerConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    min_confidence: float = Field(default=0.5, ge=0.0, le=1.0)


class PromptOpsConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    bundle_dir: Path | None = None  # explicit bundle; default: the data dir's active bundle
    profile: Path | None = None  # a profile file pinning a bundle hash
    mode: Literal["off", "propose_only", "auto_apply"] = "propose_only"
    metrics: bool = True
    review_queue_size: int = Field(default=16, ge=1)
    max_template_bytes: int = Field(default=64 * 1024, gt=0)


class RedactionConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    keys: list[str] = Field(default_factory=lambda: list(DEFAULT_KEYS))
    patterns: list[str] = Field(default_factory=lambda: list(DEFAULT_PATTERNS))

    @field_validator("patterns")
    @classmethod
    def _compiles(cls, value: list[str]) -> list[str]:
        return _regexes(value)


class CaptureConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    interval: float = Field(default=2.0, gt=0)
    exclude_apps: list[str] = []
    exclude_titles: list[str] = []
    private_titles: list[str] = Field(
        default_factory=lambda: [
            r"(?i)private browsing",
            r"(?i)\bincognito\b",
            r"(?i)\binprivate\b",
        ]
    )
    min_free_mb: int = Field(default=500, ge=0)
    tile: int = Field(default=32, ge=8)
    # None: the [ocr] engine (rapidocr: ~6% of a core and ~280 MB in benchmarks/capture.py,
    # reads light-on-dark terminals). "tesseract" is cheaper per line but misreads terminal
    # identifiers ("MARKER- 111111", "Lrwxrwxrwx"), so it is only an option.
    ocr_engine: str | None = None

    @field_validator("exclude_apps", "exclude_titles", "private_titles")
    @classmethod
    def _check_patterns(cls, value: list[str]) -> list[str]:
        return _regexes(value)


class ModelConfig(BaseModel):
    """An OpenAI-compatible endpoint (vLLM, llama.cpp's server, Ollama); unset = extractive only."""

    model_config = ConfigDict(extra="forbid")
    base_url: str | None = None  # e.g. http://127.0.0.1:8000/v1; env AUTOCAPTURE_MODEL_BASE_URL
    name: str = "default"  # the model name sent with each request
    api_key: str = "local"  # local servers ignore it; env AUTOCAPTURE_MODEL_API_KEY
    timeout_s: float = Field(default=20.0, gt=0)
    latency_budget_ms: int = Field(default=15_000, gt=0)  # the whole query, fallback included
    allow_hosts: list[str] = []  # non-loopback hosts explicitly trusted
    max_evidence: int = Field(default=12, ge=1, le=64)
    max_tokens: int = Field(default=512, ge=16)
    quote_threshold: float = Field(default=90.0, ge=50.0, le=100.0)  # rapidfuzz score, 0-100
    record_prompts: bool = False  # keep (redacted) prompt text in model/interactions.jsonl
    # Where the contract goes: a system message, or ahead of the user message for chat
    # templates that drop system messages (Gemma's, for one).
    contract_role: Literal["system", "user"] = "system"


class Config(BaseModel):
    """Everything a process needs to know; built once and passed down."""

    model_config = ConfigDict(extra="forbid")
    data_dir: Path
    timezone: str = Field(default_factory=local_timezone_name)
    ocr: OcrConfig = Field(default_factory=OcrConfig)
    plugins: PluginsConfig = Field(default_factory=PluginsConfig)
    answer: AnswerConfig = Field(default_factory=AnswerConfig)
    promptops: PromptOpsConfig = Field(default_factory=PromptOpsConfig)
    redaction: RedactionConfig = Field(default_factory=RedactionConfig)
    capture: CaptureConfig = Field(default_factory=CaptureConfig)
    model: ModelConfig = Field(default_factory=ModelConfig)

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @property
    def db_path(self) -> Path:
        return self.data_dir / "autocapture.db"

    @property
    def blob_dir(self) -> Path:
        return self.data_dir / "blobs"


ENV_OVERRIDES = {
    "AUTOCAPTURE_MODEL_BASE_URL": ("model", "base_url"),
    "AUTOCAPTURE_MODEL_NAME": ("model", "name"),
    "AUTOCAPTURE_MODEL_API_KEY": ("model", "api_key"),
}


def _environment_overrides(raw: dict) -> None:
    for var, (section, key) in ENV_OVERRIDES.items():
        value = os.environ.get(var)
        target = raw.setdefault(section, {})
        if value is not None and isinstance(target, dict):  # a non-table is reported by pydantic
            target[key] = (value or None) if key == "base_url" else value


def load_config(data_dir: Path | str | None = None) -> Config:
    """Read ``config.toml`` from the data directory (if present) and validate it."""
    root = Path(data_dir).expanduser() if data_dir else default_data_dir()
    raw: dict = {}
    path = root / CONFIG_FILE
    if path.exists():
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read configuration: {exc}") from exc
    raw["data_dir"] = root
    _environment_overrides(raw)
    try:
        return Config.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise ConfigError(f"{path}: {problems}") from exc
