#!/usr/bin/env python3
"""Builds the threading fixture (messages.mbox, expected.tsv) from notmuch's public test corpora.

    tests/data/threading/make_fixture.py /path/to/notmuch [--rev HEAD] [--out tests/data/threading]
    (here: /work/.mirror/notmuch+notmuch/repo, a bare git directory; a work tree works too)

Source: the messages of notmuch's test/corpora/{lkml,default,threading,duplicate} (Linux kernel and
notmuch mailing-list mail, plus notmuch's own threading and duplicate-Message-ID cases), read with
`git show REV:path`. Built last from commit fdc9c75388b1ed12662e1cdb73b48b6d809ef5d8.

What the fixture keeps is the threading structure, and nothing of the people (our rule: fixtures hold
only invented people on example domains):
  - Message-ID, In-Reply-To and References keep their structure token for token (order, repeats,
    self-references, ids of messages the corpus does not hold), but each id is replaced by an opaque
    <sha256-prefix@mail.example.org>: the originals embed real addresses ("...git-send-email-
    someone@their.domain"). The mapping is one-to-one (checked). A comment beside an id in In-Reply-To
    ("(X's message of ...)") becomes a neutral one, so the fixture keeps that shape too.
  - Subject and Date are kept (list subjects: patch titles), unfolded.
  - From/To/Cc: invented names at example.org, one per original address (a stable mapping: addresses
    in order of first appearance, file by file in path order). Every other header is dropped.
  - The body is one neutral line.
  - X-Fixture-Folder: the corpus folder a message came from, so duplicates are filed in two folders.
Messages appear in the mbox in path order (the test also stores them shuffled and reversed).

Ground truth, expected.tsv (message_id TAB thread number, numbered in order of first appearance, ids
without angle brackets as the store keeps them): the threads notmuch 0.37 (Debian 0.37-1+b1) computes
on the ORIGINAL messages, copied into a temporary maildir:
    NOTMUCH_CONFIG=$tmp/config notmuch new --quiet
    notmuch search --output=threads '*'
    notmuch search --format=json --output=messages thread:<id>      (for each thread)
The same is run on the anonymised fixture (split into a maildir); the script fails unless notmuch
groups both the same way.
"""

import argparse
import email
import email.policy
import hashlib
import json
import mailbox
import os
import re
import subprocess
import sys
import tempfile

CORPORA = ("lkml", "default", "threading", "duplicate")
FIRST = ("Alex", "Blake", "Camille", "Dana", "Eli", "Frankie", "Gabi", "Harper", "Ira", "Jules", "Kai",
         "Lou", "Morgan", "Noa", "Oakley", "Parker", "Quinn", "Remy", "Sasha", "Toni", "Uma", "Vic",
         "Wren", "Yael", "Zoe")
LAST = ("Arden", "Brook", "Castell", "Dale", "Ellis", "Fenn", "Garland", "Hollis", "Ives", "Jarrow",
        "Keane", "Lark", "Marlow", "Nash", "Orwin", "Penrose", "Quarry", "Rook", "Stroud", "Thorne")
BODY = "This line stands in for the original message, which the fixture does not keep.\n"
ADDRESS = re.compile(r"[A-Za-z0-9._%+=/!#$&'*?^`{|}~-]+@[A-Za-z0-9.-]+")


def git(repo, *args):
    return subprocess.run(["git", "-C", repo, *args], check=True, capture_output=True).stdout


def unfold(value):
    return re.sub(r"\r?\n[ \t]+", " ", value or "").strip()


def id_tokens(value):
    """The <...> tokens of a References/In-Reply-To value, and whether anything else was there."""
    value = unfold(value)
    ids = re.findall(r"<\s*([^<>]*?)\s*>", value)
    rest = re.sub(r"<[^<>]*>", "", value).strip()
    return ids, bool(rest)


