"""A reader that stops early (``lantern safety-explain ... | head -1``) is no error."""

import os
import subprocess
import sys


def test_output_into_a_closed_pipe_exits_quietly() -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # closed before the command starts: its first write meets a broken pipe
    try:
        finished = subprocess.run(
            [sys.executable, "-m", "bot", "safety-explain", "i took too many pills"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)
    assert finished.returncode == 0, finished.stderr
    assert "Traceback" not in finished.stderr
