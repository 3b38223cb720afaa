#!/usr/bin/python3
"""A web server on 127.0.0.1 for the Research agent's tests: it serves the fixture company sites in
tests/data/sites, one directory per host name (name-based virtual hosting from the Host header), so a
client that connects with libcurl's CONNECT_TO ("heron-works.example" -> 127.0.0.1:PORT) sees
http://heron-works.example/ as a real site.

  --root DIR   the sites (ROOT/<host>/...), e.g. tests/data/sites
  --port N     0 picks a free port

Paths: "/" -> index.html, "/x/" -> x/index.html, "/x" -> x if it is a file, else x.html, else
x/index.html; the query string is ignored; anything else (or an unknown host) is a 404.

ROOT/<host>/_behaviour.json (optional) makes a site misbehave the way real ones do, per exact path:
  "redirects": {"/": "/en/"}          301 to that (relative) location
  "slow":      {"/about.html": 20}    wait N seconds before answering
  "broken":    ["/team.html"]         claim Content-Length 50000, send ~200 bytes, close the connection
  "status":    {"/legal.html": 500}   answer that status with a short HTML page
  "huge":      {"/": 30000000}        the file, then padding paragraphs, streamed, N bytes in all
  "charset":   {"/": "iso-8859-1"}    the charset in Content-Type (the file must really be in it)

Form posts (the Form Filler's tests): every POST to a site is recorded — host, path, content type and
its fields (urlencoded, multipart or JSON) — and GET /__posts answers {"posts": [...]}. How a site
answers a POST, per exact path, in _behaviour.json:
  "posts": {"/send": {"status": 303, "location": "/thanks.html"}}   a redirect after the post
           {"/api/contact": {"status": 200, "json": {"ok": true}}}   a JSON answer (fetch() forms)
           {"/send": {"status": 200, "file": "merci.html"}}          a page of the site
           {"/send": {"status": 500}}                                 an error page
Without a rule a POST gets 200 and a short "Thank you, your message has been sent." page.
A rule may also check the submission the way a site's back end does, and refuse it (422, or the
check's "status"; JSON {"ok": false, "error"} when the rule answers JSON) with the reasons recorded
in the post's "refused":
  "check": {"filled": ["name", "email"], "emails": ["email"], "empty": ["website"]}
           fields that must be non-empty, hold an address, or stay empty (a honeypot)

For assertions, GET /__stats (any host) answers {"requests": [{"host", "path", "time"}...],
"max_concurrent": {host: n}}: every request in arrival order and, per host, the largest number of
requests served at the same time. POST /__reset clears them and the recorded posts. Neither is recorded.

Prints "READY <port>" once it listens; stops on SIGTERM or SIGINT (the fixture sends it, by PID).
"""
import argparse
import email.parser
import email.policy
import errno
import json
import os
import select
import signal
import socket
import socketserver
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".json": "application/json",
    ".xml": "application/xml",
    ".css": "text/css; charset=utf-8",
    ".js": "application/javascript; charset=utf-8",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".svg": "image/svg+xml",
    ".webp": "image/webp",
    ".ico": "image/x-icon",
    ".woff2": "font/woff2",
    ".pdf": "application/pdf",
}

PADDING = (
    b"<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut "
    b"labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris "
    b"nisi ut aliquip ex ea commodo consequat.</p>\n"
)
CHUNK = 64 * 1024
BROKEN_LENGTH = 50000
BROKEN_SENT = 200


def html_page(title, text):
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title></head>"
        "<body><h1>%s</h1><p>%s</p></body></html>\n" % (title, title, text)
    ).encode("utf-8")


def parse_post(content_type, body):
    """The fields of a posted body: {name: value} (a list when a name repeats), or the JSON object."""
    kind = (content_type or "").split(";")[0].strip().lower()
    fields = {}

    def add(name, value):
        if name in fields:
            if not isinstance(fields[name], list):
                fields[name] = [fields[name]]
            fields[name].append(value)
        else:
            fields[name] = value

    if kind == "application/json":
        try:
            return json.loads(body.decode("utf-8"))
        except ValueError:
            return {"__unparsed__": body.decode("utf-8", "replace")}
    if kind == "multipart/form-data":
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body)
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if name is None:
                continue
            payload = part.get_payload(decode=True) or b""
            add(name, payload.decode(part.get_content_charset() or "utf-8", "replace"))
        return fields
    for name, value in urllib.parse.parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True):
        add(name, value)
    return fields


