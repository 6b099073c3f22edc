"""`qa mcp` driven by the official MCP SDK's own client over stdio: the server is `python -m qa.cli mcp`,
spawned as a subprocess over the seed index, and each tool is called as an agent would."""

import asyncio
import json
import os
import sys

import bibtexparser
import pytest
from mcp import Client
from mcp.client.stdio import StdioServerParameters
from tests.seeds import seed_line

SOFTMAX = seed_line("Softmax is not Enough")


def call_all(data_dir, calls: list[tuple[str, dict]]) -> tuple[list, list]:
    """Start one server, list its tools, make each call in order; returns (tools, results)."""
    server = StdioServerParameters(command=sys.executable, args=["-m", "qa.cli", "mcp"],
                                   env={"QA_DATA_DIR": str(data_dir), "HF_HUB_OFFLINE": "1",
                                        "PYTHONPATH": os.getcwd()}, cwd=os.getcwd())

    async def session():
        async with Client(server, read_timeout_seconds=240) as client:
            tools = (await client.list_tools()).tools
            return tools, [await client.call_tool(name, args) for name, args in calls]

    return asyncio.run(asyncio.wait_for(session(), 400))


def body(result) -> dict:
    assert not result.is_error, result.content
    data = result.structured_content
    assert data == json.loads(result.content[0].text)  # the same JSON for clients that read text only
    return data


@pytest.fixture(scope="module")
def session(seed_index_dir, assistant):
    softmax = next(p for p in assistant.papers() if p.title == SOFTMAX)
    untitled = next(p for p in assistant.papers() if p.title is None)
    calls = [
        ("ask", {"question": "Anything by Veličković on how sharp softmax can be?"}),
        ("search_papers", {"query": "softmax", "researcher": "petar velickovic"}),
        ("get_researcher", {"name": "Razvan Pascanu"}),
        ("search_papers", {"researcher": "Petar Veličković", "limit": 50}),
        ("get_paper", {"paper_id": softmax.paper_id}),
        ("get_paper", {"paper_id": untitled.paper_id}),
        ("get_paper", {"paper_id": "p-no-such-paper"}),
        ("get_researcher", {"name": "Nobody Atall"}),
        ("search_papers", {"limit": 0}),
        ("ask", {"question": "   "}),
        ("ask", {"question": "name its co-authors",
                 "history": [["Petar Veličković's papers on softmax?", f"*{SOFTMAX}* [1]"]]}),
    ]
    tools, results = call_all(seed_index_dir, calls)
    return {tool.name: tool for tool in tools}, results


def test_tools_are_listed_with_typed_inputs(session):
    tools, _ = session
    assert set(tools) == {"ask", "search_papers", "get_paper", "get_researcher"}
    assert tools["ask"].input_schema["required"] == ["question"]
    assert "history" in tools["ask"].input_schema["properties"]
    assert tools["get_paper"].input_schema["required"] == ["paper_id"]


def test_ask_answers_with_citations(session):
    answer = body(session[1][0])
    assert not answer["refused"] and answer["citations"][0]["title"] == SOFTMAX
    assert "[1]" in answer["text"] and answer["references"].startswith(f"[1] {SOFTMAX}")


def test_ask_follows_the_conversation_in_history(session):
    follow_up = body(session[1][10])  # without history the same question cites all 17 papers
    assert [c["title"] for c in follow_up["citations"]] == [SOFTMAX]
    assert "Federico Barbero" in follow_up["text"] and "Clare Lyle" not in follow_up["text"]


def test_search_paper_and_researcher(session):
    _, results = session
    found = body(results[1])
    assert found["total"] == 1 and found["papers"][0]["title"] == SOFTMAX

    profile = body(results[2])
    assert profile["researcher"] == "Razvan Pascanu" and profile["urls"]
    assert SOFTMAX in {p["title"] for p in profile["papers"]} and len(profile["papers"]) == 10

    listed = body(results[3])
    assert listed["total"] == len(listed["papers"]) == 10  # his pages list 10 papers, most untitled
    assert sum(p["title"] is None for p in listed["papers"]) == 7

    paper, blank = body(results[4]), body(results[5])
    assert paper["paper_id"] == found["papers"][0]["paper_id"]
    assert paper["title"] == SOFTMAX and paper["researchers"] == ["Razvan Pascanu", "Petar Veličković"]
    (entry,) = bibtexparser.parse_string(paper["bibtex"]).entries
    assert entry.key == "perivolaropoulos2025softmax"
    assert blank["title"] is None and "title" not in bibtexparser.parse_string(blank["bibtex"]).entries[0].fields_dict
    assert blank["label"] and blank["abstract"].startswith(blank["label"].rstrip("…"))


def test_bad_arguments_are_tool_errors_naming_them(session):
    _, results = session
    for result, field in zip(results[6:10], ("paper_id", "name", "limit", "question")):
        assert result.is_error, field
        assert field in result.content[0].text
