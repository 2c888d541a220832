"""jieba's tokenizer with the domain words of rules/labels.yaml, loaded fast.

jieba builds its prefix dictionary (about 500,000 entries) from dict.txt once and keeps
it in a marshal file in the temp folder; loading that file takes about 0.7 s, in every
process that segments. The same dictionary, with the domain words already added, is
kept here as plain data (the words as UTF-8 text, the frequencies as a 64-bit array),
which runs no code when read. It is rebuilt whenever jieba,
its dict.txt or the domain words change, and when the file is missing or damaged; one made for
other domain words (another checkout of the rules) is kept until it has not been made for a week.

The words are kept in parts by their first two characters, and a part is put into the tokenizer's
dictionary only when a text holding those characters, one after the other, is segmented: jieba looks
up no entry but the pieces of the text it cuts, each one of its characters or starting with two that
follow each other in it, so it cuts exactly as with the whole dictionary. Building the whole dictionary
(0.2 s of CPU) is what loading it cost; the labels stage segments only short clauses, whose pairs of
characters start a tenth of the entries over the 52 national reports (by first character alone: two
thirds).

The folder is $ZHIBIAO_CACHE_DIR, else $XDG_CACHE_HOME/zhibiao, else ~/.cache/zhibiao.
When it cannot be written, jieba is simply loaded the slow way.
"""

from __future__ import annotations

import array
import functools
import hashlib
import itertools
import json
import logging
import math
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from .out_files import write_atomic

FORMAT = b"zhibiao jieba dictionary 3\n"
USER_WORD_FREQ = 100_000  # high enough that jieba never splits a domain word
STALE_AFTER = 7 * 24 * 3600  # seconds: a dictionary made for other words longer ago is deleted


