"""Templates are laid out for reading: no line over 160 characters, and their Django tags as
djade formats them (``make format``).

The one exception to the length is a line that is a single template tag (typically an
``{% include %}`` with a sentence for an empty state): Django cannot split a tag over lines.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
LIMIT = 160
ONE_TAG = re.compile(r"\{%[^%]*%\}")


def too_long(text: str) -> list[int]:
    return [
        number
        for number, line in enumerate(text.splitlines(), 1)
        if len(line) > LIMIT and not ONE_TAG.fullmatch(line.strip())
    ]


def test_no_template_line_is_over_the_limit() -> None:
    long_lines = [
        f"{path.relative_to(TEMPLATES)}:{number}"
        for path in sorted(TEMPLATES.rglob("*.html"))
        for number in too_long(path.read_text(encoding="utf-8"))
    ]
    assert long_lines == [], f"lines over {LIMIT} characters: {long_lines}"


def test_the_check_sees_a_long_line_but_lets_a_single_tag_be() -> None:
    words = "word " * 40
    assert too_long(f"<p>\n  <span>{words}</span>\n</p>\n") == [2]
    assert too_long(f'  {{% include "empty.html" with text="{words}" %}}\n') == []
    assert too_long(f"{{% if x %}}<p>{words}</p>{{% endif %}}\n") == [1]


def test_the_template_tags_are_as_djade_formats_them() -> None:
    djade = shutil.which("djade", path=str(Path(sys.executable).parent))
    if djade is None:
        pytest.skip("djade is not installed: make venv installs the test extras")
    files = sorted(str(p) for p in TEMPLATES.rglob("*") if p.suffix in {".html", ".txt"})
    check = subprocess.run(
        [djade, "--check", "--target-version", "5.2", *files], capture_output=True, text=True
    )
    assert check.returncode == 0, check.stdout + check.stderr
