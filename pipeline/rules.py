"""Load the data files in rules/: parsed once, validated against pipeline/schema/.

Every problem is reported as a RuleError naming the file and the key, so a typo
in a YAML file reads as ``rules/units.yaml: units[3].name: missing`` rather than
as a KeyError deep in a stage.

Everything built from the rules (compiled patterns, lexicons, memoised answers)
is cached with ``@rules.cached``, so ``clear_caches()`` forgets all of it at once:
after it, the next use reads rules/ again.

Validating every file takes about 0.1 s of CPU in every process (pydantic builds its
validators, YAML is parsed), so once all of them have validated, the result is kept in
the cache folder of pipeline/dictionary.py, under a name made from the rules files, the
schema's code and the libraries' versions: a changed file is never served from it.

Compiling the patterns built from the rules takes about 0.2 s of CPU in every process too (the regex
module parses and optimises each one in Python), so ``compiled`` keeps them in the same folder: a pickled
regex pattern carries its compiled code and is rebuilt from it in C. A pattern's text and flags decide its
code, so the kept patterns are named by the versions of Python and regex alone.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import os
import pickle
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pydantic
import regex
import yaml

from . import schema
from .dictionary import cache_dir


class _RulesLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml's when there: ten times faster
    """The safe loader, refusing a key written twice in one mapping (YAML would keep the last without a word)."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)


class RuleError(ValueError):
    """A rules/*.yaml file is missing, malformed or fails validation."""


def rules_dir() -> Path:
    """rules/ beside the package in a checkout, or inside it in an installed wheel."""
    override = os.environ.get("ZHIBIAO_RULES")
    if override:
        return Path(override)
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "rules", here / "rules"):
        if candidate.is_dir():
            return candidate
    raise RuleError(f"no rules/ folder beside {here}")


_CACHED: list = []
_BUILT_AT_LOAD: list = []  # what load_all builds too: knowledge checked across the entries of a file


def built_at_load(fn):
    """Register a cached builder that checks more than a schema can (an indicator id given twice), so
    that load_all raises its RuleError once, before any report is read."""
    _BUILT_AT_LOAD.append(fn)
    return fn


def cached(fn=None, /, *, maxsize: int | None = None):
    """functools.cache (or lru_cache(maxsize)) for anything that depends on rules/, registered
    so that clear_caches() forgets it. Use as ``@rules.cached`` or ``@rules.cached(maxsize=4096)``."""

    def wrap(f):
        memo = functools.lru_cache(maxsize=maxsize)(f)
        _CACHED.append(memo)
        return memo

    return wrap(fn) if fn is not None else wrap


def clear_caches() -> None:
    """Forget every rules file read so far and everything built from one."""
    for memo in _CACHED:
        memo.cache_clear()


def load(name: str) -> dict[str, Any]:
    """The parsed mapping of rules/<name>.yaml, validated against its schema."""
    return _read(name)[0]


def model(name: str) -> schema.Strict:
    """rules/<name>.yaml as its validated pydantic model (see pipeline/schema/)."""
    return _read(name)[1]


def load_all() -> None:
    """Read and validate every rules file now: a slip is one error before any report is read
    (not one failed report per report), and worker processes forked after it share the result."""
    for name in schema.SCHEMAS:
        _read(name)
    for build in _BUILT_AT_LOAD:
        build()
    if _validated_before() is None:
        _keep_validated({name: _read(name) for name in schema.SCHEMAS})


VALIDATED_STALE_AFTER = 7 * 24 * 3600  # seconds: a kept result of other rules made longer ago is deleted


@cached
def _digest() -> str:
    """A name for these rules files read with this schema and these libraries."""
    h = hashlib.sha256(f"{sys.version}|{pydantic.VERSION}|{yaml.__version__}|{regex.__version__}".encode())
    for folder, pattern in ((rules_dir(), "*.yaml"), (Path(schema.__file__).parent, "*.py")):
        for p in sorted(folder.glob(pattern)):
            h.update(p.name.encode() + b"\0" + p.read_bytes())
    return h.hexdigest()[:20]


def _validated_path() -> Path:
    """Where the result of validating these rules files with this schema is kept."""
    return cache_dir() / f"rules-{_digest()}.pickle"


@cached
def _validated_before() -> dict[str, tuple[dict[str, Any], schema.Strict | None]] | None:
    """Every rules file, parsed and validated by an earlier run of the same files and schema, or None."""
    try:
        with open(_validated_path(), "rb") as f:
            kept = _unpickled(f)
    except Exception:  # missing, cut short or unreadable (pickle raises many kinds): validate again
        return None
    return kept if isinstance(kept, dict) and set(kept) == set(schema.SCHEMAS) else None


def _keep_validated(validated: dict[str, tuple[dict[str, Any], schema.Strict | None]]) -> None:
    """Write the validated files atomically; any failure leaves no file (the next run validates again)."""
    path = _validated_path()
    if _keep(path, validated):
        _prune(path, "rules")


def _prune(path: Path, name: str) -> None:
    """Delete the files kept beside ``path`` under ``name`` for other rules or code, made over a week ago."""
    try:
        for stale in path.parent.glob(f"{name}-*.pickle"):
            if stale != path and stale.stat().st_mtime < time.time() - VALIDATED_STALE_AFTER:
                stale.unlink(missing_ok=True)
    except OSError:
        pass


def kept(name: str, build: Callable[[], Any], code: Iterable[Path]) -> Any:
    """``build()``, or what an earlier process built from the same rules files, schema and ``code`` (the modules
    that build it), read back from the cache folder: for what takes long to build from the validated rules."""
    h = hashlib.sha256(_digest().encode())
    for p in code:
        h.update(p.name.encode() + b"\0" + p.read_bytes())
    path = cache_dir() / f"{name}-{h.hexdigest()[:20]}.pickle"
    try:
        with open(path, "rb") as f:
            return _unpickled(f)
    except Exception:  # missing, cut short or unreadable (pickle raises many kinds): build it
        pass
    value = build()
    if _keep(path, value):
        _prune(path, name)
    return value


