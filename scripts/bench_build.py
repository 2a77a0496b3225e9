"""Build benchmark: `sotay build` against a plain mkdocs-material build of the same Markdown, at several sizes.

    python scripts/bench_build.py --sizes 1000,3000 --work .cache/bench-build [--profile] [--no-flat] [--json out.json]

For each size, a corpus from scripts/gen_corpus.py is built back to back every way, so all see the same
machine load (absolute figures are noisy on a shared machine; the ratios less so). The peer is set up as a
competent user of mkdocs-material would (bench_common.py): the same pages in sections of at most 200 (by kind,
then year or theme), `navigation.prune`, its search plugin, our Markdown extensions. A second, labelled line
gives the flat layout (every document of a kind in one folder), which makes the peer repeat huge sidebars.

- full build: wall time, peak memory (proportional set size of the whole process tree, sampled every 250 ms:
  memory shared by forked processes is counted once, not once per process) and site size (bytes of every
  file). Ours is `sotay build` cold (empty `.cache/sotay/`), again warm (nothing changed: `make site` run twice),
  and once more with site/ removed (the pages written from the page store: what CI with a kept `.cache/` sees),
  with all our features and sotay-accel on;
- edit loop: the time from saving one changed guide to its page, served by `mkdocs serve --dirty`, containing
  the change (ours writes again only the pages the edit touches; the peer only the edited page);
- validation: `sotay check` seconds per 1,000 files;
- where the peak comes from: our cold build's memory over time, each process of the tree apart.

`--profile` also profiles, in process, one cold build of ours (sotay-accel's forked processes are not
profiled: what it shows is the build's own process) and one `mkdocs serve --dirty` rebuild after a guide's
edit (pyinstrument, the `bench` extra), and prints their top entries: inclusive time of the functions that cost
the most, library internals folded in.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT / "plugins"))

import gen_corpus  # noqa: E402
from bench_common import plain_project, sectioned_paths, size_of  # noqa: E402

BIN = Path(sys.executable).parent
EDIT_MARK = "Câu sửa thử nghiệm số"
PEERS = {"plain": "plain mkdocs-material, sectioned", "plain_flat": "plain mkdocs-material, flat"}


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# --- measuring a command ---------------------------------------------------------------------------

def _pss(pid: int) -> int:
    """Proportional set size of one process in bytes (shared pages split among their sharers); 0 when gone."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="utf-8") as rollup:
            return next(int(line.split()[1]) * 1024 for line in rollup if line.startswith("Pss:"))
    except (OSError, StopIteration):
        return 0


def _tree_memory(pid: int) -> list[int]:
    """Bytes of memory of `pid` and of each of its descendants, `pid` first."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="utf-8") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry.name))
    sizes, todo = [], [pid]
    while todo:
        current = todo.pop()
        sizes.append(_pss(current))
        todo += children.get(current, [])
    return sizes


def run_measured(command: list[str], cwd: Path, timeline: list | None = None) -> tuple[float, int]:
    """Seconds and peak memory in bytes (process tree) of one run; raises when it fails. `timeline` receives
    (seconds, [bytes of each process of the tree]) at every sample."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = [0]

    def sample() -> None:
        while process.poll() is None:
            sizes = _tree_memory(process.pid)
            peak[0] = max(peak[0], sum(sizes))
            if timeline is not None:
                timeline.append((time.perf_counter() - started, sizes))
            time.sleep(0.25)  # reading smaps_rollup takes the lock of the process it reads: not too often

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, errors = process.communicate()
    seconds = time.perf_counter() - started
    sampler.join()
    if process.returncode:
        raise RuntimeError(f"{' '.join(command)} failed:\n{errors[-3000:]}")
    return seconds, peak[0]


