"""News articles to facts (spaCy pipeline, gazetteers, relation rules)."""
