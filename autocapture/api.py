"""The library API: everything the CLI does, callable from Python."""

from __future__ import annotations

from datetime import datetime
from functools import cached_property
from pathlib import Path

from autocapture.answer.lookup import LookupAnswerer
from autocapture.answer.model import Answer
from autocapture.config import Config, load_config
from autocapture.ingest import Ingestor, IngestReport, ProgressFn
from autocapture.ocr.base import OcrEngine
from autocapture.plugin_locks import LOCK_FILE
from autocapture.plugins import PluginPolicy, PluginSet, load_plugins
from autocapture.promptops.pipeline import QueryPipeline
from autocapture.promptops.service import PromptOpsService, get_service
from autocapture.startup import StartupGuard
from autocapture.store import Store


class Autocapture:
    """One data directory: its config, store, providers and query pipeline, built lazily once."""

    def __init__(self, data_dir: Path | str | None = None, config: Config | None = None) -> None:
        self.config = config or load_config(data_dir)

    @cached_property
    def store(self) -> Store:
        return Store(self.config.data_dir)

    @cached_property
    def startup(self) -> StartupGuard:
        return StartupGuard(self.config.data_dir, self.config.plugins.crash_threshold)

    @property
    def lock_path(self) -> Path:
        return self.config.plugins.lock_file or self.config.data_dir / LOCK_FILE

    @cached_property
    def plugins(self) -> PluginSet:
        """Providers, loaded once; a crash while loading counts towards automatic safe mode."""
        pc = self.config.plugins
        auto = self.startup.begin()
        safe = "requested (--safe-mode or plugins.safe_mode)" if pc.safe_mode else auto
        policy = PluginPolicy(pc.allowlist, pc.enforce_locks, self.lock_path, safe)
        result = load_plugins(policy)
        self.startup.finish()
        return result

    @cached_property
    def ocr(self) -> OcrEngine:
        return self.plugins.ocr_factory(self.config.ocr.engine)()

    @cached_property
    def promptops(self) -> PromptOpsService:
        """The process-wide service for this data directory (built once, reused)."""
        return get_service(self.config, self.provider_manifest())

    def provider_manifest(self) -> dict[str, str]:
        manifest = {f"plugin:{k}": v for k, v in self.plugins.loaded.items()}
        manifest["ocr.engine"] = self.config.ocr.engine
        manifest["answerer"] = f"{LookupAnswerer.name}/{LookupAnswerer.version}"
        return manifest

    @cached_property
    def pipeline(self) -> QueryPipeline:
        return QueryPipeline(self.store, self.config, self.promptops)

    def ingest(self, paths: list[Path | str], progress: ProgressFn | None = None) -> IngestReport:
        ingestor = Ingestor(self.config, self.store, self.ocr)
        return ingestor.run(ingestor.plan([Path(p) for p in paths]), progress)

    def ask(self, question: str, now: datetime | None = None) -> Answer:
        return self.pipeline.ask(question, now=now)

    def close(self) -> None:
        if "store" in self.__dict__:
            self.store.close()