def cache_dir() -> Path:
    if os.environ.get("ZHIBIAO_CACHE_DIR"):
        return Path(os.environ["ZHIBIAO_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "zhibiao"


def _import_jieba():
    """jieba, imported without setuptools' pkg_resources.

    jieba's _compat imports pkg_resources (0.1 s of CPU, in every process that segments) only to
    open its own data files, and opens them by path when that import fails: it is made to fail
    while jieba is imported, and nothing else sees the difference.
    """
    if "jieba" not in sys.modules and "pkg_resources" not in sys.modules:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # import pkg_resources: ImportError
        try:
            import jieba
        finally:
            del sys.modules["pkg_resources"]
    import jieba

    return jieba


def tokenizer(user_words: tuple[str, ...]):
    """A jieba.Tokenizer with jieba's dictionary and ``user_words`` added (see _tokenizer_class)."""
    jieba = _import_jieba()
    jieba.setLogLevel(logging.WARNING)
    tok = _tokenizer_class()()
    path = cache_dir() / f"jieba-{_key(tok, user_words)}.dict"
    loaded = _load(path)
    if loaded is not None:
        tok.FREQ, tok.total, tok.pending = loaded
        tok.initialized = True  # what jieba's own initialize() sets once FREQ and total are in place
        return tok
    for word in user_words:
        tok.add_word(word, freq=USER_WORD_FREQ)
    _save(path, tok.FREQ, tok.total)
    return tok


@functools.cache
def _tokenizer_class():
    """jieba.Tokenizer whose dictionary entries are put in place by their first two characters, when first needed.

    ``pending`` holds the groups of entries not yet in FREQ (see _Groups). Every entry jieba looks up while
    cutting a text is a piece of one of the text's blocks, which get_DAG is given first: one of its characters, or
    a piece starting with two characters following each other in the block; adding a word adds only entries
    starting with its first character or its first two. ``frequency`` answers for any word."""
    jieba = _import_jieba()

    class Tokenizer(jieba.Tokenizer):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.pending: _Groups | None = None  # nothing pending: FREQ is whole
            self.asked: set[str] = set()  # the pairs of characters need() has looked at
            self.weights: dict[str, float] = {}  # a word's log frequency over the total, as calc() weighs it

        def need(self, text: str) -> None:
            """Put in FREQ every entry that is a character of ``text`` or starts with two characters following
            each other in it: all that jieba looks up while cutting it. Each pair of characters (and a last
            character alone) is looked at once per run: clauses repeat them, and the loop over them is Python's."""
            pending = self.pending
            if pending is None:
                return
            new = {text[i : i + 2] for i in range(len(text))} - self.asked
            if not new:
                return
            self.asked |= new
            groups, seconds, taken = pending.groups, pending.seconds, pending.taken
            for pair in new:
                group = groups.get(pair[0])
                if group is None:
                    continue
                k, first, last = group  # the parts of its first character: k + first alone, then one per second
                if not taken[k + first]:
                    self.FREQ.update(pending.take(k + first))
                j = seconds.find(pair[1], first, last) if len(pair) == 2 else -1
                if j >= 0 and not taken[k + 1 + j]:
                    self.FREQ.update(pending.take(k + 1 + j))

        def get_DAG(self, sentence):  # jieba's name
            self.need(sentence)
            return super().get_DAG(sentence)

        def calc(self, sentence, DAG, route):  # jieba's names: route gets the best path through DAG, from the end
            """jieba's calc with each word's weight (log of its frequency less log of the total) worked out once per
            run, not at every cut: the same sums of the same floats, and of equal ones the first, as max() keeps."""
            n = len(sentence)
            route[n] = (0, 0)
            weights, log_total = self.weights, math.log(self.total)
            for start in range(n - 1, -1, -1):
                best = None
                for end in DAG[start]:
                    word = sentence[start : end + 1]
                    weight = weights.get(word)
                    if weight is None:  # its entries are in FREQ: get_DAG put them there for this sentence
                        weight = weights[word] = math.log(self.FREQ.get(word) or 1) - log_total
                    step = (weight + route[end + 1][0], end)
                    if best is None or step > best:
                        best = step
                route[start] = best

        def add_word(self, word, freq=None, tag=None):
            self.need(word[:2])  # the word and its prefixes
            self.weights.clear()  # the total changes
            return super().add_word(word, freq, tag)

        def frequency(self, word: str) -> int:
            """The dictionary's frequency of ``word`` (0 for a prefix or no word)."""
            self.need(word[:2])
            return self.FREQ.get(word, 0)

        def whole(self) -> dict[str, int]:
            """FREQ with every entry in place."""
            if self.pending is not None:
                for part, done in enumerate(self.pending.taken):
                    if not done:
                        self.FREQ.update(self.pending.take(part))
            return self.FREQ

    return Tokenizer


def tagged_words(tags: frozenset[str]) -> TaggedWords:
    """The words jieba's dict.txt tags with one of ``tags`` (its part-of-speech column: v, a, d …), asked one at a
    time (``word in tagged_words(tags)``)."""
    return TaggedWords(_tag_table(), tags)


def tag_of(word: str) -> str | None:
    """The tag jieba's dict.txt gives ``word`` (v, n, ns …), None for a word it does not hold."""
    return _tag_table().tag(word)


class TaggedWords:
    """The words of jieba's dictionary tagged with one of some tags: a word is looked up when asked, the table is
    not turned into sets (seven of them, 470,000 words, took 0.14 s of CPU in every process)."""

    def __init__(self, table: _TagTable, tags: frozenset[str]):
        self.table, self.tags = table, tags

    def __contains__(self, word: str) -> bool:
        return self.table.tag(word) in self.tags


class _TagTable:
    """Each word's tag, as UTF-8 text (not decoded: 30 ms): lines ``\\nword\\ttag`` grouped by the word's first
    character; ``at`` maps a first character to the span of its group."""

    def __init__(self, data: bytes, at: dict[str, tuple[int, int]]):
        self.data, self.at = data, at

    def tag(self, word: str) -> str | None:
        span = self.at.get(word[:1])
        if span is None:
            return None
        needle = f"\n{word}\t".encode()
        found = self.data.find(needle, *span)
        if found < 0:
            return None
        start = found + len(needle)
        return self.data[start : self.data.index(b"\n", start)].decode()


def _tag_table() -> _TagTable:
    """jieba.posseg would read the whole dict.txt and its tagging model in every process (about 0.6 s); the tags are
    kept instead in the cache folder (a header line, then the groups), made again when jieba or its dict.txt
    changes."""
    jieba = _import_jieba()
    source = Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME
    stat = os.stat(source)
    h = hashlib.sha256(FORMAT)
    h.update(json.dumps([jieba.__version__, str(source), stat.st_size, stat.st_mtime_ns]).encode())
    return _read_tag_table(cache_dir() / f"jieba-tags-{h.hexdigest()[:20]}.txt", source)


@functools.cache
def _read_tag_table(path: Path, source: Path) -> _TagTable:
    try:
        header, data = path.read_bytes().split(b"\n", 1)
        chars, ends = json.loads(header)
        if len(chars) == len(ends) and ends[-1] == len(data) - 1 and data.endswith(b"\n"):
            return _TagTable(data, dict(zip(chars, zip([0, *ends], ends), strict=True)))
    except (OSError, ValueError, TypeError, IndexError):
        pass
    tag_of = {}
    with open(source, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3:
                tag_of[parts[0]] = parts[2]  # a word written twice takes its last tag, as jieba.posseg's table does
    groups: dict[str, list[str]] = {}
    for word, tag in tag_of.items():
        groups.setdefault(word[0], []).append(f"\n{word}\t{tag}")
    texts = ["".join(lines).encode("utf-8") for lines in groups.values()]
    ends = list(itertools.accumulate(map(len, texts)))
    data = b"".join(texts) + b"\n"
    try:
        write_atomic(path, json.dumps(["".join(groups), ends], ensure_ascii=False).encode("utf-8") + b"\n" + data)
    except OSError:
        pass  # a read-only home: read from dict.txt next time too
    return _TagTable(data, dict(zip(groups, zip([0, *ends], ends), strict=True)))


def _key(tok, user_words: tuple[str, ...]) -> str:
    """Changes with jieba's version, its dictionary file and the domain words."""
    jieba = _import_jieba()

    source = tok.dictionary or str(Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME)  # None: jieba's own
    stat = os.stat(source)
    h = hashlib.sha256(FORMAT)
    h.update(json.dumps([jieba.__version__, source, stat.st_size, stat.st_mtime_ns, USER_WORD_FREQ,
                         list(user_words), sys.byteorder], ensure_ascii=False).encode())
    return h.hexdigest()[:20]


class _Groups:
    """The entries of the dictionary file in parts, by first character and then by second: the part of a character
    alone, then one part for each second character of the entries it starts, in the order of ``seconds``.

    The words of part p, each ended by a line break, are bytes ``words[bytes_at[p]:bytes_at[p + 1]]`` (UTF-8), their
    frequencies ``freqs[words_at[p]:words_at[p + 1]]``; ``groups`` maps a first character to (k, first, last): its
    second characters are ``seconds[first:last]``, its part alone is k + first and the part of ``seconds[j]`` is
    k + 1 + j. ``taken`` marks the parts already in FREQ."""

    def __init__(self, words: bytes, freqs: array.array, bytes_at: array.array, words_at: array.array, chars: str,
                 seconds: str, n_seconds: list[int]):
        self.words, self.freqs, self.bytes_at, self.words_at, self.seconds = words, freqs, bytes_at, words_at, seconds
        ends = list(itertools.accumulate(n_seconds))
        self.groups = dict(zip(chars, zip(range(len(chars)), [0, *ends], ends), strict=False))
        self.taken = bytearray(len(chars) + len(seconds))

    def take(self, part: int) -> Iterator[tuple[str, int]]:
        """The (word, frequency) entries of a part, no longer pending."""
        self.taken[part] = 1
        words = self.words[self.bytes_at[part] : self.bytes_at[part + 1]].decode("utf-8").split("\n")
        return zip(words[:-1], self.freqs[self.words_at[part] : self.words_at[part + 1]], strict=True)


def _load(path: Path) -> tuple[dict[str, int], int, _Groups] | None:
    """(FREQ with no entry yet, total, the entries in parts), or None if the file is missing or not whole."""
    try:
        data = path.read_bytes()
        if not data.startswith(FORMAT):
            return None
        header_end = data.index(b"\n", len(FORMAT))
        header = json.loads(data[len(FORMAT) : header_end])
        count, chars, seconds, n_seconds = header["count"], header["chars"], header["seconds"], header["parts"]
        n_parts = len(chars) + len(seconds)
        arrays = [array.array("q"), array.array("i"), array.array("i")]  # freqs, bytes_at, words_at
        at = header_end + 1
        for a, n in zip(arrays, (count, n_parts + 1, n_parts + 1), strict=True):
            a.frombytes(data[at : at + n * a.itemsize])
            at += n * a.itemsize
        freqs, bytes_at, words_at = arrays
        words = data[at:]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if (len(chars) != len(n_seconds) or sum(n_seconds) != len(seconds) or len(freqs) != count
            or len(bytes_at) != n_parts + 1 or bytes_at[-1] != len(words) or words_at[-1] != count
            or not words.endswith(b"\n")):
        return None
    return {}, int(header["total"]), _Groups(words, freqs, bytes_at, words_at, chars, seconds, n_seconds)


def _save(path: Path, freq: dict[str, int], total: int) -> None:
    """Write the cache file atomically; any failure leaves no file (the next run rebuilds it)."""
    if any("\n" in word or not word for word in freq):
        return  # the file ends each word with a line break, and groups them by their first character
    groups: dict[str, dict[str, list[str]]] = {}  # first character -> second character ("": alone) -> words
    for word in freq:
        groups.setdefault(word[0], {"": []}).setdefault(word[1:2], []).append(word)
    parts = [words for group in groups.values() for words in group.values()]
    texts = ["".join(w + "\n" for w in words).encode("utf-8") for words in parts]
    header = json.dumps({"total": total, "count": len(freq), "chars": "".join(groups),
                         "seconds": "".join("".join(group) for group in groups.values()),
                         "parts": [len(group) - 1 for group in groups.values()]}, ensure_ascii=False).encode()
    arrays = [array.array("q", (freq[w] for words in parts for w in words)),
              array.array("i", itertools.accumulate(map(len, texts), initial=0)),
              array.array("i", itertools.accumulate(map(len, parts), initial=0))]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(FORMAT + header + b"\n" + b"".join(a.tobytes() for a in arrays) + b"".join(texts))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        # made for an older jieba or other domain words, and not made again for a week: another checkout or
        # version of the rules on this machine keeps its own (deleting it made each rebuild the other's, 0.4 s)
        for stale in path.parent.glob("jieba-*.dict"):
            if stale != path and stale.stat().st_mtime < time.time() - STALE_AFTER:
                stale.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only home: jieba loads the slow way next time too
