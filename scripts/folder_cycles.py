#!/usr/bin/env python3
"""Folders of the source tree must not include each other in a circle.

A folder (models/lab, views/phone, ...) depends on another when one of its files has an
#include "..." that names a file of the other. Arrows point down: when models/lab includes
models/mobility, nothing in models/mobility may reach models/lab again, directly or through
other folders. Such a circle means the two concepts cannot be built, tested or understood
apart (issue 11: Lab, Extension Mobility and the call router reached back into each other).

Also checked: the layers point one way (models never includes views or app; views never
includes app).

    scripts/folder_cycles.py [ROOT]      exit 0 and one line when clean; 1 and the circles

Each circle is reported with its folders and, for every step of it, the file that makes the
step and the line it includes, so the fix can start at the right place.
"""

import argparse
import os
import re
import sys
from collections import defaultdict, deque

SOURCE_SUFFIXES = ('.h', '.hpp', '.cpp', '.cc', '.cxx')
QUOTED_INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"', re.MULTILINE)
# The project's libraries, lowest first; each top-level folder compiles with its own folder and
# those below it on the include path (CMake's target_include_directories).
# Other top-level folders with a CMakeLists.txt (tests, bench, a library added later) are
# checked for circles too.
DEFAULT_LAYERS = ['models', 'views', 'app']


def top_level_folders(root, layers):
    """The layers, then every other top-level folder that CMake builds (not a build tree)."""
    others = []
    for name in sorted(os.listdir(root)):
        full = os.path.join(root, name)
        if (name in layers or name.startswith(('.', 'build')) or not os.path.isdir(full)
                or os.path.exists(os.path.join(full, 'CMakeCache.txt'))):
            continue
        if os.path.isfile(os.path.join(full, 'CMakeLists.txt')):
            others.append(name)
    return [t for t in layers if os.path.isdir(os.path.join(root, t))] + others


def source_files(root, tops):
    """Every C++ file under the top-level folders @p tops of @p root, as paths relative to root."""
    for top in tops:
        base = os.path.join(root, top)
        for here, dirs, files in os.walk(base):
            dirs[:] = sorted(d for d in dirs if not d.startswith('.'))
            for name in sorted(files):
                if name.endswith(SOURCE_SUFFIXES):
                    yield os.path.relpath(os.path.join(here, name), root).replace(os.sep, '/')


def resolve(root, includer, target, include_roots):
    """The file (relative to root) that #include "target" in @p includer names, or None for one
    outside the tree (a generated ui_*.h, a system header written with quotes)."""
    candidates = [os.path.dirname(includer)] + list(include_roots)
    for base in candidates:
        path = os.path.normpath(os.path.join(base, target)).replace(os.sep, '/')
        if not path.startswith('../') and os.path.isfile(os.path.join(root, path)):
            return path
    return None


def dependencies(root, tops, include_roots):
    """folder -> {folder it includes: (including file, include text)}, first occurrence kept."""
    edges = defaultdict(dict)
    for rel in source_files(root, tops):
        try:
            with open(os.path.join(root, rel), encoding='utf-8', errors='replace') as f:
                text = f.read()
        except OSError:
            continue
        here = os.path.dirname(rel)
        edges.setdefault(here, {})
        for target in QUOTED_INCLUDE.findall(text):
            found = resolve(root, rel, target, include_roots)
            if found is None:
                continue
            there = os.path.dirname(found)
            if there != here and there not in edges[here]:
                edges[here][there] = (rel, target)
    return edges


def strongly_connected(edges):
    """Tarjan's algorithm, iterative: the groups of folders that reach each other."""
    index, low, on_stack, stack, groups = {}, {}, set(), [], []
    counter = 0
    nodes = sorted(set(edges) | {t for e in edges.values() for t in e})
    for start in nodes:
        if start in index:
            continue
        work = [(start, iter(sorted(edges.get(start, {}))))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, {})))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
    return sorted(groups)


def shortest_circle(edges, group):
    """One shortest circle through the first folder of @p group, staying inside the group."""
    start = group[0]
    inside = set(group)
    came_from = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for child in sorted(edges.get(node, {})):
            if child not in inside:
                continue
            if child == start:
                path = [node]
                while path[-1] != start:
                    path.append(came_from[path[-1]])
                return list(reversed(path)) + [start]
            if child not in came_from:
                came_from[child] = node
                queue.append(child)
    return [start]


def layer_of(folder, layers):
    top = folder.split('/', 1)[0]
    return layers.index(top) if top in layers else None


def check(root, layers=None):
    """The problems found in the tree at @p root, one multi-line string each, and the number
    of folders read."""
    layers = DEFAULT_LAYERS if layers is None else layers
    tops = top_level_folders(root, layers)
    edges = dependencies(root, tops, tops)
    problems = []
    for group in strongly_connected(edges):
        circle = shortest_circle(edges, group)
        lines = [f'folders include each other in a circle: {", ".join(group)} (e.g. {" -> ".join(circle)})']
        for a in group:
            for b, (rel, target) in sorted(edges[a].items()):
                if b in group:
                    lines.append(f'  {a} -> {b}: {rel} includes "{target}"')
        problems.append('\n'.join(lines))
    for a in sorted(edges):
        la = layer_of(a, layers)
        for b, (rel, target) in sorted(edges[a].items()):
            lb = layer_of(b, layers)
            if la is not None and lb is not None and lb > la:
                problems.append(f'{a} may not include {b} ({layers[la]} sits below {layers[lb]}): '
                                f'{rel} includes "{target}"')
    return problems, len(edges)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('root', nargs='?', default=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'),
                        help='the source tree (default: this script\'s project)')
    args = parser.parse_args(argv)
    root = os.path.abspath(args.root)
    problems, folders = check(root)
    if problems:
        for p in problems:
            print(p)
        print(f'{len(problems)} include problem(s) between folders of {root}', file=sys.stderr)
        return 1
    print(f'no folder include cycles ({folders} folders)')
    return 0


if __name__ == '__main__':
    sys.exit(main())
