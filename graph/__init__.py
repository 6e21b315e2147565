"""The store, identity, dates, the NetworkX projection and export."""
