"""Texts of Help ▸ How to use and Help ▸ About (kept here, not in code paths, so they are easy to edit)."""

from __future__ import annotations

HOW_TO_HTML = """
<h3>How to use Gradient Explorer</h3>
<p>The arrows show <b>−∇f</b>, the direction in which f decreases fastest; their colour (and,
in <i>scaled</i> mode, their length) shows |∇f|.</p>
<ol>
<li><b>Pick a function</b> in the panel on the left, or type your own in the Formula box
(use <code>x0</code> and <code>x1</code>, e.g. <code>x0**2 + 3*x1**2</code>) and press Enter.
A red border means the formula was refused; the reason and its column are shown under it.</li>
<li><b>Click anywhere on the field</b> to start gradient descent there with the current settings.
Each run gets its own colour; start as many as you like.</li>
<li>Choose the <b>optimizer</b>, the <b>learning rate η</b> (slider or text, log scale), the step
limit and the tolerance. Values outside their range are refused with the reason shown.</li>
<li>Choose an <b>analytic</b> or a <b>numerical</b> gradient (finite differences with step h and
a scheme): the arrows and the runs both use it.</li>
<li><b>Animation speed</b> only changes how fast steps are drawn, never the result.</li>
</ol>
<h4>While runs are going</h4>
<ul>
<li><b>Space</b> pauses or resumes all runs, <b>Ctrl+→</b> shows one more step of each,
<b>Esc</b> cancels them, <b>Ctrl+K</b> clears the paths (also in the Run menu).</li>
<li>Select rows of the run table to highlight those paths and plot f against the step;
right-click them to pause, step, cancel or remove just those runs.</li>
<li>Click a point of a path to see that step: x, ∇f, η∇f and the next x.</li>
<li>A run that <b>diverges</b> stops by itself; the view does not move. Try a smaller η.</li>
</ul>
<h4>View and files</h4>
<ul>
<li>View ▸ layers, arrow mode, log heatmap, light/dark theme; <i>Book view</i> draws the
book's 18×18 grey quiver on [−2, 2]²; <i>Reset view</i> returns to the function's box.</li>
<li>File ▸ export the canvas as PNG (1× or 2×) or SVG, the whole window as PNG, the runs as CSV;
save and reopen whole sessions.</li>
<li>The other tabs are labs: small experiments from the book's chapter 4.</li>
</ul>
"""

ABOUT_HTML = """
<h3>Gradient Explorer</h3>
<p>An interactive companion to chapter 4 of <i>Deep Learning from Scratch</i>: numerical
differentiation, gradients and gradient descent, drawn as a field you can click into.</p>
<p>Built with numpy, PySide6 and pyqtgraph.</p>
"""
