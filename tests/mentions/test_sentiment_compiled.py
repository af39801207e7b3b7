"""The compiled scorer (setup.py compiles mentions/sentiment.py with Cython) scores exactly as
its Python source does, and a compiled copy older than its source is refused."""

from __future__ import annotations

import dataclasses
import importlib.util
import os
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

from mentions import sentiment
from tests.mentions.test_sentiment import DATA_FILES, EDGE_TEXTS, rated_texts, spans_of

SOURCE = Path(sentiment.__file__).with_name("sentiment.py")

compiled_only = pytest.mark.skipif(
    not sentiment.COMPILED, reason="mentions.sentiment is not compiled here (no C compiler)"
)


def source_module() -> ModuleType:
    """mentions/sentiment.py run as the Python it reads, beside the compiled module."""
    name = "mentions._sentiment_source"
    spec = importlib.util.spec_from_file_location(name, SOURCE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is made
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[name]
    assert not module.COMPILED
    return module


def scored(module: ModuleType, text: str, language: str | None, **kwargs: object) -> object:
    targets = {word: at for word in ("Acme", "Globex") if (at := spans_of(text, word))}
    analysis = module.analyse(text, targets=targets, language=language, **kwargs)
    return dataclasses.asdict(analysis)


@compiled_only
@pytest.mark.parametrize("name", DATA_FILES)
def test_compiled_scorer_scores_every_rated_text_as_its_source(name: str) -> None:
    plain = source_module()
    texts = [text for _, text in rated_texts(name)]
    different = [
        text for text in texts if scored(sentiment, text, "en") != scored(plain, text, "en")
    ]
    assert different == []
    assert plain.split_sentences("\n".join(texts)) == sentiment.split_sentences("\n".join(texts))


@compiled_only
@pytest.mark.parametrize(("text", "language"), EDGE_TEXTS)
def test_compiled_scorer_takes_the_rare_paths_as_its_source(text: str, language: str) -> None:
    plain = source_module()
    lexicon = {"rocks": 2.5, "sem explicação": -2.0, "nie wieder": -3.0}
    assert scored(sentiment, text, language) == scored(plain, text, language)
    assert scored(sentiment, text, language, lexicon=lexicon) == scored(
        plain, text, language, lexicon=lexicon
    )
    assert scored(sentiment, text, None) == scored(plain, text, None)  # detected language


@compiled_only
def test_a_compiled_copy_older_than_its_source_is_refused(tmp_path: Path) -> None:
    stamp = Path(sentiment.__file__).stat().st_mtime

    def load_copy(folder: str, source_edited: float) -> ModuleType:
        """A copy of the compiled module and its source, the source edited ``source_edited``
        seconds after the module was built. (Each copy is a new file: a process loads a
        shared library once per path.)"""
        (tmp_path / folder).mkdir()
        copy = tmp_path / folder / Path(sentiment.__file__).name
        shutil.copy2(sentiment.__file__, copy)
        shutil.copy2(SOURCE, copy.with_name("sentiment.py"))
        os.utime(copy, (stamp, stamp))
        os.utime(copy.with_name("sentiment.py"), (stamp + source_edited,) * 2)
        spec = importlib.util.spec_from_file_location("mentions.sentiment", copy)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    assert load_copy("built-after", -60).COMPILED
    with pytest.raises(
        ImportError, match=r"changed after .* was compiled from it: run `make venv`"
    ):
        load_copy("edited-after", +60)
