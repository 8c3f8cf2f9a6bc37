#!/usr/bin/env python3
"""The peer of `nastavnik match-json` in the benchmark: OR-tools' SimpleMinCostFlow on the same JSON.

Usage: python3 bench/ortools_flow.py задача.json
Needs `pip install ortools`. Prints one JSON line: {"matched", "total", "seconds", "maxRssMb"}, where
`seconds` is the whole process (reading and parsing the JSON, building the network, solving) and
`maxRssMb` its peak resident memory. `npm run bench` runs it when `ortools` can be imported.

The network is the one `match-json` solves: source -> mentee (capacity 1) -> mentor (capacity 1,
cost -(big + score)) -> sink (capacity = what the mentor has left after locked pairs), plus a
source -> sink bypass of cost 0 for the mentees left unmatched. With big larger than any total score
the minimum cost is first the most pairs, then the largest total score — the same lexicographic
optimum. Locked pairs are fixed beforehand, as `match-json` does.
"""
import json
import resource
import sys
import time

start = time.perf_counter()
from ortools.graph.python import min_cost_flow  # noqa: E402

with open(sys.argv[1], encoding="utf-8") as file:
    instance = json.load(file)

mentor_index = {m["id"]: i for i, m in enumerate(instance["mentors"])}
mentee_index = {e["id"]: i for i, e in enumerate(instance["mentees"])}
left = [m["capacity"] for m in instance["mentors"]]
locked = {}
for pair in instance.get("locked", []):
    locked[pair["mentee"]] = pair["mentor"]
    left[mentor_index[pair["mentor"]]] -= 1
locked_total = 0
edges = []
max_score = 0
for edge in instance["edges"]:
    if locked.get(edge["mentee"]) == edge["mentor"]:
        locked_total += edge["score"]
    if edge["mentee"] in locked or left[mentor_index[edge["mentor"]]] <= 0:
        continue
    edges.append((mentee_index[edge["mentee"]], mentor_index[edge["mentor"]], edge["score"]))
    max_score = max(max_score, edge["score"])
free = len(instance["mentees"]) - len(locked)
big = max_score * free + 1

n_mentees = len(instance["mentees"])
n_mentors = len(instance["mentors"])
source = n_mentees + n_mentors
sink = source + 1
flow = min_cost_flow.SimpleMinCostFlow()
for e in range(n_mentees):
    if instance["mentees"][e]["id"] not in locked:
        flow.add_arc_with_capacity_and_unit_cost(source, e, 1, 0)
for mentee, mentor, score in edges:
    flow.add_arc_with_capacity_and_unit_cost(mentee, n_mentees + mentor, 1, -(big + score))
for m in range(n_mentors):
    if left[m] > 0:
        flow.add_arc_with_capacity_and_unit_cost(n_mentees + m, sink, left[m], 0)
flow.add_arc_with_capacity_and_unit_cost(source, sink, free, 0)
flow.set_node_supply(source, free)
flow.set_node_supply(sink, -free)
if flow.solve() != flow.OPTIMAL:
    sys.exit("min-cost flow: no optimal solution")

matched = 0
total = 0
for arc in range(flow.num_arcs()):
    tail, head = flow.tail(arc), flow.head(arc)
    if tail < n_mentees and head < source and flow.flow(arc) > 0:
        matched += 1
        total += -flow.unit_cost(arc) - big
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(
    json.dumps(
        {
            "matched": matched + len(locked),
            "total": total + locked_total,
            "seconds": time.perf_counter() - start,
            "maxRssMb": peak,
        }
    )
)