# --- the edit loop ---------------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def edit_loop(project: Path, source: Path, url_path: str, edits: int = 3) -> float:
    """Median seconds from saving an edit of `source` to `mkdocs serve --dirty` serving its page with the edit."""
    port = _free_port()
    command = [str(BIN / "mkdocs"), "serve", "-a", f"127.0.0.1:{port}", "--dirty"]
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    server = subprocess.Popen(command, cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/{url_path}"
    original = source.read_text(encoding="utf-8")
    times = []
    try:
        while "</html>" not in _fetch(url):
            if server.poll() is not None:
                raise RuntimeError(f"{' '.join(command)} stopped")
            time.sleep(0.5)
        for number in range(edits):
            time.sleep(1.5)  # past the watcher's debounce and mtime granularity
            mark = f"{EDIT_MARK} {number}."
            source.write_text(original + f"\n{mark}\n", encoding="utf-8")
            saved = time.perf_counter()
            while mark not in _fetch(url):
                if time.perf_counter() - saved > 900:
                    raise RuntimeError("the edited page never appeared")
                time.sleep(0.05)
            times.append(time.perf_counter() - saved)
    finally:
        source.write_text(original, encoding="utf-8")
        server.terminate()
        server.wait(timeout=60)
    return sorted(times)[len(times) // 2]


# --- profile ---------------------------------------------------------------------------------------

def profile(root: Path, site: Path, top: int) -> list[tuple[float, str]]:
    """The `top` functions of one in-process cold build by inclusive seconds, wrappers of the whole build left out."""
    from pyinstrument import Profiler

    from sotay.adapters.mkdocs.site_build import build_site

    shutil.rmtree(root / ".cache", ignore_errors=True)
    profiler = Profiler(interval=0.005)
    profiler.start()
    build_site(root, site)
    return _top(profiler.stop(), top)


def profile_edit(root: Path, site: Path, source: Path, top: int) -> list[tuple[float, str]]:
    """The same for one `mkdocs serve --dirty` rebuild after an edit of `source` (plugins kept from a first build)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from pyinstrument import Profiler

    yml = str(root / "mkdocs.yml")
    load_config(config_file=yml).plugins.on_startup(command="serve", dirty=True)
    original = source.read_text(encoding="utf-8")
    try:
        build(load_config(config_file=yml, site_dir=str(site)), dirty=True)
        source.write_text(original + f"\n{EDIT_MARK}.\n", encoding="utf-8")
        profiler = Profiler(interval=0.001)
        profiler.start()
        build(load_config(config_file=yml, site_dir=str(site)), dirty=True)
        return _top(profiler.stop(), top)
    finally:
        source.write_text(original, encoding="utf-8")
        load_config(config_file=yml).plugins.on_shutdown()  # waits for the search index's thread


def _top(session, top: int) -> list[tuple[float, str]]:
    whole = session.duration
    inclusive: dict[str, float] = {}

    def walk(frame, seen: frozenset) -> None:
        key = f"{frame.function}  {frame.file_path_short}:{frame.line_no}"
        if key not in seen:
            inclusive[key] = inclusive.get(key, 0.0) + frame.time
        for child in frame.children:
            walk(child, seen | {key})

    walk(session.root_frame(), frozenset())
    ranked = sorted(((seconds, key) for key, seconds in inclusive.items() if seconds < 0.9 * whole), reverse=True)
    return [(whole, "whole build")] + ranked[:top]


# --- one size --------------------------------------------------------------------------------------

def timeline_text(timeline: list, rows: int = 24) -> str:
    """About `rows` samples of a run: seconds, the tree's MB, then each process's MB (the build's own first)."""
    step = max(1, len(timeline) // rows)
    peak = max(range(len(timeline)), key=lambda i: sum(timeline[i][1]), default=0)
    chosen = sorted(set(range(0, len(timeline), step)) | {peak})
    return "\n".join(f"{timeline[i][0]:7.1f} s {sum(timeline[i][1]) / 1e6:6.0f} MB = "
                     + " + ".join(f"{size / 1e6:.0f}" for size in timeline[i][1]) + ("   <- peak" if i == peak else "")
                     for i in chosen)


def bench_size(docs: int, work: Path, seed: int, edit: bool, flat: bool) -> dict:
    folder = work / str(docs)
    shutil.rmtree(folder, ignore_errors=True)
    root = folder / "corpus"
    gen_corpus.generate(root, docs, seed)
    files = sum(1 for _ in (root / "content").rglob("*.md"))
    peers = {"plain": plain_project(root, folder / "plain", search=True).parent}
    if flat:
        peers["plain_flat"] = plain_project(root, folder / "plain-flat", search=True, sectioned=False).parent
    result: dict = {"docs": docs, "files": files}

    check_seconds, _ = run_measured([str(BIN / "sotay"), "check", "--root", "."], root)
    result["check_per_1000"] = check_seconds / files * 1000
    log(f"{docs}: sotay check {check_seconds:.1f} s")
    timeline: list = []
    result["ours"] = dict(zip(("seconds", "peak"), run_measured([str(BIN / "sotay"), "build", "--root", "."], root, timeline)))
    result["ours"]["timeline"] = timeline_text(timeline)
    result["ours"]["size"] = size_of(root / "site")
    log(f"{docs}: sotay build (cold) {result['ours']['seconds']:.1f} s")
    for name, project in peers.items():
        result[name] = dict(zip(("seconds", "peak"), run_measured([str(BIN / "mkdocs"), "build", "-q"], project)))
        result[name]["size"] = size_of(project / "site")
        log(f"{docs}: {PEERS[name]} {result[name]['seconds']:.1f} s")
    result["ours_warm"] = dict(zip(("seconds", "peak"), run_measured([str(BIN / "sotay"), "build", "--root", "."], root)))
    log(f"{docs}: sotay build (warm, nothing changed) {result['ours_warm']['seconds']:.1f} s")
    shutil.rmtree(root / "site")
    result["ours_store"] = dict(zip(("seconds", "peak"), run_measured([str(BIN / "sotay"), "build", "--root", "."], root)))
    log(f"{docs}: sotay build (warm, site/ removed: from the page store) {result['ours_store']['seconds']:.1f} s")
    if edit:
        source = edited_guide(root, docs)
        result["edit_ours"] = edit_loop(root, source, f"guides/{source.stem}/")
        log(f"{docs}: edit loop, ours {result['edit_ours']:.2f} s")
        placed = sectioned_paths(root / "content")[source]
        result["edit_plain"] = edit_loop(peers["plain"], peers["plain"] / "docs" / placed, placed.removesuffix(".md") + "/")
        log(f"{docs}: edit loop, plain --dirty {result['edit_plain']:.2f} s")
    return result


def edited_guide(root: Path, docs: int) -> Path:
    """The guide whose edit the edit loop and its profile time."""
    return sorted((root / "content" / "guides").glob("*.md"))[docs // 7 % 50]


def report(results: list[dict], profiled: dict[str, list]) -> str:
    def ratio(a: float, b: float) -> str:
        return f"{a / b:.2f}×"

    lines = ["| docs | peer | build: ours cold / warm / store (s) | peer (s) | ratio cold / warm / store "
             "| peak MB: ours / peer | ratio | site MB: ours / peer | ratio | edit loop s: ours / peer --dirty "
             "| check s per 1,000 files |",
             "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in results:
        ours, warm, store = r["ours"], r["ours_warm"], r["ours_store"]
        for name in (name for name in PEERS if name in r):
            plain = r[name]
            edit = f"{r['edit_ours']:.2f} / {r['edit_plain']:.2f}" if "edit_ours" in r and name == "plain" else "–"
            lines.append(
                f"| {r['docs']} | {PEERS[name]} | {ours['seconds']:.1f} / {warm['seconds']:.1f} / {store['seconds']:.1f} "
                f"| {plain['seconds']:.1f} | {ratio(ours['seconds'], plain['seconds'])} / "
                f"{ratio(warm['seconds'], plain['seconds'])} / {ratio(store['seconds'], plain['seconds'])} "
                f"| {ours['peak'] / 1e6:.0f} / {plain['peak'] / 1e6:.0f} | {ratio(ours['peak'], plain['peak'])} "
                f"| {ours['size'] / 1e6:.1f} / {plain['size'] / 1e6:.1f} | {ratio(ours['size'], plain['size'])} "
                f"| {edit} | {r['check_per_1000']:.2f} |")
    if len(results) > 1:
        lines += ["", "Growth of ours (cold build seconds per 1,000 documents): "
                  + ", ".join(f"{r['docs']}: {r['ours']['seconds'] / r['docs'] * 1000:.1f}" for r in results)
                  + " (plain: " + ", ".join(f"{r['docs']}: {r['plain']['seconds'] / r['docs'] * 1000:.1f}" for r in results) + ")"]
    for r in results:
        lines += ["", f"Memory of our cold build over time, {r['docs']} documents (proportional set size of each process):",
                  r["ours"]["timeline"]]
    for what, entries in profiled.items():
        lines += ["", f"Profile of {what} (inclusive seconds, share of the whole):"]
        whole = entries[0][0]
        lines += [f"  {seconds:7.2f}  {seconds / whole * 100:5.1f}%  {name}" for seconds, name in entries]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,3000", help="comma-separated document counts (10000: the flat peer takes ~25 min)")
    parser.add_argument("--work", type=Path, required=True, help="working folder (each size's subfolder is emptied first)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-edit", action="store_true", help="skip the edit loop")
    parser.add_argument("--no-flat", action="store_true", help="skip the flat peer (every document of a kind in one folder)")
    parser.add_argument("--profile", action="store_true", help="also profile one cold build of each size (pyinstrument)")
    parser.add_argument("--top", type=int, default=20, help="profile entries to print")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    args.work = args.work.resolve()  # MkDocs reads a relative site_dir from the folder of mkdocs.yml
    results, profiled = [], {}
    for docs in (int(size) for size in args.sizes.split(",")):
        results.append(bench_size(docs, args.work, args.seed, edit=not args.no_edit, flat=not args.no_flat))
        if args.profile:
            root = args.work / str(docs) / "corpus"
            profiled[f"one cold build, {docs} documents"] = profile(root, root / "site-profiled", args.top)
            shutil.rmtree(root / "site-profiled")
            profiled[f"one serve --dirty rebuild after a guide's edit, {docs} documents"] = profile_edit(
                root, root / "site-profiled", edited_guide(root, docs), args.top)
            shutil.rmtree(root / "site-profiled")
    text = report(results, profiled)
    print(text)
    if args.json:
        args.json.write_text(json.dumps({"results": results, "profile": profiled}, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
