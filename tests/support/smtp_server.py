#!/usr/bin/python3
"""A real SMTP server on 127.0.0.1 for the mail tests (aiosmtpd, Debian's python3-aiosmtpd).

It requires authentication (PLAIN and LOGIN with --user/--password, XOAUTH2 with --token), stores
every message it accepts as SPOOL/<n>.eml (and SPOOL/<n>.json: envelope sender and recipients), and
can behave like real providers and real trouble:

  --file-sent IMAPURL   after accepting a message, file a copy into the sender's Sent folder over
                        IMAP, as Gmail and Microsoft 365 do (imap://USER:PASS@127.0.0.1:PORT/Sent)
  recipients "unknown.*@..." get 550 5.1.1, "busy.*@..." get 451 4.2.1
  SPOOL/hang-on-rcpt    while this file exists, RCPT waits (touches SPOOL/waiting-rcpt) for 60 s
  SPOOL/hang-on-quit    while this file exists, QUIT after an accepted message waits (touches
                        SPOOL/waiting-quit): a test kills the client between acceptance and its own
                        record of it.

It prints "READY <port>" once it listens. Stop it with SIGTERM (the fixture does, by PID).
"""
import argparse
import asyncio
import base64
import imaplib
import json
import logging
import os
import signal
import sys
import threading
import urllib.parse
import warnings

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Handler:
    def __init__(self, args):
        self.args = args
        self.count = len([f for f in os.listdir(args.spool) if f.endswith(".eml")])
        self.lock = threading.Lock()

    def _flag(self, name):
        return os.path.exists(os.path.join(self.args.spool, name))

    def _touch(self, name):
        with open(os.path.join(self.args.spool, name), "w"):
            pass

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@")[0].lower()
        if local.startswith("unknown."):
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table" % address
        if local.startswith("busy."):
            return "451 4.2.1 <%s>: Mailbox busy, try again later" % address
        if self._flag("hang-on-rcpt"):
            self._touch("waiting-rcpt")
            await asyncio.sleep(60)
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 Ok"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += 1
            n = self.count
        base = os.path.join(self.args.spool, "%d" % n)
        with open(base + ".tmp", "wb") as f:
            f.write(envelope.original_content)
        os.rename(base + ".tmp", base + ".eml")
        with open(base + ".json", "w") as f:
            json.dump({"from": envelope.mail_from, "to": envelope.rcpt_tos,
                       "auth": getattr(session, "mechanism", "")}, f)
        if self.args.file_sent:
            self._file_sent(envelope.original_content)
        session.accepted = True
        return "250 2.0.0 Ok: queued as %d" % n

    def _file_sent(self, content):
        url = urllib.parse.urlsplit(self.args.file_sent)
        imap = imaplib.IMAP4(url.hostname, url.port)
        imap.login(urllib.parse.unquote(url.username), urllib.parse.unquote(url.password))
        imap.append(url.path.lstrip("/") or "Sent", "(\\Seen)", None, content)
        imap.logout()

    async def handle_QUIT(self, server, session, envelope):
        if getattr(session, "accepted", False) and self._flag("hang-on-quit"):
            self._touch("waiting-quit")
            await asyncio.sleep(60)
        return "221 2.0.0 Bye"

    async def auth_XOAUTH2(self, server, args):
        # The client's response (initial, or after an empty challenge): base64("user=" USER ^A "auth=Bearer " TOKEN ^A ^A)
        if len(args) >= 2:
            response = base64.b64decode(args[1])
        else:  # no SASL initial response: ask for it
            response = await server.challenge_auth("")
            if response is None:
                return AuthResult(success=False, handled=False)
        try:
            fields = response.decode("utf-8").split("\x01")
        except Exception:
            return AuthResult(success=False, handled=False)
        user = next((f[5:] for f in fields if f.startswith("user=")), "")
        auth = next((f[5:] for f in fields if f.startswith("auth=")), "")
        ok = self.args.token and user == self.args.user and auth == "Bearer " + self.args.token
        server.session.mechanism = "XOAUTH2"
        return AuthResult(success=bool(ok), handled=False, auth_data=LoginPassword(user.encode(), b""))


def main():
    # Plain AUTH on loopback is the point of this server: no warnings about it on every start.
    warnings.filterwarnings("ignore")
    logging.getLogger("mail.log").setLevel(logging.CRITICAL)
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--spool", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", default="")
    parser.add_argument("--token", default="")
    parser.add_argument("--file-sent", default="")
    args = parser.parse_args()
    os.makedirs(args.spool, exist_ok=True)

    def authenticate(server, session, envelope, mechanism, data):
        session.mechanism = mechanism
        if mechanism in ("PLAIN", "LOGIN") and isinstance(data, LoginPassword):
            ok = args.password and data.login.decode() == args.user and data.password.decode() == args.password
            return AuthResult(success=bool(ok), handled=False)
        return AuthResult(success=False, handled=False)

    handler = Handler(args)
    port = args.port
    if port == 0:
        import socket
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        s.close()
    controller = Controller(handler, hostname="127.0.0.1", port=port, auth_required=True,
                            auth_require_tls=False, authenticator=authenticate, ready_timeout=10)
    controller.start()
    print("READY %d" % port, flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *a: stop.set())
    signal.signal(signal.SIGINT, lambda *a: stop.set())
    stop.wait()
    controller.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
