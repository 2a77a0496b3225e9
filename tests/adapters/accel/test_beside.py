"""Work beside the build (accel/beside.py): its first result comes back, the rest is done or stopped, and a
failure reaches the build as a PluginError."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError

from sotay.adapters.mkdocs.accel.beside import Forked, Threaded
from sotay.adapters.mkdocs.context import Done


def two_steps(fail_at: int | None = None):
    if fail_at == 0:
        raise ValueError("hỏng từ đầu")
    (folder,) = yield [1, 2, 3]
    for number in range(3):
        if fail_at == number + 1:
            raise ValueError("hỏng giữa chừng")
        (folder / f"{number}.txt").write_text(str(number), encoding="utf-8")
        yield None


@pytest.mark.parametrize("kind", [Done, Forked, Threaded])
def test_the_first_result_comes_back_and_the_rest_is_done(kind, tmp_path: Path):
    pending = kind(two_steps)
    assert pending.first() == [1, 2, 3]
    assert not list(tmp_path.iterdir()), "the second step waits for go"
    pending.go(tmp_path)
    pending.finish()
    if kind is Threaded:
        pending.wait()  # under serve the rest goes on after the build
    assert sorted(p.name for p in tmp_path.iterdir()) == ["0.txt", "1.txt", "2.txt"]


def endless():
    yield "first"
    yield None
    while True:
        time.sleep(0.001)
        yield None


def test_a_thread_stopped_ends_at_its_next_step():
    pending = Threaded(endless)
    assert pending.first() == "first"
    pending.go()
    pending.stop()
    assert not pending._thread.is_alive()


@pytest.mark.parametrize("kind", [Forked, Threaded])
def test_work_whose_second_step_is_never_asked_for_ends_with_its_build(kind):
    pending = kind(endless)
    assert pending.first() == "first"
    pending.stop()  # Forked: what a failed build does; Threaded: what the next build does


@pytest.mark.parametrize("kind", [Forked, Threaded])
def test_a_failure_before_the_first_result_is_raised_where_it_is_asked_for(kind, tmp_path: Path):
    pending = kind(two_steps, 0)
    with pytest.raises(PluginError, match="hỏng từ đầu"):
        pending.first()
    pending.stop()  # what the build does when it fails


def test_a_failure_after_the_first_result_fails_the_build_at_its_end(tmp_path: Path, capfd):
    pending = Forked(two_steps, 2)
    assert pending.first() == [1, 2, 3]
    pending.go(tmp_path)
    with pytest.raises(PluginError, match="xem thông báo ở trên"):
        pending.finish()
    assert "hỏng giữa chừng" in capfd.readouterr().err
