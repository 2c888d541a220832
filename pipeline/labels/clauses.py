"""Clauses and their words: jieba segmenting of short clauses (never the whole report), where the clause
before a figure begins, and a clause cleaned into label text (without dates, periods, the list before 等,
adverbs and 达/为)."""

from __future__ import annotations

import regex

from .. import dictionary, rules
from ..sections import WRAP
from .loading import NAME, LabelRules, label_rules

# Shapes of text (not language knowledge, which is in rules/labels.yaml), compiled once.
HAN_WORD = regex.compile(r"\p{Han}+")


@rules.cached
def _jieba():
    """jieba with the domain words added; loaded on first use (see pipeline/dictionary.py)."""
    return dictionary.tokenizer(tuple(rules.model(NAME).user_words))


@rules.cached(maxsize=4096)
def segment(text: str) -> tuple[str, ...]:
    """jieba words of a short clause (no HMM: the user dictionary decides new words)."""
    return tuple(_jieba().lcut(text, HMM=False)) if text else ()


def clause_start(text: str, lo: int, pos: int, lr: LabelRules) -> int:
    """Where the clause ending at ``pos`` begins (not before ``lo``).

    Commas, semicolons and the like always break. A 、 right after the previous
    figure breaks (41个片区、119个网格), and so does one between two long
    stretches (…提质升级、枫林村投入24万元) or before a figure after a long stretch (…综合改造、32公里的…);
    between list items it does not
    (走访慰问老党员、困难党员43名).
    """
    last = lr.last_clause_break.search(text, lo, pos)
    start = last.end() if last else lo
    item_start = start
    i = text.find("、", start, pos)
    while i >= 0:
        after = pos - i - 1
        # a figure opening an item after a long one breaks too (…综合改造、32公里的农村道路新建维修)
        if i == lo or (i - item_start > lr.list_item_max and (after > 4 or after == 0)):
            start = i + 1
        item_start = i + 1
        i = text.find("、", i + 1, pos)
    return start


def strip_label(label: str, lr: LabelRules) -> str:
    """Drop leading adverbs and place words, trailing 达/为/共, and quotes."""
    label = lr.quotes.sub("", label).strip("、")
    # the bracket round the figure before or after it (比上年同期(5181万元)增长37.2%) is no part of the label
    label = label.removeprefix(")").removeprefix("）").removesuffix("(").removesuffix("（")
    while label:
        label = label.lstrip("、")  # 突破4000亿元大关、达…: the 、 left after a stripped word
        m = lr.strip_prefixes_long.match(label)
        marker = lr.label_marker.match(label)
        if m:
            label = label[m.end() :]
        elif marker and marker.end() < len(label):
            label = label[marker.end() :]  # 4.完成林地品改800亩: the paragraph's list number
        # a one-character word only as a whole token: 共 goes, 共享 stays
        elif label[0] in lr.strip_prefixes_char and segment(label)[0] == label[0]:
            label = label[1:]
        else:
            break
    while label:
        m = lr.strip_suffixes_long.search(label)
        if m:
            label = label[: m.start()]
        elif label[-1] in lr.strip_suffixes_char and segment(label)[-1] == label[-1]:
            label = label[:-1]
        else:
            break
    return label


def _cut_list(clause: str, lr: LabelRules) -> str:
    """Keep what follows the last 等/通过 (…低保、特困供养等民政补助 -> 民政补助), unless that only names
    the kind of the things listed (占道经营、乱堆乱放等问题 stays whole)."""
    if not any(word in clause for word in lr.list_cut):
        return clause  # no token can be one: no need to segment
    tokens = segment(clause)
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i] in lr.list_cut and i < len(tokens) - 1:
            rest = "".join(tokens[i + 1 :])
            return clause if rest in lr.list_kinds else rest
    return clause


def previous_clause(text: str, sentence_start: int, pos: int, raw: str, lr: LabelRules) -> str:
    """The cleaned clause before the figure's own clause (开展专项巡查，历时2个月 -> 开展专项巡查)."""
    own_start = pos - len(raw)
    if own_start <= sentence_start:
        return ""
    prev_end = own_start - 1
    prev_start = clause_start(text, sentence_start, prev_end, lr)
    return cleaned(text[prev_start:prev_end])


def _period_stays(m: regex.Match, clause: str, lr: LabelRules) -> bool:
    """A period that names the goal a figure is a share of (占全年任务的96%) or the baseline its subject
    is compared with (增速比上半年加快0.3个百分点) is part of what the figure measures: it stays in the
    label. With no subject (较年初提高6.2个百分点) the figure relates to the one before, as its label says."""
    if lr.qualifies.match(clause[m.end() :]):
        return True
    compared = lr.comparison.search(clause[: m.start()])
    return bool(compared and HAN_WORD.search(clause, 0, compared.start()))


@rules.cached(maxsize=8192)
def cleaned(clause: str) -> str:
    """A clause as label text: without its dates and periods, the list before 等, adverbs and 达/为."""
    lr = label_rules()
    clause = lr.aside.sub("", clause.replace(WRAP, ""))
    if lr.period_chars.search(clause) or lr.date_noise_chars.search(clause):
        clause = lr.date_noise.sub("", lr.period.sub(lambda m: m[0] if _period_stays(m, clause, lr) else "", clause))
    return strip_label(_cut_list(clause, lr), lr)


def shorten(label: str, lr: LabelRules, most: int | None = None) -> str:
    """Keep the last words of an over-long label (longer than ``most``, by default max_label): the verb and
    object nearest the figure."""
    most = lr.max_label if most is None else most
    if len(label) <= most:
        return label
    if note := lr.caliber_aside.search(label):  # a caliber note is no words: 区级地方收入(不含免抵调)…同比增长 keeps 区级
        most += note.end() - note.start()
        if len(label) <= most:
            return label
    kept: list[str] = []
    size = 0
    for tok in reversed(segment(label)):
        if size + len(tok) > most:
            break
        kept.insert(0, tok)
        size += len(tok)
    while len(kept) > 1 and kept[0] in lr.strip_prefixes_char:  # …接壤的xxx片区就已落户…项目: not from 的
        kept.pop(0)
    return "".join(kept) or label[-most:]


@rules.cached
def longest_first(words: frozenset[str]) -> tuple[str, ...]:
    """The words, longest first (a word ending another is tried after it): sorted once per set of words."""
    return tuple(sorted(words, key=len, reverse=True))


def rate_base(label: str, lr: LabelRules) -> str:
    """The label of what changes, without the change a previous figure named (产值环比增长 -> 产值)."""
    for word in longest_first(lr.rate_words):
        if label.endswith(word) and len(label) > len(word):
            return label[: -len(word)]
    return label
