"""A saved library as one memory-mapped file, and the lazy containers that make opening it cheap.

Opening a saved library must not cost what the corpus weighs (at 100k papers: 810 MB, most of it
paper records and vectors). So the file is a small pickle of the library's structure plus, aligned
after it, the raw bytes of every large array (pickle protocol 5's out-of-band buffers: numpy arrays
and the packed values below). Reading maps the file and unpickles the structure only; the arrays are
views of the mapping (read-only, paged in by the OS as questions touch them, shared between processes
serving the same index), and a packed value is unpickled the first time a question reads it.
"""

from __future__ import annotations

import gc
import mmap
import os
import pickle
import struct
import threading
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

MAGIC = b"QALIB\x00\x01\x00"
ALIGN = 64  # every buffer starts on a cache line (and any numpy dtype's alignment)
KEPT = 1024  # paper records kept built (the most recently read): memory stays flat however many are read


class PackedList(Sequence):
    """Values pickled one by one into one byte array; each is built when read and kept, or only the
    last ``kept`` read (paper records: a serving process does not grow towards holding the corpus)."""

    def __init__(self, data: np.ndarray, offsets: np.ndarray, kept: int | None = None) -> None:
        self._data, self._offsets, self._kept = data, offsets, kept
        self._built: OrderedDict[int, Any] = OrderedDict()
        self._lock = threading.Lock()
        self._view = memoryview(data)

    @classmethod
    def of(cls, values: Sequence[Any], kept: int | None = None) -> PackedList:
        blobs = [pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL) for value in values]
        offsets = np.zeros(len(blobs) + 1, dtype=np.int64)
        np.cumsum([len(blob) for blob in blobs], out=offsets[1:])
        return cls(np.frombuffer(b"".join(blobs), dtype=np.uint8), offsets, kept)

    def __reduce__(self):
        return PackedList, (self._data, self._offsets, self._kept)

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, row: int) -> Any:
        if not -len(self) <= row < len(self):
            raise IndexError(row)
        row %= len(self)
        with self._lock:  # the web server's threads share the library
            if row in self._built:
                self._built.move_to_end(row)
                return self._built[row]
        start, end = int(self._offsets[row]), int(self._offsets[row + 1])
        value = pickle.loads(self._view[start:end])
        with self._lock:
            self._built[row] = value
            if self._kept is not None and len(self._built) > self._kept:
                self._built.popitem(last=False)
        return value

    def __iter__(self) -> Iterator[Any]:
        return (self[row] for row in range(len(self)))


class PackedDict(Mapping):
    """A read-only mapping over a :class:`PackedList` of its values: keys load at once, values when read."""

    def __init__(self, keys: list, values: PackedList) -> None:
        self._keys, self._values = keys, values
        self._row = {key: row for row, key in enumerate(keys)}

    @classmethod
    def of(cls, mapping: Mapping) -> PackedDict:
        return cls(list(mapping), PackedList.of(list(mapping.values())))

    def __reduce__(self):
        return PackedDict, (self._keys, self._values)

    def __getitem__(self, key) -> Any:
        return self._values[self._row[key]]

    def __contains__(self, key: object) -> bool:
        return key in self._row

    def __iter__(self) -> Iterator:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


def dump(state: Any, path: Path) -> None:
    """Write ``state`` to ``path``: written aside, then renamed into place (a reader never sees half a file).

    Layout: magic, the structure's length, the buffer table's length, the structure (a protocol-5
    pickle), the table (each buffer's offset and length), then the buffers, each aligned."""
    buffers: list[pickle.PickleBuffer] = []
    structure = pickle.dumps(state, protocol=5, buffer_callback=buffers.append)
    raws = [buffer.raw() for buffer in buffers]
    head = len(MAGIC) + 16
    table_size = 16 * len(raws)
    offset = aligned(head + len(structure) + table_size)
    table = []
    for raw in raws:
        table.append((offset, raw.nbytes))
        offset = aligned(offset + raw.nbytes)
    path.parent.mkdir(parents=True, exist_ok=True)
    aside = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        with aside.open("wb") as file:
            file.write(MAGIC + struct.pack("<QQ", len(structure), table_size))
            file.write(structure)
            file.write(b"".join(struct.pack("<QQ", start, size) for start, size in table))
            for (start, _), raw in zip(table, raws):
                file.write(b"\0" * (start - file.tell()))
                file.write(raw)
        os.replace(aside, path)
    finally:
        aside.unlink(missing_ok=True)


def load(path: Path) -> Any:
    """What :func:`dump` wrote; its arrays are read-only views of the mapped file."""
    with path.open("rb") as file:
        mapped = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    view = memoryview(mapped)
    if bytes(view[:len(MAGIC)]) != MAGIC:
        raise ValueError(f"{path}: not a saved library")
    structure_size, table_size = struct.unpack_from("<QQ", view, len(MAGIC))
    start = len(MAGIC) + 16
    table = list(struct.iter_unpack("<QQ", view[start + structure_size:start + structure_size + table_size]))
    buffers = [view[offset:offset + size] for offset, size in table]
    if any(len(buffer) != size for buffer, (_, size) in zip(buffers, table)):
        raise ValueError(f"{path}: truncated")
    collecting = gc.isenabled()
    gc.disable()  # unpickling builds ~10^6 objects and frees none: collection passes would only cost time
    try:
        return pickle.loads(view[start:start + structure_size], buffers=buffers)
    finally:
        if collecting:
            gc.enable()


def aligned(offset: int) -> int:
    return -(-offset // ALIGN) * ALIGN
