"""A privacy notice as one self-contained HTML page for publishing on the controller's website.

Semantic and accessible: the ``lang`` attribute, one ``h1``, a numbered ``h2`` per section in a
``section`` labelled by it, lists as lists, dates in ``time``. No scripts, no external files: the
style is inline and a Content-Security-Policy forbids loading anything, so even a page edited by
hand later cannot fetch what it should not. Every user string is escaped with ``html.escape``.
"""

from __future__ import annotations

from html import escape

from ropa import __version__
from ropa.io.pdf.notice import Block, Bullets, Item, Lines, Notice, Para, Sub
from ropa.io.pdf.text import clean

_CSS = """
:root { color-scheme: light; }
body { margin: 0; background: #f4f6f8; color: #1b1f24;
  font: 16px/1.55 "DejaVu Sans", "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
.page { max-width: 46rem; margin: 2rem auto; background: #fff; padding: 2.5rem 3rem 2rem;
  border-top: 6px solid #1f3a5f; box-shadow: 0 1px 3px rgba(0,0,0,.08); }
.kicker { margin: 0; color: #5b6670; font-size: .85rem; letter-spacing: .02em; }
h1 { margin: .3rem 0 0; color: #1f3a5f; font-size: 2rem; line-height: 1.2; }
.register { margin: .2rem 0 .8rem; font-size: 1.25rem; font-weight: 600; }
.intro, .updated { margin: .2rem 0; color: #5b6670; font-size: .9rem; }
section { border-top: 1px solid #c5cdd6; margin-top: 1.4rem; padding-top: .4rem; }
h2 { color: #1f3a5f; font-size: 1.15rem; margin: .6rem 0 .4rem; }
h2 .number { display: inline-block; min-width: 1.8rem; }
h3 { font-size: .95rem; margin: .9rem 0 .2rem; }
p { margin: .3rem 0 .5rem; }
ul { margin: .3rem 0 .6rem; padding-left: 1.3rem; }
li { margin: .25rem 0; }
.missing { color: #5b6670; font-style: italic; }
footer { margin-top: 2rem; padding-top: .6rem; border-top: 1px solid #c5cdd6; color: #5b6670;
  font-size: .8rem; }
@media print { body { background: #fff; } .page { margin: 0; box-shadow: none; padding: 0; } }
"""


#: Nothing may be loaded: no scripts, images, fonts or frames, only the inline style.
_CSP = (
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
)


def _e(text: str) -> str:
    """Escape user text for HTML content and attributes; keep the user's line breaks."""
    return "<br>".join(escape(clean(line), quote=True) for line in text.strip().splitlines())


def notice_html(notice: Notice) -> str:
    """The whole page as a string (UTF-8 when written)."""
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(notice.lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        _CSP,
        f'<meta name="generator" content="Ropa {escape(__version__)}">',
        f"<title>{_e(notice.title)} – {_e(notice.register)} – {_e(notice.controller)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        '<div class="page">',
        "<header>",
        f'<p class="kicker">{_e(notice.controller)}</p>',
        f"<h1>{_e(notice.title)}</h1>",
        f'<p class="register">{_e(notice.register)}</p>',
        f'<p class="intro">{_e(notice.intro)}</p>',
        f'<p class="updated"><time datetime="{notice.updated_on.isoformat()}">{_e(notice.updated)}'
        "</time></p>",
        "</header>",
        "<main>",
    ]
    for section in notice.sections:
        anchor = f"section-{section.number}"
        out.append(f'<section aria-labelledby="{anchor}">')
        out.append(
            f'<h2 id="{anchor}"><span class="number">{section.number}.</span> {_e(section.heading)}</h2>'
        )
        out.extend(_block(block) for block in section.blocks)
        out.append("</section>")
    out += ["</main>", f"<footer><p>{_e(notice.footer)}</p></footer>", "</div>", "</body>", "</html>", ""]
    return "\n".join(out)


def _block(block: Block) -> str:
    if isinstance(block, Para):
        return f'<p class="missing">{_e(block.text)}</p>' if block.muted else f"<p>{_e(block.text)}</p>"
    if isinstance(block, Sub):
        return f"<h3>{_e(block.text)}</h3>"
    if isinstance(block, Lines):
        return "<p>" + "<br>".join(_e(line) for line in block.lines) + "</p>"
    assert isinstance(block, Bullets)
    return "<ul>\n" + "\n".join(_item(item) for item in block.items) + "\n</ul>"


def _item(item: Item) -> str:
    if item.lead and item.text:
        return f"<li><strong>{_e(item.lead)}</strong><br>{_e(item.text)}</li>"
    return f"<li>{_e(item.lead or item.text)}</li>"
