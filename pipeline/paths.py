"""Finding the news files an input names: files, folders walked recursively (sorted; hidden files,
the output folder, symlink loops and unreadable entries reported, not fatal), and glob patterns.
``readers`` reads what this finds."""
from __future__ import annotations

import errno
import glob as globmod
import itertools
import os
import stat
from pathlib import Path
from typing import Iterable, Iterator

from .encodings import _SURROGATE

def _real(path: Path) -> Path:
    """``path.resolve()`` that never raises (symlink loops, unreadable folders): the absolute
    path then stands in for the real one."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))


def printable(name: str) -> str:
    """A file name as text that can be written anywhere: bytes that are not UTF-8 (kept by
    Python as lone surrogates) are shown as ``\\xNN`` instead of failing every UTF-8 write."""
    if not _SURROGATE.search(name):
        return name
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", name)


def display_path(path: Path, base: Path | None = None, resolve: bool = True) -> str:
    """The path relative to ``base`` (default: the working directory) when inside it, POSIX style."""
    base = Path.cwd() if base is None else base
    real = _real(path) if resolve else Path(os.path.abspath(path))
    try:
        shown = real.relative_to(_real(base)).as_posix()
    except ValueError:
        shown = real.as_posix()
    return printable(shown)


def _hidden(path: Path) -> bool:
    return path.name.startswith(".") or path.name.startswith("~$")


# What iter_paths yields: a file to read (message empty), or something that cannot be read
# (message set; ``path`` is the offending path, or None when ``label`` is an input as given).
Found = tuple["Path | None", str, str]


def _odd_entry(path: Path) -> str:
    """Why a directory entry that is neither a file nor a folder cannot be read."""
    try:
        if path.is_symlink():
            try:
                os.stat(path)
            except OSError as exc:
                if exc.errno == errno.ELOOP:
                    return "a symbolic link loop"
                target = os.readlink(path)
                return f"a dangling symbolic link (to {printable(target)}, which does not exist)"
        mode = os.stat(path).st_mode
    except OSError as exc:
        return f"cannot read it: {exc.strerror or exc}"
    if stat.S_ISFIFO(mode):
        return "not a regular file (a named pipe)"
    if stat.S_ISSOCK(mode):
        return "not a regular file (a socket)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "not a regular file (a device)"
    return "not a regular file"


def _kind_of(path: Path) -> str:
    """"dir", "file", or "" (anything else, or a stat that failed): never raises, unlike
    ``Path.is_dir`` which raises PermissionError inside an unreadable folder."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return ""
    return "dir" if stat.S_ISDIR(mode) else "file" if stat.S_ISREG(mode) else ""


def _walk(folder: Path, exclude: frozenset[Path] = frozenset(), _seen: set[Path] | None = None) -> Iterator[Found]:
    """Files under ``folder`` in sorted path order (a folder's files and subfolders interleaved
    by name, as a sorted listing of full paths would be), hidden entries skipped; a symlinked
    folder already walked (a loop) is not walked again. Folders that cannot be listed, dangling
    links, link loops and special files come back with a message instead of vanishing."""
    seen = set() if _seen is None else _seen
    real = _real(folder)
    if real in seen:
        return
    seen.add(real)
    try:
        with os.scandir(folder) as it:
            names = sorted(entry.name for entry in it)
    except OSError as exc:
        yield folder, "", f"cannot list this folder: {exc.strerror or exc}"
        return
    for name in names:
        if name.startswith(".") or name.startswith("~$"):
            continue
        path = Path(folder) / name
        kind = _kind_of(path)
        if kind == "dir":
            if _real(path) not in exclude:
                yield from _walk(path, exclude, seen)
        elif kind == "file":
            yield path, "", ""
        else:
            yield path, "", _odd_entry(path)


def _inside(path: Path, folders: frozenset[Path]) -> bool:
    real = _real(path)
    return real in folders or any(parent in folders for parent in real.parents)


def check_inputs(inputs: Iterable[str | Path], exclude: Iterable[Path] = ()) -> list[str]:
    """What makes a run pointless before it starts, one message per bad input: a path that does
    not exist, a pattern that matches nothing, a folder with no file to read, an input inside
    the output folder. Folders are walked only up to their first file."""
    skip = frozenset(_real(Path(p)) for p in exclude)
    problems = []
    for item in inputs:
        item = str(item)
        path = Path(item)
        shown = printable(item)
        kind = _kind_of(path)
        if kind and _inside(path, skip):
            problems.append(f"{shown}: is inside the output folder; its tables are not news to read")
        elif kind == "dir":
            if not any(not message for _, _, message in itertools.islice(_walk(path, skip), 10_000)):
                problems.append(f"{shown}: the folder holds no file to read (hidden files are skipped)")
        elif kind == "file":
            continue
        elif globmod.has_magic(item):
            if not globmod.glob(item, recursive=True):
                problems.append(f"{shown}: no file matches this pattern")
        elif os.path.lexists(path):
            problems.append(f"{shown}: {_odd_entry(path)}")
        else:
            problems.append(f"{shown}: no such file or folder")
    return problems


def iter_paths(inputs: Iterable[str | Path], exclude: Iterable[Path] = ()) -> Iterator[Found]:
    """``(path, label, "")`` for each file to read, in a deterministic order: inputs as given,
    folders walked recursively in sorted order (hidden files and folders skipped), globs expanded
    and sorted. ``(path or None, label, message)`` for what cannot be read, so it can become an
    error row. Folders in ``exclude`` (the output folder) are not walked into."""
    seen: set[Path] = set()
    skip = frozenset(_real(Path(p)) for p in exclude)

    def emit(found: Found) -> Iterator[Found]:
        p, _, message = found
        if message:
            yield found
            return
        key = _real(p)
        if key not in seen:
            seen.add(key)
            yield found

    for item in inputs:
        item = str(item)
        path = Path(item)
        kind = _kind_of(path)
        if kind == "dir":
            for found in _walk(path, skip):
                yield from emit(found)
        elif kind == "file":
            if _inside(path, skip):
                yield path, item, "inside the output folder: not read"
            else:
                yield from emit((path, item, ""))
        elif globmod.has_magic(item):
            matches = sorted(globmod.glob(item, recursive=True))
            if not matches:
                yield None, item, "no file matches this pattern"
            for m in matches:
                p = Path(m)
                if _inside(p, skip):
                    continue
                mkind = _kind_of(p)
                if mkind == "file":
                    yield from emit((p, m, ""))
                elif mkind == "dir":
                    for found in _walk(p, skip):
                        yield from emit(found)
                else:
                    yield p, m, _odd_entry(p)
        elif os.path.lexists(path):
            yield path, item, _odd_entry(path)
        else:
            yield None, item, "no such file or folder"
