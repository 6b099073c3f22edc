"""The OpenAI-compatible endpoint (issue 14), driven by the real `openai` client against a real server over
the real seed index: plain and streamed answers, the models list, follow-ups through the messages list,
the token, and errors the client understands."""

from __future__ import annotations

import re

import httpx
import openai
import pytest

from qa.openai_compat import MODEL_ID
from qa.settings import Settings
from qa.web import create_app
from tests.seeds import seed_line

TOKEN = "openai-compat-test-token"
SOFTMAX = seed_line("Softmax is not Enough")
QUESTION = "Petar Veličković's papers on softmax?"


@pytest.fixture(scope="module")
def open_url(seeds_server):
    return seeds_server()


@pytest.fixture(scope="module")
def guarded_url(seeds_server):
    return seeds_server(TOKEN)


def client(base: str, key: str = "unused") -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{base}/v1", api_key=key, max_retries=0, timeout=60)


def ask(base: str, messages: list[dict], key: str = "unused", **extra):
    return client(base, key).chat.completions.create(model=MODEL_ID, messages=messages, **extra)


def test_models_lists_the_assistant(open_url):
    models = client(open_url).models.list()
    assert [m.id for m in models.data] == [MODEL_ID]
    assert client(open_url).models.retrieve(MODEL_ID).id == MODEL_ID


def test_a_plain_completion_is_the_cited_answer_with_references(open_url):
    completion = ask(open_url, [{"role": "system", "content": "You are helpful."},
                                {"role": "user", "content": QUESTION}])
    assert completion.object == "chat.completion" and completion.model == MODEL_ID
    (choice,) = completion.choices
    assert choice.finish_reason == "stop" and choice.message.role == "assistant"
    content = choice.message.content
    answer, _, references = content.partition("\n\n---\n")
    assert "[1]" in answer and SOFTMAX in answer
    assert references.startswith("Sources:\n- [1] " + SOFTMAX) and "https://mila.quebec/" in references
    citations = completion.model_extra["citations"]  # the structured citations ride along
    assert [c["title"] for c in citations] == [SOFTMAX] and citations[0]["n"] == 1 and citations[0]["paper_id"]
    assert completion.model_extra["refused"] is False


def test_a_streamed_completion_has_the_same_content_in_openai_chunks(open_url):
    plain = ask(open_url, [{"role": "user", "content": QUESTION}]).choices[0].message.content
    chunks = list(ask(open_url, [{"role": "user", "content": QUESTION}], stream=True))
    assert all(c.object == "chat.completion.chunk" and c.model == MODEL_ID for c in chunks)
    assert len({c.id for c in chunks}) == 1
    assert chunks[0].choices[0].delta.role == "assistant"
    assert "".join(c.choices[0].delta.content or "" for c in chunks) == plain
    last = chunks[-1]
    assert last.choices[0].finish_reason == "stop"
    assert [c["title"] for c in last.model_extra["citations"]] == [SOFTMAX]
    assert all(c.choices[0].finish_reason is None for c in chunks[:-1])


def test_the_raw_stream_is_sse_data_lines_ending_with_done(open_url):
    body = {"model": MODEL_ID, "stream": True, "messages": [{"role": "user", "content": QUESTION}]}
    with httpx.stream("POST", f"{open_url}/v1/chat/completions", json=body, timeout=60) as reply:
        assert reply.headers["content-type"].startswith("text/event-stream")
        lines = [line for line in reply.iter_lines() if line and not line.startswith(":")]
    assert all(line.startswith("data: ") for line in lines) and lines[-1] == "data: [DONE]"


def test_earlier_messages_are_the_history_of_a_follow_up(open_url):
    first = ask(open_url, [{"role": "user", "content": QUESTION}]).choices[0].message.content
    messages = [{"role": "user", "content": QUESTION}, {"role": "assistant", "content": first},
                {"role": "user", "content": [{"type": "text", "text": "name its co-authors"}]}]
    follow_up = ask(open_url, messages)
    assert [c["title"] for c in follow_up.model_extra["citations"]] == [SOFTMAX]
    assert "Perivolaropoulos" in follow_up.choices[0].message.content
    streamed = list(ask(open_url, messages, stream=True))
    assert [c["title"] for c in streamed[-1].model_extra["citations"]] == [SOFTMAX]


def test_researcher_and_top_k_ride_in_the_extra_body(open_url):
    completion = ask(open_url, [{"role": "user", "content": "What have they published on softmax?"}],
                     extra_body={"researcher": "Razvan Pascanu", "top_k": 1})
    citations = completion.model_extra["citations"]
    assert len(citations) == 1 and all("Razvan Pascanu" in c["researchers"] for c in citations)


