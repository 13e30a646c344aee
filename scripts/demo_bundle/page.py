"""A frame as an HTML page, with a script that measures where each text row was laid out."""

from __future__ import annotations

import html

from .layout import Frame, Window
from .style import CSS

MEASURE_JS = """
(function () {
  var out = [];
  var box = function (r) { return [r.left, r.top, r.right, r.bottom]; };
  document.querySelectorAll('.ln').forEach(function (el) {
    var cells = el.querySelectorAll('.c');
    var text = cells.length ? Array.prototype.map.call(cells, function (c) {
      return c.textContent; }).join('  ') : el.textContent;
    var x1 = 1e9, y1 = 1e9, x2 = -1e9, y2 = -1e9;
    var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    var node;
    while ((node = walker.nextNode())) {
      if (!node.textContent.trim()) { continue; }
      var rg = document.createRange();
      rg.selectNodeContents(node);
      Array.prototype.forEach.call(rg.getClientRects(), function (r) {
        x1 = Math.min(x1, r.left); y1 = Math.min(y1, r.top);
        x2 = Math.max(x2, r.right); y2 = Math.max(y2, r.bottom);
      });
    }
    var over = el.scrollWidth > el.clientWidth + 1;
    Array.prototype.forEach.call(cells, function (c) {
      if (c.scrollWidth > c.clientWidth + 1 && c.clientWidth > 0) { over = true; }
    });
    var clip = el.parentElement.closest('.clip');
    out.push({w: el.closest('[data-wid]').getAttribute('data-wid'),
              i: el.getAttribute('data-i'), text: text, box: [x1, y1, x2, y2],
              clip: clip ? box(clip.getBoundingClientRect()) : null, over: over});
  });
  document.body.setAttribute('data-measure', encodeURIComponent(JSON.stringify(out)));
})();
"""


def window_html(win: Window, z: int, n_windows: int) -> str:
    """Markup for one window at stacking position ``z`` (0 = topmost)."""
    x1, y1, x2, y2 = win.rect
    focused = " focused" if z == 0 else ""
    style = (
        f"left:{x1}px;top:{y1}px;width:{x2 - x1}px;height:{y2 - y1}px;z-index:{10 + n_windows - z}"
    )
    return (
        f'<div class="win {win.kind}{focused}" data-wid="{win.window_id}" style="{style}">'
        f'<div class="tb"><div class="ln" data-i="title">{html.escape(win.title)}</div>'
        '<div class="btns"><i></i><i></i><i></i></div></div>'
        f'<div class="body clip">{win.body.html()}</div></div>'
    )


def frame_html(frame: Frame) -> str:
    """Complete HTML page for one frame."""
    wins = "".join(window_html(w, z, len(frame.windows)) for z, w in enumerate(frame.windows))
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>demo</title><style>{CSS}</style></head><body>"
        '<div class="panel" data-wid="panel">'
        '<div class="ln act" data-i="0">Activities</div>'
        f'<div class="ln clk" data-i="1">{html.escape(frame.clock)}</div></div>'
        f"{wins}<script>{MEASURE_JS}</script></body></html>"
    )
