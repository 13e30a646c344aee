"""PromptOps: the one path every question takes, stage by stage, with a trace."""

from autocapture.promptops.pipeline import STAGES, QueryPipeline

__all__ = ["STAGES", "QueryPipeline"]
