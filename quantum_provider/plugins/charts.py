"""The energy trace as an inline SVG line chart: no JavaScript and no chart library in the api-server."""

from __future__ import annotations

from html import escape

_WIDTH, _HEIGHT = 640, 260
_LEFT, _RIGHT, _TOP, _BOTTOM = 78, 16, 14, 36


def energy_trace_svg(trace: list[float], *, exact: float | None = None, title: str = "Energy per iteration") -> str:
    """An SVG chart of ``trace`` (energy per iteration), with ``exact`` as a dashed reference line."""
    if not trace:
        return '<p class="empty">No energy trace recorded.</p>'
    values = [*trace, exact] if exact is not None else list(trace)
    low, high = min(values), max(values)
    if high - low < 1e-12:
        low, high = low - 0.5, high + 0.5
    pad = (high - low) * 0.05
    low, high = low - pad, high + pad
    last = max(len(trace) - 1, 1)
    plot_w, plot_h = _WIDTH - _LEFT - _RIGHT, _HEIGHT - _TOP - _BOTTOM

    def x(i: float) -> float:
        return _LEFT + plot_w * i / last

    def y(value: float) -> float:
        return _TOP + plot_h * (high - value) / (high - low)

    points = " ".join(f"{x(i):.1f},{y(value):.1f}" for i, value in enumerate(trace))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="trace" role="img" viewBox="0 0 {_WIDTH} {_HEIGHT}" '
        f'width="{_WIDTH}" height="{_HEIGHT}" data-points="{len(trace)}">',
        f"<title>{escape(title)}</title>",
        f'<rect x="{_LEFT}" y="{_TOP}" width="{plot_w}" height="{plot_h}" fill="none" stroke="#bbb"/>',
    ]
    for fraction in (0.0, 0.5, 1.0):
        value = high - (high - low) * fraction
        ty = _TOP + plot_h * fraction
        parts.append(f'<text x="{_LEFT - 6}" y="{ty + 4:.1f}" text-anchor="end" font-size="11">{value:.6g}</text>')
    for i in (0, last // 2, last):
        parts.append(f'<text x="{x(i):.1f}" y="{_HEIGHT - 18}" text-anchor="middle" font-size="11">{i}</text>')
    parts.append(
        f'<text x="{_LEFT + plot_w / 2}" y="{_HEIGHT - 3}" text-anchor="middle" font-size="11">iteration</text>'
    )
    if exact is not None:
        parts.append(
            f'<line class="exact" x1="{_LEFT}" x2="{_LEFT + plot_w}" y1="{y(exact):.1f}" y2="{y(exact):.1f}" '
            f'stroke="#c0392b" stroke-dasharray="5,4"><title>exact {exact:.10g}</title></line>'
        )
    parts.append(f'<polyline class="energy" fill="none" stroke="#1f6feb" stroke-width="2" points="{points}"/>')
    parts.append("</svg>")
    return "".join(parts)
