"""Answers: the screen.answer.v1 contract and the answerers that produce it."""

from autocapture.answer.model import Answer, Citation, Claim

__all__ = ["Answer", "Citation", "Claim"]
