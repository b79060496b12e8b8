"""Load benchmark: Netzwerkstatt's public pages against a bare Django list page, with wrk.

Builds (or reuses) a test city with `netzwerkstatt load_city`, starts the project and the bare
reference page of bench/bare/ (plain Django 5.2: 30 ORM rows through a cached template), each
under gunicorn with two workers, and drives both in the same run with wrk at 16 connections.
For every public page of issue 13 it reports requests per second, p50, p99 and the ratio to the
bare page; for the pages of logged-in people the median of a few sequential requests. With
--soak SECONDS it instead runs mixed reads at 16 connections plus a few writes per second
(two editors saving an offer and posting a comment, a coordinator recording decisions on
synergy findings, which no public page shows), counts errors and samples the RSS of every
gunicorn worker.

Needs wrk (Debian: `apt-get install wrk`) and gunicorn (`pip install -e ".[bench]"`). Run:

    .venv/bin/python bench/web_load.py                       # SQLite under var/bench-city/
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/city .venv/bin/python bench/web_load.py
    .venv/bin/python bench/web_load.py --soak 600
    CACHE_URL=redis://127.0.0.1:6379/0 DATABASE_URL=postgres://… .venv/bin/python bench/web_load.py
    .venv/bin/python bench/web_load.py --no-page-cache       # every request renders (cache misses)
    .venv/bin/python bench/web_load.py --write-readme        # put the table into bench/README.md

A database that already holds the city is reused (load_city refuses to load twice).
"""

from __future__ import annotations

import argparse
import datetime
import http.cookiejar
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
BARE = ROOT / "bench" / "bare"
README = ROOT / "bench" / "README.md"
PROJECT_PORT = 8701
BARE_PORT = 8702
START_MARK = "<!-- web-load:start -->"
END_MARK = "<!-- web-load:end -->"


# Servers --------------------------------------------------------------------------------------


def project_env(args) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "netzwerkstatt.settings",
            "NETZWERKSTATT_VAR_DIR": str(args.var_dir),
            "SECRET_KEY": "bench-only-not-secret-" + "x" * 40,
            "SECURE_HTTPS": "false",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SITE_BASE_URL": f"http://127.0.0.1:{PROJECT_PORT}",
        }
    )
    if args.database_url:
        env["DATABASE_URL"] = args.database_url
    if args.cache_url:
        env["CACHE_URL"] = args.cache_url
    if args.no_page_cache:
        env["PAGE_CACHE"] = "off"
    return env


def netzwerkstatt(env, *command: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(BIN / "netzwerkstatt"), *command], env=env, check=check, text=True, capture_output=True
    )


def prepare_project(args, env) -> str:
    """Migrate, load the city unless it is there, compile translations, collect static files."""
    args.var_dir.mkdir(parents=True, exist_ok=True)
    netzwerkstatt(env, "migrate", "--noinput", "-v0")
    started = time.perf_counter()
    result = subprocess.run(
        [str(BIN / "netzwerkstatt"), "load_city", "--offers", str(args.offers)],
        env=env,
        text=True,
        capture_output=True,
    )
    if result.returncode == 0:
        print(result.stdout, end="")
        note = f"city built in {time.perf_counter() - started:.0f} s"
    elif "schon Daten" in result.stderr:
        note = "city reused (database already held it)"
    else:
        raise SystemExit(f"load_city failed:\n{result.stderr[-3000:]}")
    print(note, flush=True)
    netzwerkstatt(env, "compiletranslations", "-v0")
    netzwerkstatt(env, "collectstatic", "--noinput", "-v0")
    return note


def prepare_bare(args) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "settings",
            "PYTHONPATH": str(BARE),
            "BARE_DATABASE": str(args.var_dir / "bare.sqlite3"),
        }
    )
    subprocess.run(
        [sys.executable, "-m", "django", "migrate", "-v0"], env=env, check=True, cwd=BARE
    )
    fill = (
        "from barelist.models import Item\n"
        "if not Item.objects.exists():\n"
        "    Item.objects.bulk_create([Item(title=f'Eintrag {n:04d}', "
        "description='Ein kurzer Text über den Eintrag ' * 3) for n in range(1000)])\n"
    )
    subprocess.run(
        [sys.executable, "-m", "django", "shell", "-c", fill], env=env, check=True, cwd=BARE
    )
    return env


