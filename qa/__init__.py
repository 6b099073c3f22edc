"""Mila Scholar QA: cited answers over Mila publication pages, offline by default.

Importing the package is light: the assistant, and with it the index and the embedder, load on
first use (``from qa import Assistant``).
"""

from qa.records import Answer, Citation, Paper, Profile

__all__ = ["Answer", "Assistant", "Citation", "Paper", "Profile"]


def __getattr__(name: str):
    if name == "Assistant":
        from qa.assistant import Assistant

        return Assistant
    raise AttributeError(f"module 'qa' has no attribute {name!r}")
