"""Cold build, warm restart and one-file reload at 100k paragraphs, as ratios of one run.

Each build runs in a fresh process, as a restart would (`--child`), except the reload,
which rebuilds in the process that built before, as `/reload` does.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import DATA_DIR, machine
from benchmarks.generate import write_corpus


def child(corpus: Path, data_dir: Path | None, edit: bool) -> dict[str, float]:
    from bot.buildcache import CorpusCache
    from bot.knowledge import build_knowledge

    cache = CorpusCache.in_data_dir(data_dir) if data_dir is not None else None
    started = time.perf_counter()
    knowledge = build_knowledge(corpus, cache)
    result = {"build": time.perf_counter() - started, "paragraphs": len(knowledge.paragraphs)}
    if edit and cache is not None:
        first = sorted(corpus.glob("*.md"))[0]
        original = first.read_text(encoding="utf-8")
        try:
            first.write_text(original + "\nOne more paragraph, added for the reload.\n")
            started = time.perf_counter()
            build_knowledge(corpus, cache)
            result["reload"] = time.perf_counter() - started
            result["reload_read"] = cache.last.read
        finally:
            first.write_text(original, encoding="utf-8")
    return result


def run_child(corpus: Path, data_dir: Path | None, edit: bool = False) -> dict[str, float]:
    command = [sys.executable, "-m", "benchmarks.cache", "--child", str(corpus)]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    if edit:
        command.append("--edit")
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", type=Path)
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--edit", action="store_true")
    parser.add_argument("--paragraphs", type=int, default=100_000)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.data_dir, args.edit)))
        return
    corpus = write_corpus(DATA_DIR / f"c{args.paragraphs}", args.paragraphs)
    data_dir = Path(tempfile.mkdtemp(prefix="forum-bot-cache-"))
    try:
        uncached = run_child(corpus, None)["build"]
        cold = run_child(corpus, data_dir)["build"]
        warm = run_child(corpus, data_dir, edit=True)
    finally:
        shutil.rmtree(data_dir)
    print(machine())
    print(f"{args.paragraphs:,} paragraphs")
    print(f"build without cache:       {uncached:6.2f} s")
    print(f"cold build (empty cache):  {cold:6.2f} s")
    print(f"restart, warm cache:       {warm['build']:6.2f} s = {warm['build'] / cold:.2f}x cold")
    print(
        f"reload, one file changed:  {warm['reload']:6.2f} s = {warm['reload'] / cold:.2f}x cold "
        f"({warm['reload_read']:.0f} file read)"
    )


if __name__ == "__main__":
    main()