def refusals(check, fields):
    """Why a site's back end refuses these posted fields (a "check" rule), or []."""
    if not check or not isinstance(fields, dict):
        return []
    value = lambda name: fields.get(name) if isinstance(fields.get(name), str) else ""
    out = ["%s is empty" % n for n in check.get("filled", []) if not value(n).strip()]
    out += ["%s is not an email address" % n for n in check.get("emails", [])
            if value(n).strip() and "@" not in value(n)]
    out += ["%s should be empty" % n for n in check.get("empty", []) if value(n) != ""]
    return out


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.posts = []
        self.requests = []
        self.current = {}
        self.maximum = {}

    def begin(self, host, path):
        with self.lock:
            self.requests.append({"host": host, "path": path, "time": time.time()})
            n = self.current.get(host, 0) + 1
            self.current[host] = n
            if n > self.maximum.get(host, 0):
                self.maximum[host] = n

    def end(self, host):
        with self.lock:
            self.current[host] = max(0, self.current.get(host, 0) - 1)

    def snapshot(self):
        with self.lock:
            return {"requests": list(self.requests), "max_concurrent": dict(self.maximum)}

    def post(self, entry):
        with self.lock:
            self.posts.append(entry)

    def posted(self):
        with self.lock:
            return {"posts": list(self.posts)}

    def reset(self):
        with self.lock:
            self.posts = []
            # Requests still being served keep their place in "current" so it never goes negative.
            self.requests = []
            self.maximum = {}


class Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True
    request_queue_size = 64

    def __init__(self, address, root):
        self.root = os.path.realpath(root)
        self.stats = Stats()
        self.behaviours = {}
        self.behaviours_lock = threading.Lock()
        super().__init__(address, Handler)

    def server_bind(self):
        # HTTPServer.server_bind() resolves the host's FQDN, which can stall without DNS.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = host
        self.server_port = port

    def handle_error(self, request, client_address):
        error = sys.exc_info()[1]
        if isinstance(error, (ConnectionError, TimeoutError, socket.timeout)):
            return
        if isinstance(error, OSError) and error.errno in (errno.EPIPE, errno.ECONNRESET, errno.EBADF):
            return
        super().handle_error(request, client_address)

    def behaviour(self, host):
        """The site's _behaviour.json, re-read when it changes."""
        path = os.path.join(self.root, host, "_behaviour.json")
        try:
            mtime = os.stat(path).st_mtime_ns
        except OSError:
            return {}
        with self.behaviours_lock:
            cached = self.behaviours.get(host)
            if cached is not None and cached[0] == mtime:
                return cached[1]
        try:
            with open(path, "r", encoding="utf-8") as f:
                data = json.load(f)
        except (OSError, ValueError) as e:
            sys.stderr.write("site_server: %s: %s\n" % (path, e))
            data = {}
        with self.behaviours_lock:
            self.behaviours[host] = (mtime, data)
        return data


