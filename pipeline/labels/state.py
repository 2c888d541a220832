"""What the labels stage carries from one figure to the next within a sentence."""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ..figures import Found


@dataclass
class SentenceState:
    """What carries from one figure to the next within a sentence."""

    start: int
    scanned: int  # clauses before this offset have been read for entity and period
    entity: str | None = None
    entity_object: bool = False  # the entity was named inside the object of a verb (建设唐宦村…示范点)
    subject: str | None = None  # the name opening the sentence's first clause as its doer (天易经开区实现…)
    named_span: tuple[int, int, str] | None = None  # (start, end, name) of a name a figure described: one inside is its size
    scope: str | None = None
    covered: str | None = None  # the period ``scope`` names, as a code
    target: bool = False
    cues: tuple[regex.Match, ...] = ()  # the plan words that made it a target
    lead_in: bool = False  # they are an estimate word leading the sentence in (初步统计，…): no result clause ends it
    cue_from: int = -1  # plan words are looked for from here (a result clause after a plan ends them)
    target_list: tuple[int, str | None, str | None, tuple] | None = None  # (end, scope, covered, cues) of a list of targets
    quota_end: int | None = None  # the end of a figure a plan word named alone: its plan ends with its clause
    goal_end: int | None = None  # the end of an amount that is a goal itself (目标45亿元): the share after it is done
    prev: Found | None = None
    prev_end: int = -1  # end of the previous figure and of the object written after it
    prev_label: str = ""
    prev_verb: str = ""  # what the previous figure's label had before its object
    prev_raw: str = ""  # the words of the previous figure's clause before it (双碳产业园新招引企业)
    # a period opening the sentence: (start of its line, period, its code, where it stops holding: the full stop)
    opening_scope: tuple[int, str | None, str | None, int] | None = None
    paragraph_span: tuple[str | None, str | None] | None = None  # (scope, covered) of a span opening the paragraph
    listed_period: tuple[str | None, str | None] | None = None  # (scope, covered) of the figure before: a list's
    labels: list[str] = field(default_factory=list)  # of the figures so far in the sentence
    units: list[str] = field(default_factory=list)  # of the same figures
    names_measured: set[str] = field(default_factory=set)  # labels that are the name of what they measure (桃产业基地)
    paired: list[str] = field(default_factory=list)  # labels the rest of a 分别 list pairs with, in order
    paired_word: str = ""  # what the 分别 list says of each (增长)

    def end_plan(self, at: int) -> None:
        """A result clause after a plan (上半年已完成…): no target from here on; plan words are looked for from ``at``."""
        self.target, self.cues, self.cue_from, self.target_list, self.quota_end = False, (), at, None, None
        self.lead_in = False
