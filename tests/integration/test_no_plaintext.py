"""Nothing of a conversation, and not the history key, reaches the disk in plaintext.

An app-like set-up (data dir, logging, the real OS keyring on a private D-Bus, the encrypted
history) writes distinctive sentences as messages, titles, a persona and a voice note, and searches
for them. Then, with the database still open (its ``-wal`` not checkpointed) and again after it is
closed, every file under the data dir, every file created or changed in the system temp dir during
the test, and every deleted-but-open file of this process are scanned for those sentences (UTF-8,
UTF-16-LE and UTF-16-BE, ASCII case ignored) and for the key (raw bytes and hex).

Every marker word carries a nonce drawn per test, so a concurrent run of this file (whose positive
controls write the same kind of sentences) cannot be mistaken for a leak.
"""

from __future__ import annotations

import logging
import os
import secrets
import sqlite3
import stat
import string
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from callbot_desktop.core.paths import DataPaths, resolve_paths
from callbot_desktop.core.private import Private
from callbot_desktop.logs import configure_logging
from callbot_desktop.storage.history import VoiceNote
from callbot_desktop.storage.keys import KeyStore
from callbot_desktop.storage.search import Order, facets, fold, search
from callbot_desktop.storage.vault import open_history
from tests.harness.secret_service import SecretServiceSession

pytestmark = [pytest.mark.integration, pytest.mark.timeout(120)]

ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")
PROC_FDS = Path("/proc/self/fd")

log = logging.getLogger("callbot_desktop.tests.no_plaintext")


@dataclass(frozen=True)
class Needle:
    """Bytes that must not be on disk; ``label`` says what they are (never the secret itself)."""

    label: str
    data: bytes


@dataclass(frozen=True)
class Finding:
    path: str
    offset: int
    label: str

    def __str__(self) -> str:
        return f"{self.label} at byte {self.offset} of {self.path}"


@dataclass(frozen=True)
class Corpus:
    """The private text of one test run: sentences and the marker words inside them."""

    sentences: dict[str, str]
    markers: tuple[str, ...]
    persona: str
    voice: bytes

    def needles(self) -> list[Needle]:
        texts: dict[str, str] = {}
        for name, sentence in self.sentences.items():
            texts[f"sentence {name}"] = sentence
        for word in self.markers:
            texts[f"marker {word!r}"] = word
            texts[f"folded marker {word!r}"] = fold(word)
        texts["persona"] = self.persona
        texts["persona facet"] = facets("user", self.persona).split()[1]
        found = [
            Needle(f"{label} ({encoding})", text.encode(encoding).lower())
            for label, text in texts.items()
            for encoding in ENCODINGS
        ]
        return [*found, Needle("voice note bytes", self.voice.lower())]


def make_corpus() -> Corpus:
    nonce = "".join(secrets.choice(string.ascii_lowercase) for _ in range(8))
    n = nonce
    markers = (
        f"Quorvantile{n}",
        f"Zürich-Ölpreis{n}",
        f"Ölpreis{n}",
        f"Brümmelstedt{n}",
        f"Xylophrast{n}",
        f"ゼルコニア{n}",
        f"Smørrebrødvik{n}",
        f"Wexlomander{n}",
        f"Glimmerbrook{n}",
        f"Thrennicott{n}",
        f"Vandoprisk{n}",
        f"Oblivantrum{n}",
    )
    sentences = {
        "user": f"The Quorvantile{n} shipment leaves the Zürich-Ölpreis{n} terminal at dawn.",
        "assistant": f"I will remind Frau Brümmelstedt{n} about the Xylophrast{n} invoice.",
        "cjk": f"東京のゼルコニア{n}会議は秘密です。",
        "accents": f"Naïve façade of Smørrebrødvik{n}, déjà vu for Wexlomander{n}.",
        "title": f"Glimmerbrook{n} quarterly Ölpreis{n} review",
        "renamed": f"Thrennicott{n} family matters",
        "persona prompt": f"You are Vandoprisk{n}, a discreet helper.",
        "deleted": f"Oblivantrum{n} was said and then the conversation was deleted.",
    }
    return Corpus(
        sentences=sentences,
        markers=markers,
        persona=f"Kestrelwing{n}",
        voice=b"RIFF\x00\x00\x00\x00WAVEfmt voice-of-" + n.encode() + b"-Plumbeous-cough",
    )


def key_needles(key: bytes) -> list[Needle]:
    hexed = key.hex()
    found = [Needle("history key (raw bytes)", key.lower())]
    for encoding in ENCODINGS:
        found.append(Needle(f"history key (hex, {encoding})", hexed.encode(encoding)))
    return found


# -- scanning ----------------------------------------------------------------------------------