class ClientGone(Exception):
    pass


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FixtureSites/1.0"
    sys_version = ""

    def log_message(self, format, *args):  # no request log on stderr
        pass

    def version_string(self):
        return self.server_version

    # -- helpers -----------------------------------------------------------------------------

    def host(self):
        host = (self.headers.get("Host") or "").strip().lower()
        if host.startswith("["):  # [::1]:8080
            end = host.find("]")
            host = host[: end + 1] if end >= 0 else host
        elif ":" in host:
            host = host.rsplit(":", 1)[0]
        return host.rstrip(".")

    def send_simple(self, status, body, content_type="text/html; charset=utf-8", headers=None, head_only=False):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if not head_only:
            self.wfile.write(body)

    def not_found(self, head_only):
        self.send_simple(404, html_page("404 Not Found", "The page you asked for does not exist."), head_only=head_only)

    def resolve(self, site_dir, path):
        """The file a URL path maps to, or None."""
        parts = [p for p in path.split("/") if p not in ("", ".")]
        if any(p == ".." or p.startswith("_") or "\\" in p or "\0" in p for p in parts):
            return None
        rel = "/".join(parts)
        if path.endswith("/"):
            candidates = [os.path.join(rel, "index.html")]
        else:
            candidates = [rel, rel + ".html", os.path.join(rel, "index.html")]
        for candidate in candidates:
            full = os.path.realpath(os.path.join(site_dir, candidate))
            if not (full == site_dir or full.startswith(site_dir + os.sep)):
                continue
            if os.path.isfile(full):
                return full
        return None

    def wait(self, seconds):
        """Sleeps, but gives up as soon as the client hangs up (so the stats stay honest)."""
        deadline = time.monotonic() + seconds
        sock = self.connection
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return
            try:
                readable, _, _ = select.select([sock], [], [], min(left, 0.1))
                if readable:
                    if sock.recv(1, socket.MSG_PEEK) == b"":
                        raise ClientGone()
                    time.sleep(min(left, 0.1))  # a pipelined request: keep waiting
            except (OSError, ValueError):
                raise ClientGone()

    # -- methods -----------------------------------------------------------------------------

    def do_GET(self):
        self.serve(head_only=False)

    def do_HEAD(self):
        self.serve(head_only=True)

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length > 0 else b""
        path = urllib.parse.urlsplit(self.path).path
        if path == "/__reset":
            self.server.stats.reset()
            self.send_simple(200, b'{"ok": true}\n', "application/json")
            return
        host = self.host()
        root = self.server.root
        site_dir = os.path.realpath(os.path.join(root, host)) if host else ""
        if not host or "/" in host or not os.path.isdir(site_dir) or not site_dir.startswith(root + os.sep):
            self.not_found(False)
            return
        content_type = self.headers.get("Content-Type") or ""
        fields = parse_post(content_type, body)
        rule = (self.server.behaviour(host).get("posts") or {}).get(path)
        refused = refusals((rule or {}).get("check"), fields)
        entry = {
            "host": host,
            "path": path,
            "query": urllib.parse.urlsplit(self.path).query,
            "content_type": content_type.split(";")[0].strip().lower(),
            "fields": fields,
            "time": time.time(),
        }
        if refused:
            entry["refused"] = refused
        self.server.stats.post(entry)
        if rule is None:
            self.send_simple(200, html_page("Thank you", "Thank you, your message has been sent."))
            return
        if refused:
            status = int(rule["check"].get("status", 422))
            if "json" in rule:
                body = json.dumps({"ok": False, "error": "; ".join(refused)}).encode("utf-8")
                self.send_simple(status, body, "application/json")
            else:
                self.send_simple(status, html_page("Message refused", "Not sent: %s." % "; ".join(refused)))
            return
        status = int(rule.get("status", 200))
        headers = {}
        if "location" in rule:
            headers["Location"] = rule["location"]
        if "json" in rule:
            self.send_simple(status, json.dumps(rule["json"]).encode("utf-8"), "application/json", headers=headers)
            return
        if "file" in rule:
            file_path = self.resolve(site_dir, "/" + rule["file"])
            if file_path is not None:
                with open(file_path, "rb") as f:
                    self.send_simple(status, f.read(), headers=headers)
                return
        reason = self.responses.get(status, ("Done",))[0]
        text = "Something went wrong on our side." if status >= 400 else "See %s." % rule.get("location", "/")
        self.send_simple(status, html_page("%d %s" % (status, reason), text), headers=headers)

    def serve(self, head_only, method_allowed=True):
        path = urllib.parse.urlsplit(self.path).path or "/"
        if path == "/__posts":
            body = json.dumps(self.server.stats.posted(), indent=1, ensure_ascii=False).encode("utf-8")
            self.send_simple(200, body, "application/json", head_only=head_only)
            return
        if path == "/__stats":
            body = json.dumps(self.server.stats.snapshot(), indent=1).encode("utf-8")
            self.send_simple(200, body, "application/json", head_only=head_only)
            return
        if path == "/__reset":
            self.server.stats.reset()
            self.send_simple(200, b'{"ok": true}\n', "application/json", head_only=head_only)
            return
        host = self.host()
        stats = self.server.stats
        stats.begin(host, path)
        try:
            self.answer(host, urllib.parse.unquote(path), head_only, method_allowed)
        except ClientGone:
            self.close_connection = True
        except (ConnectionError, BrokenPipeError, TimeoutError, socket.timeout):
            self.close_connection = True
        finally:
            stats.end(host)

    def answer(self, host, path, head_only, method_allowed):
        root = self.server.root
        site_dir = os.path.realpath(os.path.join(root, host)) if host else ""
        if not host or "/" in host or host.startswith(".") or not os.path.isdir(site_dir) \
                or not site_dir.startswith(root + os.sep):
            self.not_found(head_only)
            return
        if not method_allowed:
            self.send_simple(405, html_page("405 Method Not Allowed", "Only GET and HEAD."), headers={"Allow": "GET, HEAD"})
            return
        behaviour = self.server.behaviour(host)

        redirect = (behaviour.get("redirects") or {}).get(path)
        if redirect:
            self.send_simple(301, html_page("301 Moved Permanently", "Moved to <a href=\"%s\">%s</a>." % (redirect, redirect)),
                             headers={"Location": redirect}, head_only=head_only)
            return

        delay = (behaviour.get("slow") or {}).get(path)
        if delay:
            self.wait(float(delay))

        status = (behaviour.get("status") or {}).get(path)
        if status:
            status = int(status)
            reason = self.responses.get(status, ("Error",))[0]
            self.send_simple(status, html_page("%d %s" % (status, reason), "Something went wrong on our side."),
                             head_only=head_only)
            return

        file_path = self.resolve(site_dir, path)
        huge = (behaviour.get("huge") or {}).get(path)
        if file_path is None and not huge:
            self.not_found(head_only)
            return

        content = b""
        content_type = "text/html; charset=utf-8"
        if file_path is not None:
            with open(file_path, "rb") as f:
                content = f.read()
            content_type = CONTENT_TYPES.get(os.path.splitext(file_path)[1].lower(), "application/octet-stream")
        charset = (behaviour.get("charset") or {}).get(path)
        if charset:
            content_type = content_type.split(";")[0] + "; charset=" + charset

        if path in (behaviour.get("broken") or []):
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(BROKEN_LENGTH))
            self.end_headers()
            if not head_only:
                part = content[:BROKEN_SENT]
                if len(part) < BROKEN_SENT:
                    part = (part + b"<!DOCTYPE html><html><body><p>" + PADDING * 2)[:BROKEN_SENT]
                self.wfile.write(part)
                self.wfile.flush()
            # Cut: the client was promised 50000 bytes and gets a closed connection.
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return

        if huge:
            self.send_huge(content, int(huge), content_type, head_only)
            return

        self.send_simple(200, content, content_type, head_only=head_only)

    def send_huge(self, content, total, content_type, head_only):
        # The file, with the padding before its closing "</body>" when it has one, N bytes in all.
        cut = content.lower().rfind(b"</body>")
        head, tail = (content[:cut], content[cut:]) if cut >= 0 else (content, b"")
        total = max(total, len(content))
        padding = total - len(content)
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(total))
        self.end_headers()
        if head_only:
            return
        self.wfile.write(head)
        per_chunk = max(1, CHUNK // len(PADDING))
        block = PADDING * per_chunk
        while padding >= len(block):
            self.wfile.write(block)
            padding -= len(block)
        whole = padding // len(PADDING)
        if whole:
            self.wfile.write(PADDING * whole)
            padding -= whole * len(PADDING)
        if padding:
            self.wfile.write(b"\n" * padding)
        self.wfile.write(tail)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", required=True)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()

    server = Server(("127.0.0.1", args.port), args.root)
    stop = threading.Event()

    def on_signal(signum, frame):
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)

    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True)
    thread.start()
    print("READY %d" % server.server_address[1], flush=True)
    while not stop.wait(0.1):
        pass
    server.shutdown()
    server.server_close()
    sys.exit(0)


if __name__ == "__main__":
    main()
