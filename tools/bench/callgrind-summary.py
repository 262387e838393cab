#!/usr/bin/env python3
"""Per-request summary of a callgrind profile of sluice serve: instructions, allocations, where they go.

usage: callgrind-summary.py PROFILE REQUESTS [TOP] [JSON_OUT]
Reads callgrind's own output format: "fn=(id) name" / "cfn=(id) name" name the
current function and a callee, "calls=N ..." counts calls to that callee and
the cost line after it is the call's inclusive cost; every other cost line is
the current function's own (self) cost.
"""
import json
import re
import sys
from collections import Counter

ALLOCATORS = re.compile(r"^(operator new|malloc$|calloc$|realloc$)")
NAME = re.compile(r"(c?fn)=\((\d+)\)(?: (.*))?")
# The threads' entry points: what the event loops and the usage writer cost in all.
THREADS = {"event loops": "sluice::net::EventLoop::run", "usage writer": "sluice::usage::UsageWriter::run"}


def read(path):
    names, calls, inclusive, own = {}, Counter(), Counter(), Counter()
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
            if line.startswith(("totals:", "summary:")):
                total = int(line.split()[1])
                continue
            fields = line.split()
            if len(fields) >= 2 and (fields[0][0].isdigit() or fields[0][0] in "+-*"):
                (inclusive if after_calls else own)[callee if after_calls else function] += int(fields[1])
                after_calls = False
    return total, calls, inclusive, own


def short(name):
    """A function's name without its return type, parameters and template arguments."""
    name = name or "?"
    while True:
        stripped = re.sub(r"<[^<>]*>", "", name)
        if stripped == name:
            break
        name = stripped
    name = re.sub(r"\(.*", "", name.replace("(anonymous namespace)", "{anonymous}"))
    first, _, rest = name.partition(" ")  # a template function's name starts with its return type
    if "::" in rest and "::" not in first and first not in ("operator", "non-virtual"):
        name = rest
    return name[:100]


def main():
    path, requests = sys.argv[1], int(sys.argv[2])
    top = int(sys.argv[3]) if len(sys.argv) > 3 else 15
    total, calls, inclusive, own = read(path)
    allocations = sum(n for name, n in calls.items() if name and ALLOCATORS.search(name))
    threads = {label: max((cost for name, cost in inclusive.items() if short(name) == entry), default=0) / requests
               for label, entry in THREADS.items()}
    by_name = Counter()
    for name, cost in own.items():
        by_name[short(name)] += cost
    costliest = [(name, cost / requests) for name, cost in by_name.most_common(top)]
    print(f"requests: {requests}")
    print(f"instructions per request: {total / requests:,.0f}")
    print(f"allocations per request: {allocations / requests:.1f}")
    for label, cost in threads.items():
        print(f"  {label}: {cost:,.0f}")
    print(f"\nfunctions by their own instructions per request (top {top}):")
    for name, cost in costliest:
        print(f"{cost:8,.0f}  {name}")
    if len(sys.argv) > 4:
        with open(sys.argv[4], "w") as out:
            json.dump({"requests": requests, "instructions_per_request": round(total / requests),
                       "allocations_per_request": round(allocations / requests, 1),
                       "threads": {label: round(cost) for label, cost in threads.items()},
                       "costliest": [{"function": name, "instructions": round(cost)} for name, cost in costliest]},
                      out)


if __name__ == "__main__":
    main()
