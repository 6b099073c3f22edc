"""The HTTP API as other apps meet it (issue 14): /docs offline, a typed OpenAPI schema, one error shape,
strict types, 405 with Allow, whole-word paper search, BibTeX export, follow-ups through `history`.

A real uvicorn server over the real seed index; nothing of the app is mocked.
"""

from __future__ import annotations

import re

import httpx
import pytest
from tests.seeds import seed_line


TOKEN = "api-test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
SOFTMAX = seed_line("Softmax is not Enough")
RAT = "RAT: Bridging RNN Efficiency and Attention Accuracy via Chunk-based Sequence Modeling"
QUESTION = "Petar Veličković's papers on softmax?"


@pytest.fixture(scope="module")
def base_url(seeds_server):
    return seeds_server()


@pytest.fixture(scope="module")
def guarded(seeds_server):
    return seeds_server(TOKEN)


def is_error_shape(reply: httpx.Response, field: str | None = None) -> bool:
    body = reply.json()
    shaped = set(body) == {"error"} and set(body["error"]) == {"field", "message"} and body["error"]["message"]
    return bool(shaped) and (field is None or body["error"]["field"] == field)


# -- /docs offline, typed schema ---------------------------------------------------------------------------

@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_docs_reference_no_other_host_and_their_assets_are_served(base_url, page):
    reply = httpx.get(base_url + page)
    assert reply.status_code == 200 and "text/html" in reply.headers["content-type"]
    html = reply.text
    # No absolute or protocol-relative URL anywhere in the page: nothing is fetched from another host.
    assert not re.search(r"(?:https?:)?//[\w.-]+\.\w", html.replace(base_url, "")), html
    assets = re.findall(r"""(?:src|href)\s*=\s*["']([^"']+)["']""", html)
    assert any(a.endswith(".js") for a in assets)
    for asset in assets:
        assert asset.startswith("/"), asset
        served = httpx.get(base_url + asset)
        assert served.status_code == 200 and len(served.content) > 1000, asset
    assert "/openapi.json" in html


def test_docs_need_the_token_like_everything_else(guarded):
    assert httpx.get(f"{guarded}/docs").status_code == 401
    docs = httpx.get(f"{guarded}/docs", headers=AUTH)
    assert docs.status_code == 200
    js = re.search(r'src="([^"]+\.js)"', docs.text).group(1)
    assert httpx.get(guarded + js).status_code == 401 and httpx.get(guarded + js, headers=AUTH).status_code == 200


def test_openapi_has_request_and_response_models_for_every_route(base_url):
    spec = httpx.get(f"{base_url}/openapi.json").json()
    schemas = spec["components"]["schemas"]
    assert "HTTPValidationError" not in schemas  # FastAPI's default error shape is not ours
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            where = f"{method.upper()} {path}"
            ok = operation["responses"]["200"]
            content = ok["content"]
            assert content and all(kind["schema"] for kind in content.values()), where
            if "application/json" in content:
                assert content["application/json"]["schema"] not in ({}, {"type": "object"}), where
            if method == "post":
                body = operation["requestBody"]["content"]["application/json"]["schema"]
                assert body.get("$ref", "").startswith("#/components/schemas/"), where
            if path.startswith(("/api/", "/v1/")):
                for status in ("401", "422"):
                    assert operation["responses"][status]["content"]["application/json"]["schema"] == {
                        "$ref": "#/components/schemas/ErrorBody"}, (where, status)
    answer = schemas["Answer"]["properties"]
    assert answer["citations"]["items"] == {"$ref": "#/components/schemas/Citation"}
    assert set(schemas["AskRequest"]["properties"]) == {"question", "researcher", "top_k", "history"}
    assert schemas["ChatCompletionChunk"]["properties"]["citations"]
    # Every $ref resolves.
    for ref in set(re.findall(r'"\$ref": ?"#/components/schemas/([^"]+)"', httpx.get(f"{base_url}/openapi.json").text)):
        assert ref in schemas, ref


# -- errors: one shape, the right field ----------------------------------------------------------------------

@pytest.mark.parametrize("body", ['{"question": "softmax?",', '{"question": "softmax?" "top_k": 3}', "not json",
                                  '{"question": "a' + "é" * 3 + '}'])
def test_malformed_json_names_the_body_not_an_offset(base_url, body):
    reply = httpx.post(f"{base_url}/api/ask", content=body.encode(), headers={"content-type": "application/json"})
    assert reply.status_code == 422 and is_error_shape(reply, "body"), reply.text
    assert "JSON" in reply.json()["error"]["message"]


@pytest.mark.parametrize("top_k", [True, "3", 3.5, "many", 0, 51])
def test_top_k_takes_integers_only(base_url, top_k):
    reply = httpx.post(f"{base_url}/api/ask", json={"question": "softmax?", "top_k": top_k})
    assert reply.status_code == 422 and is_error_shape(reply, "top_k"), reply.text


@pytest.mark.parametrize("body, field", [
    ({"question": 3}, "question"),
    ({"question": ["softmax?"]}, "question"),
    ({"question": "softmax?", "researcher": 7}, "researcher"),
    ({"question": "softmax?", "topk": 3}, "topk"),  # a misspelt field is named, not silently ignored
    ({"question": "softmax?", "history": [{"question": "a"}]}, "history.0.answer"),
    ({"question": "softmax?", "history": "earlier"}, "history"),
    ([QUESTION], "body"),
])
def test_wrong_types_are_422_naming_the_field(base_url, body, field):
    reply = httpx.post(f"{base_url}/api/ask", json=body)
    assert reply.status_code == 422 and is_error_shape(reply, field), reply.text


