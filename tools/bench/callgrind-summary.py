#!/usr/bin/env python3
"""Per-request summary of a callgrind profile: instructions, allocations, and the costliest functions.

usage: callgrind-summary.py PROFILE REQUESTS [TOP]
Reads callgrind's own output format: "fn=(id) name" / "cfn=(id) name" name the
current function and callee, "calls=N ..." counts calls to that callee, and the
line after it carries the call's inclusive cost.
"""
import re
import sys
from collections import Counter

ALLOCATORS = re.compile(r"^(operator new|malloc$|calloc$|realloc$)")
NAME = re.compile(r"(c?fn)=\((\d+)\)(?: (.*))?")


def read(path):
    names, calls, inclusive = {}, Counter(), Counter()
    total = 0
    function = callee = None
    after_calls = False
    with open(path, errors="replace") as profile:
        for line in profile:
            named = NAME.match(line)
            if named:
                kind, ident, name = named.groups()
                if name:
                    names[ident] = name.strip()
                if kind == "fn":
                    function = names.get(ident)
                else:
                    callee = names.get(ident)
                continue
            if line.startswith("calls="):
                calls[callee] += int(line.split()[0][6:])
                after_calls = True
                continue
            if line.startswith("totals:") or line.startswith("summary:"):
                total = int(line.split()[1])
                continue
            fields = line.split()
            if len(fields) >= 2 and (fields[0][0].isdigit() or fields[0][0] in "+-*"):
                if after_calls:
                    inclusive[callee] += int(fields[1])
                after_calls = False
    return total, calls, inclusive


def main():
    path, requests = sys.argv[1], int(sys.argv[2])
    top = int(sys.argv[3]) if len(sys.argv) > 3 else 15
    total, calls, inclusive = read(path)
    allocations = sum(n for name, n in calls.items() if name and ALLOCATORS.search(name))
    print(f"requests: {requests}")
    print(f"instructions per request: {total / requests:,.0f}")
    print(f"allocations per request: {allocations / requests:.1f}")
    print(f"\ncalls into Sluice's code, inclusive instructions per request (top {top}):")
    own = Counter()
    for name, cost in inclusive.items():
        base = re.sub(r"[(<].*", "", name or "")
        if "sluice::" in base:
            own[base] = max(own[base], cost)
    for base, cost in own.most_common(top):
        print(f"{cost / requests:10,.0f}  {base[:110]}")


if __name__ == "__main__":
    main()
