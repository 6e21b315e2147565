"""Evaluation of news extraction against gold facts (docs/EVALUATION.md).

facts.py reads and writes the gold format, scoring.py scores one article,
readback.py reads a document's facts from the graph with SPARQL, run.py
pairs articles with gold files and runs the whole evaluation.
"""

from .facts import Entity, Event, Facts, GoldFormatError, Relation
from .readback import document_facts
from .run import EvaluationError, EvaluationReport, FileResult, evaluate
from .scoring import MEASURES, Score, micro, score

__all__ = ["MEASURES", "Entity", "EvaluationError", "EvaluationReport", "Event", "Facts",
           "FileResult", "GoldFormatError", "Relation", "Score", "document_facts", "evaluate",
           "micro", "score"]
