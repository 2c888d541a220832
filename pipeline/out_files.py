"""Files written into OUT: the folder checked before anything is read, each file written whole or not at all,
and an OSError said as one Chinese line."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path


class OutputError(RuntimeError):
    """An output folder or file that cannot be written: one Chinese line naming the path and the problem."""


_WHY = {
    errno.EROFS: "只读文件系统，无法写入",
    errno.EACCES: "没有写入权限",
    errno.EPERM: "没有写入权限",
    errno.ENOSPC: "磁盘已满",
    errno.ENOENT: "无法在此创建（上级文件夹不存在或不可创建）",
    errno.ENOTDIR: "路径中有一段不是文件夹",
    errno.EEXIST: "已存在同名文件，不是文件夹",
}


def os_problem(e: OSError, path: Path | str | None = None) -> str:
    """An OSError as one Chinese line naming the path and the problem."""
    where = e.filename or path or ""
    why = _WHY.get(e.errno or 0) or e.strerror or str(e)
    return f"{where}：{why}（{e.strerror or type(e).__name__}）"


def check_out(out: Path) -> None:
    """Make sure the output folder can be written before anything is read: raises OutputError otherwise."""
    if out.exists() and not out.is_dir():
        raise OutputError(f"--out {out}：这是一个文件，不是文件夹")
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / f".zhibiao-probe.{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as e:
        raise OutputError(f"--out {os_problem(e, out)}") from None


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path``, then rename over it."""
    tmp = stage(path, data)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


_UMASK = os.umask(0o022)
os.umask(_UMASK)


def stage(path: Path, data: bytes) -> Path:
    """``data`` in a hidden temporary file beside ``path`` (.<name>.<random>.tmp, never an output's
    name), with the permissions a plain open() would give; renaming it over ``path`` is left to the caller.
    The name is cut so that a long report id cannot make it longer than a file name may be."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name[:40]}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o666 & ~_UMASK)  # mkstemp makes it 0600: outputs are meant to be shared
        with os.fdopen(fd, "wb") as f:
            f.write(data)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)
