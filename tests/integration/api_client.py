#!/usr/bin/python3
"""A real HTTP client (Python's standard library only) against a running `sales-copilot-cli serve`:
the auth matrix, scopes per route, cursor paging under concurrent inserts, bad bodies, long URLs and
headers, a slow client that must not hold others up, rate limits and their headers.

  api_client.py --port P --db WORKSPACE.sqlite --keys KEYS.json --signing-key BASE64 CHECK...

KEYS.json: {"all": {client_id, client_secret}, "read": {...}, "write": {...}}. Prints one JSON object
{"check": {"ok": bool, "detail": "..."}}; exits 0 when every check passed.
"""
import argparse
import base64
import hashlib
import hmac
import json
import socket
import sqlite3
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

ARGS = None


def request(method, path, body=None, headers=None, token=None, raw=False):
    url = "http://127.0.0.1:%d%s" % (ARGS.port, path)
    data = body.encode("utf-8") if isinstance(body, str) else body
    req = urllib.request.Request(url, data=data, method=method, headers=dict(headers or {}))
    if token:
        req.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            text = r.read()
            return r.status, dict(r.headers), text if raw else (json.loads(text) if text else None)
    except urllib.error.HTTPError as e:
        text = e.read()
        try:
            parsed = json.loads(text) if text else None
        except ValueError:
            parsed = text
        return e.code, dict(e.headers), parsed


