#!/usr/bin/python3
"""An OAuth 2.0 token introspection endpoint (RFC 7662) on 127.0.0.1 for the mail tests: Dovecot's
oauth2 passdb asks it whether the access token a client sent with SASL XOAUTH2 is valid, as it would
ask Google's or Microsoft's in production.

  POST /introspect  (application/x-www-form-urlencoded: token=...)
  -> {"active": true, "username": USER, "scope": "https://mail.google.com/"} for --token, else {"active": false}

Prints "READY <port>" once it listens; stop it with SIGTERM (the fixture does, by PID).
"""
import argparse
import json
import signal
import sys
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--token", required=True)
    args = parser.parse_args()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            form = urllib.parse.parse_qs(self.rfile.read(length).decode("utf-8", "replace"))
            token = (form.get("token") or [""])[0]
            auth = self.headers.get("Authorization", "")
            if not token and auth.lower().startswith("bearer "):
                token = auth[7:]
            if token == args.token:
                body = {"active": True, "username": args.user, "scope": "https://mail.google.com/"}
            else:
                body = {"active": False}
            data = json.dumps(body).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST

        def log_message(self, *a):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print("READY %d" % args.port, flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *a: stop.set())
    signal.signal(signal.SIGINT, lambda *a: stop.set())
    stop.wait()
    server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