def test_the_token_rules_are_those_of_the_api(guarded_url):
    for key in ("wrong-token", "unused"):
        with pytest.raises(openai.AuthenticationError) as refused:
            ask(guarded_url, [{"role": "user", "content": QUESTION}], key=key)
        assert refused.value.status_code == 401 and TOKEN not in str(refused.value)
        with pytest.raises(openai.AuthenticationError):
            list(ask(guarded_url, [{"role": "user", "content": QUESTION}], key=key, stream=True))
        with pytest.raises(openai.AuthenticationError):
            client(guarded_url, key).models.list()
    completion = ask(guarded_url, [{"role": "user", "content": QUESTION}], key=TOKEN)
    assert [c["title"] for c in completion.model_extra["citations"]] == [SOFTMAX]
    chunks = list(ask(guarded_url, [{"role": "user", "content": QUESTION}], key=TOKEN, stream=True))
    assert SOFTMAX in "".join(c.choices[0].delta.content or "" for c in chunks)
    assert [m.id for m in client(guarded_url, TOKEN).models.list().data] == [MODEL_ID]


@pytest.mark.parametrize("messages, field", [
    ([{"role": "user", "content": QUESTION}, {"role": "assistant", "content": "an answer"}], "messages"),
    ([{"role": "user", "content": "   "}], "messages.0.content"),
    ([], "messages"),
    ([{"role": "robot", "content": QUESTION}], "messages.0.role"),
])
def test_bad_messages_are_errors_the_client_raises(open_url, messages, field):
    with pytest.raises(openai.UnprocessableEntityError) as raised:
        ask(open_url, messages)
    assert raised.value.body["field"] == field and raised.value.body["message"]


def test_an_unknown_model_is_a_404_naming_the_model(open_url):
    with pytest.raises(openai.NotFoundError) as raised:
        client(open_url).chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": QUESTION}])
    assert raised.value.body["field"] == "model" and MODEL_ID in raised.value.body["message"]


def test_a_long_conversation_is_not_cut_by_the_body_cap(open_url):
    """Chat apps resend the whole conversation: /v1/chat/completions gets the chat routes' larger cap."""
    earlier = [{"role": role, "content": ("softmax " * 1000)[:7000]} for _ in range(10) for role in ("user", "assistant")]
    messages = [*earlier, {"role": "user", "content": QUESTION}]
    assert len(str(messages)) > 128 * 1024
    completion = ask(open_url, messages)
    assert SOFTMAX in completion.choices[0].message.content


# -- with the LLM answerer (the scripted model server is the only double) ----------------------------------

RAW_KEY = re.compile(r"\b[PW][0-9A-F]{6}\b")
KEY_IN_PROMPT = re.compile(r'key="([PW][0-9A-F]{6})"')


@pytest.fixture(scope="module")
def model_server():
    from tests.openai_server import OpenAIServer

    server = OpenAIServer()
    yield server
    server.close()


@pytest.fixture(scope="module")
def llm_url(seed_index_dir, model_server, live_server):
    from qa import Assistant

    settings = Settings(data_dir=seed_index_dir, openai_api_key="sk-test-model-key",
                        openai_base_url=model_server.url + "/v1", llm_model="test-model", llm_timeout=5,
                        llm_retries=0)
    return live_server(create_app(Assistant(settings)))


def test_streamed_llm_answers_carry_checked_citations_only(llm_url, model_server):
    def cites_the_sources(body) -> str:
        keys = KEY_IN_PROMPT.findall(body["messages"][-1]["content"])
        return " ".join(f"Source {i} matters [{key}]." for i, key in enumerate(keys, 1))

    model_server.script(reply=cites_the_sources)
    chunks = list(ask(llm_url, [{"role": "user", "content": QUESTION}], stream=True))
    content = "".join(c.choices[0].delta.content or "" for c in chunks)
    assert model_server.requests and model_server.requests[0]["body"].get("stream") is True
    assert "Source 1 matters [1]." in content and not RAW_KEY.search(content)
    assert SOFTMAX in [c["title"] for c in chunks[-1].model_extra["citations"]]

    # A model citing nothing it was given: its words never reach the client, the offline answer does.
    model_server.script(reply=lambda body: "Petar wrote the softmax paper in 1999 [PDEADBE].")
    chunks = list(ask(llm_url, [{"role": "user", "content": QUESTION}], stream=True))
    content = "".join(c.choices[0].delta.content or "" for c in chunks)
    assert "1999" not in content and SOFTMAX in content and "Note: " in content and "offline answer" in content
