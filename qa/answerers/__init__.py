"""Found records → :class:`~qa.records.Answer`: the offline, extractive answerer and the LLM one."""
