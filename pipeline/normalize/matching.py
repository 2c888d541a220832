"""A label matched to its canonical indicator: the candidates its words name, scored, the best kept."""

from __future__ import annotations

from .. import rules
from ..figures import simplified
from .indicators import Indicator, lexicon
from .measures import OF_MEASURES, ONE_BRACKET, measure_rules, stripped, what_of


@rules.cached(maxsize=16384)
def _candidates(label: str, unit_norm: str, measure: str | None = None) -> tuple[Indicator, ...]:
    """Labels repeat across reports (发展党员, 消除风险): the lexicon is scanned once per label.
    With a measure, only the indicators that take it (Lexicon.candidates keeps only those)."""
    return tuple(lexicon().candidates(label, unit_norm, measure))


def match(label: str, sentence: str, unit_norm: str, measure: str | None = None) -> Indicator | None:
    """The canonical indicator for a label in a unit (and of a measure, when given), or None. A
    growth or completion no indicator takes by its label is tried by what it is of (完成固定资产投资占计划:
    the completion of 固定资产投资), which the derived rows of rules/indicators.yaml match; a label that
    names what before its verb (高新技术企业净增) with the verb first (rules/indicators.yaml verb_last); one after
    the place or the time it names without them (rules/measures.yaml place_strip), or without the verbs and frames
    around it (key_strip: 完成批发业销售额); none
    for a label of a caliber of its own (财政总收入(不含免抵调): rules/indicators.yaml caliber_note) but a row
    written for its note (rules/indicators.yaml note)."""
    lex = lexicon()
    note = lex.caliber_note.search(label) if lex.caliber_note is not None else None
    if note is not None:
        if note["note"] not in lex.official_notes:
            return _noted_match(label.translate(ONE_BRACKET), unit_norm, measure, note["note"])
        label = label[: note.start()] + label[note.end() :]
    found = _match_words(label, sentence, unit_norm, measure)
    if found is None and measure in OF_MEASURES:
        of = what_of(label)
        if of and of != label:
            found = _match_words(of, sentence, unit_norm, measure)
        if found is None and of:  # what it is of, still in the words of a forecast or a total (农村经济总收入预计增长)
            bare = _unframed(of)
            if bare and bare != of:
                found = _match_words(bare, sentence, unit_norm, measure)
    if found is None:
        verb_first = _verb_first(label)
        if verb_first is not None:
            found = _match_words(verb_first, sentence, unit_norm, measure)
    if found is None:  # the label after the place or the time it names (全苏木共有嘎查, 截至目前累计排查)
        bare = _unplaced(label)
        if bare and bare != label:
            found = _match_words(bare, sentence, unit_norm, measure)
    if found is None:  # …or without the verbs and frames around it (完成批发业销售额: a row's pattern of the measure alone),
        bare = _unframed(_unplaced(label))  # unless the row rules out a word taken away (总投资, not 完成…总投资)
        if len(bare) > 2 and bare != label:  # not a bare word of no kind (完成培训 -> 培训)
            found = _match_words(bare, sentence, unit_norm, measure)
            if found is not None and any(w in label for w in found.not_):
                found = None
    if found is not None and found.same_as is not None:  # words of another indicator, in their context
        found = lexicon().by_id[found.same_as]
    return found


@rules.cached(maxsize=4096)
def _noted_match(label: str, unit_norm: str, measure: str | None, note: str) -> Indicator | None:
    """A label of a caliber of its own (财政总收入(不含免抵调)完成): only a row written for its note takes it
    (rules/indicators.yaml note), by the label or, for a growth or completion, by what it is of."""
    tries = [label]
    if measure in OF_MEASURES:
        of = what_of(label)
        tries += [of, _unframed(of)]
    for words in dict.fromkeys(t for t in tries if t):
        found = _best(tuple(ind for ind in _candidates(words, unit_norm, measure) if ind.note == note), words, "")
        if found is not None:
            return found
    return None


@rules.cached(maxsize=16384)
def _unframed(label: str) -> str:
    """The label without the verbs and frames a comparison key leaves out (rules/measures.yaml key_strip: 预计, 力争,
    累计, 达到 …), removed until none is left."""
    return stripped(measure_rules().key_strip, label)


@rules.cached(maxsize=16384)
def _unplaced(label: str) -> str:
    """The label without the place and time it names before the measure (rules/measures.yaml place_strip)."""
    place = measure_rules().place_strip
    return stripped(place, label) if place is not None else label


def _verb_first(label: str) -> str | None:
    """A label that names what before its verb (高新技术企业净增), with the verb first (净增高新技术企业), or None."""
    pattern = lexicon().verb_last
    m = pattern.match(label) if pattern is not None else None
    return m["verb"] + m["what"] if m else None


def _match_words(label: str, sentence: str, unit_norm: str, measure: str | None) -> Indicator | None:
    words = _context_words(label, unit_norm, measure)
    if not words:
        return _match_label(label, unit_norm, measure)  # the sentence cannot change the answer
    sentence = simplified(sentence)
    # the sentence counts only through which context words it holds: the answer is kept per label and those
    return _match_in_context(label, unit_norm, measure, tuple(w for w in words if w in sentence))


@rules.cached(maxsize=16384)
def _context_words(label: str, unit_norm: str, measure: str | None) -> tuple[str, ...]:
    """The context words of the label's candidates, each once (none: its sentence cannot change the answer)."""
    return tuple(dict.fromkeys(w for ind in _candidates(label, unit_norm, measure) for w in ind.context))


@rules.cached(maxsize=16384)
def _match_in_context(label: str, unit_norm: str, measure: str | None, present: tuple[str, ...]) -> Indicator | None:
    """_best in a sentence holding, of the candidates' context words, exactly ``present``: scored against
    those words alone (each is in the sentence, and so is any word inside one), the answer is the same."""
    return _best(_candidates(label, unit_norm, measure), label, "\0".join(present))


@rules.cached(maxsize=16384)
def _match_label(label: str, unit_norm: str, measure: str | None = None) -> Indicator | None:
    return _best(_candidates(label, unit_norm, measure), label, "")


def _best(candidates: tuple[Indicator, ...], label: str, sentence: str) -> Indicator | None:
    best: tuple[int, int] | None = None
    found = None
    for ind in candidates:
        score = ind.score(label, sentence)
        if score and (best is None or (score, -ind.order) > best):
            best, found = (score, -ind.order), ind
    return found