class Anonymiser:
    def __init__(self):
        self.people = {}
        self.ids = {}

    def person(self, address):
        key = address.lower()
        if key not in self.people:
            n = len(self.people)
            first, last = FIRST[n % len(FIRST)], LAST[(n // len(FIRST)) % len(LAST)]
            suffix = "" if n < len(FIRST) * len(LAST) else str(n)
            self.people[key] = (f"{first} {last}", f"{first}.{last}{suffix}@example.org".lower())
        return self.people[key]

    def people_header(self, value):
        found = ADDRESS.findall(unfold(value))
        return ", ".join(f"{name} <{addr}>" for name, addr in (self.person(a) for a in found))

    def message_id(self, original):
        if original not in self.ids:
            opaque = hashlib.sha256(original.encode()).hexdigest()[:20] + "@mail.example.org"
            if opaque in self.ids.values():
                sys.exit(f"id collision for {original}")
            self.ids[original] = opaque
        return self.ids[original]


def anonymise(raw, folder, anon):
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    mid, _ = id_tokens(msg.get("Message-ID"))
    if not mid:
        sys.exit("a message without a Message-ID: notmuch would invent one the test cannot know")
    lines = []
    for header in ("From", "To", "Cc"):
        if msg.get(header):
            people = anon.people_header(msg.get(header))
            if people:
                lines.append(f"{header}: {people}")
    lines.append(f"Subject: {unfold(msg.get('Subject'))}")
    lines.append(f"Date: {unfold(msg.get('Date'))}")
    lines.append(f"Message-ID: <{anon.message_id(mid[0])}>")
    if msg.get("In-Reply-To") is not None:
        ids, commented = id_tokens(msg.get("In-Reply-To"))
        value = " ".join(f"<{anon.message_id(i)}>" for i in ids)
        if commented:
            value += " (a message of this thread)"
        lines.append(f"In-Reply-To: {value}".rstrip())
    if msg.get("References") is not None:
        ids, _ = id_tokens(msg.get("References"))
        if ids:
            lines.append("References: " + "\n\t".join(f"<{anon.message_id(i)}>" for i in ids))
    lines.append(f"X-Fixture-Folder: {folder}")
    lines.append("MIME-Version: 1.0")
    lines.append("Content-Type: text/plain; charset=us-ascii")
    return "\n".join(lines) + "\n\n" + BODY


def notmuch_threads(maildir):
    """message id -> notmuch thread id, for the messages of a maildir (indexed in a fresh database)."""
    config = os.path.join(os.path.dirname(maildir), "notmuch-config-" + os.path.basename(maildir))
    with open(config, "w") as f:
        f.write(f"[database]\npath={maildir}\n[new]\ntags=\n[maildir]\nsynchronize_flags=false\n")
    env = dict(os.environ, NOTMUCH_CONFIG=config)
    subprocess.run(["notmuch", "new", "--quiet"], check=True, env=env)
    threads = subprocess.run(["notmuch", "search", "--output=threads", "*"], check=True, env=env,
                             capture_output=True, text=True).stdout.split()
    grouping = {}
    for thread in threads:
        ids = json.loads(subprocess.run(["notmuch", "search", "--format=json", "--output=messages", thread],
                                        check=True, env=env, capture_output=True, text=True).stdout)
        for message_id in ids:
            grouping[message_id] = thread
    return grouping


def partition(grouping):
    groups = {}
    for message_id, thread in grouping.items():
        groups.setdefault(thread, set()).add(message_id)
    return sorted(sorted(g) for g in groups.values())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("notmuch", help="notmuch's git directory (bare or not)")
    parser.add_argument("--rev", default="HEAD")
    parser.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = parser.parse_args()

    paths = [p for p in git(args.notmuch, "ls-tree", "-r", "--name-only", args.rev, "test/corpora").decode().split("\n")
             if p.count("/") >= 3 and p.split("/")[2] in CORPORA]
    anon = Anonymiser()
    fixture = []
    with tempfile.TemporaryDirectory() as tmp:
        original = os.path.join(tmp, "original")
        for sub in ("cur", "new", "tmp"):
            os.makedirs(os.path.join(original, sub))
        for n, path in enumerate(paths):
            raw = git(args.notmuch, "show", f"{args.rev}:{path}")
            with open(os.path.join(original, "cur", f"{n:04d}:2,"), "wb") as f:
                f.write(raw)
            folder = "/".join(p for p in path.split("/")[2:-1] if p not in ("cur", "new"))
            fixture.append(anonymise(raw, folder, anon))

        mbox_path = os.path.join(args.out, "messages.mbox")
        with open(mbox_path, "w") as f:
            for text in fixture:
                f.write("From MAILER-DAEMON Thu Jan  1 00:00:00 1970\n" + text + "\n")

        truth = notmuch_threads(original)
        mapped = {anon.ids[i]: t for i, t in truth.items()}
        if len(mapped) != len(truth):
            sys.exit("the id mapping is not one-to-one")

        anonymised = os.path.join(tmp, "anonymised")
        box = mailbox.Maildir(anonymised, create=True)
        for message in mailbox.mbox(mbox_path):
            box.add(message)
        again = notmuch_threads(anonymised)
        if partition(again) != partition(mapped):
            sys.exit("notmuch groups the anonymised fixture differently from the original messages")

    numbers = {}
    rows = []
    for text in fixture:
        message_id = re.search(r"^Message-ID: <([^>]*)>", text, re.M).group(1)
        if message_id in (r[0] for r in rows):
            continue
        thread = numbers.setdefault(mapped[message_id], len(numbers) + 1)
        rows.append((message_id, thread))
    with open(os.path.join(args.out, "expected.tsv"), "w") as f:
        f.write("# message_id\tthread (notmuch 0.37 on the original messages; see make_fixture.py)\n")
        for message_id, thread in rows:
            f.write(f"{message_id}\t{thread}\n")
    print(f"{len(fixture)} files, {len(rows)} messages, {len(numbers)} threads "
          f"({len(anon.people)} people, {len(anon.ids)} ids invented); notmuch agrees on the fixture")


if __name__ == "__main__":
    main()
