#!/usr/bin/python3
"""A model provider on 127.0.0.1 for the Conversation agent's tests: it speaks the Anthropic Messages
API (POST /v1/messages) and OpenAI Chat Completions (POST /v1/chat/completions), streamed as
server-sent events in chunked transfer encoding, the way the real APIs answer.

  --port N     0 picks a free port

The scenario is the request's model name up to an optional "#" ("retry429#t3": scenario retry429;
the whole name counts the attempts, so each test uses its own), or the X-Scenario header:
  normal        a three-delta answer with usage
  ping          the same with ping events and ":" comment lines between the events
  unknown       the same with events and fields no client knows
  error_first   the first time an overloaded_error event before any text, then normal
  error_mid     two deltas, then an error event (Anthropic: overloaded_error) and the end
  retry429      429 with "retry-after: 2" the first time, then normal
  retry429date  429 with an HTTP-date retry-after (Mon, 05 Jan 2026 09:00:07 GMT), then normal
  overloaded529 529 overloaded_error the first time, then normal
  fail500       500 every time
  unauthorized  401 authentication_error
  spend         429 saying the credit / quota is used up (with a retry-after, which must be ignored)
  cut           two deltas, then the connection closes mid-stream (no last chunk)
  slow          nothing for 3 s before the answer
  stall         two deltas, then nothing for 3 s, then the rest
  trickle       a delta every 200 ms, 50 of them (for cancel)
  nostream      the whole answer as one JSON document (a server that ignores "stream": true)
  garbage       a stream whose second event is not JSON
  bad_request   400 invalid_request_error ("model: not found")

GET /__stats answers {"requests": [{"path", "model", "headers", "body", "attempt", "first_byte_ns"}]}
(headers lower-cased; first_byte_ns: time.monotonic_ns() just before the first byte of the body was
written); POST /__reset clears them. Prints "READY <port>" once it listens; stops on SIGTERM.
"""
import argparse
import json
import signal
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOCK = threading.Lock()
REQUESTS = []
ATTEMPTS = {}
TEXT = ["Hello Marie", ", thanks for", " your reply."]
USAGE_IN, USAGE_OUT = 42, 12


def sse(event, data):
    head = f"event: {event}\n" if event else ""
    return (head + "data: " + (data if isinstance(data, str) else json.dumps(data)) + "\n\n").encode()