def start_gunicorn(module: str, port: int, env, cwd: Path, log: Path) -> subprocess.Popen:
    process = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "-w",
            "2",
            "-b",
            f"127.0.0.1:{port}",
            "--timeout",
            "120",
            "--error-logfile",
            str(log),
            module,
        ],
        env=env,
        cwd=cwd,
    )
    for _ in range(120):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30)
            return process
        except urllib.error.HTTPError:
            return process
        except OSError:
            time.sleep(0.5)
    process.terminate()
    raise SystemExit(f"gunicorn on port {port} did not start; see {log}")


def worker_pids(master: int) -> list[int]:
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == master:
            pids.append(int(stat.parent.name))
    return sorted(pids)


def rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


# What to request ------------------------------------------------------------------------------

DISCOVER = r"""
import json
from django.db.models import Count
from netzwerkstatt.demo.city import CITY_PASSWORD
from netzwerkstatt.meetings.models import Meeting
from netzwerkstatt.networks.models import Membership, MembershipRole, Network, Organisation
from netzwerkstatt.news.models import Post
from netzwerkstatt.offers.models import Offer
from netzwerkstatt.core.models import TargetGroup, Topic
network = Network.objects.get(slug="sis-schoenefeld")
coordinators = Membership.objects.filter(network=network, role=MembershipRole.COORDINATOR)
coordinator = coordinators.order_by("pk").first().organisation
user = coordinator.staff.order_by("pk").first().user
organisation = Organisation.objects.filter(memberships__network=network).order_by("pk").first()
offer = Offer.objects.filter(organisation=coordinator, status="active").order_by("pk").first()
posts = Post.objects.public().filter(network=network).annotate(n=Count("comments"))
post = posts.order_by("-n").first()
meetings = Meeting.objects.filter(network=network, minutes_published_at__isnull=False)
meeting = meetings.order_by("-starts_at").first()
print(json.dumps({
    "network": network.get_absolute_url(),
    "network_slug": network.slug,
    "organisation": organisation.get_absolute_url(),
    "offer": offer.get_absolute_url(),
    "offer_edit": f"/angebote/{offer.pk}/bearbeiten/",
    "post": post.get_absolute_url(),
    "meeting": meeting.get_absolute_url(),
    "email": user.email,
    "password": CITY_PASSWORD,
    "target_group": TargetGroup.objects.get(slug="kinder").slug,
    "topic": Topic.objects.get(slug="lernen").slug,
    "offers": Offer.objects.count(),
}))
"""


def discover(env) -> dict:
    return json.loads(netzwerkstatt(env, "shell", "-c", DISCOVER).stdout.strip().splitlines()[-1])


