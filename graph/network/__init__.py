"""The NetworkX projection of the store and what is read from it: paths, ego networks,
centrality, communities, timelines, plots and network export."""
