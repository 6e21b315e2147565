"""Identity: date intervals, deterministic IRIs, linking names to entities, resolving what a
user typed, likely duplicates, and SHACL validation."""
