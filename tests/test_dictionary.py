"""The jieba dictionary kept in zhibiao's cache folder: it must segment exactly as jieba's own."""

import logging
import os
import time
from pathlib import Path

import jieba
import pytest

from pipeline import dictionary, labels, rules

USER_WORDS = rules.words("labels", rules.load("labels"), "user_words")
CLAUSES = ["全镇累计开展集中学习", "雨露计划补助资金", "受益群众达", "新建鹰嘴村饮水工程蓄水池", "城乡低保、特困供养等民政补助"]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHIBIAO_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def plain_jieba():
    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    for word in USER_WORDS:
        tok.add_word(word, freq=dictionary.USER_WORD_FREQ)
    return tok


def test_cached_dictionary_is_jiebas_own(cache):
    built = dictionary.tokenizer(USER_WORDS)  # builds the cache file
    [cache_file] = cache.glob("jieba-*.dict")
    loaded = dictionary.tokenizer(USER_WORDS)  # reads it
    reference = plain_jieba()
    for clause in CLAUSES:  # cut with only the entries of the clauses' characters and pairs of characters in place
        assert loaded.lcut(clause, HMM=False) == reference.lcut(clause, HMM=False)
    pieces = {clause[i : i + n] for clause in CLAUSES for i in range(len(clause)) for n in (1, 2)}
    assert loaded.FREQ == {w: f for w, f in reference.FREQ.items() if w[:2] in pieces}
    assert len(loaded.FREQ) < len(reference.FREQ) / 100  # the other entries are put in place when needed
    assert loaded.frequency("雨露计划") == dictionary.USER_WORD_FREQ
    assert loaded.frequency("工业园区") == reference.FREQ["工业园区"]
    assert loaded.whole() == reference.FREQ == built.FREQ and loaded.total == reference.total
    assert "雨露计划" in loaded.lcut("雨露计划补助资金", HMM=False)  # the domain word stayed whole
    assert cache_file.is_file()


def test_entries_put_in_place_when_needed_cut_real_text_as_the_whole_dictionary(cache):
    dictionary.tokenizer(USER_WORDS)  # builds the cache file
    loaded = dictionary.tokenizer(USER_WORDS)  # reads it: no entry in place yet
    reference = plain_jieba()
    text = sorted((Path(__file__).parent.parent / "corpora").glob("*.txt"))[0].read_text(encoding="utf-8")
    for line in text.splitlines()[:40]:  # a real report, line by line, each with the entries seen so far
        assert loaded.lcut(line, HMM=False) == reference.lcut(line, HMM=False)
        assert loaded.lcut(line, HMM=True) == reference.lcut(line, HMM=True)


def test_damaged_cache_file_is_rebuilt(cache):
    dictionary.tokenizer(USER_WORDS)
    [cache_file] = cache.glob("jieba-*.dict")
    cache_file.write_bytes(cache_file.read_bytes()[: 100_000])  # cut short, as by a full disk
    assert dictionary._load(cache_file) is None
    tok = dictionary.tokenizer(USER_WORDS)
    assert tok.whole() == plain_jieba().FREQ
    assert dictionary._load(cache_file) is not None


def test_other_domain_words_get_their_own_file(cache):
    dictionary.tokenizer(USER_WORDS)
    [first] = cache.glob("jieba-*.dict")
    tok = dictionary.tokenizer((*USER_WORDS, "青溪黄桃"))
    [second] = set(cache.glob("jieba-*.dict")) - {first}  # the file for the old words is kept: another
    assert "青溪黄桃" in tok.lcut("青溪黄桃挂果面积", HMM=False)  # checkout may use them (each would rebuild)
    week_ago = time.time() - dictionary.STALE_AFTER - 60
    os.utime(first, (week_ago, week_ago))
    dictionary.tokenizer((*USER_WORDS, "青溪蜜柚"))
    assert first not in set(cache.glob("jieba-*.dict")) and second.is_file()  # only the one a week old goes


def test_unwritable_cache_folder_still_segments(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("ZHIBIAO_CACHE_DIR", str(blocker / "cache"))
    tok = dictionary.tokenizer(USER_WORDS)
    assert tok.lcut("雨露计划补助资金", HMM=False) == plain_jieba().lcut("雨露计划补助资金", HMM=False)


def test_labels_use_the_cached_dictionary():
    assert labels._jieba().frequency("雨露计划") == dictionary.USER_WORD_FREQ


def test_tagged_words_are_the_words_jieba_posseg_tags_so(cache):
    import jieba.posseg

    tags = frozenset({"v", "vd", "vn", "a", "ad", "d", "zg"})
    built = dictionary.tagged_words(tags)  # read from dict.txt, kept in the cache folder
    [kept] = cache.glob("jieba-tags-*.txt")
    dictionary._read_tag_table.cache_clear()
    read_back = dictionary.tagged_words(tags)  # read from the cache folder
    jieba.posseg.dt.initialize()
    for words in (built, read_back):
        assert all((word in words) == (tag in tags) for word, tag in jieba.posseg.dt.word_tag_tab.items())
        assert all(w in words for w in ("突出", "审批", "较大"))
        assert not any(w in words for w in ("项目", "园区", "公司", "不是一个词", ""))
    assert kept.is_file()
