"""One jieba segmenter, passed explicitly: its own dictionary and the words added to it, and nobody else's.

jieba's module-level tokenizer (`jieba.dt`) is process-wide: a user dictionary loaded into it by one
part of the program (the search index builder) changes how every other part (the checker's alignment)
cuts text, so in one process (the demo, the web workbench) the checker aligned on other words than
`safeplan check` did. A `Segmenter` wraps a private `jieba.Tokenizer`; the words it knows are the
default dictionary plus the ones it was built with, whatever else ran in the process.

    plain()                 the default dictionary alone (the checker), one per process
    with_words(words)       the default dictionary + [(word, freq or None)] (the search index), cached
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

_lock = threading.Lock()
_cached: dict[tuple, Segmenter] = {}
_default: tuple[dict, int] | None = None       # jieba's dictionary as loaded, never changed (see _default_dictionary)


class Segmenter:
    def __init__(self, words=(), cache_dir: str | Path | None = None):
        self.words = tuple(words)
        self._cache_dir = cache_dir
        self._tokenizer = None
        self._lock = threading.Lock()

    def tokenizer(self):
        """The private jieba.Tokenizer, its dictionary loaded on first use (jieba's cache file speeds that)."""
        if self._tokenizer is None:
            with self._lock:
                if self._tokenizer is None:
                    import jieba

                    jieba.setLogLevel(logging.WARNING)   # "Building prefix dict…" is not the user's business
                    tokenizer = jieba.Tokenizer()
                    base, total = _default_dictionary(self._cache_dir)
                    tokenizer.FREQ, tokenizer.total = dict(base), total   # its own copy: add_word changes it
                    tokenizer.initialized = True
                    for word, freq in self.words:
                        tokenizer.add_word(word, freq)
                    self._tokenizer = tokenizer
        return self._tokenizer

    @property
    def freq(self) -> dict:
        """Word → frequency (and every word's prefixes → 0), as jieba keeps them."""
        return self.tokenizer().FREQ

    def cut(self, text: str, hmm: bool = True):
        """jieba's default mode (with HMM for unknown words unless `hmm=False`)."""
        return self.tokenizer().cut(text, HMM=hmm)

    def lcut(self, text: str, hmm: bool = True) -> list[str]:
        return list(self.cut(text, hmm))


def _default_dictionary(cache_dir: str | Path | None) -> tuple[dict, int]:
    """jieba's default dictionary (word → frequency, and the total), loaded once per process: loading it
    takes half a second even from jieba's cache file, copying it a hundredth of that."""
    global _default
    with _lock:
        if _default is None:
            import jieba

            tokenizer = jieba.Tokenizer()
            if cache_dir is not None:
                Path(cache_dir).mkdir(parents=True, exist_ok=True)
                tokenizer.tmp_dir = str(cache_dir)
            tokenizer.initialize()
            _default = (tokenizer.FREQ, tokenizer.total)
        return _default


def with_words(words=(), cache_dir: str | Path | None = None) -> Segmenter:
    """The segmenter knowing `words` ([(word, freq or None)]) beside jieba's dictionary, one per word list."""
    key = tuple((w, f) for w, f in words)
    with _lock:
        if key not in _cached:
            _cached[key] = Segmenter(key, cache_dir)
        return _cached[key]


def plain() -> Segmenter:
    """jieba's dictionary alone."""
    return with_words(())
