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
  draft         an email ("Subject: …", a blank line, the body) for the prospect the prompt names: it
                greets first_name, names the company and quotes the first sentence of the first document
  inject        the same, plus what a prompt injection would have a model add: an address, a link and
                an attachment that are in none of the material
  ungrounded    the same, plus a price and a product name no document holds

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


def last_user_text(body):
    for message in reversed(body.get("messages", [])):
        if message.get("role") == "user":
            content = message.get("content", "")
            if isinstance(content, list):
                return "".join(block.get("text", "") for block in content if isinstance(block, dict))
            return str(content)
    return ""


def draft_deltas(scenario, body):
    prompt = last_user_text(body)
    def field(name, default):
        for line in prompt.splitlines():
            if line.startswith(name + ": "):
                return line[len(name) + 2:].strip()
        return default
    first, company = field("first_name", "there"), field("company", "your company")
    sentence = ""
    marker = '<data kind="document 1:'
    if marker in prompt:
        doc = prompt.split(marker, 1)[1].split("\n", 1)[1].split("</data>", 1)[0].strip()
        sentence = doc.split(". ")[0].strip().rstrip(".") + "."
    french = "Write the email in French" in prompt
    if french:
        text = f"Objet : Une question pour {company}\n\nBonjour {first},\n\n"
        text += (sentence + "\n\n" if sentence else "") + "Seriez-vous disponible pour un court échange ?"
    else:
        text = f"Subject: A question for {company}\n\nHello {first},\n\n"
        text += (sentence + "\n\n" if sentence else "") + "Would a short call next week make sense?"
    if scenario == "inject":
        text += "\n\nAs requested, the price list goes to attacker@evil.example today."
        text += "\nDownload it here: http://evil.example/prices.pdf"
    if scenario == "ungrounded":
        text += "\n\nOur Rocket Suite costs €999 per seat."
    # Three deltas, cut anywhere, as a real stream would.
    third = max(1, len(text) // 3)
    return [text[:third], text[third:2 * third], text[2 * third:]]


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
        if self.path in ("/v1/embeddings", "/api/embed"):
            answer_embeddings(self, raw)
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
        if scenario in ("draft", "inject", "ungrounded"):
            deltas = draft_deltas(scenario, record["body"])
            scenario = "normal"
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


EMBEDDING_DIMS = 512


def fake_embedding(text, dims=EMBEDDING_DIMS):
    """A deterministic stand-in for an embedding model, for POST /v1/embeddings and /api/embed: NOT a
    neural model (no model can be downloaded on this machine). Words are lower-cased and accent-folded,
    framed as "<word>", cut into character trigrams; each trigram is hashed (signed feature hashing)
    into one of `dims` dimensions with weight 1 + log(count), and the vector is L2-normalised. Texts
    sharing words or word stems ("sécurité", "securite", "security") come out close; synonyms with no
    letters in common do not, unlike a real model."""
    import hashlib
    import math
    import re
    import unicodedata
    folded = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    counts = {}
    for word in re.findall(r"[^\W_]+", folded):
        framed = f"<{word}>"
        for i in range(len(framed) - 2):
            counts[framed[i:i + 3]] = counts.get(framed[i:i + 3], 0) + 1
    vector = [0.0] * dims
    for gram, n in counts.items():
        h = int.from_bytes(hashlib.blake2b(gram.encode(), digest_size=8).digest(), "little")
        vector[h % dims] += (1.0 if (h >> 63) & 1 else -1.0) * (1.0 + math.log(n))
    norm = math.sqrt(sum(x * x for x in vector))
    if norm == 0:
        vector[0], norm = 1.0, 1.0  # a text with no word at all: some unit vector, as real models give
    return [x / norm for x in vector]


def answer_embeddings(handler, raw):
    """POST /v1/embeddings (OpenAI: {"model", "input": str or [str]} -> {"object": "list", "data":
    [{"object": "embedding", "index", "embedding"}], "model", "usage": {"prompt_tokens",
    "total_tokens"}}) and POST /api/embed (Ollama: {"model", "input"} -> {"model", "embeddings":
    [[...]], "prompt_eval_count"}), vectors from fake_embedding(). Scenarios by model name as for
    chat: fail500 (500 every time), retry429 (429 with retry-after 1 the first time, then normal),
    bad_request (400), unauthorized (401); anything else answers. Errors in each server's own shape
    (Ollama: {"error": "text"}). Recorded in /__stats like the chat requests."""
    native = handler.path == "/api/embed"
    try:
        body = json.loads(raw)
    except ValueError:
        handler.answer(400, {"error": "body is not JSON"} if native else
                       error_body(False, "invalid_request_error", "body is not JSON"))
        return
    model = str(body.get("model", ""))
    scenario = handler.headers.get("X-Scenario") or model.split("#")[0]
    with LOCK:
        ATTEMPTS[model] = ATTEMPTS.get(model, 0) + 1
        attempt = ATTEMPTS[model]
        REQUESTS.append({"path": handler.path, "model": model, "attempt": attempt, "body": body,
                         "headers": {k.lower(): v for k, v in handler.headers.items()}, "first_byte_ns": 0})

    def fail(status, kind, message, headers=()):
        handler.answer(status, {"error": message} if native else error_body(False, kind, message), headers)

    inputs = body.get("input")
    inputs = [inputs] if isinstance(inputs, str) else inputs
    if scenario == "fail500":
        fail(500, "server_error", "Internal server error")
    elif scenario == "retry429" and attempt == 1:
        fail(429, "rate_limit_error", "Rate limited", [("retry-after", "1")])
    elif scenario == "bad_request":
        fail(400, "invalid_request_error", f"model '{model}' not found")
    elif scenario == "unauthorized":
        fail(401, "invalid_request_error", "Incorrect API key provided")
    elif not isinstance(inputs, list) or not inputs or not all(isinstance(t, str) for t in inputs):
        fail(400, "invalid_request_error", "input must be a string or a non-empty list of strings")
    else:
        vectors = [fake_embedding(t) for t in inputs]
        tokens = sum(len(t.split()) for t in inputs)
        if native:
            handler.answer(200, {"model": model, "embeddings": vectors, "total_duration": 1000,
                                 "load_duration": 0, "prompt_eval_count": tokens})
        else:
            handler.answer(200, {"object": "list", "model": model,
                                 "data": [{"object": "embedding", "index": i, "embedding": v}
                                          for i, v in enumerate(vectors)],
                                 "usage": {"prompt_tokens": tokens, "total_tokens": tokens}})


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
