#!/usr/bin/env python3
"""Writes tests/data/hostile: scenario files an attacker or a broken mailer could send.

Each file must be refused (exit 2) by `fleetroi validate`, `compute` and `workspace import`
with a message naming the path in expect.tsv (empty = a whole-file problem). The 16 MiB + 1
file is made by the test itself (too big to commit). Run again to regenerate; deterministic.
"""
import copy
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'tests', 'data', 'hostile')
BASE = json.load(open(os.path.join(HERE, '..', 'tests', 'data', 'examples',
                                   'neocloud-h100-lessor.fleetroi.json')))
cases = []  # (name, bytes, expected path)


def dump(doc):
    return json.dumps(doc, indent=1, ensure_ascii=False).encode('utf-8')


def add(name, data, path):
    if isinstance(data, str):
        data = data.encode('utf-8')
    cases.append((name, data, path))


def with_(path, value):
    """BASE with the value at a dotted path (indices as [i]) replaced."""
    doc = copy.deepcopy(BASE)
    keys = path.replace('[', '.[').split('.')
    node = doc
    for k in keys[:-1]:
        node = node[int(k[1:-1])] if k.startswith('[') else node.setdefault(k, {})
    last = keys[-1]
    if last.startswith('['):
        node[int(last[1:-1])] = value
    else:
        node[last] = value
    return doc


def raw_replace(old, new, path, name):
    text = dump(BASE).decode('utf-8')
    assert old in text, old
    add(name, text.replace(old, new, 1), path)


