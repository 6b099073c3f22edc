"""Bench-only code: the synthetic corpus generator (``synthetic``), the scale bench (``scale``), the
HTTP API latency bench (``api``) and the query profiler (``profile_ask``). Nothing in ``qa/`` imports it."""