def scan_bytes(data: bytes, where: str, needles: Iterable[Needle]) -> list[Finding]:
    """Every occurrence of every needle (ASCII case ignored on both sides)."""
    haystack = data.lower()
    findings = []
    for needle in needles:
        start = haystack.find(needle.data)
        while start != -1:
            findings.append(Finding(where, start, needle.label))
            start = haystack.find(needle.data, start + 1)
    return findings


def read_regular(path: Path) -> bytes | None:
    """The bytes of a regular file (symlinks, sockets, FIFOs, unreadable or vanished: None)."""
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return None
        return path.read_bytes()
    except OSError:
        return None


def files_under(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink())


def scan_tree(root: Path, needles: list[Needle]) -> list[Finding]:
    findings = []
    for path in files_under(root):
        data = read_regular(path)
        if data is not None:
            findings += scan_bytes(data, str(path), needles)
    return findings


Snapshot = dict[str, tuple[int, int, int]]


def snapshot_temp() -> Snapshot:
    """Every regular file under the system temp dir, with (inode, size, mtime)."""
    files: Snapshot = {}

    def walk(directory: str) -> Iterator[os.DirEntry[str]]:
        try:
            with os.scandir(directory) as entries:
                listed = list(entries)
        except OSError:
            return
        for entry in listed:
            try:
                if entry.is_dir(follow_symlinks=False):
                    yield from walk(entry.path)
                elif entry.is_file(follow_symlinks=False):
                    yield entry
            except OSError:
                continue

    for entry in walk(tempfile.gettempdir()):
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        files[entry.path] = (info.st_ino, info.st_size, info.st_mtime_ns)
    return files


def changed_temp_files(before: Snapshot) -> list[Path]:
    """Files of the temp dir that are new, or changed, since ``before``."""
    after = snapshot_temp()
    return sorted(Path(p) for p, sig in after.items() if before.get(p) != sig)


def scan_temp(before: Snapshot, needles: list[Needle]) -> tuple[list[Path], list[Finding]]:
    changed = changed_temp_files(before)
    findings = []
    for path in changed:
        data = read_regular(path)
        if data is not None:
            findings += scan_bytes(data, str(path), needles)
    return changed, findings


def deleted_open_files() -> list[Path]:
    """This process's open regular files that were unlinked (SQLite temp files, capture files)."""
    if not PROC_FDS.is_dir():
        return []
    found = []
    for fd in os.listdir(PROC_FDS):
        link = PROC_FDS / fd
        try:
            if os.readlink(link).endswith(" (deleted)") and stat.S_ISREG(os.stat(link).st_mode):
                found.append(link)
        except OSError:  # closed since listed
            continue
    return found


def scan_deleted_open_files(needles: list[Needle]) -> list[Finding]:
    findings = []
    for link in deleted_open_files():
        try:
            data = link.read_bytes()
            target = os.readlink(link)
        except OSError:
            continue
        findings += scan_bytes(data, f"{link} -> {target}", needles)
    return findings


def scan_everything(root: Path, temp_before: Snapshot, needles: list[Needle]) -> list[Finding]:
    _, in_temp = scan_temp(temp_before, needles)
    return scan_tree(root, needles) + in_temp + scan_deleted_open_files(needles)


def report(findings: list[Finding]) -> str:
    return "plaintext found on disk:\n" + "\n".join(f"  {f}" for f in findings)


# -- app-like set-up -----------------------------------------------------------------------------


@pytest.fixture
def app_paths(tmp_path: Path) -> Iterator[DataPaths]:
    """The data dir, with the app's logging configured into it (and removed afterwards)."""
    paths = resolve_paths(tmp_path / "app").ensure()
    root = logging.getLogger()
    level = root.level
    configure_logging(paths.log_file)
    try:
        yield paths
    finally:
        for handler in [h for h in root.handlers if (h.get_name() or "").startswith("callbot-")]:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)


