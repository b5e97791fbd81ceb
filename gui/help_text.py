"""Texts of Help ▸ How to use and Help ▸ About, in the current language.

Each paragraph and list item is one source text of the ``"HelpText"`` context (inline HTML
allowed), so a translator works on one short piece at a time and a change to one item leaves the
others translated. :func:`how_to_html` and :func:`about_html` assemble the HTML at call time: call
them again after a language switch (the main window does, in ``retranslate_ui``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

__all__ = ["ABOUT_TITLE", "CONTEXT", "HOW_TO", "HOW_TO_TITLE", "about_html", "how_to_html"]

CONTEXT = "HelpText"

HOW_TO_TITLE = QT_TRANSLATE_NOOP("HelpText", "How to use Gradient Explorer")
ABOUT_TITLE = QT_TRANSLATE_NOOP("HelpText", "About Gradient Explorer")

#: The how-to as ``(tag, text or texts)``: ``h3``/``h4``/``p`` hold one source text, ``ol``/``ul``
#: a tuple of list items.
HOW_TO: tuple[tuple[str, str | tuple[str, ...]], ...] = (
    ("h3", HOW_TO_TITLE),
    ("p", QT_TRANSLATE_NOOP("HelpText", "The arrows show <b>−∇f</b>, the direction in which f decreases fastest; "
                                        "their colour (and, in <i>scaled</i> mode, their length) shows |∇f|.")),
    ("ol", (
        QT_TRANSLATE_NOOP("HelpText", "<b>Pick a function</b> in the panel on the left, or type your own in the "
                                      "Formula box (use <code>x0</code> and <code>x1</code>, e.g. "
                                      "<code>x0**2 + 3*x1**2</code>; <code>x0²</code>, <code>×</code> and full-width "
                                      "characters are read too) and press Enter. A red border means the formula "
                                      "was refused; the reason and its column are shown under it."),
        QT_TRANSLATE_NOOP("HelpText", "<b>Click anywhere on the field</b> to start gradient descent there with the "
                                      "current settings. Each run gets its own colour; start as many as you like. "
                                      "<b>Shift-drag</b> a rectangle to release a swarm: a 30×30 grid of starts "
                                      "over it."),
        QT_TRANSLATE_NOOP("HelpText", "Choose the <b>optimizer</b>, the <b>learning rate η</b> (slider or text, log "
                                      "scale), the step limit and the tolerance. Values outside their range are "
                                      "refused with the reason shown. Under η the panel shows the largest stable η "
                                      "at your last start, 2/λmax; <i>Suggest η</i> sets a safe one."),
        QT_TRANSLATE_NOOP("HelpText", "Choose an <b>analytic</b> or a <b>numerical</b> gradient (finite differences "
                                      "with step h and a scheme): the arrows and the runs both use it."),
        QT_TRANSLATE_NOOP("HelpText", "<b>Animation speed</b> only changes how fast steps are drawn, never the "
                                      "result."),
    )),
    ("h4", QT_TRANSLATE_NOOP("HelpText", "While runs are going")),
    ("ul", (
        QT_TRANSLATE_NOOP("HelpText", "<b>Space</b> pauses or resumes all runs, <b>Ctrl+→</b> shows one more step "
                                      "of each, <b>Esc</b> cancels them, <b>Ctrl+K</b> clears the paths (also in "
                                      "the Run menu)."),
        QT_TRANSLATE_NOOP("HelpText", "Select rows of the run table to highlight those paths and plot f against "
                                      "the step; right-click them to pause, step, cancel or remove just those "
                                      "runs."),
        QT_TRANSLATE_NOOP("HelpText", "The <b>Outcome</b> column says how each run really ended: minimum, saddle "
                                      "point, plateau, diverged …; hover it for the sentence with the numbers "
                                      "that explain it."),
        QT_TRANSLATE_NOOP("HelpText", "Click a point of a path to see that step: x, ∇f, η∇f and the next x."),
        QT_TRANSLATE_NOOP("HelpText", "A run that <b>diverges</b> stops by itself; the view does not move. Try a "
                                      "smaller η."),
    )),
    ("h4", QT_TRANSLATE_NOOP("HelpText", "View and files")),
    ("ul", (
        QT_TRANSLATE_NOOP("HelpText", "View ▸ layers, arrow mode, log heatmap, light/dark theme, language; "
                                      "<i>Book view</i> draws the book's 18×18 grey quiver on [−2, 2]²; "
                                      "<i>Reset view</i> returns to the function's box; <i>3-D view</i> shows f "
                                      "as a surface with the runs on it."),
        QT_TRANSLATE_NOOP("HelpText", "File ▸ export the canvas as PNG (1× or 2×) or SVG, the whole window as PNG, "
                                      "the runs as CSV; save and reopen whole sessions."),
        QT_TRANSLATE_NOOP("HelpText", "The other tabs are labs: small experiments from the book's chapter 4."),
    )),
)

ABOUT_PARAGRAPHS = (
    QT_TRANSLATE_NOOP("HelpText", "An interactive companion to chapter 4 of <i>Deep Learning from Scratch</i>: "
                                  "numerical differentiation, gradients and gradient descent, drawn as a field "
                                  "you can click into."),
    QT_TRANSLATE_NOOP("HelpText", "Built with numpy, PySide6 and pyqtgraph."),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def how_to_html() -> str:
    """Help ▸ How to use, as HTML in the current language."""
    parts = []
    for tag, body in HOW_TO:
        if isinstance(body, tuple):
            items = "".join(f"<li>{_tr(item)}</li>" for item in body)
            parts.append(f"<{tag}>{items}</{tag}>")
        else:
            parts.append(f"<{tag}>{_tr(body)}</{tag}>")
    return "\n".join(parts)


def about_html() -> str:
    """Help ▸ About's text (without the versions table), as HTML in the current language."""
    # The program's name is a name: not translated.
    return "<h3>Gradient Explorer</h3>" + "".join(f"<p>{_tr(p)}</p>" for p in ABOUT_PARAGRAPHS)