good = dump(BASE)
# Truncated and empty files.
add('empty', b'', '')
add('only-whitespace', b'  \n\t \n', '')
add('only-bom', b'\xef\xbb\xbf', '')
for cut in (1, 2, 10, 50, 200, len(good) // 2, len(good) - 2, len(good) - 1):
    add('truncated-%d' % cut, good[:cut], '')
add('null-document', b'null', '')
add('array-document', b'[]', '')
add('string-document', b'"fleetroi-scenario"', '')
add('number-document', b'1', '')
add('two-documents', good + good, '')
# Deep nesting.
add('deep-arrays', b'[' * 100000, '')
add('deep-objects', b'{"a":' * 50000, '')
add('deep-in-description', dump(BASE).replace(b'"description": "', b'"description": ' + b'[' * 5000 + b'"', 1), '')
add('deep-valid-then-too-deep', b'{"format":"fleetroi-scenario","version":1,"x":' + b'[' * 70 + b']' * 70 + b'}', '')
# Huge arrays.
add('huge-purchases', dump(with_('purchases', [{'month': 0, 'sku': 'h100', 'gpus': 1}] * 10001)), 'purchases')
add('huge-skus', dump(with_('skus', [BASE['skus'][0]] * 101)), 'skus')
add('huge-series', dump(with_('internal_demand', {'series': [1.0] * 100000})), 'internal_demand.series')
add('huge-curve', dump(with_('skus[0].lease_price', {'points': [[i, 1.0] for i in range(1001)]})), 'skus[0].lease_price.points')
add('huge-provenance', dump(with_('provenance', [{'field': 'name', 'source': 's', 'date': '', 'note': ''}] * 10001)), 'provenance')
add('long-name', dump(with_('name', 'x' * 201)), 'name')
add('long-description', dump(with_('description', 'y' * 10001)), 'description')
add('long-sku-id', dump(with_('skus[0].id', 'a' * 33)), 'skus[0].id')
# Numbers out of double range, signed zero, NaN and Infinity in several spellings.
# Out of double range: refused while parsing, located by line and column.
for i, spelling in enumerate(['1e400', '-1e400', '1E+999', '123456789e999']):
    raw_replace('"gpu_price": 24000', '"gpu_price": ' + spelling, '', 'overflow-%d' % i)
raw_replace('"gpus": 4096', '"gpus": -0', 'purchases[0].gpus', 'minus-zero-gpus')
raw_replace('"horizon_months": 60', '"horizon_months": -0', 'horizon_months', 'minus-zero-horizon')
for i, spelling in enumerate(['NaN', 'nan', '-NaN', 'Infinity', '-Infinity', 'inf', '+inf', 'Inf', '"NaN"', '"Infinity"']):
    path = 'skus[0].gpu_price' if spelling.startswith('"') else ''
    raw_replace('"gpu_price": 24000', '"gpu_price": ' + spelling, path, 'nonfinite-%d' % i)
raw_replace('"gpus": 4096', '"gpus": 9007199254740993', 'purchases[0].gpus', 'integer-beyond-2p53')
raw_replace('"horizon_months": 60', '"horizon_months": 60.5', 'horizon_months', 'fractional-horizon')
raw_replace('"gpus": 4096', '"gpus": 0x1000', '', 'hex-number')
raw_replace('"gpus": 4096', '"gpus": 04096', '', 'leading-zero')
raw_replace('"gpus": 4096', '"gpus": +4096', '', 'plus-sign')
raw_replace('"gpus": 4096', '"gpus": 4096.', '', 'trailing-dot')
raw_replace('"gpus": 4096', '"gpus": .5', '', 'leading-dot')
# Duplicate keys.
raw_replace('"name": "Neocloud', '"name": "A", "name": "Neocloud', 'name', 'duplicate-name')
raw_replace('"pue": 1.35', '"pue": 1.35, "pue": 1.2', 'operations.pue', 'duplicate-pue')
raw_replace('"gpus": 4096', '"gpus": 4096, "gpus": 1', 'purchases[0].gpus', 'duplicate-gpus')
raw_replace('"format": "fleetroi-scenario"', '"format": "fleetroi-scenario", "format": "fleetroi-scenario"', 'format', 'duplicate-format')
# Wrong types everywhere.
wrong = {
    'name': 5, 'start': 202603, 'horizon_months': '60', 'currency': 840,
    'finance': [], 'finance.discount_rate': '0.12', 'finance.tax_depreciation': True,
    'finance.fiscal_year_end_month': None, 'operations.availability': '97%', 'operations.pue': [1.35],
    'skus': {}, 'skus[0]': 'h100', 'skus[0].gpu_price': '24000', 'skus[0].gpus_per_server': 8.5,
    'skus[0].useful_life_months': '72', 'skus[0].lease_price': 2.35, 'skus[0].lease_price.start': None,
    'skus[0].cloud_price': [], 'skus[0].depreciation': 1, 'purchases': {}, 'purchases[0]': [],
    'purchases[0].month': '0', 'purchases[0].sku': 0, 'purchases[0].gpus': True,
    'internal_demand': 0, 'internal_demand.compute_hours': '0', 'leasing.enabled': 'yes',
    'leasing.sellable_fraction': False, 'leasing.contract_months': 24.5, 'provenance': 'none',
    'version': '1',
}
for path, value in wrong.items():
    add('wrong-type-' + path.replace('[', '-').replace(']', '').replace('.', '-'), dump(with_(path, value)), path)
# NUL and control characters, raw and escaped; lone surrogates; invalid UTF-8.
for i, ch in enumerate(['\x00', '\x01', '\x07', '\x1b', '\x7f']):
    raw_replace('Neocloud leasing', 'Neo' + ch + 'cloud leasing', '', 'control-raw-%d' % i)
raw_replace('Neocloud leasing', 'Neo\\u0000cloud leasing', '', 'nul-escaped')
raw_replace('Neocloud leasing', 'Neo\\u001bcloud leasing', '', 'escape-escaped')
raw_replace('Neocloud leasing', 'Neo\\ud800cloud leasing', '', 'lone-high-surrogate')
raw_replace('Neocloud leasing', 'Neo\\udc00cloud leasing', '', 'lone-low-surrogate')
raw_replace('Neocloud leasing', 'Neo\\ud800\\u0041cloud leasing', '', 'high-surrogate-then-letter')
text = good.decode('utf-8')
for i, bad in enumerate([b'\xff', b'\xc0\xaf', b'\xe0\x80\xaf', b'\xed\xa0\x80', b'\xf4\x90\x80\x80', b'\x80', b'\xc3']):
    add('invalid-utf8-%d' % i, good.replace(b'Neocloud', b'Neo' + bad + b'cloud', 1), '')
add('utf16-file', text.encode('utf-16'), '')
add('bom-twice', b'\xef\xbb\xbf\xef\xbb\xbf' + good, '')
add('bom-in-middle', good.replace(b'"name"', b'\xef\xbb\xbf"name"', 1), '')
add('bom-and-bad-version', b'\xef\xbb\xbf' + dump(with_('version', 2)), 'version')
# Unknown versions and keys.
for v in (0, 2, 99, -1, 1.5):
    add('version-%s' % str(v).replace('.', '_').replace('-', 'minus'), dump(with_('version', v)), 'version')
add('format-other', dump(with_('format', 'fleetroi-portfolio')), 'format')
doc = copy.deepcopy(BASE); del doc['format']; add('format-missing', dump(doc), 'format')
doc = copy.deepcopy(BASE); del doc['version']; add('version-missing', dump(doc), 'version')
for path in ('extra', 'finance.wacc', 'skus[0].colour', 'purchases[0].price', 'leasing.spot', 'operations.pue_factor',
             'internal_demand.growth', 'skus[0].lease_price.end'):
    add('unknown-key-' + path.replace('[', '-').replace(']', '').replace('.', '-'), dump(with_(path, 1)), path)
# Purchases naming missing SKUs, horizons, curves.
add('missing-sku', dump(with_('purchases[0].sku', 'b200')), 'purchases[0].sku')
add('missing-sku-case', dump(with_('purchases[0].sku', 'H100')), 'purchases[0].sku')
add('no-skus', dump(with_('skus', [])), 'skus')
for h in (0, 241, -5, 100000):
    add('horizon-%s' % str(h).replace('-', 'minus'), dump(with_('horizon_months', h)), 'horizon_months')
add('purchase-after-horizon', dump(with_('purchases[0].month', 60)), 'purchases[0].month')
add('curve-unordered', dump(with_('skus[0].lease_price', {'points': [[12, 2.0], [0, 2.35]]})), 'skus[0].lease_price.points')
add('curve-repeated-month', dump(with_('skus[0].lease_price', {'points': [[0, 2.0], [0, 2.35]]})), 'skus[0].lease_price.points')
add('curve-empty', dump(with_('skus[0].lease_price', {'points': []})), 'skus[0].lease_price.points')
add('curve-negative-price', dump(with_('skus[0].lease_price', {'points': [[0, -1.0]]})), 'skus[0].lease_price.points[0]')
add('curve-both-forms', dump(with_('skus[0].lease_price', {'start': 2.0, 'annual_change': 0, 'points': [[0, 1.0]]})), 'skus[0].lease_price')
add('start-month-13', dump(with_('start', '2026-13')), 'start')
add('start-year-1989', dump(with_('start', '1989-12')), 'start')
add('start-format', dump(with_('start', '2026-3')), 'start')
add('series-too-short', dump(with_('internal_demand', {'series': [1.0] * 59})), 'internal_demand.series')
add('gpus-negative', dump(with_('purchases[0].gpus', -5)), 'purchases[0].gpus')
add('gpus-too-many', dump(with_('purchases[0].gpus', 100000001)), 'purchases[0].gpus')
add('sku-id-injection', dump(with_('skus[0].id', "h100'; DROP TABLE scenarios;--")), 'skus[0].id')
dup = copy.deepcopy(BASE); dup['skus'].append(copy.deepcopy(BASE['skus'][0]))
add('duplicate-sku-id', dump(dup), 'skus[1].id')
add('uncertainty-bad-driver', dump(with_('uncertainty', {'drivers': {'gpu_prize': {'uniform': [0.9, 1.1]}}})), 'uncertainty.drivers.gpu_prize')

os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT):
    os.remove(os.path.join(OUT, f))
with open(os.path.join(OUT, 'expect.tsv'), 'w') as tsv:
    for name, data, path in cases:
        with open(os.path.join(OUT, name + '.fleetroi.json'), 'wb') as f:
            f.write(data)
        tsv.write('%s\t%s\n' % (name, path))
print('%d hostile files written to %s' % (len(cases), os.path.normpath(OUT)))
