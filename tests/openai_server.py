"""A scripted OpenAI-compatible chat server on 127.0.0.1, the only test double of the LLM.

The app's real ``openai`` client talks to it over HTTP. Each test sets a script: ``reply(body) -> str``
gives the assistant's text (sent as one JSON completion, or as server-sent events when the request
asks to stream), or ``fault`` makes the server misbehave:

- ``500`` / ``429``: that status (429 with ``Retry-After: 0``);
- ``"malformed"``: 200 with a body that is not JSON;
- ``"hang"``: no reply until long after any client timeout;
- ``"cut"``: stream a few chunks, then drop the connection mid-body (no finish_reason, no [DONE]);
- ``"eof"``: stream a few chunks, then end the body cleanly, still without finish_reason or [DONE].

Every request is recorded (path, headers with lower-case names, parsed JSON body) in ``requests``.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HANG_SECONDS = 30
PIECE = 5  # characters per streamed delta: citation keys arrive split across chunks, as from a real model


class OpenAIServer:
    def __init__(self) -> None:
        self.requests: list[dict] = []
        self.reply: Callable[[dict], str] | None = None
        self.fault: int | str | None = None
        self.stopping = threading.Event()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def script(self, reply: Callable[[dict], str] | None = None, fault: int | str | None = None) -> None:
        """Set how the next requests are answered, and forget the requests seen so far."""
        self.reply, self.fault = reply, fault
        self.requests.clear()

    def close(self) -> None:
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def chunk(model: str, delta: dict, finish: str | None = None) -> dict:
    return {"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": int(time.time()), "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}


def _handler(server: OpenAIServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:  # keep test output quiet
            pass

        def send(self, status: int, body: bytes, headers: dict | None = None) -> None:
            self.send_response(status)
            for name, value in {"Content-Type": "application/json", **(headers or {})}.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            try:
                body = json.loads(raw or b"{}")
            except ValueError:
                body = None
            headers = {name.lower(): value for name, value in self.headers.items()}
            server.requests.append({"path": self.path, "headers": headers, "body": body})
            if self.path != "/v1/chat/completions" or not isinstance(body, dict):
                return self.send(404, b'{"error": {"message": "not found"}}')
            fault = server.fault
            if fault in (500, 429):
                error = json.dumps({"error": {"message": f"scripted {fault}", "type": "server_error"}}).encode()
                return self.send(fault, error, {"Retry-After": "0"} if fault == 429 else None)
            if fault == "malformed":
                return self.send(200, b'{"id": "chatcmpl-test", "choices": [{"message": ')
            if fault == "hang":
                server.stopping.wait(HANG_SECONDS)
                self.close_connection = True
                return
            if server.reply is None:
                return self.send(500, b'{"error": {"message": "no script set for this test"}}')
            text = server.reply(body)
            model = body.get("model", "?")
            if body.get("stream"):
                return self.stream(model, text, fault)
            completion = {"id": "chatcmpl-test", "object": "chat.completion", "created": int(time.time()),
                          "model": model, "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                          "choices": [{"index": 0, "finish_reason": "stop",
                                       "message": {"role": "assistant", "content": text}}]}
            self.send(200, json.dumps(completion).encode())

        def stream(self, model: str, text: str, fault: str | None) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            events = [chunk(model, {"role": "assistant", "content": ""})]
            events += [chunk(model, {"content": text[i:i + PIECE]}) for i in range(0, len(text), PIECE)]
            if fault in ("cut", "eof"):
                events = events[:3]
            else:
                events.append(chunk(model, {}, "stop"))
            for event in [f"data: {json.dumps(e)}\n\n" for e in events] + ([] if fault else ["data: [DONE]\n\n"]):
                data = event.encode()
                self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
                self.wfile.flush()
            if fault != "cut":
                self.wfile.write(b"0\r\n\r\n")  # "cut" leaves the chunked body unterminated
            self.close_connection = True

    return Handler
