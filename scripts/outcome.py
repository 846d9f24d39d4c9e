"""How a check ends: its problems (the first 30) and a one-line summary of what it counted,
exit status 1 when there were problems."""
import sys

SHOWN = 30


def finish(name, problems, summary, success):
    """Prints the problems and `name: summary` and exits 1, or prints `name: summary: success`."""
    if problems:
        print("\n".join(problems[:SHOWN]))
        more = f" (first {SHOWN} shown)" if len(problems) > SHOWN else ""
        print(f"{name}: {len(problems)} problems{more}; {summary}")
        sys.exit(1)
    print(f"{name}: {summary}: {success}")
