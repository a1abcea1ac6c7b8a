"""Runs trafilatura (text + metadata, its defaults) over every .html/.html.gz below a directory.

`python3 bench/trafilatura_driver.py DIR`: prints one JSON line {"pages", "chars", "version"} on stdout; exits 3
with a message when trafilatura is not importable (it is not a dependency of newsfacts: point PYTHONPATH at a
checkout to compare). npm run bench times this whole process against `newsfacts replay` on the same pages.
"""
import gzip
import json
import os
import sys

try:
    import trafilatura
    from importlib.metadata import version
except ImportError as err:
    print(f"trafilatura not importable: {err}", file=sys.stderr)
    sys.exit(3)


def pages(root):
    for d, _, files in os.walk(root):
        for f in sorted(files):
            if f.endswith((".html", ".htm", ".html.gz")):
                yield os.path.join(d, f)


def main(root):
    n = chars = 0
    for path in sorted(pages(root)):
        raw = gzip.open(path).read() if path.endswith(".gz") else open(path, "rb").read()
        sidecar = path[: -len(".gz")] if path.endswith(".gz") else path
        sidecar = sidecar.rsplit(".", 1)[0] + ".json"
        url = None
        if os.path.exists(sidecar):
            url = json.load(open(sidecar)).get("url")
        out = trafilatura.extract(raw, url=url, with_metadata=True, output_format="json")
        n += 1
        chars += len(out or "")
    print(json.dumps({"pages": n, "chars": chars, "version": version("trafilatura")}))


if __name__ == "__main__":
    main(sys.argv[1])
