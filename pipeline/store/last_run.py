"""The last run's store: where `zhibiao run` notes the store it wrote, so that compare and indicators
need no --db, and the one Chinese line that says which store is read."""

from __future__ import annotations

import os
from pathlib import Path

from .. import periods
from .database import Store


def _state_file() -> Path:
    """Where `zhibiao run` notes the store it wrote: $ZHIBIAO_STATE_DIR, else $XDG_STATE_HOME/zhibiao,
    else ~/.local/state/zhibiao; the file last_store."""
    folder = os.environ.get("ZHIBIAO_STATE_DIR") or os.path.join(
        os.environ.get("XDG_STATE_HOME") or os.path.join(os.path.expanduser("~"), ".local", "state"), "zhibiao")
    return Path(folder) / "last_store"


def remember(path: Path) -> None:
    """Note ``path`` as the last run's store (for compare and indicators without --db); a note that
    cannot be written is no error (it only spares typing --db)."""
    state = _state_file()
    try:
        state.parent.mkdir(parents=True, exist_ok=True)
        state.write_text(os.path.abspath(path) + "\n", encoding="utf-8")
    except OSError:
        pass


def last_used() -> Path | None:
    """The store the last `zhibiao run` wrote, if it is still there."""
    try:
        path = Path(_state_file().read_text(encoding="utf-8").strip())
    except (OSError, UnicodeDecodeError):
        return None
    return path if path.is_file() else None


def describe(st: Store) -> str:
    """Which store is read, in one Chinese line: its path, reports, towns and periods."""
    rows = st.con.execute("SELECT DISTINCT town, period FROM reports WHERE status = 'ok'").fetchall()
    towns = sorted({t for t, _ in rows if t})
    spans = sorted({p for _, p in rows if p}, key=periods.sort_key)
    n = st.con.execute("SELECT count(*) FROM reports").fetchone()[0]
    shown = "、".join(towns[:12]) + (f" 等{len(towns)}个" if len(towns) > 12 else "")
    return (f"读取库 {st.path}：{n} 份报告；乡镇：{shown or '无'}；"
            f"期间：{'、'.join(periods.label(p) for p in spans) or '无'}")
