#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Find and fill unfinished messages in the Qt Linguist .ts files.

  tools/ts_fill.py list FILE.ts [--all]       unfinished (or all) messages as JSON lines
  tools/ts_fill.py fill FILE.ts DICT.json... [--accept-suggestions]
                                              fill unfinished messages from dictionaries; with
                                              --accept-suggestions also mark finished what
                                              lupdate's same-text heuristic filled in (review
                                              them first with `list`)
  tools/ts_fill.py check FILE.ts              exit 1 if a message is unfinished, empty or
                                              has placeholders (%1, %n, %L1) unlike its source
  tools/ts_fill.py en-plurals FROM.ts OUT.ts  write the English plural forms: every numerus
                                              message of FROM.ts (any language's file after
                                              lupdate) with "one" and "other" forms, so English
                                              reads "1 tranche" / "2 tranches", never "(s)"

DICT.json maps "context\\tsource" (or "source" for any context, or
"context\\tsource\\tcomment" when a comment disambiguates) to a string, or to a list of
strings for a numerus (plural) message. The special value "=" accepts the suggestion
lupdate's same-text heuristic put in; "" leaves the message alone.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r'%L?\d+|%n')


def load(path):
    tree = ET.parse(path)
    return tree, tree.getroot()


def save(tree, path):
    root = tree.getroot()
    ET.indent(tree, space='    ')
    body = ET.tostring(root, encoding='unicode')
    with open(path, 'w', encoding='utf-8') as f:
        f.write("<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE TS>\n")
        f.write(body)
        f.write('\n')


def messages(root):
    for ctx in root.findall('context'):
        name = ctx.findtext('name')
        for msg in ctx.findall('message'):
            yield name, msg


def current(msg):
    tr = msg.find('translation')
    if msg.get('numerus') == 'yes':
        return [n.text or '' for n in tr.findall('numerusform')]
    return tr.text or ''


def keys(ctx, msg):
    src = msg.findtext('source')
    comment = msg.findtext('comment') or ''
    out = []
    if comment:
        out.append(f'{ctx}\t{src}\t{comment}')
    out += [f'{ctx}\t{src}', src]
    return out


def placeholders(s):
    return sorted(set(PLACEHOLDER.findall(s)))


def problems(ctx, msg, nforms):
    src = msg.findtext('source')
    tr = msg.find('translation')
    cur = current(msg)
    out = []
    if tr.get('type') == 'unfinished':
        out.append('unfinished')
    forms = cur if isinstance(cur, list) else [cur]
    if isinstance(cur, list) and len(forms) != nforms:
        out.append(f'{len(forms)} plural forms, expected {nforms}')
    for f in forms:
        if not f.strip():
            out.append('empty')
            break
        want = [p for p in placeholders(src) if p != '%n'] if isinstance(cur, list) else placeholders(src)
        have = [p for p in placeholders(f) if p != '%n'] if isinstance(cur, list) else placeholders(f)
        if want != have:
            out.append(f'placeholders {have} != {want}')
        if src.count('&') != f.count('&') and '&&' not in src and src.count('&') == 1 and '<' not in src:
            out.append('accelerator')
    return out


# English forms that "(s)" alone cannot give: source -> (one, other).
EN_IRREGULAR = {
    'Paste cells from a spreadsheet or load a CSV file: one value of compute hours per month, '
    'or two columns (month, compute hours); %n month(s) are needed.': (
        'Paste cells from a spreadsheet or load a CSV file: one value of compute hours per month, '
        'or two columns (month, compute hours); %n month is needed.',
        'Paste cells from a spreadsheet or load a CSV file: one value of compute hours per month, '
        'or two columns (month, compute hours); %n months are needed.'),
    'Warning: no installed font can draw %n character(s) of this report (%1); they show as empty '
    'boxes. Install a font for them (on Debian: fonts-noto-core, fonts-symbola) and make the '
    'report again.': (
        'Warning: no installed font can draw %n character of this report (%1); it shows as an '
        'empty box. Install a font for it (on Debian: fonts-noto-core, fonts-symbola) and make '
        'the report again.',
        'Warning: no installed font can draw %n characters of this report (%1); they show as '
        'empty boxes. Install a font for them (on Debian: fonts-noto-core, fonts-symbola) and '
        'make the report again.'),
}