def _unpickled(f) -> Any:
    """pickle.load with the collector paused: every object it makes is kept, so a collection meanwhile frees
    nothing, and the many made while a kept file is read set off collections over all the process's objects (a
    third of the time of reading the kept lexicon)."""
    if not gc.isenabled():
        return pickle.load(f)
    gc.disable()
    try:
        return pickle.load(f)
    finally:
        gc.enable()


def _keep(path: Path, kept: object) -> bool:
    """Pickle ``kept`` to ``path`` atomically; False (and no file) on any failure: a read-only home."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(kept, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except (OSError, pickle.PicklingError):
        return False
    return True


# more kept patterns than this (rules edited many times): only this process's are kept, so that reading them back
# (all of them, about 30 µs each) stays well below compiling those a process needs
PATTERNS_KEPT_MAX = 2000


class _Patterns:
    """The compiled patterns kept in the cache folder, those this process compiled or used, and whether any is new."""

    def __init__(self) -> None:
        self.kept: dict[tuple[str, int], regex.Pattern] | None = None  # read on first use
        self.used: set[tuple[str, int]] = set()
        self.new = False


_PATTERNS = _Patterns()


def _patterns_path() -> Path:
    return cache_dir() / f"patterns-{sys.version_info[0]}.{sys.version_info[1]}-regex-{regex.__version__}.pickle"


def compiled(text: str, flags: int = 0) -> regex.Pattern:
    """``regex.compile(text, flags)``, taken from the patterns an earlier process kept when it is among them
    (keep_patterns writes them): the same pattern, without compiling it again."""
    store = _PATTERNS
    if store.kept is None:
        try:
            with open(_patterns_path(), "rb") as f:
                kept = _unpickled(f)
        except Exception:  # missing, cut short or unreadable (pickle raises many kinds): compile again
            kept = None
        store.kept = kept if isinstance(kept, dict) else {}
    key = (text, flags)
    found = store.kept.get(key)
    if found is None:
        found = store.kept[key] = regex.compile(text, flags)
        store.new = True
    store.used.add(key)
    return found


def keep_patterns() -> None:
    """Keep the patterns compiled so far in the cache folder, when this process compiled any not kept yet."""
    store = _PATTERNS
    if not store.new or store.kept is None:
        return
    kept = store.kept if len(store.kept) <= PATTERNS_KEPT_MAX else {k: store.kept[k] for k in store.used}
    if _keep(_patterns_path(), kept):
        store.new = False


@cached
def _read(name: str) -> tuple[dict[str, Any], schema.Strict | None]:
    kept = _validated_before()
    if kept is not None and name in kept:
        return kept[name]
    path = rules_dir() / f"{name}.yaml"
    try:
        with open(path, encoding="utf-8") as f:
            data = yaml.load(f, Loader=_RulesLoader)
    except OSError as e:
        raise RuleError(f"rules/{name}.yaml: cannot read: {e.strerror}") from None
    except yaml.MarkedYAMLError as e:  # one line: where, and what
        raise RuleError(f"rules/{name}.yaml: line {e.problem_mark.line + 1}: {e.problem}") from None
    except yaml.YAMLError as e:
        raise RuleError(f"rules/{name}.yaml: not valid YAML: {e}") from None
    if not isinstance(data, dict):
        raise RuleError(f"rules/{name}.yaml: top level must be a mapping")
    declared = schema.SCHEMAS.get(name)
    if declared is None:
        return data, None  # tests/test_rules.py makes sure every file in rules/ has a schema
    try:
        return data, declared.model_validate(data)
    except pydantic.ValidationError as e:
        # a misspelt key is both unknown and missing: the unknown one says more
        first = min(e.errors(include_url=False), key=lambda err: err["type"] != "extra_forbidden")
        at = schema.where(first["loc"], data)
        raise RuleError(f"rules/{name}.yaml: {at}: {schema.describe(first)}" if at else
                        f"rules/{name}.yaml: {schema.describe(first)}") from None


def need(name: str, data: dict, key: str, kind: type | tuple[type, ...], where: str = "") -> Any:
    """data[key], checked to be of the given type."""
    at = f"{where}.{key}" if where else key
    if key not in data:
        raise RuleError(f"rules/{name}.yaml: {at}: missing")
    value = data[key]
    if not isinstance(value, kind):
        want = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
        raise RuleError(f"rules/{name}.yaml: {at}: expected {want}, got {type(value).__name__}")
    return value


def words(name: str, data: dict, key: str, where: str = "") -> tuple[str, ...]:
    """data[key] as a tuple of non-empty strings."""
    items = need(name, data, key, list, where)
    at = f"{where}.{key}" if where else key
    for i, item in enumerate(items):
        if not isinstance(item, str) or not item:
            raise RuleError(f"rules/{name}.yaml: {at}[{i}]: expected a non-empty string")
    return tuple(items)


def compile_pattern(name: str, where: str, pattern: str, **subst: str) -> regex.Pattern:
    """Compile a pattern from rules/<name>.yaml; ``{key}`` placeholders are filled from subst."""
    try:
        text = pattern.format(**subst) if subst else pattern
    except (KeyError, IndexError, ValueError) as e:
        raise RuleError(f"rules/{name}.yaml: {where}: bad placeholder {e}") from None
    try:
        return compiled(text, regex.VERSION1)
    except regex.error as e:
        raise RuleError(f"rules/{name}.yaml: {where}: bad regex: {e}") from None
