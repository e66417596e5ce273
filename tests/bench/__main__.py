"""`make bench`: run every benchmark module, print one table, write bench-results.json.

Each ``tests/bench/bench_*.py`` module exposes ``run() -> list[dict]``; every row compares a
figure with a baseline measured in the same run (absolute times on shared machines drift).
Row keys: name, value, unit, baseline, baseline_name, ratio, target, note.
"""

import importlib
import json
import pkgutil
import sys
import traceback
from pathlib import Path
from typing import Any

import tests.bench as package


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value)


def main(only: list[str]) -> int:
    """Run the benchmarks (all, or those whose module name contains a given word)."""
    rows: list[dict[str, Any]] = []
    failed = []
    for module in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if not module.name.startswith("bench_"):
            continue
        if only and not any(word in module.name for word in only):
            continue
        print(f"running {module.name} ...", file=sys.stderr, flush=True)
        try:
            loaded = importlib.import_module(f"tests.bench.{module.name}")
            for row in loaded.run():
                rows.append({"module": module.name, **row})
        except Exception:
            traceback.print_exc()
            failed.append(module.name)
    columns = ("name", "value", "unit", "baseline_name", "baseline", "ratio", "target", "note")
    table = [[_cell(row.get(column)) for column in columns] for row in rows]
    widths = [
        max(len(column), *(len(line[index]) for line in table)) if table else len(column)
        for index, column in enumerate(columns)
    ]
    print("  ".join(column.ljust(width) for column, width in zip(columns, widths, strict=True)))
    for line in table:
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)))
    Path("bench-results.json").write_text(json.dumps(rows, indent=2, default=str) + "\n")
    if failed:
        print(f"benchmarks failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
