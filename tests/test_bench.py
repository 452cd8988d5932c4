"""`make bench` on a tiny generated corpus: it writes its JSON with the expected keys."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from flows import bench
from flows.bench import EXAMPLE_QUERIES, RESULT_KEYS, format_results, run_bench, write_documents
from flows.nlp import DEFAULT_MODEL

SENTENCES = (
    "The Treasury Department said on Monday that exports rose 4 percent to $12 billion.",
    '"We will meet again in Paris," Secretary Smith told reporters after the talks.',
    "Police arrested two men in Chicago and seized 300 kilograms of fentanyl.",
)


def _corpus(path: Path, count: int) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as out:
        for i in range(count):
            record = {
                "id": f"doc-{i}",
                "title": f"Bulletin number {i}",
                "text": f"{SENTENCES[i % 3]} Officials counted {i + 1} cases in the report.",
                "published": "2025-02-10 12:05:00-05:00",
                "url": f"https://example.org/{i}",
                "source": "generated",
            }
            out.write(json.dumps(record) + "\n")
    return path


def test_bench_writes_results(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = _corpus(tmp_path / "corpus.jsonl.gz", 30)
    (tmp_path / "all").mkdir()
    assert write_documents(corpus, None, tmp_path / "all") == 30
    monkeypatch.setattr(bench, "DOCUMENTS_PER_FILE", 8)  # the input size cap is per file
    (tmp_path / "shards").mkdir()
    assert write_documents(corpus, 20, tmp_path / "shards") == 20
    shards = sorted((tmp_path / "shards").iterdir())
    assert [len(p.read_text().splitlines()) for p in shards] == [8, 8, 4]
    result = run_bench(
        corpus, 20, out_dir=tmp_path / "bench", model=DEFAULT_MODEL, n_process=1, batch_size=8
    )
    written = json.loads((tmp_path / "bench" / "results-20.json").read_text())
    assert tuple(written) == RESULT_KEYS
    assert written["documents"] == written["articles"] == 20
    assert set(written["stages"]) == {"plan", "extract", "write"}
    assert written["rerun_nothing_new"] is True
    assert written["words_per_second"] > 0 and written["pipeline_over_floor"] > 0
    assert written["pipeline_over_model_in_workers"] > 0
    assert [q["sql"] for q in written["queries"]] == list(EXAMPLE_QUERIES)
    assert all(q["rows"] >= 0 for q in written["queries"])
    memory = written["peak_rss_mib"]
    assert set(memory) == {"self", "with_children", "with_children_pss"}
    assert 0 < memory["self"] <= memory["with_children"]
    assert 0 < memory["with_children_pss"] <= memory["with_children"]
    trace = (tmp_path / "bench" / "memory-20.csv").read_text().splitlines()
    assert trace[0] == (
        "seconds,self_rss_mib,self_pss_mib,tree_rss_mib,tree_pss_mib,largest_child_pss_mib"
    )
    samples = [[float(value) for value in line.split(",")] for line in trace[1:]]
    assert samples and all(len(sample) == 6 for sample in samples)
    for _, own_rss, own_pss, tree_rss, tree_pss, child_pss in samples:
        assert 0 < own_pss <= own_rss <= tree_rss and own_pss <= tree_pss
        assert 0 <= child_pss <= tree_pss - own_pss + 0.2  # one child's share of the tree
    assert max(sample[1] for sample in samples) <= memory["self"]
    assert "pipeline throughput / floor" in format_results(result)
    assert "bare model in the workers" in format_results(result)
