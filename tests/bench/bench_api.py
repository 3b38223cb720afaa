#!/usr/bin/python3
"""The local API under load: wrk (32 connections, a valid token) on GET /v1/prospects?limit=50 and on a
full-text query, against nginx serving the same first page as a static file on the same machine, in
the same run (the ceiling for HTTP here). Then beside idle connections: 500 opened from ten other
loopback addresses (50 each, under the per-address limit) that send nothing, while /v1/health and an
authenticated page are asked for one at a time from 127.0.0.1, from the API and from nginx (target:
every answer within 100 ms). Servers are started and stopped by PID.

  bench_api.py --cli PATH [--prospects N] [--duration S] [--rounds R] [--workspace DIR]

Figures only; it fails when a server does not start or answers anything but 200.
"""
import argparse
import base64
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wrk(url, duration, headers=()):
    cmd = ["wrk", "-t2", "-c32", "-d%ds" % duration, "--latency", url]
    for h in headers:
        cmd += ["-H", h]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([0-9.]+)", out).group(1))
    p99 = re.search(r"\s99%\s+([0-9.]+)(us|ms|s)", out)
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}[p99.group(2)]
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = re.search(r"Socket errors:.*", out)
    return {"rps": rps, "p99_ms": float(p99.group(1)) * scale, "non_2xx": int(non2xx.group(1)) if non2xx else 0,
            "socket_errors": errors.group(0) if errors else ""}