_PLURAL_S = re.compile(r'([A-Za-z])\(s\)')
_PLURAL_ES = re.compile(r'([A-Za-z])\(es\)')


def english_forms(src):
    """(one, other) for a numerus source text written with "(s)"/"(es)" plurals."""
    if src in EN_IRREGULAR:
        return EN_IRREGULAR[src]
    one = _PLURAL_ES.sub(r'\1', _PLURAL_S.sub(r'\1', src))
    other = _PLURAL_ES.sub(r'\1es', _PLURAL_S.sub(r'\1s', src))
    return one, other


def write_en_plurals(root, out_path):
    en = ET.Element('TS', {'version': '2.1', 'language': 'en', 'sourcelanguage': 'en'})
    contexts = {}
    for ctx, msg in messages(root):
        if msg.get('numerus') != 'yes':
            continue
        c = contexts.get(ctx)
        if c is None:
            c = contexts[ctx] = ET.SubElement(en, 'context')
            ET.SubElement(c, 'name').text = ctx
        m = ET.SubElement(c, 'message', {'numerus': 'yes'})
        ET.SubElement(m, 'source').text = msg.findtext('source')
        if msg.findtext('comment'):
            ET.SubElement(m, 'comment').text = msg.findtext('comment')
        tr = ET.SubElement(m, 'translation')
        for form in english_forms(msg.findtext('source')):
            ET.SubElement(tr, 'numerusform').text = form
    for c in en.findall('context'):
        c[1:] = sorted(c[1:], key=lambda m: (m.findtext('source'), m.findtext('comment') or ''))
    en[:] = sorted(en, key=lambda c: c.findtext('name'))
    save(ET.ElementTree(en), out_path)
    return sum(len(c) - 1 for c in en)


def main():
    cmd, path = sys.argv[1], sys.argv[2]
    tree, root = load(path)
    nforms = 1 if root.get('language', '').startswith('zh') else 2
    if cmd == 'list':
        everything = '--all' in sys.argv
        for ctx, msg in messages(root):
            if everything or msg.find('translation').get('type') == 'unfinished':
                print(json.dumps({'ctx': ctx, 'src': msg.findtext('source'),
                                  'comment': msg.findtext('comment') or '',
                                  'numerus': msg.get('numerus') == 'yes',
                                  'cur': current(msg)}, ensure_ascii=False))
    elif cmd == 'fill':
        table = {}
        accept = '--accept-suggestions' in sys.argv
        for d in [a for a in sys.argv[3:] if not a.startswith('--')]:
            with open(d, encoding='utf-8') as f:
                table.update(json.load(f))
        filled = left = 0
        for ctx, msg in messages(root):
            tr = msg.find('translation')
            if tr.get('type') != 'unfinished':
                continue
            value = next((table[k] for k in keys(ctx, msg) if k in table), None)
            if (value is None or value == '') and accept:
                cur = current(msg)
                if all(f.strip() for f in (cur if isinstance(cur, list) else [cur])):
                    value = '='
            if value is None or value == '':
                left += 1
                continue
            if value != '=':
                if msg.get('numerus') == 'yes':
                    forms = value if isinstance(value, list) else [value]
                    for n in list(tr):
                        tr.remove(n)
                    tr.text = None
                    for form in forms:
                        ET.SubElement(tr, 'numerusform').text = form
                else:
                    tr.text = value
            del tr.attrib['type']
            filled += 1
        save(tree, path)
        print(f'{path}: filled {filled}, still unfinished {left}')
    elif cmd == 'en-plurals':
        n = write_en_plurals(root, sys.argv[3])
        print(f'{sys.argv[3]}: {n} English plural messages')
    elif cmd == 'check':
        bad = 0
        for ctx, msg in messages(root):
            p = problems(ctx, msg, nforms)
            if p:
                bad += 1
                print(f'{ctx}: {msg.findtext("source")!r}: {", ".join(p)}')
        total = sum(1 for _ in messages(root))
        print(f'{path}: {total} messages, {bad} with problems')
        sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
