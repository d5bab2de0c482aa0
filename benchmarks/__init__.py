"""newslint's benchmarks, measured on the real dev corpora with the real CLI.

    python -m benchmarks.quality     # precision and recall per rule family (RESULTS.md, results.json)
    python -m benchmarks.speed       # throughput and memory beside codespell and typos

Layout: ``common`` (corpus location, the bbc-dev listing, running ``newslint``),
``figures`` (result rows, results.json, the README table), ``cases`` (reading the
labelled cases in ``data/``), ``aeb`` (aeb-dev line labels), ``internals`` (the only
place a benchmark imports a newslint internal), ``quality/`` (one module per family)
and ``speed``.  Robustness and labelling tools live in ``tools/``.
"""
