"""The reader: one object over the tokens of one text, with the grammar's rules as methods.

The grammar is mutually recursive (``read -> after_number -> read_range -> read``, ``weekday ->
read``, ``decade -> month_date``), so its rules stay methods of one object; the mixins only split
the *files* by job, and no grammar module imports another (``read_range`` calls ``self.read``). This module is the only one that
imports them all.
"""
from __future__ import annotations

from .cardinals import Cardinals
from .dates import Dates
from .expressions import Expressions
from .guards import Guards
from .ranges import Ranges
from .times import Times
from .tokens import TokenCursor
from .units import Units


class Reader(TokenCursor, Guards, Cardinals, Units, Dates, Expressions, Ranges, Times):
    """Reads numbers, quantities, money, percentages, ranges and dates starting at a token."""