def token_for(key):
    form = urllib.parse.urlencode({"grant_type": "client_credentials", "client_id": key["client_id"],
                                   "client_secret": key["client_secret"]})
    status, _, body = request("POST", "/v1/auth/token", form, {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200, (status, body)
    return body["access_token"]


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def forge(header, claims, key):
    head = b64(json.dumps(header).encode())
    body = b64(json.dumps(claims).encode())
    signature = b64(hmac.new(key, (head + "." + body).encode(), hashlib.sha256).digest()) if key else ""
    return head + "." + body + "." + signature


class Checks:
    def __init__(self, keys):
        self.keys = keys
        self.results = {}

    def run(self, name, fn):
        try:
            detail = fn()
            self.results[name] = {"ok": True, "detail": detail or ""}
        except AssertionError as e:
            self.results[name] = {"ok": False, "detail": "assertion: %r" % (e.args,)}
        except Exception as e:  # a crash in a check is a failed check, with its reason
            self.results[name] = {"ok": False, "detail": "%s: %s" % (type(e).__name__, e)}

    # -- checks ---------------------------------------------------------------------------------

    def open_routes(self):
        status, _, body = request("GET", "/v1/health")
        assert status == 200 and body == {"status": "ok"}, (status, body)
        status, _, doc = request("GET", "/v1/openapi.json")
        assert status == 200 and doc["openapi"].startswith("3.1"), status
        return "%d paths documented" % len(doc["paths"])

    def token_endpoint(self):
        good = self.keys["all"]
        form = {"grant_type": "client_credentials", "client_id": good["client_id"], "client_secret": good["client_secret"]}
        status, _, body = request("POST", "/v1/auth/token", json.dumps(form), {"Content-Type": "application/json"})
        assert status == 415, (status, body)
        status, _, body = request("POST", "/v1/auth/token", urllib.parse.urlencode(dict(form, grant_type="password")),
                                  {"Content-Type": "application/x-www-form-urlencoded"})
        assert status == 400 and body["error"] == "unsupported_grant_type", (status, body)
        status, headers, body = request("POST", "/v1/auth/token",
                                        urllib.parse.urlencode(dict(form, client_secret="wrong")),
                                        {"Content-Type": "application/x-www-form-urlencoded"})
        assert status == 401 and body["error"] == "invalid_client", (status, body)
        assert headers.get("Content-Type") == "application/problem+json", headers
        status, headers, body = request("POST", "/v1/auth/token", urllib.parse.urlencode(form),
                                        {"Content-Type": "application/x-www-form-urlencoded"})
        assert status == 200, (status, body)
        assert body["token_type"] == "Bearer" and body["expires_in"] == 900, body
        assert body["scope"] == "read write approve", body
        assert headers.get("Cache-Control") == "no-store", headers

    def auth_matrix(self):
        key = base64.b64decode(ARGS.signing_key)
        now = int(time.time())
        sub = self.keys["all"]["client_id"]
        claims = {"sub": sub, "scope": "read", "iat": now, "nbf": now, "exp": now + 600}
        cases = {
            "no header": None,
            "not a jwt": "abc.def.ghi",
            "alg none": forge({"alg": "none", "typ": "JWT"}, claims, None),
            "alg HS512": forge({"alg": "HS512", "typ": "JWT"}, claims, key),
            "another key": forge({"alg": "HS256", "typ": "JWT"}, claims, b"x" * 32),
            "expired": forge({"alg": "HS256", "typ": "JWT"}, dict(claims, iat=now - 1000, nbf=now - 1000,
                                                                  exp=now - 10), key),
            "not yet valid": forge({"alg": "HS256", "typ": "JWT"}, dict(claims, nbf=now + 300), key),
            "unknown client": forge({"alg": "HS256", "typ": "JWT"}, dict(claims, sub="sc_nobody"), key),
            "tampered": token_for(self.keys["read"])[:-3] + "AAA",
        }
        for name, token in cases.items():
            status, headers, body = request("GET", "/v1/prospects?limit=1", token=token)
            assert status == 401, (name, status, body)
            assert "WWW-Authenticate" in headers, (name, headers)
            assert headers.get("Content-Type") == "application/problem+json", (name, headers)
        # A token we signed the right way works: the forgeries failed for their own reason only.
        good = forge({"alg": "HS256", "typ": "JWT"}, claims, key)
        status, _, body = request("GET", "/v1/prospects?limit=1", token=good)
        assert status == 200, (status, body)
        return "%d forged or broken tokens refused" % len(cases)

    def scopes(self):
        read = token_for(self.keys["read"])
        write = token_for(self.keys["write"])
        patch = json.dumps({"title": "Scope test"})
        headers = {"Content-Type": "application/json"}
        assert request("GET", "/v1/prospects/1", token=read)[0] == 200
        status, _, body = request("PATCH", "/v1/prospects/1", patch, headers, token=read)
        assert status == 403 and body["type"].endswith("insufficient-scope"), (status, body)
        assert request("PATCH", "/v1/prospects/1", patch, headers, token=write)[0] == 200
        assert request("POST", "/v1/approvals/1/approve", token=write)[0] == 403
        assert request("POST", "/v1/approvals/1/approve", token=read)[0] == 403

    def paging_under_inserts(self):
        token = token_for(self.keys["all"])
        db = sqlite3.connect(ARGS.db, timeout=10)
        before = [r[0] for r in db.execute("SELECT id FROM prospects WHERE deleted_at IS NULL ORDER BY id")]
        seen = []
        cursor = None
        inserted = 0
        while True:
            path = "/v1/prospects?limit=37" + ("&cursor=" + urllib.parse.quote(cursor) if cursor else "")
            status, _, body = request("GET", path, token=token)
            assert status == 200, (status, body)
            seen += [p["id"] for p in body["items"]]
            # Someone adds prospects between two pages (the GUI, an import).
            db.execute("INSERT INTO prospects (first_name, last_name, created_at, updated_at) VALUES "
                       "('Paging', 'Insert%d', 0, 0)" % inserted)
            db.commit()
            inserted += 1
            cursor = body["next_cursor"]
            if cursor is None:
                break
        assert seen == sorted(seen) and len(seen) == len(set(seen)), "duplicates or disorder"
        assert set(before) <= set(seen), "a prospect present from the start was skipped"
        status, _, body = request("GET", "/v1/prospects?limit=201", token=token)
        assert status == 422, status
        status, _, body = request("GET", "/v1/prospects?cursor=bogus!", token=token)
        assert status == 422, status
        status, _, body = request("GET", "/v1/prospects?query=Insert0&limit=5", token=token)
        assert status == 200 and [p["last_name"] for p in body["items"]] == ["Insert0"], body
        return "%d pages, %d rows, %d inserted meanwhile" % (inserted, len(seen), inserted)

    def bad_bodies(self):
        token = token_for(self.keys["all"])
        status, _, body = request("PATCH", "/v1/prospects/1", "title=x", {"Content-Type": "text/plain"}, token=token)
        assert status == 415, status
        status, _, body = request("PATCH", "/v1/prospects/1", "{\"title\": ", {"Content-Type": "application/json"},
                                  token=token)
        assert status == 400 and body["type"].endswith("malformed-json"), (status, body)
        status, _, body = request("PATCH", "/v1/prospects/1", json.dumps({"score": 100}),
                                  {"Content-Type": "application/json"}, token=token)
        assert status == 422, (status, body)
        status, _, body = request("PATCH", "/v1/prospects/1", json.dumps({"email": "not an address"}),
                                  {"Content-Type": "application/json"}, token=token)
        assert status == 422 and body["type"].endswith("validation"), (status, body)
        status, _, body = request("PATCH", "/v1/prospects/999999", json.dumps({"title": "x"}),
                                  {"Content-Type": "application/json"}, token=token)
        assert status == 404, status
        # 2 MiB: refused from its Content-Length, before it is read whole.
        big = "{\"title\": \"" + "x" * (2 * 1024 * 1024) + "\"}"
        try:
            status = request("PATCH", "/v1/prospects/1", big, {"Content-Type": "application/json"}, token=token)[0]
        except (ConnectionError, urllib.error.URLError):
            status = "reset"
        assert status == 413, status
        # A chunked body (no Content-Length) would be read whole before any check: refused unread, key or not.
        with socket.create_connection(("127.0.0.1", ARGS.port), timeout=10) as raw:
            raw.sendall(b"POST /v1/prospects HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        b"Transfer-Encoding: chunked\r\n\r\n" + b"10000\r\n" + b"x" * 4096)
            answer = b""
            while chunk := raw.recv(65536):
                answer += chunk
        assert answer.startswith(b"HTTP/1.1 411") and b"length-required" in answer, answer[:300]
        # One prospect per address, as in the import; a malformed address is refused.
        db = sqlite3.connect(ARGS.db, timeout=10)
        taken = db.execute("SELECT id, email FROM prospects WHERE email IS NOT NULL ORDER BY id LIMIT 1").fetchone()
        status, headers, body = request("POST", "/v1/prospects", json.dumps({"email": taken[1].upper()}),
                                        {"Content-Type": "application/json"}, token=token)
        assert status == 409 and headers.get("Location") == "/v1/prospects/%d" % taken[0], (status, headers, body)
        status, _, body = request("POST", "/v1/prospects", json.dumps({"email": "nobody@@example"}),
                                  {"Content-Type": "application/json"}, token=token)
        assert status == 422, (status, body)
        status, headers, body = request("DELETE", "/v1/health")
        assert status == 405 and "GET" in headers.get("Allow", ""), (status, headers)
        status, _, body = request("GET", "/v1/nothing-here")
        assert status == 404 and body["type"].endswith("not-found"), (status, body)

    def long_urls_and_headers(self):
        token = token_for(self.keys["all"])
        status = request("GET", "/v1/prospects?query=" + "a" * 20000, token=token)[0]
        assert status == 414, status
        status = request("GET", "/v1/prospects", headers={"X-Long": "b" * 20000}, token=token)[0]
        assert status in (400, 431), status
        assert request("GET", "/v1/health")[0] == 200

    def slow_client(self):
        # A client that trickles its request line must not hold the others up.
        slow = socket.create_connection(("127.0.0.1", ARGS.port))
        slow.sendall(b"GET /v1/he")
        start = time.time()
        for _ in range(20):
            assert request("GET", "/v1/health")[0] == 200
        elapsed = time.time() - start
        slow.close()
        assert elapsed < 2.0, elapsed
        return "20 requests in %.0f ms beside a stalled client" % (elapsed * 1000)

    def idle_connections(self):
        """Silent connections cost the others nothing: one address gets at most 64 open at once (the
        rest are closed as they come), health and an authenticated request answer beside them, and a
        connection that has sent nothing is closed after 2 s."""
        token = token_for(self.keys["read"])
        held = [socket.create_connection(("127.0.0.1", ARGS.port), timeout=5, source_address=("127.0.0.3", 0))
                for _ in range(200)]
        time.sleep(0.3)

        def still_open(sock):
            sock.setblocking(False)
            try:
                return sock.recv(1) != b""
            except BlockingIOError:
                return True
            except OSError:
                return False

        open_now = sum(1 for s in held if still_open(s))
        assert open_now == 64, open_now
        assert request("GET", "/v1/health")[0] == 200
        assert request("GET", "/v1/prospects?limit=1", token=token)[0] == 200
        deadline = time.time() + 5
        while time.time() < deadline and any(still_open(s) for s in held):
            time.sleep(0.1)
        closed_after = time.time() - (deadline - 5)
        left = sum(1 for s in held if still_open(s))
        for s in held:
            s.close()
        assert left == 0, left
        return "64 of 200 held, all closed by the server %.1f s after they opened" % (closed_after + 0.3)

    def approvals(self):
        db = sqlite3.connect(ARGS.db, timeout=10)
        cur = db.execute("INSERT INTO drafts (prospect_id, to_address, subject, body, created_by, created_at) VALUES "
                         "(1, 'etienne@example.com', 'Hello', 'Body', 'conversation', 0)")
        draft = cur.lastrowid
        db.commit()
        token = token_for(self.keys["all"])
        status, _, body = request("GET", "/v1/approvals", token=token)
        assert status == 200 and any(d["id"] == draft for d in body["items"]), body
        status, _, body = request("POST", "/v1/approvals/%d/approve" % draft, token=token)
        assert status == 200 and body["status"] == "approved", (status, body)
        status, _, body = request("POST", "/v1/approvals/%d/approve" % draft, token=token)
        assert status == 409, (status, body)
        actor = db.execute("SELECT actor FROM audit_log WHERE action = 'draft.approved' AND target_id = ?",
                           (draft,)).fetchone()
        assert actor and actor[0] == "api:" + self.keys["all"]["client_id"], actor
        # No mailbox in this workspace: approved, but nothing was sent.
        assert db.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0
        # A POST with neither Content-Length nor Transfer-Encoding has no body (RFC 9112 §6.3), as
        # `curl -X POST` sends it: answered, not refused.
        cur = db.execute("INSERT INTO drafts (prospect_id, to_address, subject, body, created_by, created_at) VALUES "
                         "(1, 'etienne@example.com', 'Hello again', 'Body', 'conversation', 0)")
        db.commit()
        with socket.create_connection(("127.0.0.1", ARGS.port), timeout=10) as raw:
            raw.sendall(("POST /v1/approvals/%d/reject HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer %s\r\n"
                         "Connection: close\r\n\r\n" % (cur.lastrowid, token)).encode())
            answer = b""
            while chunk := raw.recv(65536):
                answer += chunk
        assert answer.startswith(b"HTTP/1.1 200") and b'"rejected"' in answer, answer

    def rate_limits(self):
        token = token_for(self.keys["read"])
        statuses = []
        last = None
        for _ in range(60):
            status, headers, body = request("GET", "/v1/prospects?limit=1", token=token)
            statuses.append(status)
            if status == 429:
                last = headers
                break
        assert 429 in statuses, statuses
        assert int(last["Retry-After"]) >= 1, last
        assert "RateLimit-Policy" in last and "RateLimit" in last, last
        # Brute force on the token endpoint: 10 failures a minute per address.
        codes = []
        for _ in range(12):
            form = urllib.parse.urlencode({"grant_type": "client_credentials", "client_id": "sc_x", "client_secret": "y"})
            codes.append(request("POST", "/v1/auth/token", form, {"Content-Type": "application/x-www-form-urlencoded"})[0])
        # (token_endpoint spent one failure of this address's 10 already)
        first = codes.index(429) if 429 in codes else len(codes)
        assert 8 <= first <= 10 and set(codes[:first]) == {401} and set(codes[first:]) == {429}, codes
        # Locked out means locked out: the right secret from that address waits too.
        key = self.keys["all"]
        form = urllib.parse.urlencode({"grant_type": "client_credentials", "client_id": key["client_id"],
                                       "client_secret": key["client_secret"]})
        status, headers, _ = request("POST", "/v1/auth/token", form, {"Content-Type": "application/x-www-form-urlencoded"})
        assert status == 429 and int(headers["Retry-After"]) >= 1, (status, headers)
        return "429 after %d requests" % (len(statuses) - 1)


# What no answer may carry, whatever went wrong: SQL, a file path, a C++ exception or stack.
LEAKS = ("INSERT ", "SELECT ", "UPDATE ", "constraint", "sqlite", "SQL", ".cpp", ".sqlite", "/home/", "/tmp/",
         "std::", "terminate")


def leaked(answer):
    text = json.dumps(answer) if not isinstance(answer, (bytes, str)) else str(answer)
    return [word for word in LEAKS if word in text]


def sample(schema, name, doc, stamp):
    """A valid value for one documented property."""
    if "$ref" in schema:
        schema = doc["components"]["schemas"][schema["$ref"].split("/")[-1]]
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    if name == "email":
        return "missing%s@fields-co.example" % stamp
    if name == "value":
        return "missing%s.example" % stamp
    return {"string": "Field %s" % name, "integer": 1, "number": 1, "boolean": True}.get(schema.get("type"), "x")


def missing_fields(self):
    """Every documented request body, sent whole, then without each field in turn, then with each field
    empty, null, a number and an object: never a 500, and no answer names SQL, a path or a stack."""
    status, _, doc = request("GET", "/v1/openapi.json")
    assert status == 200
    token = token_for(self.keys["all"])
    db = sqlite3.connect(ARGS.db, timeout=10)
    sent = 0
    failures = []
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if method == "parameters" or "requestBody" not in op:
                continue
            for media, content in op["requestBody"]["content"].items():
                schema = content["schema"]
                if "$ref" in schema:
                    schema = doc["components"]["schemas"][schema["$ref"].split("/")[-1]]
                names = list(schema.get("properties", {}))
                variants = []
                for field in [None] + names:
                    variants.append(("without " + str(field), field, "missing"))
                for field in names:
                    for kind in ("empty", "null", "number", "object"):
                        variants.append(("%s %s" % (field, kind), field, kind))
                for label, field, kind in variants:
                    stamp = "%d%d" % (sent, int(time.time() * 1000))
                    body = {n: sample(p, n, doc, stamp) for n, p in schema["properties"].items()}
                    if path == "/v1/auth/token":
                        body.update(client_id=self.keys["all"]["client_id"],
                                    client_secret=self.keys["all"]["client_secret"])
                    if kind == "missing" and field is not None:
                        del body[field]
                    elif kind != "missing":
                        body[field] = {"empty": "", "null": None, "number": 7, "object": {"a": [1]}}[kind]
                    concrete = path
                    if "{id}" in path:
                        if "messages" in path:
                            _, inbound, _ = add_thread(db, "Missing fields %s" % stamp, 1)
                            concrete = path.replace("{id}", str(inbound))
                        else:
                            concrete = path.replace("{id}", "1")
                    if media == "application/x-www-form-urlencoded":
                        text = urllib.parse.urlencode({k: "" if v is None else v for k, v in body.items()})
                    else:
                        text = json.dumps(body)
                    status, _, answer = request(method.upper(), concrete, text, {"Content-Type": media}, token=token)
                    sent += 1
                    if status >= 500 or leaked(answer):
                        failures.append("%s %s %s: %d %r" % (method.upper(), path, label, status, answer))
    assert not failures, failures
    # The API's own rule: a name or an email is enough to create a prospect.
    for body in ({"first_name": "Only", "email": "only%d@api-rule.example" % time.time_ns()},
                 {"email": "lone%d@api-rule.example" % time.time_ns()}, {"last_name": "Nameonly"}):
        status, _, answer = request("POST", "/v1/prospects", json.dumps(body), {"Content-Type": "application/json"},
                                    token=token)
        assert status == 201, (body, status, answer)
        assert answer["first_name"] == body.get("first_name", "") and answer["last_name"] == body.get("last_name", ""), \
            answer
    return "%d bodies sent to %d routes, none answered 500" % (
        sent, sum(1 for i in doc["paths"].values() for m, o in i.items() if m != "parameters" and "requestBody" in o))


def internal_error(self):
    """A fault the request did not cause (a table gone under the server): 500, "internal error", a
    request id in the answer and its header, nothing of the cause."""
    token = token_for(self.keys["all"])
    db = sqlite3.connect(ARGS.db, timeout=10)
    db.execute("ALTER TABLE do_not_contact RENAME TO do_not_contact_away")
    db.commit()
    try:
        status, headers, answer = request("GET", "/v1/do-not-contact", token=token)
    finally:
        db.execute("ALTER TABLE do_not_contact_away RENAME TO do_not_contact")
        db.commit()
    assert status == 500, (status, answer)
    assert answer["title"] == "Internal error" and answer["type"].endswith("/internal"), answer
    request_id = headers.get("X-Request-Id", "")
    assert request_id and request_id in answer["detail"], (headers, answer)
    assert not leaked(answer), leaked(answer)
    assert request("GET", "/v1/do-not-contact", token=token)[0] == 200
    return request_id


Checks.missing_fields = missing_fields
Checks.internal_error = internal_error


def add_thread(db, subject, prospect, at=None, category="interested"):
    """A conversation as the Inbox stores one: the rep's email, then the prospect's unread reply.
    Returns (thread id, the reply's id, the rep's email's id)."""
    at = at if at is not None else int(time.time() * 1000)
    cur = db.execute("INSERT INTO threads (prospect_id, subject, last_message_at, classification, created_at) "
                     "VALUES (?, ?, ?, ?, ?)", (prospect, subject, at, category, at))
    thread = cur.lastrowid
    sent = db.execute("INSERT INTO messages (thread_id, direction, message_id, from_address, to_addresses, subject, "
                      "body_text, sent_at, created_at, seen) VALUES (?, 'outbound', ?, 'rep@example.com', "
                      "'prospect@example.net', ?, 'Hello from the rep', ?, ?, 1)",
                      (thread, "<out-%d@example.com>" % thread, subject, at - 60000, at)).lastrowid
    reply = db.execute("INSERT INTO messages (thread_id, direction, message_id, in_reply_to, from_address, "
                       "to_addresses, subject, body_text, sent_at, classification, classification_confidence, "
                       "created_at, references_header) VALUES (?, 'inbound', ?, ?, 'prospect@example.net', "
                       "'rep@example.com', ?, 'Sounds good, call me', ?, ?, 0.8, ?, ?)",
                       (thread, "<in-%d@example.net>" % thread, "<out-%d@example.com>" % thread, "Re: " + subject,
                        at, category, at, "<out-%d@example.com>" % thread)).lastrowid
    db.commit()
    return thread, reply, sent


def conversations(self):
    """Threads and messages: filters, a cursor that holds while replies arrive, the detail in order,
    reading without marking read, and the rep's category correction with the key's name on it."""
    token = token_for(self.keys["all"])
    read = token_for(self.keys["read"])
    db = sqlite3.connect(ARGS.db, timeout=10)
    base = 4102444800000  # far ahead of the other checks' threads: these come first
    made = [add_thread(db, "Paging thread %d" % i, 2, base + i * 1000, "question" if i % 2 else "interested")
            for i in range(7)]
    seen, cursor, pages = [], None, 0
    while True:
        status, _, body = request("GET", "/v1/threads?limit=3" + ("&cursor=" + cursor if cursor else ""), token=read)
        assert status == 200, (status, body)
        seen += [t["id"] for t in body["items"]]
        pages += 1
        if pages == 1:
            add_thread(db, "Arrived while paging", 2, base - 5000)  # older than the page already read
        cursor = body["next_cursor"]
        if cursor is None:
            break
    mine = [t for t, _, _ in made]
    assert seen[:7] == mine[::-1], ("newest first", seen[:7], mine)
    assert len(seen) == len(set(seen)), "a thread twice"
    status, _, body = request("GET", "/v1/threads?category=question&prospect_id=2&limit=200", token=read)
    assert status == 200 and {t["id"] for t in body["items"]} >= {mine[1], mine[3], mine[5]}, body
    assert all(t["category"] == "question" and t["prospect_id"] == 2 for t in body["items"]), body
    status, _, body = request("GET", "/v1/threads?query=Paging%20thread%203", token=read)
    assert status == 200 and [t["id"] for t in body["items"]] == [mine[3]], body
    assert body["items"][0]["unread"] == 1 and body["items"][0]["message_count"] == 2, body
    for bad in ("category=spam", "unread=maybe", "prospect_id=x", "limit=0", "cursor=bogus"):
        status, _, body = request("GET", "/v1/threads?" + bad, token=read)
        assert status == 422 and body["type"].endswith("invalid-parameter"), (bad, status, body)
    thread, reply, sent = made[3]
    status, _, body = request("GET", "/v1/threads/%d" % thread, token=read)
    assert status == 200 and [m["id"] for m in body["messages"]] == [sent, reply], body
    assert body["messages"][1]["direction"] == "inbound" and body["messages"][1]["references"], body
    assert db.execute("SELECT seen FROM messages WHERE id = ?", (reply,)).fetchone()[0] == 0, "read through the API"
    assert request("GET", "/v1/threads/999999", token=read)[0] == 404
    assert request("GET", "/v1/threads/0", token=read)[0] == 404
    assert request("GET", "/v1/threads/99999999999999999999999", token=read)[0] == 404
    assert request("GET", "/v1/messages/999999", token=read)[0] == 404
    headers = {"Content-Type": "application/json"}
    status, _, body = request("PATCH", "/v1/messages/%d" % reply, json.dumps({"category": "meeting_time"}), headers,
                              token=read)
    assert status == 403, (status, body)
    for bad in ({"category": "spam"}, {"category": 3}, {"category": "other", "extra": 1}, {}):
        status, _, body = request("PATCH", "/v1/messages/%d" % reply, json.dumps(bad), headers, token=token)
        assert status == 422, (bad, status, body)
    status, _, body = request("PATCH", "/v1/messages/%d" % sent, json.dumps({"category": "other"}), headers,
                              token=token)
    assert status == 422, ("the rep's own email has no category", status, body)
    status, _, body = request("PATCH", "/v1/messages/%d" % reply, json.dumps({"category": "meeting_time"}), headers,
                              token=token)
    assert status == 200 and body["category"] == "meeting_time" and body["confidence"] == 1, body
    actor = db.execute("SELECT actor FROM audit_log WHERE action = 'messages.correct' AND target_id = ?",
                       (reply,)).fetchone()
    assert actor and actor[0] == "api:" + self.keys["all"]["client_id"], actor
    assert db.execute("SELECT label FROM classifier_corrections WHERE message_id = ?", (reply,)).fetchone() == \
        ("meeting_time",)
    status, _, body = request("GET", "/v1/threads/%d" % thread, token=read)
    assert body["category"] == "meeting_time", body
    return "%d threads over %d pages; filters, 5 bad parameters, detail, correction audited" % (len(seen), pages)


Checks.conversations = conversations


def validate(value, schema, doc, where="$"):
    """The subset of JSON Schema 2020-12 the document uses: $ref, type (or a list of types), required,
    properties, additionalProperties false, items, enum, const, minimum, maximum, allOf."""
    for part in schema.get("allOf", []):
        validate(value, part, doc, where)
    if "$ref" in schema:
        target = doc
        for part in schema["$ref"].lstrip("#/").split("/"):
            target = target[part]
        return validate(value, target, doc, where)
    types = schema.get("type")
    if types is not None:
        types = types if isinstance(types, list) else [types]
        kinds = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}
        ok = False
        for t in types:
            if t == "integer":
                ok = ok or (isinstance(value, int) and not isinstance(value, bool))
            elif t == "number":
                ok = ok or (isinstance(value, (int, float)) and not isinstance(value, bool))
            else:
                ok = ok or isinstance(value, kinds[t])
        assert ok, "%s: %r is not %s" % (where, value, types)
        if value is None:
            return
    if "const" in schema:
        assert value == schema["const"], "%s: %r != %r" % (where, value, schema["const"])
    if "enum" in schema:
        assert value in schema["enum"], "%s: %r not in %r" % (where, value, schema["enum"])
    if "minimum" in schema:
        assert value >= schema["minimum"], where
    if "maximum" in schema:
        assert value <= schema["maximum"], where
    if isinstance(value, dict):
        for name in schema.get("required", []):
            assert name in value, "%s: %s missing" % (where, name)
        props = schema.get("properties", {})
        for name, item in value.items():
            if name in props:
                validate(item, props[name], doc, where + "." + name)
            else:
                assert schema.get("additionalProperties", True) is not False, "%s: %s not documented" % (where, name)
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            validate(item, schema["items"], doc, "%s[%d]" % (where, i))


def openapi_conformance(self):
    """Every route of the served document, called for real, answers what its schema says."""
    status, _, doc = request("GET", "/v1/openapi.json")
    assert status == 200
    token = token_for(self.keys["all"])
    db = sqlite3.connect(ARGS.db, timeout=10)
    calls = 0
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if method == "parameters":
                continue
            concrete = path.replace("{id}", "1")
            headers = {}
            body = None
            stamp = "%d%d" % (calls, int(time.time() * 1000))
            if path == "/v1/prospects" and method == "post":
                body = json.dumps({"first_name": "Api", "last_name": "Conformance",
                                   "email": "conf%s@conformance-co.example" % stamp})
                headers["Content-Type"] = "application/json"
            elif path == "/v1/prospects/{id}" and method == "delete":
                cur = db.execute("INSERT INTO prospects (first_name, last_name, created_at, updated_at) VALUES "
                                 "('Doomed', 'Conformance', 0, 0)")
                db.commit()
                concrete = path.replace("{id}", str(cur.lastrowid))
            elif path == "/v1/do-not-contact" and method == "post":
                body = json.dumps({"value": "dnc%s.example" % stamp, "reason": "conformance"})
                headers["Content-Type"] = "application/json"
            elif path == "/v1/do-not-contact/{value}":
                db.execute("INSERT INTO do_not_contact (value, kind, reason, created_at) VALUES (?, 'domain', 'x', 0)",
                           ("gone%s.example" % stamp,))
                db.commit()
                concrete = path.replace("{value}", "gone%s.example" % stamp)
            elif path.startswith("/v1/jobs/{id}"):
                cur = db.execute("INSERT INTO jobs (kind, run_at, created_at, updated_at) VALUES "
                                 "('housekeeping.tidy', 4102444800000, 0, 0)")
                db.commit()
                concrete = path.replace("{id}", str(cur.lastrowid))
            elif path in ("/v1/threads/{id}", "/v1/messages/{id}"):
                thread, inbound, _ = add_thread(db, "Conformance %s" % stamp, 1)
                concrete = path.replace("{id}", str(thread if "threads" in path else inbound))
            elif "/approvals/{id}/" in path:
                cur = db.execute("INSERT INTO drafts (prospect_id, to_address, subject, body, created_by, created_at) "
                                 "VALUES (1, 'etienne@example.com', 'Conformance', 'Body', 'conversation', 0)")
                db.commit()
                concrete = path.replace("{id}", str(cur.lastrowid))
            if path == "/v1/auth/token" and method == "post":
                key = self.keys["all"]
                body = urllib.parse.urlencode({"grant_type": "client_credentials", "client_id": key["client_id"],
                                               "client_secret": key["client_secret"]})
                headers["Content-Type"] = "application/x-www-form-urlencoded"
            elif path == "/v1/messages/{id}" and method == "patch":
                body = json.dumps({"category": "question"})
                headers["Content-Type"] = "application/json"
            elif method == "patch" and body is None:
                body = json.dumps({"title": "Conformance"})
                headers["Content-Type"] = "application/json"
            use_token = None if op.get("security") == [] else token
            status, response_headers, answer = request(method.upper(), concrete, body, headers, token=use_token)
            documented = op["responses"].get(str(status))
            assert documented is not None, "%s %s answered %d, undocumented" % (method, path, status)
            assert 200 <= status < 300, "%s %s answered %d: %r" % (method, path, status, answer)
            if "$ref" in documented:
                documented = doc["components"]["responses"][documented["$ref"].split("/")[-1]]
            content = documented.get("content", {})
            if not content:
                assert status == 204 and not answer, "%s %s: a body where none is documented" % (method, path)
                calls += 1
                continue
            media = response_headers.get("Content-Type", "").split(";")[0]
            assert media in content, "%s %s: %s not documented" % (method, path, media)
            validate(answer, content[media]["schema"], doc, "%s %s" % (method.upper(), path))
            calls += 1
    # An error answer is a documented Problem too.
    status, headers, answer = request("GET", "/v1/prospects/999999", token=token)
    assert status == 404
    validate(answer, doc["components"]["schemas"]["Problem"], doc, "404")
    return "%d operations called and validated" % calls


Checks.openapi_conformance = openapi_conformance


def main():
    global ARGS
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--keys", required=True)
    parser.add_argument("--signing-key", required=True)
    parser.add_argument("checks", nargs="+")
    ARGS = parser.parse_args()
    with open(ARGS.keys, encoding="utf-8") as f:
        checks = Checks(json.load(f))
    for name in ARGS.checks:
        checks.run(name, getattr(checks, name))
    print(json.dumps(checks.results, indent=1))
    return 0 if all(r["ok"] for r in checks.results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