def idle_latencies(port, path, headers, idle=500, requests=40):
    """Latencies (ms) of `requests` requests, each on a new connection, made while `idle` connections
    from 127.0.0.2-11 are open and silent. Returns (latencies, how many idle were still open after)."""
    held = []
    for i in range(idle):
        held.append(socket.create_connection(("127.0.0.1", port), timeout=5,
                                             source_address=("127.0.0.%d" % (2 + i % 10), 0)))
    latencies = []
    for _ in range(requests):
        start = time.perf_counter()
        req = urllib.request.Request("http://127.0.0.1:%d%s" % (port, path), headers=dict(headers))
        with urllib.request.urlopen(req, timeout=10) as r:
            r.read()
            assert r.status == 200, r.status
        latencies.append((time.perf_counter() - start) * 1000)
    still_open = 0
    for sock in held:
        sock.setblocking(False)
        try:
            still_open += 1 if sock.recv(1) else 0
        except BlockingIOError:
            still_open += 1
        except OSError:
            pass
        sock.close()
    return latencies, still_open


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--prospects", type=int, default=20000)
    parser.add_argument("--duration", type=int, default=5, help="seconds of each round of each target")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workspace", help="an existing workspace (else a demo one is generated)")
    args = parser.parse_args()
    for tool in ("wrk", "nginx"):
        if shutil.which(tool) is None and not os.path.exists("/usr/sbin/" + tool):
            print("bench_api: %s is missing (installer/deps/debian.sh --test installs it)" % tool)
            return 1
    tmp = tempfile.mkdtemp(prefix="bench-api-")
    workspace = args.workspace or os.path.join(tmp, "ws")
    env = dict(os.environ, SALES_COPILOT_SECRET_API_SIGNING_KEY=base64.b64encode(os.urandom(32)).decode())
    cli = [args.cli, "--workspace", workspace]
    if not args.workspace:
        subprocess.run(cli + ["demo", "--prospects", str(args.prospects)], check=True, env=env,
                       stdout=subprocess.DEVNULL)
    key = json.loads(subprocess.run(cli + ["--json", "api-keys", "create", "bench", "--scopes", "read"], check=True,
                                    env=env, capture_output=True, text=True).stdout)
    server = subprocess.Popen(cli + ["--json", "serve", "--port", "0", "--rate", "0"], env=env,
                              stdout=subprocess.PIPE, text=True)
    nginx = None
    try:
        port = json.loads(server.stdout.readline())["port"]
        base = "http://127.0.0.1:%d" % port
        form = urllib.parse.urlencode({"grant_type": "client_credentials", "client_id": key["client_id"],
                                       "client_secret": key["client_secret"]}).encode()
        token = json.load(urllib.request.urlopen(base + "/v1/auth/token", data=form))["access_token"]
        auth = "Authorization: Bearer " + token
        page = urllib.request.urlopen(urllib.request.Request(base + "/v1/prospects?limit=50",
                                                             headers={"Authorization": "Bearer " + token})).read()
        # nginx: the same bytes as a static file, 2 workers (one per core), no access log.
        root = os.path.join(tmp, "www")
        os.makedirs(root)
        with open(os.path.join(root, "prospects.json"), "wb") as f:
            f.write(page)
        nginx_port = free_port()
        conf = os.path.join(tmp, "nginx.conf")
        with open(conf, "w") as f:
            f.write("worker_processes 2; pid %s/nginx.pid; error_log %s/error.log; daemon off;\n"
                    "events { worker_connections 1024; }\n"
                    "http { access_log off; default_type application/json; keepalive_requests 100000;\n"
                    "  client_body_temp_path %s; proxy_temp_path %s; fastcgi_temp_path %s; uwsgi_temp_path %s;\n"
                    "  scgi_temp_path %s;\n"
                    "  server { listen 127.0.0.1:%d; root %s; } }\n"
                    % (tmp, tmp, tmp, tmp, tmp, tmp, tmp, nginx_port, root))
        nginx = subprocess.Popen(["/usr/sbin/nginx", "-c", conf, "-e", os.path.join(tmp, "error.log")])
        for _ in range(50):
            try:
                urllib.request.urlopen("http://127.0.0.1:%d/prospects.json" % nginx_port)
                break
            except OSError:
                time.sleep(0.1)
        # This machine's neighbours come and go: the three are measured in turns, round after round,
        # and each keeps the median of its rounds.
        targets = {
            "api list (limit=50)": (base + "/v1/prospects?limit=50", [auth]),
            "api full-text query": (base + "/v1/prospects?limit=50&query=ana", [auth]),
            "nginx static file": ("http://127.0.0.1:%d/prospects.json" % nginx_port, []),
            # the HTTP server's own floor: no token, no database, 15 bytes.
            "api health (no auth)": (base + "/v1/health", []),
        }
        rounds = {name: [] for name in targets}
        for _ in range(args.rounds):
            for name, (url, headers) in targets.items():
                rounds[name].append(wrk(url, args.duration, headers))
        results = {}
        for name, runs in rounds.items():
            results[name] = {"rps": statistics.median(r["rps"] for r in runs),
                             "p99_ms": statistics.median(r["p99_ms"] for r in runs),
                             "non_2xx": sum(r["non_2xx"] for r in runs),
                             "rounds": [{"rps": r["rps"], "p99_ms": r["p99_ms"]} for r in runs]}
        # Idle connections held open: asked one at a time, health and a page, API and nginx alike.
        idle = {}
        for name, port, path, headers in (
                ("api health", port, "/v1/health", {}),
                ("api list (limit=50)", port, "/v1/prospects?limit=50", {"Authorization": "Bearer " + token}),
                ("nginx static file", nginx_port, "/prospects.json", {})):
            latencies, still_open = idle_latencies(port, path, headers)
            latencies.sort()
            idle[name] = {"p50_ms": round(statistics.median(latencies), 2),
                          "p99_ms": round(latencies[int(len(latencies) * 0.99) - 1], 2),
                          "max_ms": round(latencies[-1], 2), "idle_still_open": still_open}
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
        if nginx:
            nginx.send_signal(signal.SIGTERM)
            nginx.wait(timeout=30)
        shutil.rmtree(tmp, ignore_errors=True)
    ceiling = results["nginx static file"]["rps"]
    for name, r in results.items():
        print("%-24s %9.0f req/s  p99 %6.2f ms  (%.2fx nginx)%s" % (
            name, r["rps"], r["p99_ms"], r["rps"] / ceiling,
            "  NON-2XX: %d" % r["non_2xx"] if r["non_2xx"] else ""))
    print("(medians of %d rounds of %d s each, in turns; per round: %s)" % (
        args.rounds, args.duration, "; ".join("%s %s" % (name.split(" (")[0], "/".join(
            "%.0f" % r["rps"] for r in results[name]["rounds"])) for name in results)))
    for name, r in idle.items():
        print("%-24s beside 500 idle connections: p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d idle still open)"
              % (name, r["p50_ms"], r["p99_ms"], r["max_ms"], r["idle_still_open"]))
    print(json.dumps({"prospects": args.prospects, "connections": 32, "duration_s": args.duration,
                      "rounds": args.rounds, "results": results, "beside_500_idle": idle}))
    return 0 if all(r["non_2xx"] == 0 for r in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