def test_no_conversation_text_or_key_reaches_the_disk(
    secret_service: SecretServiceSession, app_paths: DataPaths
) -> None:
    corpus = make_corpus()
    text = corpus.sentences
    temp_before = snapshot_temp()
    root = app_paths.explicit_root
    assert root is not None

    opened = open_history(app_paths.database_file, KeyStore(app_paths.data_dir / "history.key"))
    try:
        assert opened.key.source == "keyring"
        key = opened.key.key
        history = opened.history

        titled = history.create_conversation(title=text["title"], persona=corpus.persona)
        said = history.add_message(titled.id, "user", text["user"])
        history.add_message(titled.id, "assistant", "placeholder reply, replaced below")
        reply = history.add_message(titled.id, "assistant", "a reply cut short")
        history.update_message(reply.id, content=text["assistant"], interrupted=True)
        history.attach_voice_note(said.id, VoiceNote("pcm_s16le", 16000, 1.5, corpus.voice))

        auto = history.create_conversation(persona=corpus.persona)
        history.add_message(auto.id, "user", text["cjk"])  # its title comes from this message
        history.add_message(auto.id, "assistant", text["accents"])
        history.rename(auto.id, text["renamed"])

        gone = history.create_conversation()
        history.add_message(gone.id, "user", text["deleted"])
        history.delete_conversation(gone.id)

        history.save_persona(corpus.persona, {"prompt": text["persona prompt"], "voice": "x"})
        log.info("heard %s", Private(text["user"]))  # as the app logs transcripts
        log.warning("reply %s", Private(text["assistant"]))

        # Read everything back and search, so FTS and any temporary structures are used.
        assert history.conversation(auto.id) is not None
        assert [m.content for m in history.messages(titled.id)][0] == text["user"]
        assert history.voice_note(said.id) == VoiceNote("pcm_s16le", 16000, 1.5, corpus.voice)
        assert history.personas()[corpus.persona]["prompt"] == text["persona prompt"]
        queries: list[tuple[str, Order]] = [
            (corpus.markers[0], "relevance"),
            (fold(corpus.markers[1]), "relevance"),
            (corpus.markers[3], "newest"),
            (corpus.markers[6].upper(), "relevance"),
            (text["cjk"], "newest"),  # unicode61 keeps a run of CJK text as one token
        ]
        for query, order in queries:
            assert search(opened.database, query, order=order), query
        assert search(opened.database, corpus.markers[0], persona=corpus.persona, role="user")
        assert search(opened.database, f'"{corpus.markers[2]} termi"*')  # a phrase prefix
        assert search(opened.database, corpus.markers[11]) == []  # deleted with its conversation

        wal = app_paths.database_file.with_name("history.db-wal")
        assert wal.is_file() and wal.stat().st_size > 0, "the WAL should hold the writes"
        assert not (app_paths.data_dir / "history.key").exists()

        needles = corpus.needles() + key_needles(key)
        scanned = files_under(root)
        assert {p.name for p in scanned} >= {"history.db", "history.db-wal", "history.db-shm"}
        assert app_paths.log_file in scanned
        findings = scan_everything(root, temp_before, needles)
        assert not findings, report(findings)
    finally:
        opened.close()

    assert "heard <private:" in app_paths.log_file.read_text(encoding="utf-8")
    findings = scan_everything(root, temp_before, needles)
    assert not findings, report(findings)

    # Positive controls: the very same scans find the text where it is in plaintext.
    plain = app_paths.data_dir / "notes.txt"
    plain.write_text(text["accents"], encoding="utf-8")
    with tempfile.NamedTemporaryFile(
        "w", encoding="utf-16-le", prefix="callbot-control-", delete=False
    ) as stray:
        stray.write(text["cjk"])
    with tempfile.TemporaryFile() as unlinked:
        unlinked.write(key.hex().encode("utf-16-be"))
        unlinked.flush()
        unlinked_fd = str(unlinked.fileno())
        try:
            findings = scan_everything(root, temp_before, needles)
        finally:
            Path(stray.name).unlink()
    labels = {(Path(f.path.split(" -> ")[0]).name, f.label) for f in findings}
    assert ("notes.txt", "sentence accents (utf-8)") in labels
    assert (Path(stray.name).name, "sentence cjk (utf-16-le)") in labels
    assert (Path(stray.name).name, f"marker {corpus.markers[5]!r} (utf-16-le)") in labels
    assert (unlinked_fd, "history key (hex, utf-16-be)") in labels


def test_the_scan_finds_text_in_an_unencrypted_database(tmp_path: Path) -> None:
    """The control: a plain SQLite WAL database with the same writes is caught, in both UTFs."""
    corpus = make_corpus()
    needles = corpus.needles()
    for encoding, label in (("UTF-8", "utf-8"), ("UTF-16le", "utf-16-le")):
        path = tmp_path / f"plain-{label}.db"
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute(f"PRAGMA encoding = '{encoding}'")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA wal_autocheckpoint = 0")
            conn.execute("CREATE TABLE messages (content TEXT)")
            conn.execute("INSERT INTO messages VALUES (?)", (corpus.sentences["user"],))
            findings = scan_tree(tmp_path, needles)
            in_wal = {f.label for f in findings if f.path == f"{path}-wal"}
            assert f"sentence user ({label})" in in_wal
            assert f"marker {corpus.markers[1]!r} ({label})" in in_wal
        finally:
            conn.close()
