"""Child-side helper of the Python case: phases, and peak RSS of this process plus its jsii Node processes.

A jsii Python program runs the library's JavaScript in Node child processes (the jsii kernel), so the
process's own peak RSS misses most of the memory. At the end of the script (while the kernel still runs)
this sums the peak RSS (VmHWM) of Python and of every descendant process, from /proc (Linux).
"""
import json
import os
import time

_last = time.perf_counter()
phases = {}


def mark(name):
    """Ends the current phase under `name` (milliseconds since the previous mark)."""
    global _last
    now = time.perf_counter()
    phases[name] = phases.get(name, 0.0) + (now - _last) * 1000
    _last = now


def _hwm_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _descendants(root):
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        for child in children.get(pid, []):
            out.append(child)
            todo.append(child)
    return out


def _cpu_ms(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def report(**extra):
    """Prints the BENCH_RESULT line; call it last in the script, before the jsii kernel is stopped."""
    pids = [os.getpid()] + _descendants(os.getpid())
    own = _hwm_kb(os.getpid())
    kids = sum(_hwm_kb(pid) for pid in pids[1:])
    result = {
        "maxRssKb": own + kids,
        "pythonRssKb": own,
        "jsiiNodeRssKb": kids,
        "cpuMs": sum(_cpu_ms(pid) for pid in pids),
        "phases": phases,
        **extra,
    }
    print(f"\nBENCH_RESULT {json.dumps(result)}", flush=True)
