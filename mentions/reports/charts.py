"""Charts as PNG, drawn with Pillow: mail clients (Gmail, Outlook) show no SVG, and the PDF
uses the same images. Text stays out of the image (it is in the HTML around it, readable
and translatable); the image is drawn at twice its display size for sharp screens.
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Sequence

from PIL import Image, ImageDraw

COLOURS = {
    "positive": (45, 164, 78),
    "neutral": (175, 184, 193),
    "negative": (207, 34, 46),
    "unscored": (216, 180, 254),
}
PREVIOUS = (9, 105, 218)
GRID = (238, 240, 242)
WIDTH, HEIGHT, SCALE = 600, 200, 2


def stacked_bars(buckets: Sequence[dict[str, int]], previous: Sequence[int] | None = None) -> bytes:
    """Stacked sentiment bars, one per bucket; ``previous`` totals as a dashed line over them."""
    w, h = WIDTH * SCALE, HEIGHT * SCALE
    image = Image.new("RGB", (w, h), "white")
    draw = ImageDraw.Draw(image)
    for i in range(1, 4):
        y = round(h * i / 4)
        draw.line([(0, y), (w, y)], fill=GRID, width=SCALE)
    totals = [sum(b.values()) for b in buckets]
    peak = max([*totals, *(previous or [])], default=0) or 1
    n = max(1, len(buckets))
    step = w / n
    for i, bucket in enumerate(buckets):
        x0, x1 = i * step + step * 0.1, (i + 1) * step - step * 0.1
        y = float(h)
        for label in ("negative", "neutral", "positive", "unscored"):
            height = h * bucket.get(label, 0) / peak
            if height:
                draw.rectangle([x0, y - height, max(x0, x1 - 1), y], fill=COLOURS[label])
                y -= height
    if previous:
        points = [((i + 0.5) * step, h - h * total / peak) for i, total in enumerate(previous[:n])]
        for a, b in itertools.pairwise(points):
            draw.line([a, b], fill=PREVIOUS, width=2 * SCALE)
        for x, y in points:
            r = 2.5 * SCALE
            draw.ellipse([x - r, y - r, x + r, y + r], fill=PREVIOUS)
    draw.line([(0, h - 1), (w, h - 1)], fill=(208, 215, 222), width=SCALE)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()
