"""PromptOps: the one path every question takes, with a cached, hash-pinned prompt bundle."""
