"""The subjects a label may lack, named elsewhere: by a heading (一、工业方面), a topic opening the figure's line before a
colon (规上工业总产值：…), a numbered item run into a line (；二、固投方面：…) or a paragraph's opening sentence
(规模以上工业。); and what makes a label thin enough to need one (only a verb or a change: 完成, 同比增长)."""

from __future__ import annotations

from .. import rules
from .clauses import strip_label
from .loading import LabelRules, label_rules
from .objects import ARABIC_DIGIT


def thin(label: str, lr: LabelRules) -> bool:
    """The label is only a verb or a change (完成, 同比增长): rules/labels.yaml thin_label."""
    return _thin(label) if lr is label_rules() else lr.thin_label.fullmatch(label) is not None


@rules.cached(maxsize=16384)
def _thin(label: str) -> bool:
    """thin of a label under the loaded rules, remembered: every part of thin_label is optional, so a label it does
    not fit is tried many ways before it fails (2 µs), two to four times a figure, and labels repeat."""
    return label_rules().thin_label.fullmatch(label) is not None


def line_topic(text: str, pos: int, lr: LabelRules) -> str:
    """The short topic opening the figure's line before a colon (规上工业总产值：7-9月完成…), or the numbered item of
    the line the figure is in (…；二、固投方面：完成投资12亿元)."""
    line_start = text.rfind("\n", 0, pos) + 1
    if lr is not label_rules() or _has_run_in_item(text, line_start):
        for item in lr.run_in_item.finditer(text, line_start, pos):
            line_start = item.end()
    m = lr.line_topic.match(text, line_start, pos)
    topic = subject_words(m["topic"], lr) if m else ""
    return "" if thin(topic, lr) else topic  # 一、完成情况: a heading of results, no subject


@rules.cached(maxsize=256)
def _has_run_in_item(text: str, line_start: int) -> bool:
    """Whether the line starting at ``line_start`` holds a numbered item run into it anywhere: a line that holds
    none holds none before any of its figures either (the pattern reads no further than its look-ahead), so its
    figures skip the search, which otherwise reads a long paragraph from its start once for every figure."""
    end = text.find("\n", line_start)
    return label_rules().run_in_item.search(text, line_start, len(text) if end < 0 else end) is not None


def subject_words(heading: str, lr: LabelRules) -> str:
    """A topic or heading as the subject of a label: without its list marker and a trailing 方面
    (一、工业方面 -> 工业), or "" when it is too long or holds a number to be one."""
    words = lr.subject_frame.sub("", strip_label(lr.row_marker.sub("", heading).strip(), lr))
    return words if len(words) <= lr.heading_subject_max and not ARABIC_DIGIT.search(words) else ""


def run_in_subject(text: str, line_start: int, lr: LabelRules) -> str:
    """The subject a paragraph opens with as a sentence of its own (规模以上工业。2022年1-5月…), or ""."""
    end = lr.run_in_subject_end.search(text, line_start, line_start + lr.heading_subject_max + 1)
    return subject_words(text[line_start : end.start()], lr) if end else ""


def rate_word(words: str, lr: LabelRules) -> str:
    """The change a table cell states before its figure (增长, 下降), or nothing."""
    return words if words in lr.rate_words else ""


def topic_before(text: str, sentence_start: int, lr: LabelRules) -> str:
    """The subject of the sentence right before ``sentence_start`` on its line when that sentence is only a subject and
    how it went (第三产业加快发展。), or ""."""
    line_start = text.rfind("\n", 0, sentence_start) + 1
    before = text[line_start:sentence_start].rstrip()
    if not before or not lr.run_in_subject_end.fullmatch(before[-1]):
        return ""
    head = before[:-1]
    sentence = head[max((m.end() for m in lr.run_in_subject_end.finditer(head)), default=0) :].strip()
    m = lr.topic_sentence.fullmatch(sentence)
    return subject_words(m["subject"], lr) if m else ""
