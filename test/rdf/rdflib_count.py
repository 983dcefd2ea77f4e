"""Counts the triples (or quads) rdflib reads from RDF files: an independent parser for the tests.

usage: /usr/bin/python3 rdflib_count.py FORMAT FILE...   (FORMAT: turtle, nt, nquads, trig, json-ld)
Prints one line per file: the count, or "ERROR <message>" (exit status 1).
"""
import sys

from rdflib import Dataset


def count(path: str, fmt: str) -> int:
    ds = Dataset()
    ds.parse(path, format=fmt)
    # Every (s, p, o, g) once, across the default graph and the named graphs.
    return len(set(ds.quads((None, None, None, None))))


def main() -> int:
    fmt, paths = sys.argv[1], sys.argv[2:]
    status = 0
    for path in paths:
        try:
            print(count(path, fmt))
        except Exception as err:  # noqa: BLE001 -- report any parser failure as a test failure
            print(f"ERROR {type(err).__name__}: {err}".replace("\n", " "))
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