def public_pages(found: dict) -> list[tuple[str, str]]:
    deep = max(1, min(300, found["offers"] // 20 // 2))
    today = datetime.date.today()
    slug = found["network_slug"]
    return [
        ("Start page", "/"),
        ("Network page", found["network"]),
        ("Member directory", "/organisationen/"),
        ("Organisation page", found["organisation"]),
        ("Offers directory", "/angebote/"),
        ("Offers, search “Hausaufgaben”", "/angebote/?q=Hausaufgaben"),
        (
            "Offers, filters",
            f"/angebote/?zielgruppe={found['target_group']}&thema={found['topic']}&tag=1",
        ),
        (f"Offers, page {deep}", f"/angebote/?seite={deep}"),
        ("Offer page", found["offer"]),
        ("Calendar list", "/veranstaltungen/"),
        ("Calendar month", f"/veranstaltungen/monat/{today.year}/{today.month}/"),
        ("News list", f"/netzwerke/{slug}/neuigkeiten/"),
        ("News post", found["post"]),
    ]


def member_pages(found: dict) -> list[tuple[str, str]]:
    slug = found["network_slug"]
    return [
        ("Mein Bereich", "/konto/"),
        ("Synergien", f"/netzwerke/{slug}/synergien/"),
        ("Fehlstellen", f"/netzwerke/{slug}/fehlstellen/"),
        ("Meeting with agenda", found["meeting"]),
        ("Moderation queue", f"/netzwerke/{slug}/kommentare/"),
    ]


# A small browser: cookies, forms -------------------------------------------------------------


class _Forms(HTMLParser):
    """Every form of a page with the values a browser would send unchanged."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.forms: list[dict] = []
        self._textarea: tuple[str, list[str]] | None = None
        self._select: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.forms.append({"action": a.get("action", ""), "fields": []})
        elif not self.forms:
            return
        elif tag == "input" and a.get("name"):
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            if kind in ("submit", "button", "file"):
                return
            default = "on" if kind in ("checkbox", "radio") else ""
            self.forms[-1]["fields"].append((a["name"], a.get("value") or default))
        elif tag == "textarea" and a.get("name"):
            self._textarea = (a["name"], [])
        elif tag == "select":
            self._select = a.get("name")
        elif tag == "option" and self._select and "selected" in a:
            self.forms[-1]["fields"].append((self._select, a.get("value", "")))

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1].append(data)

    def handle_endtag(self, tag):
        if tag == "textarea" and self._textarea is not None:
            name, parts = self._textarea
            self.forms[-1]["fields"].append((name, "".join(parts).removeprefix("\n")))
            self._textarea = None
        elif tag == "select":
            self._select = None


class Browser:
    def __init__(self, base: str) -> None:
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect()
        )

    def request(self, path: str, data: list[tuple[str, str]] | None = None) -> tuple[int, str]:
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(self.base + path, data=body)
        if data is not None:
            request.add_header("Referer", self.base + path)
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(errors="replace")

    def form(self, path: str, has_field: str) -> tuple[str, list[tuple[str, str]]]:
        """The action and the fields of the first form on `path` with a field `has_field`."""
        status, html = self.request(path)
        parser = _Forms()
        parser.feed(html)
        for form in parser.forms:
            if any(name == has_field for name, _ in form["fields"]):
                return form["action"] or path, form["fields"]
        raise RuntimeError(f"no form with {has_field} on {path} (HTTP {status})")

    def login(self, email: str, password: str) -> None:
        _, fields = self.form("/konto/anmelden/", "csrfmiddlewaretoken")
        fields = [(k, v) for k, v in fields if k not in ("username", "password")]
        status, _ = self.request(
            "/konto/anmelden/", [*fields, ("username", email), ("password", password)]
        )
        if status != 302:
            raise SystemExit(f"login as {email} failed (HTTP {status})")

    def cookie_header(self) -> str:
        return "; ".join(f"{c.name}={c.value}" for c in self.jar)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


# wrk ------------------------------------------------------------------------------------------

_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def _ms(text: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    return float(match.group(1)) * _UNITS[match.group(2)]


def wrk(url: str, seconds: int, connections: int, *, headers=(), script: str | None = None):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    for header in headers:
        command += ["-H", header]
    if script:
        command += ["-s", script]
    output = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    result = {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": _ms(re.search(r"\s50%\s+(\S+)", output).group(1)),
        "p99": _ms(re.search(r"\s99%\s+(\S+)", output).group(1)),
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
        "non_2xx": 0,
        "socket_errors": 0,
    }
    if match := re.search(r"Non-2xx or 3xx responses: (\d+)", output):
        result["non_2xx"] = int(match.group(1))
    if match := re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    ):
        result["socket_errors"] = sum(int(n) for n in match.groups())
    return result


def drain(base: str) -> float:
    """Wait until both workers have answered what wrk left queued; returns the seconds waited.

    wrk stops after its duration, but a sync gunicorn worker still answers every request it
    accepted before; without waiting, a slow page's backlog is billed to the next page.
    """
    started = time.perf_counter()
    for _ in range(2):
        try:
            urllib.request.urlopen(base + "/robots.txt", timeout=300).read()
        except OSError:
            pass
    return time.perf_counter() - started


def sequential_median_ms(browser: Browser, path: str, count: int) -> tuple[float, int]:
    times, status = [], 0
    for _ in range(count):
        started = time.perf_counter()
        status, _ = browser.request(path)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), status


# Runs -----------------------------------------------------------------------------------------


def machine() -> str:
    cpu = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cores ({cpu}), {ram:.0f} GB RAM, Python {platform.python_version()}"


def load_average() -> str:
    return " / ".join(f"{value:.1f}" for value in os.getloadavg())


def measure(args, found, project: str, bare: str, cookie: str, browser: Browser) -> dict:
    rows = []
    bare_runs = []
    for label, path in public_pages(found):
        # The bare page is measured right before each page, so both see the same machine load.
        reference = wrk(bare + "/", args.seconds, args.connections)
        bare_runs.append(reference)
        drain(project)
        result = wrk(project + path, args.seconds, args.connections)
        waited = drain(project)
        result.update(label=label, path=path, ratio=result["rps"] / reference["rps"])
        result["bare_rps"] = reference["rps"]
        rows.append(result)
        print(
            f"{label:32} {result['rps']:8.1f} req/s  p50 {result['p50']:7.1f} ms  "
            f"p99 {result['p99']:7.1f} ms  {result['ratio']:.2f}× (bare {reference['rps']:.0f})"
            f"  errors {result['non_2xx'] + result['socket_errors']}, backlog {waited:.0f} s",
            flush=True,
        )
    members = []
    for label, path in member_pages(found):
        median, status = sequential_median_ms(browser, path, args.member_requests)
        members.append({"label": label, "path": path, "median": median, "status": status})
        print(f"{label:32} median {median:7.1f} ms (HTTP {status})", flush=True)
    return {"public": rows, "members": members, "bare": bare_runs}


def soak(args, found, project: str, servers: dict[str, subprocess.Popen]) -> dict:
    paths = [path for _, path in public_pages(found)]
    script = Path(tempfile.mkstemp(suffix=".lua")[1])
    script.write_text(
        "local paths = {"
        + ", ".join(json.dumps(p) for p in paths)
        + "}\nlocal i = 0\nrequest = function()\n  i = i + 1\n"
        "  return wrk.format('GET', paths[(i % #paths) + 1])\nend\n"
    )
    stop = threading.Event()
    writes = {
        "offer_saved": 0,
        "comment_posted": 0,
        "finding_decided": 0,
        "failed": 0,
        "errors": [],
    }
    memory: dict[str, list[tuple[float, int, float]]] = {name: [] for name in servers}
    started = time.monotonic()

    def writer(index: int) -> None:
        browser = Browser(project)
        browser.login(found["email"], found["password"])
        pending: tuple[float, list] | None = None
        number = 0
        while not stop.is_set():
            number += 1
            try:
                action, fields = browser.form(found["offer_edit"], "description")
                summary = f"Soak-Test {index}-{number}: wir treffen uns jede Woche."
                fields = [(k, summary if k == "summary" else v) for k, v in fields]
                status, _ = browser.request(action, fields)
                if status == 302:
                    writes["offer_saved"] += 1
                else:
                    writes["failed"] += 1
                    writes["errors"].append(f"offer edit: HTTP {status}")
                if pending and time.monotonic() - pending[0] > 5:
                    action, fields = pending[1]
                    comment = [
                        (k, f"Danke! ({index}-{number})" if k == "body" else v) for k, v in fields
                    ]
                    status, _ = browser.request(action, comment)
                    if status == 302:
                        writes["comment_posted"] += 1
                    else:
                        writes["failed"] += 1
                        writes["errors"].append(f"comment: HTTP {status}")
                    pending = None
                if pending is None:
                    pending = (time.monotonic(), browser.form(found["post"], "body"))
            except Exception as error:  # noqa: BLE001 – counted and reported, not hidden
                writes["failed"] += 1
                writes["errors"].append(repr(error)[:200])
            stop.wait(1.0)

    def reviewer() -> None:
        """A coordinator working through synergy findings: internal writes, about 2 per second.

        The same finding goes back and forth between two decisions, so the list never runs dry.
        """
        browser = Browser(project)
        browser.login(found["email"], found["password"])
        synergies = f"/netzwerke/{found['network_slug']}/synergien/"
        try:
            action, fields = browser.form(synergies, "note")
        except Exception as error:  # noqa: BLE001 – counted and reported, not hidden
            writes["failed"] += 1
            writes["errors"].append(f"no finding to decide: {error!r}"[:200])
            return
        number = 0
        while not stop.is_set():
            number += 1
            status = "next_meeting" if number % 2 else "intended"
            try:
                answer, _ = browser.request(action, [*fields, ("status", status)])
            except Exception as error:  # noqa: BLE001
                answer = repr(error)[:200]
            if answer == 302:
                writes["finding_decided"] += 1
            else:
                writes["failed"] += 1
                writes["errors"].append(f"finding decision: {answer}")
            stop.wait(0.5)

    def sampler() -> None:
        while not stop.is_set():
            for name, process in servers.items():
                for pid in worker_pids(process.pid):
                    value = rss_mb(pid)
                    if value is not None:
                        memory[name].append((time.monotonic() - started, pid, value))
            stop.wait(5)

    threads = [threading.Thread(target=writer, args=(n,), daemon=True) for n in range(2)]
    threads.append(threading.Thread(target=reviewer, daemon=True))
    threads.append(threading.Thread(target=sampler, daemon=True))
    for thread in threads:
        thread.start()
    result = wrk(project + "/", args.soak, args.connections, script=str(script))
    stop.set()
    for thread in threads:
        thread.join(timeout=70)
    script.unlink()
    flat = {}
    for name, samples in memory.items():
        per_pid: dict[int, list[tuple[float, float]]] = {}
        for at, pid, value in samples:
            per_pid.setdefault(pid, []).append((at, value))
        for pid, values in per_pid.items():
            first = [v for at, v in values if at <= 60] or [values[0][1]]
            # Imports, compiled templates and translations, the ORM's and the engine's caches
            # fill during the first requests; what grows after them is what would keep growing.
            warm = [v for at, v in values if 120 <= at <= 180] or first
            last = [v for at, v in values if at >= args.soak - 60] or [values[-1][1]]
            flat[f"{name} worker {pid}"] = (
                statistics.mean(first),
                statistics.mean(warm),
                statistics.mean(last),
            )
    return {"wrk": result, "writes": writes, "memory": flat, "seconds": args.soak}


# Report ---------------------------------------------------------------------------------------


def report(args, results: dict, note: str, load_before: str, load_after: str) -> str:
    database = "PostgreSQL" if args.database_url else "SQLite (default embedded configuration)"
    cache = f"`CACHE_URL={args.cache_url}`" if args.cache_url else "the default file cache"
    database += f", {cache}, page cache {'off' if args.no_page_cache else 'on'}"
    command = "python bench/web_load.py " + " ".join(sys.argv[1:])
    if args.cache_url:
        command = f"CACHE_URL={args.cache_url} " + command
    if args.database_url:
        command = "DATABASE_URL=postgres://… " + command
    lines = [
        f"### {database}, {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC",
        "",
        f"- Machine: {machine()}; load average before / after: {load_before} → {load_after}",
        f"- Command: `{command}`; {note}; wrk -t2 -c{args.connections}, "
        f"{args.seconds} s per page, bare page measured right before each page",
        "",
    ]
    if "public" in results:
        lines += [
            "| page | req/s | p50 | p99 | bare req/s | ratio | errors |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for row in results["public"]:
            lines.append(
                f"| {row['label']} (`{row['path']}`) | {row['rps']:.1f} | {row['p50']:.0f} ms |"
                f" {row['p99']:.0f} ms | {row['bare_rps']:.0f} | {row['ratio']:.3f}× |"
                f" {row['non_2xx'] + row['socket_errors']} |"
            )
        lines += [
            "",
            f"Logged in as a coordinator, {args.member_requests} sequential requests each:",
            "",
        ]
        lines += ["| page | median | HTTP |", "| --- | ---: | ---: |"]
        for row in results["members"]:
            lines.append(f"| {row['label']} | {row['median']:.0f} ms | {row['status']} |")
    if "soak" in results:
        soak_result = results["soak"]
        w = soak_result["wrk"]
        writes = soak_result["writes"]
        errors = w["non_2xx"] + w["socket_errors"] + writes["failed"]
        lines += [
            f"Soak, {soak_result['seconds']} s: {w['requests']} reads ({w['rps']:.1f} req/s, "
            f"p50 {w['p50']:.0f} ms, p99 {w['p99']:.0f} ms), "
            f"{writes['offer_saved']} offers saved, {writes['comment_posted']} comments posted, "
            f"{writes['finding_decided']} synergy findings decided; "
            f"**{errors} errors** (non-2xx/3xx {w['non_2xx']}, socket {w['socket_errors']}, "
            f"failed writes {writes['failed']}).",
            "",
            "| worker | RSS first minute | RSS third minute | RSS last minute | change overall "
            "| change after the third minute |",
            "| --- | ---: | ---: | ---: | ---: | ---: |",
        ]
        for name, (first, warm, last) in soak_result["memory"].items():
            overall = 100 * (last - first) / first
            after_warm_up = 100 * (last - warm) / warm
            lines.append(
                f"| {name} | {first:.0f} MB | {warm:.0f} MB | {last:.0f} MB | {overall:+.1f} % "
                f"| {after_warm_up:+.1f} % |"
            )
        if writes["errors"]:
            lines += ["", "First failed writes: " + "; ".join(sorted(set(writes["errors"]))[:5])]
    return "\n".join(lines) + "\n"


def write_readme(section: str) -> None:
    text = README.read_text()
    if START_MARK not in text:
        text += (
            "\n## Web load\n\nWritten by `bench/web_load.py --write-readme` (see its docstring"
            " and docs/deployment.md); newest run first.\n\n"
            f"{START_MARK}\n{END_MARK}\n"
        )
    head, rest = text.split(START_MARK, 1)
    README.write_text(f"{head}{START_MARK}\n\n{section}{rest}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""))
    parser.add_argument("--var-dir", type=Path, default=ROOT / "var" / "bench-city")
    parser.add_argument("--cache-url", default=os.environ.get("CACHE_URL", ""))
    parser.add_argument(
        "--no-page-cache",
        action="store_true",
        help="serve every page uncached (PAGE_CACHE=off): what a visitor gets on a cache miss",
    )
    parser.add_argument("--offers", type=int, default=20_000)
    parser.add_argument("--seconds", type=int, default=10, help="wrk duration per page (10)")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--member-requests", type=int, default=10)
    parser.add_argument("--soak", type=int, metavar="SECONDS", help="run the soak instead")
    parser.add_argument("--write-readme", action="store_true")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing: sudo apt-get install wrk (Debian/Ubuntu)")
    if not (BIN / "gunicorn").exists():
        raise SystemExit('gunicorn is missing: .venv/bin/pip install -e ".[bench]"')
    if args.database_url:
        # One folder per database, so static files and logs of runs do not mix.
        args.var_dir = args.var_dir.with_name(args.var_dir.name + "-postgres")
    args.var_dir = args.var_dir.resolve()
    env = project_env(args)
    note = prepare_project(args, env)
    bare_env = prepare_bare(args)
    found = discover(env)
    servers = {
        "project": start_gunicorn(
            "netzwerkstatt.wsgi:application", PROJECT_PORT, env, ROOT, args.var_dir / "gunicorn.log"
        ),
        "bare": start_gunicorn(
            "wsgi:application", BARE_PORT, bare_env, BARE, args.var_dir / "gunicorn-bare.log"
        ),
    }
    project, bare = f"http://127.0.0.1:{PROJECT_PORT}", f"http://127.0.0.1:{BARE_PORT}"
    try:
        load_before = load_average()
        browser = Browser(project)
        browser.login(found["email"], found["password"])
        # One request per page first: the workers import and compile, as after any deploy.
        for _, path in public_pages(found):
            browser.request(path)
        if args.soak:
            results = {"soak": soak(args, found, project, servers)}
        else:
            results = measure(args, found, project, bare, browser.cookie_header(), browser)
        section = report(args, results, note, load_before, load_average())
    finally:
        for process in servers.values():
            process.terminate()
        for process in servers.values():
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()
    print(section)
    if args.write_readme:
        write_readme(section)


if __name__ == "__main__":
    main()
