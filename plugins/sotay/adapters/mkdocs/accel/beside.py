"""Work the build needs only later (`context.Work`), run beside the build instead of before it.

- In a build, in a forked process: it shares the loaded base without copying it, works on another core while
  the build makes its pages, sends its first result through a pipe, waits for `go` (whose arguments come
  through a second pipe), then finishes on its own (the search index's shards). The build waits for it in
  `on_post_build`.
- Under `mkdocs serve`, in a thread (a process serving pages has other threads, which a fork must not copy): its
  first result is waited for as a build does; its second step goes on after the build, so the edited page is
  served at once; the next build stops it (it would do that work again), the end of serve waits for it.
"""

from __future__ import annotations

import os
import pickle
import sys
import threading
import traceback
from typing import Any

from mkdocs.exceptions import PluginError

from ..context import Work

FAILED = "sotay-accel: việc chạy song song (tính điểm tìm kiếm, ghi chỉ mục) bị lỗi"


class Forked:
    """`work(*args)` in a forked process."""

    def __init__(self, work: Work, *args: Any):
        answers_read, answers_write = os.pipe()
        orders_read, orders_write = os.pipe()
        self._pid = os.fork()
        if self._pid == 0:
            os.close(answers_read)
            os.close(orders_write)
            os._exit(_run_forked(answers_write, orders_read, work, args))
        os.close(answers_write)
        os.close(orders_read)
        self._answers = os.fdopen(answers_read, "rb")
        self._orders = os.fdopen(orders_write, "wb")
        self._first: tuple[str, Any] | None = None

    def first(self) -> Any:
        if self._first is None:
            try:
                self._first = pickle.load(self._answers)
            except (EOFError, pickle.UnpicklingError):
                self._first = ("error", "")
            self._answers.close()
        kind, value = self._first
        if kind == "error":
            raise PluginError(f"{FAILED}:\n{value}")
        return value

    def go(self, *args: Any) -> None:
        try:
            with self._orders:
                pickle.dump(args, self._orders, pickle.HIGHEST_PROTOCOL)
        except OSError:
            pass  # it has ended: finish() says how

    def finish(self) -> None:
        self.first()
        _, status = os.waitpid(self._pid, 0)
        if os.waitstatus_to_exitcode(status):
            raise PluginError(f"{FAILED} (xem thông báo ở trên).")

    def stop(self) -> None:
        """The build failed: end the process."""
        for pipe in (self._answers, self._orders):
            pipe.close()
        try:
            os.kill(self._pid, 9)
            os.waitpid(self._pid, 0)
        except OSError:
            pass


def _run_forked(answers: int, orders: int, work: Work, args: tuple) -> int:
    """In the forked process: the exit status."""
    with os.fdopen(answers, "wb") as out:
        try:
            steps = work(*args)
            pickle.dump(("first", next(steps)), out, pickle.HIGHEST_PROTOCOL)
        except BaseException:  # noqa: BLE001 - told to the build, which raises it
            pickle.dump(("error", traceback.format_exc()), out, pickle.HIGHEST_PROTOCOL)
            return 1
    try:
        with os.fdopen(orders, "rb") as incoming:
            late = pickle.load(incoming)
        steps.send(late)
        for _ in steps:
            pass
    except StopIteration:
        pass
    except EOFError:
        return 0  # the build ended before its second step was needed (it failed, or had no use for it)
    except BaseException:  # noqa: BLE001 - the build raises on the exit status
        traceback.print_exc(file=sys.stderr)
        return 1
    return 0


class Threaded:
    """`work(*args)` in a thread; `stop()` ends it at its next step."""

    def __init__(self, work: Work, *args: Any):
        self._ready = threading.Event()
        self._going = threading.Event()
        self._stopping = threading.Event()
        self._first: tuple[str, Any] = ("error", "")
        self._late: tuple = ()
        self._thread = threading.Thread(target=self._run, args=(work, args), name="sotay-beside", daemon=True)
        self._thread.start()

    def _run(self, work: Work, args: tuple) -> None:
        try:
            steps = work(*args)
            self._first = ("first", next(steps))
            self._ready.set()
            self._going.wait()
            if self._stopping.is_set():
                return
            steps.send(self._late)
            for _ in steps:
                if self._stopping.is_set():
                    return
        except StopIteration:
            pass
        except BaseException:  # noqa: BLE001 - told to the build, or (after its first result) to the terminal
            if not self._ready.is_set():
                self._first = ("error", traceback.format_exc())
            else:
                traceback.print_exc(file=sys.stderr)
        finally:
            self._ready.set()

    def first(self) -> Any:
        self._ready.wait()
        kind, value = self._first
        if kind == "error":
            raise PluginError(f"{FAILED}:\n{value}")
        return value

    def go(self, *args: Any) -> None:
        self._late = args
        self._going.set()

    def finish(self) -> None:
        """Goes on after the build: `wait` lets it end, `stop` ends it at its next step."""

    def wait(self) -> None:
        if not self._going.is_set():  # its build ended before asking for the second step
            self.stop()
        self._thread.join()

    def stop(self) -> None:
        self._stopping.set()
        self._going.set()
        self._thread.join()
