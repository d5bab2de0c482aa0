"""A progress bar on standard error for long runs: bytes done, MB/s, ETA,
and files and records read.

Shown only when standard error is a terminal (the command line decides, and
``--quiet``/``--no-progress`` turn it off), and only once a run has taken a
second, so short runs print nothing.  Drawn by tqdm, without its monitor
thread: worker processes are forked from this one, and a fork should not
copy a thread.
"""
from __future__ import annotations

import os
import sys
from typing import TextIO

# A run shorter than this never shows the bar.
DELAY = 1.0
# Whether a bar of this process was ever drawn: then what the run wrote to
# standard error depended on time, and newslint/replay.py does not keep it.
drawn = False


class Progress:
    def __init__(self, total_bytes: int, files: int, stream: TextIO | None = None) -> None:
        import tqdm

        tqdm.tqdm.monitor_interval = 0
        out = stream or sys.stderr
        self.files_total = files
        self.files = 0
        self.records = 0
        self.bar = tqdm.tqdm(
            total=max(1, total_bytes),
            unit="B",
            unit_scale=True,
            unit_divisor=1000,
            delay=DELAY,
            file=out,
            # A terminal that reports no size (0 x 0) would get no bar at all.
            ncols=_size(out)[0],
            nrows=_size(out)[1],
            leave=False,
            mininterval=0.2,
            desc="newslint",
        )

    def advance(self, size: int, records: int, new_file: bool) -> None:
        self.files += new_file
        self.records += records
        self.bar.set_postfix_str(f"{self.files}/{self.files_total} files, {self.records} records", refresh=False)
        self.bar.update(size)

    def close(self) -> None:
        global drawn
        # tqdm's own test (in close) of whether the delayed bar was ever shown.
        drawn = drawn or self.bar.last_print_t >= self.bar.start_t + self.bar.delay
        self.bar.close()


def _size(stream: TextIO) -> tuple[int, int]:
    try:
        size = os.get_terminal_size(stream.fileno())
    except (OSError, ValueError, AttributeError):
        return 80, 24
    return size.columns or 80, size.lines or 24
