#!/usr/bin/env python3
"""Summary of a callgrind profile of sluice serve per unit of work (a request, a stream):
instructions, allocations, where they go.

usage: callgrind-summary.py PROFILE COUNT [--unit request] [--events N] [--top 15] [--json OUT]
COUNT units of work were served while the profile was taken; with --events, the
figures are also given per streamed event (the N events those units carried).
Reads callgrind's own output format: "fn=(id) name" / "cfn=(id) name" name the
current function and a callee, "calls=N ..." counts calls to that callee and
the cost line after it is the call's inclusive cost; every other cost line is
the current function's own (self) cost.
"""
import argparse
import json
import re
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


def arguments():
    parser = argparse.ArgumentParser(description="Per-unit summary of a callgrind profile of sluice serve.")
    parser.add_argument("profile")
    parser.add_argument("count", type=int, help="units of work served while the profile was taken")
    parser.add_argument("--unit", default="request", help="what one unit is (request, stream)")
    parser.add_argument("--events", type=int, default=0, help="streamed events those units carried")
    parser.add_argument("--top", type=int, default=15, help="how many of the costliest functions to list")
    parser.add_argument("--json", help="also write the figures to this file")
    return parser.parse_args()


def main():
    args = arguments()
    count, unit = args.count, args.unit
    total, calls, inclusive, own = read(args.profile)
    allocations = sum(n for name, n in calls.items() if name and ALLOCATORS.search(name))
    threads = {label: max((cost for name, cost in inclusive.items() if short(name) == entry), default=0) / count
               for label, entry in THREADS.items()}
    by_name = Counter()
    for name, cost in own.items():
        by_name[short(name)] += cost
    costliest = [(name, cost / count) for name, cost in by_name.most_common(args.top)]
    print(f"{unit}s: {count}")
    print(f"instructions per {unit}: {total / count:,.0f}")
    print(f"allocations per {unit}: {allocations / count:.1f}")
    for label, cost in threads.items():
        print(f"  {label}: {cost:,.0f}")
    if args.events:
        print(f"events: {args.events} ({args.events / count:.1f} per {unit}); per event, setup included: "
              f"{total / args.events:,.0f} instructions, {allocations / args.events:.2f} allocations")
    print(f"\nfunctions by their own instructions per {unit} (top {args.top}):")
    for name, cost in costliest:
        print(f"{cost:8,.0f}  {name}")
    if args.json:
        figures = {"unit": unit, "count": count, "instructions": round(total / count),
                   "allocations": round(allocations / count, 1),
                   "threads": {label: round(cost) for label, cost in threads.items()},
                   "costliest": [{"function": name, "instructions": round(cost)} for name, cost in costliest]}
        if args.events:
            figures.update(events=args.events, instructions_per_event=round(total / args.events),
                           allocations_per_event=round(allocations / args.events, 2))
        with open(args.json, "w") as out:
            json.dump(figures, out)


if __name__ == "__main__":
    main()
