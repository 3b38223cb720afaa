#!/usr/bin/python3
"""A small authoritative DNS server for the tests (stdlib only): answers MX and A questions from a JSON
zone file, NXDOMAIN for names it does not know, so email checks run against a real resolver path
(QDnsLookup with setNameserver) without the internet.

  zone: {"heron-works.example": {"mx": [[10, "mx1.heron-works.example"]], "a": ["192.0.2.10"]},
         "no-mail.example": {"mx": [[0, "."]]},          # null MX (RFC 7505)
         "a-only.example": {"a": ["192.0.2.20"]}}         # no MX, mail goes to the A record

Listens on UDP --address:--port (53 by default: QDnsLookup always asks port 53, so tests bind a
loopback address of their own such as 127.0.0.83, which needs root). Prints "READY" when listening.
"""
import argparse
import json
import signal
import socket
import struct
import sys
import threading


def read_name(data, offset):
    labels = []
    while True:
        length = data[offset]
        if length == 0:
            return ".".join(labels), offset + 1
        if length & 0xC0:
            pointer = struct.unpack(">H", data[offset:offset + 2])[0] & 0x3FFF
            name, _ = read_name(data, pointer)
            labels.append(name)
            return ".".join(labels), offset + 2
        labels.append(data[offset + 1:offset + 1 + length].decode("ascii", "replace"))
        offset += 1 + length


def encode_name(name):
    if name in ("", "."):
        return b"\x00"
    out = b""
    for label in name.rstrip(".").split("."):
        out += bytes([len(label)]) + label.encode("ascii")
    return out + b"\x00"


def answer(query, zone):
    ident, flags, qdcount = struct.unpack(">HHH", query[:6])
    name, offset = read_name(query, 12)
    qtype, qclass = struct.unpack(">HH", query[offset:offset + 4])
    question = query[12:offset + 4]
    entry = zone.get(name.lower().rstrip("."))
    records = []
    rcode = 0
    if entry is None:
        rcode = 3  # NXDOMAIN
    elif qtype == 15:  # MX
        for preference, exchange in entry.get("mx", []):
            rdata = struct.pack(">H", preference) + encode_name(exchange)
            records.append(struct.pack(">HHHIH", 0xC00C, 15, 1, 300, len(rdata)) + rdata)
    elif qtype == 1:  # A
        for address in entry.get("a", []):
            rdata = socket.inet_aton(address)
            records.append(struct.pack(">HHHIH", 0xC00C, 1, 1, 300, len(rdata)) + rdata)
    rd = flags & 0x0100
    header = struct.pack(">HHHHHH", ident, 0x8000 | 0x0400 | rd | 0x0080 | rcode, 1, len(records), 0, 0)
    return header + question + b"".join(records)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--zone", required=True)
    parser.add_argument("--address", default="127.0.0.83")
    parser.add_argument("--port", type=int, default=53)
    args = parser.parse_args()
    with open(args.zone) as f:
        zone = {k.lower(): v for k, v in json.load(f).items()}
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind((args.address, args.port))
    stop = threading.Event()

    def serve():
        sock.settimeout(0.2)
        while not stop.is_set():
            try:
                data, peer = sock.recvfrom(4096)
            except socket.timeout:
                continue
            try:
                sock.sendto(answer(data, zone), peer)
            except Exception:
                pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    print("READY", flush=True)
    signal.signal(signal.SIGTERM, lambda *a: stop.set())
    signal.signal(signal.SIGINT, lambda *a: stop.set())
    while not stop.is_set():
        stop.wait(0.5)
    return 0


if __name__ == "__main__":
    sys.exit(main())
