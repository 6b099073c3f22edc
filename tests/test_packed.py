import numpy as np
import pytest

from qa import packed
from qa.packed import PackedDict, PackedList


def test_arrays_come_back_as_read_only_views_of_the_file(tmp_path):
    matrix = np.arange(12, dtype=np.float32).reshape(3, 4)
    path = tmp_path / "lib"
    packed.dump({"matrix": matrix, "rows": np.array([3, 1], dtype=np.int64), "name": "x"}, path)
    state = packed.load(path)
    assert np.array_equal(state["matrix"], matrix) and state["matrix"].dtype == np.float32
    assert state["rows"].tolist() == [3, 1] and state["name"] == "x"
    assert not state["matrix"].flags.writeable  # mapped, not copied
    assert state["matrix"].ctypes.data % packed.ALIGN == 0


def test_packed_values_are_built_when_read_and_only_the_recent_ones_kept(tmp_path):
    names = PackedDict.of({"Ada": {"p1", "p2"}, "Bo": ["p3"], "Cy": {"role": "Alumni"}})
    assert list(names) == ["Ada", "Bo", "Cy"] and len(names) == 3 and "Bo" in names and "Zed" not in names
    assert not names._values._built
    assert names["Ada"] == {"p1", "p2"} and names["Ada"] is names["Ada"]
    assert list(names._values._built) == [0]  # the others are still bytes
    rows = PackedList.of([[i] for i in range(5)], kept=2)
    assert [rows[i] for i in (0, 1, 0, 2)] == [[0], [1], [0], [2]] and rows[-1] == [4]
    assert list(rows._built) == [2, 4]  # at most KEPT, the least recently read dropped first
    assert rows[1] == [1] and len(rows) == 5 and list(rows) == [[i] for i in range(5)]
    with pytest.raises(IndexError):
        rows[5]
    packed.dump({"rows": rows}, tmp_path / "lib")
    again = packed.load(tmp_path / "lib")["rows"]
    assert [again[i] for i in range(5)] == [[i] for i in range(5)] and list(again._built) == [3, 4]
    assert len(names._values._built) == 1 and [names[k] for k in names] and len(names._values._built) == 3
    assert {"Bo", "Zed"} & names.keys() == {"Bo"}
    with pytest.raises(KeyError):
        names["Zed"]


def test_packed_containers_survive_a_file(tmp_path):
    path = tmp_path / "lib"
    packed.dump({"papers": PackedList.of([{"id": i} for i in range(5)]),
                 "by_name": PackedDict.of({"Ada": ("p1",), "Bo": ()})}, path)
    state = packed.load(path)
    assert [p["id"] for p in state["papers"]] == list(range(5)) and state["papers"][3] == {"id": 3}
    assert dict(state["by_name"]) == {"Ada": ("p1",), "Bo": ()}


def test_a_foreign_or_cut_file_is_refused(tmp_path):
    path = tmp_path / "lib"
    path.write_bytes(b"not a library at all")
    with pytest.raises(ValueError, match="not a saved library"):
        packed.load(path)
    packed.dump({"matrix": np.ones((100, 8), dtype=np.float32)}, path)
    path.write_bytes(path.read_bytes()[:-64])
    with pytest.raises(ValueError, match="truncated"):
        packed.load(path)
