"""A throw-away PostgreSQL cluster for the ledger's tests and benchmark: initdb on a temporary folder, a
Unix socket in a temporary folder (no TCP port), run as `nobody` when we are root, removed when stopped.

.ci/run starts its own cluster and exports SAFEPLAN_TEST_PG; this helper is for a checkout where the server
binaries exist but no cluster was started. Usable alone: `python tests/ledger/pgcluster.py` starts one and
prints its URL until Ctrl-C.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path


def find_bindir() -> Path | None:
    """The folder of initdb/pg_ctl/postgres: on PATH, else Debian's /usr/lib/postgresql/<version>/bin."""
    found = shutil.which("initdb")
    if found and Path(found).resolve().with_name("pg_ctl").exists():
        return Path(found).resolve().parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                      key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    return Path(versions[-1]).parent if versions else None


class Cluster:
    def __init__(self, bindir: Path, durable: bool = False, root: Path | None = None):
        self.bindir = bindir
        self.durable = durable        # fsync on (the benchmark); off for tests
        self.root = root or Path(tempfile.mkdtemp(prefix="safeplan-pg-"))     # an empty folder of its own
        self.data = self.root / "data"
        self.socket = self.root / "socket"
        self.user = "nobody" if os.geteuid() == 0 else None

    def _run(self, *args: str) -> None:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.user:
            command = ["runuser", "-u", self.user, "--", *command]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=120)

    def start(self) -> str:
        self.socket.mkdir()
        if self.user:
            shutil.chown(self.root, self.user)
            shutil.chown(self.socket, self.user)
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C",
                  "--no-sync")
        options = f"-k {self.socket} -c listen_addresses='' -c max_connections=50"
        if not self.durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "log"), "-o", options, "-w", "start")
        return self.url

    @property
    def url(self) -> str:
        return f"postgresql://postgres@/postgres?host={self.socket}"

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        except (subprocess.CalledProcessError, FileNotFoundError):
            pass
        shutil.rmtree(self.root, ignore_errors=True)


RUN_FOLDER = "SAFEPLAN_TEST_RUN"      # names the run's folder (set by the process that starts the run)


def run_cluster(folder: Path, bindir: Path) -> str:
    """The URL of the one cluster of a test run, kept in `folder` (the run's, named by the process that started
    the run: tests/conftest.py): the first process of the run to ask starts it, under a lock; the others read
    its URL. `stop_run_cluster(folder)` stops it when the run ends."""
    import fcntl

    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o711)             # `nobody` (the server's user when we are root) reaches its socket inside
    with open(folder / "pg.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        url_file = folder / "pg.url"
        if not url_file.exists():
            (folder / "pg").mkdir()
            url_file.write_text(Cluster(bindir, root=folder / "pg").start(), encoding="utf-8")
        return url_file.read_text(encoding="utf-8")


def stop_run_cluster(folder: Path) -> None:
    """Stops the run's cluster if one was started in `folder`, and removes the folder."""
    bindir = find_bindir()
    if bindir is not None and (folder / "pg" / "data").exists():
        Cluster(bindir, root=folder / "pg").stop()
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    import time

    bindir = find_bindir()
    if bindir is None:
        raise SystemExit("no PostgreSQL server binaries (install Debian's postgresql)")
    cluster = Cluster(bindir)
    print(cluster.start(), flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        cluster.stop()
