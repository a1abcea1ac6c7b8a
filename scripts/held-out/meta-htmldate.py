"""htmldate's own score on a metadata set, for comparison with `npm run eval:held-out -- meta`.

PYTHONPATH=/work/ext/htmldate:/work/ext/courlan:/work/ext/trafilatura \
  python3 scripts/held-out/meta-htmldate.py --set htmldate-eval --split dev [--dir /work/data-sets/meta]

Runs htmldate.find_date(html, url=URL) (extensive_search on, original_date off: its defaults) on every built page
and prints publishedAt right / wrong / missing with the scorer's rules (a null gold is right when no date is given).
"""
import argparse, gzip, json, os
from htmldate import find_date
import htmldate

ap = argparse.ArgumentParser()
ap.add_argument('--set', required=True)
ap.add_argument('--split', required=True, choices=['dev', 'test'])
ap.add_argument('--dir', default='/work/data-sets/meta')
a = ap.parse_args()
root = os.path.join(a.dir, a.set)
n = {'right': 0, 'wrong': 0, 'missing': 0}
for line in open(os.path.join(root, a.split + '.jsonl'), encoding='utf8'):
    if not line.strip():
        continue
    row = json.loads(line)
    raw = open(os.path.join(root, row['file']), 'rb').read()
    if raw[:2] == b'\x1f\x8b':
        raw = gzip.decompress(raw)
    try:
        got = find_date(raw.decode('utf8', 'replace'), url=row['url'])
    except Exception:  # htmldate's own failure counts as no date
        got = None
    gold = row['expected']['publishedAt']
    v = ('right' if gold is None else 'missing') if not got else ('right' if got == gold else 'wrong')
    n[v] += 1
total = sum(n.values())
print(f"htmldate {htmldate.__version__} {a.set} {a.split}  publishedAt {total}: right {n['right']} "
      f"({100 * n['right'] / total:.1f}%) wrong {n['wrong']} missing {n['missing']}")
