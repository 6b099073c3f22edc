"""Mila Scholar QA: cited answers over Mila publication pages, offline by default."""

from qa.answer import Answer, Citation
from qa.assistant import Assistant
from qa.pages import Page, Publication, parse_page
from qa.papers import Paper

__all__ = ["Answer", "Assistant", "Citation", "Page", "Paper", "Publication", "parse_page"]