def test_a_strict_integer_still_passes(base_url):
    reply = httpx.post(f"{base_url}/api/ask", json={"question": QUESTION, "top_k": 1}, timeout=60)
    assert reply.status_code == 200 and len(reply.json()["citations"]) == 1


@pytest.mark.parametrize("method, path, allow", [
    ("GET", "/api/ask", "POST"),
    ("PUT", "/api/ask/stream", "POST"),
    ("POST", "/api/papers", "GET"),
    ("DELETE", "/api/researchers", "GET"),
    ("GET", "/v1/chat/completions", "POST"),
    ("POST", "/v1/models", "GET"),
])
def test_a_known_route_with_the_wrong_method_is_405_with_allow(base_url, method, path, allow):
    reply = httpx.request(method, base_url + path)
    assert reply.status_code == 405 and reply.headers["allow"] == allow and is_error_shape(reply, "method")


def test_every_error_has_the_one_shape(base_url, guarded):
    cases = [
        (httpx.get(f"{base_url}/api/nowhere"), 404, "path"),
        (httpx.get(f"{base_url}/v1/nowhere"), 404, "path"),
        (httpx.get(f"{base_url}/api/papers", params={"researcher": "Nobody Here"}), 404, "researcher"),
        (httpx.get(f"{base_url}/api/papers/nope"), 404, "paper_id"),
        (httpx.post(f"{base_url}/api/ask", json={"question": " "}), 422, "question"),
        (httpx.post(f"{base_url}/api/ask", content=b"x" * 70_000, headers={"content-type": "application/json"}),
         413, "body"),
        (httpx.get(f"{guarded}/api/researchers"), 401, "authorization"),
        (httpx.get(f"{guarded}/v1/models", headers={"Authorization": "Bearer nope"}), 401, "authorization"),
        (httpx.get(f"{base_url}/health", params={"detail": "maybe"}), 422, "detail"),
    ]
    for reply, status, field in cases:
        assert reply.status_code == status and is_error_shape(reply, field), (reply.request.url, reply.text)


# -- papers: whole words; BibTeX -----------------------------------------------------------------------------

def test_paper_search_matches_whole_words(base_url):
    titles = lambda q: [p["title"] for p in httpx.get(f"{base_url}/api/papers", params={"q": q}).json()]  # noqa: E731
    assert titles("rat") == [RAT]
    assert SOFTMAX in titles("temperature")  # its abstract says "temperature": no match for "rat" inside it
    assert titles("tempera") == []


def test_a_paper_exports_as_bibtex(base_url):
    import bibtexparser

    papers = httpx.get(f"{base_url}/api/papers", params={"q": "softmax"}).json()
    softmax = next(p for p in papers if p["title"] == SOFTMAX)
    assert httpx.get(f"{base_url}/api/papers/{softmax['paper_id']}").json()["title"] == SOFTMAX
    reply = httpx.get(f"{base_url}/api/papers/{softmax['paper_id']}.bib")
    assert reply.status_code == 200 and reply.headers["content-type"] == "text/x-bibtex; charset=utf-8"
    library = bibtexparser.parse_string(reply.text)
    assert not library.failed_blocks and len(library.entries) == 1
    assert "Softmax is not Enough" in library.entries[0]["title"]

    missing = httpx.get(f"{base_url}/api/papers/p000000000000.bib")
    assert missing.status_code == 404 and is_error_shape(missing, "paper_id")


def test_bibtex_needs_the_token(guarded):
    paper_id = httpx.get(f"{guarded}/api/papers", headers=AUTH).json()[0]["paper_id"]
    assert httpx.get(f"{guarded}/api/papers/{paper_id}.bib").status_code == 401
    assert httpx.get(f"{guarded}/api/papers/{paper_id}.bib", headers=AUTH).text.startswith("@")


# -- follow-ups through `history` ---------------------------------------------------------------------------

def test_ask_reads_a_follow_up_against_the_history(base_url):
    first = httpx.post(f"{base_url}/api/ask", json={"question": QUESTION}, timeout=60).json()
    assert [c["title"] for c in first["citations"]] == [SOFTMAX]
    follow_up = {"question": "name its co-authors",
                 "history": [{"question": QUESTION, "answer": first["text"]}]}
    reply = httpx.post(f"{base_url}/api/ask", json=follow_up, timeout=60)
    assert reply.status_code == 200, reply.text
    answer = reply.json()
    assert [c["title"] for c in answer["citations"]] == [SOFTMAX]
    assert "Perivolaropoulos" in answer["text"]
    # The same words without the history are not about that paper alone.
    alone = httpx.post(f"{base_url}/api/ask", json={"question": "name its co-authors"}, timeout=60).json()
    assert [c["title"] for c in alone["citations"]] != [SOFTMAX]


def test_the_stream_takes_history_too_and_refuses_bad_input_before_streaming(base_url):
    first = httpx.post(f"{base_url}/api/ask", json={"question": QUESTION}, timeout=60).json()
    body = {"question": "name its co-authors", "history": [{"question": QUESTION, "answer": first["text"]}]}
    with httpx.stream("POST", f"{base_url}/api/ask/stream", json=body, timeout=60) as reply:
        text = "".join(reply.iter_text())
    assert reply.status_code == 200 and "event: answer" in text and "Perivolaropoulos" in text
    bad = httpx.post(f"{base_url}/api/ask/stream", json={"question": "softmax?", "top_k": "3"})
    assert bad.status_code == 422 and is_error_shape(bad, "top_k")
