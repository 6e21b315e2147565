"""The graph, by concern: store/ (backends), identity/ (dates, IRIs, linking, names, duplicates,
validation) and network/ (the NetworkX projection, its analyses, timelines, plots, export).

Layers, lowest first: store, identity, network. A module imports only from its own layer or
those below, and graph/ never imports the loaders or the doors (tests/test_architecture.py).
"""