def anthropic_events(scenario, deltas):
    yield sse("message_start", {"type": "message_start", "message": {
        "id": "msg_test", "type": "message", "role": "assistant", "model": "m", "content": [],
        "stop_reason": None, "usage": {"input_tokens": USAGE_IN, "output_tokens": 1}}})
    yield sse("content_block_start", {"type": "content_block_start", "index": 0,
                                      "content_block": {"type": "text", "text": ""}})
    for i, text in enumerate(deltas):
        if scenario == "ping":
            yield b": keep-alive\r\n\r\n" + sse("ping", {"type": "ping"})
        if scenario == "unknown":
            yield sse("future_event", {"type": "future_event", "x": [1, 2]})
            yield sse("content_block_delta", {"type": "content_block_delta", "index": 0,
                                              "delta": {"type": "thinking_delta", "thinking": "hmm"}})
        yield sse("content_block_delta", {"type": "content_block_delta", "index": 0, "new_field": True,
                                          "delta": {"type": "text_delta", "text": text}})
        if scenario == "stall" and i == 1:
            time.sleep(3)
        if scenario in ("error_mid", "cut") and i == 1:
            if scenario == "error_mid":
                yield sse("error", {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}})
            return
    yield sse("content_block_stop", {"type": "content_block_stop", "index": 0})
    yield sse("message_delta", {"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                                "usage": {"output_tokens": USAGE_OUT}})
    yield sse("message_stop", {"type": "message_stop"})


def openai_events(scenario, deltas):
    def chunk(delta, finish=None):
        return {"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": 1, "model": "m",
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], "usage": None}
    yield sse(None, chunk({"role": "assistant", "content": ""}))
    for i, text in enumerate(deltas):
        if scenario == "ping":
            yield b": ping\r\n\r\n"
        if scenario == "unknown":
            extra = chunk({"content": None, "refusal": None})
            extra["system_fingerprint"] = "fp_x"
            yield sse(None, extra)
        yield sse(None, chunk({"content": text}))
        if scenario == "stall" and i == 1:
            time.sleep(3)
        if scenario in ("error_mid", "cut") and i == 1:
            if scenario == "error_mid":
                yield sse(None, {"error": {"message": "The server is overloaded", "type": "server_error",
                                           "code": None}})
            return
    yield sse(None, chunk({}, "stop"))
    yield sse(None, {"id": "chatcmpl-test", "object": "chat.completion.chunk", "choices": [],
                     "usage": {"prompt_tokens": USAGE_IN, "completion_tokens": USAGE_OUT, "total_tokens": 54}})
    yield sse(None, "[DONE]")


def error_body(anthropic, kind, message, code=None):
    if anthropic:
        return {"type": "error", "error": {"type": kind, "message": message}}
    return {"error": {"message": message, "type": kind, "param": None, "code": code}}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path == "/__stats":
            with LOCK:
                self.answer(200, {"requests": REQUESTS})
        else:
            self.answer(404, {})

    def answer(self, status, body, headers=()):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        raw = self.rfile.read(length)
        if self.path == "/__reset":
            with LOCK:
                REQUESTS.clear()
                ATTEMPTS.clear()
            self.answer(200, {})
            return
        anthropic = self.path == "/v1/messages"
        if not anthropic and self.path != "/v1/chat/completions":
            self.answer(404, {"error": {"message": "no such path " + self.path}})
            return
        try:
            body = json.loads(raw)
        except ValueError:
            self.answer(400, error_body(anthropic, "invalid_request_error", "body is not JSON"))
            return
        model = str(body.get("model", ""))
        scenario = self.headers.get("X-Scenario") or model.split("#")[0]
        with LOCK:
            ATTEMPTS[model] = ATTEMPTS.get(model, 0) + 1
            attempt = ATTEMPTS[model]
            record = {"path": self.path, "model": model, "attempt": attempt, "body": body,
                      "headers": {k.lower(): v for k, v in self.headers.items()}, "first_byte_ns": 0}
            REQUESTS.append(record)
        if scenario == "retry429" and attempt == 1:
            self.answer(429, error_body(anthropic, "rate_limit_error", "Rate limited"), [("retry-after", "2")])
        elif scenario == "retry429date" and attempt == 1:
            self.answer(429, error_body(anthropic, "rate_limit_error", "Rate limited"),
                        [("retry-after", "Mon, 05 Jan 2026 09:00:07 GMT")])
        elif scenario == "overloaded529" and attempt == 1:
            self.answer(529, error_body(anthropic, "overloaded_error", "Overloaded"))
        elif scenario == "fail500":
            self.answer(500, error_body(anthropic, "api_error", "Internal server error"))
        elif scenario == "bad_request":
            self.answer(400, error_body(anthropic, "invalid_request_error", "model: not found"))
        elif scenario == "unauthorized":
            self.answer(401, error_body(anthropic, "authentication_error", "invalid x-api-key"))
        elif scenario == "spend":
            if anthropic:
                message = "Your credit balance is too low to access the Anthropic API."
                self.answer(429, error_body(True, "invalid_request_error", message), [("retry-after", "1")])
            else:
                message = "You exceeded your current quota, please check your plan and billing details."
                self.answer(429, error_body(False, "insufficient_quota", message, "insufficient_quota"),
                            [("retry-after", "1")])
        elif scenario == "nostream":
            text = "".join(TEXT)
            if anthropic:
                self.answer(200, {"id": "msg_test", "type": "message", "role": "assistant",
                                  "content": [{"type": "text", "text": text}], "stop_reason": "end_turn",
                                  "usage": {"input_tokens": USAGE_IN, "output_tokens": USAGE_OUT}})
            else:
                self.answer(200, {"id": "chatcmpl-test", "object": "chat.completion", "choices": [
                    {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
                    "usage": {"prompt_tokens": USAGE_IN, "completion_tokens": USAGE_OUT}})
        elif scenario == "error_first" and attempt == 1:
            self.stream(anthropic, "error_first", record)
        else:
            if scenario == "slow":
                time.sleep(3)
            self.stream(anthropic, "normal" if scenario == "error_first" else scenario, record)

    def stream(self, anthropic, scenario, record):
        deltas = [f"token {i} " for i in range(50)] if scenario == "trickle" else TEXT
        events = anthropic_events(scenario, deltas) if anthropic else openai_events(scenario, deltas)
        if scenario == "error_first":
            failure = error_body(anthropic, "overloaded_error", "Overloaded")
            events = iter([sse("error", failure) if anthropic else sse(None, failure)])
        if scenario == "garbage":
            first = next(events)
            events = iter([first, (b"event: content_block_delta\n" if anthropic else b"") + b"data: {not json\n\n"])
        try:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-cache")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            self.wfile.flush()
            first = True
            for data in events:
                if first:
                    record["first_byte_ns"] = time.monotonic_ns()
                    first = False
                self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
                self.wfile.flush()
                if scenario == "trickle":
                    time.sleep(0.2)
            if scenario == "cut":
                self.connection.shutdown(socket.SHUT_RDWR)
                self.close_connection = True
                return
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    ThreadingHTTPServer.daemon_threads = True
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True)
    thread.start()
    print(f"READY {server.server_address[1]}", flush=True)
    while not stop.wait(0.2):
        pass
    server.shutdown()
    sys.exit(0)


if __name__ == "__main__":
    main()
