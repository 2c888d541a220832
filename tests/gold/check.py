#!/usr/bin/env python3
"""(Copied from ../shared/gold/check.py; changed to read full-width digits and
thousands separators, and to compare values with a relative tolerance.)

Check gold figure annotations against their texts (see ../ANNOTATION.md).

Usage: python3 check.py [--coverage]

Errors (exit status 1):
  - a line is not JSON or misses a required field
  - context does not occur exactly once in the report text
  - surface is not inside context (or is there more than once)
  - context length outside 8..30 characters
  - value (or value_high) not numeric
  - approx / kind / keywords / entity / section malformed
  - figures not in text order, duplicates
  - documents.jsonl malformed or missing a doc
With --coverage it also lists every digit run and numeral-bearing token of each
text that no figure covers (for the manual read-through).
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, 'texts')
REQUIRED = ['doc', 'context', 'surface', 'value', 'unit', 'approx', 'label',
            'keywords', 'entity', 'scope_period', 'kind', 'section']
OPTIONAL_FIELDS = ['optional', 'value_high']
APPROX = {None, 'lower', 'upper', 'about'}
KINDS = {'actual', 'target'}
PERIOD_RE = re.compile(r'^\d{4}(H[12]|Q[1-4]|M\d{1,2}-M\d{1,2})?$')
HEADING_RE = re.compile(r'^(?:[一二三四五六七八九十]+、|[(\uFF08][一二三四五六七八九十]+[)\uFF09]|\d+[、.])')
NUMERAL_RE = re.compile(r'[0-9]+(?:\.[0-9]+)?|[零一二两三四五六七八九十百千万亿双]+')
CN_SCALE = {'万': 10_000, '亿': 100_000_000}

errors = []
warnings = []


def err(where, msg):
    errors.append(f'{where}: {msg}')


def warn(where, msg):
    warnings.append(f'{where}: {msg}')


def headings(text):
    """(start offset, line) for each numbered heading line."""
    out, pos = [], 0
    for line in text.split('\n'):
        if HEADING_RE.match(line):
            out.append((pos, line))
        pos += len(line) + 1
    return out


def section_at(heads, pos):
    cur = None
    for start, line in heads:
        if start <= pos:
            cur = line
        else:
            break
    return cur


def expected_value(surface):
    """Value implied by an Arabic-digit surface, or None if not parseable."""
    surface = unicodedata.normalize('NFKC', surface).replace(',', '')
    m = re.match(r'^\s*([0-9]+(?:\.[0-9]+)?)\s*([万亿]?)', surface)
    if not m:
        return None
    v = float(m.group(1)) * CN_SCALE.get(m.group(2), 1)
    return v


def load_jsonl(path):
    rows = []
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f'{os.path.basename(path)}:{n}', 'blank line')
                continue
            try:
                rows.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                err(f'{os.path.basename(path)}:{n}', f'bad JSON: {e}')
    return rows


def main():
    coverage = '--coverage' in sys.argv
    texts = {}
    for name in sorted(os.listdir(TEXTS)):
        if name.endswith('.txt'):
            with open(os.path.join(TEXTS, name), 'rb') as f:
                raw = f.read()
            texts[name[:-4]] = raw.decode('utf-8')

    figs = load_jsonl(os.path.join(HERE, 'figures.jsonl'))
    docs = load_jsonl(os.path.join(HERE, 'documents.jsonl'))

    # documents.jsonl
    seen_docs = set()
    for n, d in docs:
        w = f'documents.jsonl:{n}'
        for k in ('doc', 'town', 'period'):
            if k not in d:
                err(w, f'missing field {k}')
        if d.get('doc') not in texts:
            err(w, f'no text for doc {d.get("doc")!r}')
        elif d.get('town') is not None and d['town'] not in texts[d['doc']]:
            err(w, f'town {d["town"]!r} not in text')
        if not (isinstance(d.get('period'), str) and PERIOD_RE.match(d['period'])):
            err(w, f'bad period {d.get("period")!r}')
        if d.get('doc') in seen_docs:
            err(w, 'duplicate doc')
        seen_docs.add(d.get('doc'))
    for doc in texts:
        if doc not in seen_docs:
            err('documents.jsonl', f'no line for {doc}')

    heads = {doc: headings(t) for doc, t in texts.items()}
    last_pos = {}
    seen = set()
    spans = {doc: [] for doc in texts}
    n_fig = n_opt = 0
    for n, f in figs:
        w = f'figures.jsonl:{n}'
        missing = [k for k in REQUIRED if k not in f]
        if missing:
            err(w, f'missing fields {missing}')
            continue
        extra = [k for k in f if k not in REQUIRED + OPTIONAL_FIELDS]
        if extra:
            err(w, f'unknown fields {extra}')
        doc = f['doc']
        if doc not in texts:
            err(w, f'no text for doc {doc!r}')
            continue
        text = texts[doc]
        ctx, sur = f['context'], f['surface']
        if not isinstance(ctx, str) or not isinstance(sur, str):
            err(w, 'context/surface not strings')
            continue
        if not 8 <= len(ctx) <= 30:
            err(w, f'context length {len(ctx)} outside 8..30: {ctx!r}')
        cnt = text.count(ctx)
        if cnt != 1:
            err(w, f'context occurs {cnt} times: {ctx!r}')
            continue
        scnt = ctx.count(sur)
        if scnt != 1:
            err(w, f'surface {sur!r} occurs {scnt} times in context {ctx!r}')
            if scnt == 0:
                continue
        if not NUMERAL_RE.search(unicodedata.normalize('NFKC', sur)):
            err(w, f'surface {sur!r} has no number')
        start = text.find(ctx) + ctx.find(sur)
        end = start + len(sur)
        spans[doc].append((start, end))

        v = f['value']
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            err(w, f'value not numeric: {v!r}')
        else:
            ev = expected_value(sur)
            if ev is not None and abs(ev - v) > 1e-9 * max(1, abs(v)):
                err(w, f'value {v} disagrees with surface {sur!r} ({ev:g})')
        if 'value_high' in f:
            vh = f['value_high']
            if isinstance(vh, bool) or not isinstance(vh, (int, float)) or (
                    isinstance(v, (int, float)) and vh < v):
                err(w, f'bad value_high {vh!r}')
        opt = f.get('optional', False)
        if 'optional' in f and f['optional'] is not True:
            err(w, 'optional present but not true')
        if not (isinstance(f['unit'], str) and f['unit']) and not opt:
            err(w, f'unit missing: {f["unit"]!r}')
        if f['approx'] not in APPROX:
            err(w, f'bad approx {f["approx"]!r}')
        if f['kind'] not in KINDS:
            err(w, f'bad kind {f["kind"]!r}')
        label = f['label']
        if not (isinstance(label, str) and label):
            err(w, 'empty label')
            label = ''
        kws = f['keywords']
        if not (isinstance(kws, list) and 1 <= len(kws) <= 3
                and all(isinstance(k, str) and k for k in kws)):
            err(w, f'keywords must be 1-3 strings: {kws!r}')
        else:
            for k in kws:
                if k not in text:
                    err(w, f'keyword {k!r} not in text')
                if k not in label:
                    err(w, f'keyword {k!r} not in label {label!r}')
        if f['entity'] is not None and (not isinstance(f['entity'], str)
                                        or f['entity'] not in text):
            err(w, f'entity {f["entity"]!r} not in text')
        if f['scope_period'] is not None and not isinstance(f['scope_period'], str):
            err(w, f'bad scope_period {f["scope_period"]!r}')
        sec = f['section']
        want = section_at(heads[doc], start)
        if want is None:
            if sec is not None:
                err(w, f'section {sec!r} but no heading precedes the figure')
        elif sec is None:
            err(w, f'section null, expected start of {want[:12]!r}')
        elif not (6 <= len(sec) <= 12 or sec == want) or not want.startswith(sec):
            err(w, f'section {sec!r} is not a 6-12 char start of {want[:20]!r}')

        if start < last_pos.get(doc, -1):
            err(w, f'not in text order ({sur!r} at {start})')
        last_pos[doc] = start
        key = (doc, start, end)
        if key in seen:
            err(w, f'duplicate figure {sur!r} at {start}')
        seen.add(key)
        n_fig += 1
        n_opt += bool(opt)

    for doc in texts:
        ss = sorted(spans[doc])
        for (a1, b1), (a2, b2) in zip(ss, ss[1:]):
            if a2 < b1:
                err(doc, f'overlapping surfaces {texts[doc][a1:b1]!r} / {texts[doc][a2:b2]!r}')

    if coverage:
        for doc, text in texts.items():
            print(f'== uncovered numerals in {doc}')
            for m in NUMERAL_RE.finditer(text):
                if any(a <= m.start() < b or a < m.end() <= b for a, b in spans[doc]):
                    continue
                a, b = max(0, m.start() - 6), min(len(text), m.end() + 6)
                print(f'  {m.start():5d} {m.group()!r:10} …{text[a:b]}…'.replace('\n', '⏎'))

    for x in warnings:
        print('WARN', x)
    for x in errors:
        print('ERROR', x)
    print(f'{n_fig} figures ({n_opt} optional), {len(docs)} documents, '
          f'{len(errors)} errors, {len(warnings)} warnings')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
