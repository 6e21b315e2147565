"""polkg: a knowledge graph of politicians, parties and events."""

from polkg.api import KnowledgeGraph, LoadReport, ParameterError

__version__ = "0.1.0"
__all__ = ["KnowledgeGraph", "LoadReport", "ParameterError", "__version__"]
