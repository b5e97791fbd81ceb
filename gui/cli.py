"""Command line of Gradient Explorer: open the window, or render a view headlessly.

Start-up stays light: only argparse is imported before the arguments are known, so
``--help`` and syntax errors never load numpy or Qt; the export path imports Qt (offscreen)
only once every input has been checked and the output paths are known to be writable.

argparse only splits the text (``X0,X1``, ``NAME=VALUE``); every number is then read by the
app's one reader (``numerics.numbers.parse_number``) and checked by the one validation path
(``gui.model.validation``, through ``session_from_dict``), exactly like a session file, the
settings and the control panel: the same ranges and the same words, the option named.

Every input error ends the same way: one line on stderr, ``gradient-explorer: error: …``,
exit status 2, no traceback.

``--help`` and every line the command line prints are in the language of ``--lang`` (else the
system's), chosen before argparse runs: ``gui.cli_language`` (English imports no Qt; Korean and
Japanese load the app's ``.qm`` into a QTranslator, still without numpy). Texts are marked with
``translate("cli", "…")`` literals and filled with ``.format`` after translation.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from gui import cli_language
from gui.cli_language import QT_TRANSLATE_NOOP, render, text_of, translate

__all__ = ["CliError", "OutputFailure", "PROG", "build_parser", "main", "parse_args", "session_from_args", "window_session"]

PROG = "gradient-explorer"
EXIT_OK = 0
EXIT_FAILURE = 1  # the inputs were fine but writing the result failed
EXIT_USAGE = 2  # bad input: nothing was rendered or written

DEFAULT_SIZE = (1000, 800)
MAX_SIZE = 8000  # pixels per side before --scale; larger images exhaust memory, not patience
IMAGE_FORMATS = (".png", ".svg")
#: The languages of --lang (gui.i18n.LANGUAGES, repeated here: --help must not import Qt).
LANGUAGES = ("en", "ko", "ja")

#: The epilog of --help: (command, what it does) — the command lines are not translated; the
#: second line of a command starts with spaces (printed under the first).
EXAMPLES: tuple[tuple[str, str], ...] = (
    ("gradient-explorer", QT_TRANSLATE_NOOP("cli", "open the window (last used settings)")),
    ("gradient-explorer --function himmelblau --lr 0.01 --start 1,1 --start -3,3",
     QT_TRANSLATE_NOOP("cli", "open the window on this view, runs started")),
    ("gradient-explorer --export field.png", QT_TRANSLATE_NOOP("cli", "the default view as a 1000x800 PNG")),
    ("gradient-explorer --function rosenbrock --start -1.5,2 --optimizer Adam --lr 0.05 \\\n"
     "                  --steps 2000 --export rosenbrock.svg --export-csv rosenbrock.csv", ""),
    ('gradient-explorer --formula "x0**2 + 3*x1**2" --start 2,2 --start -2,1 \\\n'
     "                  --theme dark --size 800x800 --scale 2 --export bowl@2x.png", ""),
    ("gradient-explorer --session saved.json --export saved.png", ""),
    ("gradient-explorer --lab lr-race --export race.png", QT_TRANSLATE_NOOP("cli", "the book's learning-rate race")),
    ("gradient-explorer --book-view --export quiver.svg",
     QT_TRANSLATE_NOOP("cli", "the book's gradient_2d figure, square, limits [-2, 2]")),
    ("gradient-explorer --preset gradient-method --export descent.png",
     QT_TRANSLATE_NOOP("cli", "the book's gradient_method figure (20 big dots)")),
    ("gradient-explorer --lab optimizers --layout grid --export ch6.png",
     QT_TRANSLATE_NOOP("cli", "one panel per optimizer, as the book's ch. 6 figure")),
    ("gradient-explorer --box -3.5,3.5,-4.5,4.5 --export box.png",
     QT_TRANSLATE_NOOP("cli", "exactly this box: the image takes its aspect")),
    ("gradient-explorer --lab network --dataset mnist --mnist dataset/ --export mnist.png \\\n"
     "                  --export-csv mnist.csv", QT_TRANSLATE_NOOP("cli", "the book's MNIST training (ch. 4.5)")),
    ("gradient-explorer --function himmelblau --start 0,0 --view 3d --export surface.png",
     QT_TRANSLATE_NOOP("cli", "the 3-D surface with the run on it (needs OpenGL)")),
    ("gradient-explorer --install-desktop-entry", QT_TRANSLATE_NOOP("cli", "add it to the desktop's menu (current user)")),
    ("gradient-explorer --list", QT_TRANSLATE_NOOP("cli", "known functions, optimizers, schemes")),
)
#: The column the examples' descriptions start at (a command line longer than this puts its
#: description on the next line).
EXAMPLE_COLUMN = 54


def examples_text(width: int = 78) -> str:
    """The epilog of --help in the command line's language: the examples, then two notes (a
    description too wide for its column goes under its command, wrapped to ``width`` columns)."""
    lines = [translate("cli", "examples:")]
    for command, what in EXAMPLES:
        command_lines = ["  " + line for line in command.split("\n")]
        if what:
            what = translate("cli", what)
            if cli_language.display_width(what) > width - EXAMPLE_COLUMN:
                command_lines += ["      " + part for part in cli_language.wrap(what, width - 6)]
            elif len(command_lines[-1]) < EXAMPLE_COLUMN - 1:
                command_lines[-1] = command_lines[-1].ljust(EXAMPLE_COLUMN) + what
            else:
                command_lines.append(" " * EXAMPLE_COLUMN + what)
        lines += command_lines
    lines += ["", translate("cli", 'Negative numbers may follow an option directly (--start -3,4) or with "=" (--start=-3,4).'),
              translate("cli", "Exit status: 0 success, 1 the output could not be written, 2 bad input (one line on stderr).")]
    return "\n".join(lines) + "\n"


class CliError(Exception):
    """Bad input: reported as one ``gradient-explorer: error: …`` line, exit status 2."""


class OutputFailure(Exception):
    """The inputs were fine but an output could not be written: one line naming the option and
    the path, exit status 1."""


class _Parser(argparse.ArgumentParser):
    """argparse prints usage + error over two lines and exits; we want one line and our own exit."""

    def error(self, message: str) -> NoReturn:
        raise CliError(message)


# ---------------------------------------------------------------- argument types
# Numbers stay text here (reading them needs numerics, hence numpy): _read_numbers reads them.


def _numbers(count: int, shape: str):
    def parse(text: str) -> tuple[str, ...]:
        parts = text.split(",")
        if len(parts) != count:
            raise argparse.ArgumentTypeError(translate("cli", "expected {shape}, got {text}").format(
                shape=shape, text=repr(text)))
        return tuple(parts)

    parse.__name__ = shape  # argparse names the type in some messages
    return parse


def _size(text: str) -> tuple[int, int]:
    parts = text.lower().replace("×", "x").split("x")
    if len(parts) != 2:
        raise argparse.ArgumentTypeError(translate("cli", "expected WxH such as 1000x800, got {text}").format(
            text=repr(text)))
    try:
        width, height = (int(p) for p in parts)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("cli", "expected whole pixel counts WxH, got {text}").format(
            text=repr(text))) from None
    if not (16 <= width <= MAX_SIZE and 16 <= height <= MAX_SIZE):
        raise argparse.ArgumentTypeError(translate("cli", "each side must be 16 … {most} pixels, got {text}").format(
            most=MAX_SIZE, text=repr(text)))
    return width, height


def _hyper(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(translate("cli", "expected NAME=VALUE such as beta1=0.9, got {text}").format(
            text=repr(text)))
    return name.strip(), value


# ---------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (its ``error`` raises :class:`CliError` instead of exiting)."""
    parser = _Parser(
        prog=PROG,
        description=translate(
            "cli",
            "Explore numerical gradients and gradient descent (Deep Learning from Scratch 1, ch. 4).\n\n"
            "Without --export/--export-csv the window opens: with the last used settings, or on the\n"
            "view the options describe, its runs started (the same view --export would write: options\n"
            "left out take their defaults, not the last used settings). With --export/--export-csv the\n"
            "view is computed and written headlessly and no window is shown; --size and --scale only\n"
            "apply to --export."
        ),
        epilog=examples_text(),
        formatter_class=cli_language.HelpFormatter,  # wraps Korean and Japanese by terminal columns
    )
    out = parser.add_argument_group(translate("cli", "headless output"))
    out.add_argument("--export", metavar="FILE",
                     help=translate("cli", "render the view to FILE without a window; the format follows the extension (.png or .svg)"))
    out.add_argument("--view", choices=("2d", "3d"), default="2d",
                     help=translate("cli", "what --export draws: the 2d field (default) or the 3d surface with the runs on it "
                          "(PNG; needs OpenGL: a desktop session, or xvfb-run); without --export, opens the "
                          "window with the 3-D view shown"))
    out.add_argument("--export-csv", metavar="FILE",
                     help=translate("cli", "write every run's trajectory to FILE, one row per step: run,step,x0,x1,f,grad0,grad1"))
    out.add_argument("--size", metavar="WxH", type=_size,
                     help=translate("cli", "canvas size in logical pixels (default {width}x{height})").format(
                         width=DEFAULT_SIZE[0], height=DEFAULT_SIZE[1]))
    out.add_argument("--scale", type=int, choices=(1, 2), default=1,
                     help=translate("cli", "device pixel ratio of the PNG: 2 gives a WxH view at twice the pixels (default 1)"))
    looks = parser.add_argument_group(translate("cli", "looks (window and export)"))
    looks.add_argument("--theme", choices=("light", "dark"), help=translate("cli", "colour theme (default light)"))
    looks.add_argument("--lang", choices=LANGUAGES,
                       help=translate("cli", "language of the window and of exported figures: en, ko (한국어) or ja (日本語) "
                            "(default: the window's View ▸ Language choice; exports: the system's language)"))
    looks.add_argument("--arrows", choices=("scaled", "unit"),
                     help=translate("cli", "arrow length: scaled by |∇f| or all the same length (default scaled)"))
    looks.add_argument("--hide", metavar="LAYER", action="append",
                     choices=("field", "heatmap", "contours", "critical", "paths"),
                     help=translate("cli", "hide a layer: field, heatmap, contours, critical or paths (repeatable)"))

    func = parser.add_argument_group(translate("cli", "function (one of)"))
    which = func.add_mutually_exclusive_group()
    which.add_argument("--function", metavar="NAME", help=translate("cli", "a catalogue function by name (see --list; default sphere)"))
    which.add_argument("--formula", metavar="EXPR",
                       help=translate("cli", 'your own f(x0, x1), e.g. "x0**2 + 3*x1**2" or "sin(x0)*cos(x1)"'))
    func.add_argument("--box", metavar="X0MIN,X0MAX,X1MIN,X1MAX", type=_numbers(4, "X0MIN,X0MAX,X1MIN,X1MAX"),
                      help=translate("cli", "the view box (default: the function's own box; -3,3,-3,3 for a formula)"))

    descent = parser.add_argument_group(translate("cli", "gradient descent"))
    descent.add_argument("--start", metavar="X0,X1", action="append", type=_numbers(2, "X0,X1"),
                         help=translate("cli", "add a run starting at (X0, X1) (repeatable); an export computes it to the end first"))
    descent.add_argument("--optimizer", metavar="NAME",
                         help=translate("cli", "SGD, Momentum, Nesterov, AdaGrad, RMSProp or Adam (default SGD)"))
    descent.add_argument("--lr", metavar="ETA", help=translate("cli", "learning rate η, 1e-6 … 100 (default 0.1)"))
    descent.add_argument("--steps", metavar="N", help=translate("cli", "step limit per run, 1 … 1000000 (default 100)"))
    descent.add_argument("--hyper", metavar="NAME=VALUE", action="append", type=_hyper,
                         help=translate("cli", "an optimizer hyper-parameter, e.g. momentum=0.9 or beta1=0.8 (repeatable; see --list)"))
    descent.add_argument("--tol", metavar="TOL",
                         help=translate("cli", "a run stops when |∇f| < TOL (its verdict says where: minimum, saddle …), 0 … 1 (default 1e-8)"))
    descent.add_argument("--numerical", action="store_true",
                         help=translate("cli", "descend along the numerical gradient even where an analytic one exists"))
    descent.add_argument("--h", metavar="H", help=translate("cli", "difference step of the numerical gradient (default 1e-4)"))
    descent.add_argument("--scheme", metavar="NAME",
                         help=translate("cli", "difference scheme: forward, backward, central, richardson or complex (default central)"))

    from gui.book_presets import PRESETS

    book = parser.add_argument_group(translate("cli", "the book's figures"))
    book.add_argument("--book-view", action="store_true",
                      help=translate("cli", "export the book's gradient_2d figure: grey quiver arrows of −∇f on [−2, 2]² "
                           "(sphere unless --function/--formula), square, 640x640 unless --size (needs --export)"))
    book.add_argument("--preset", choices=tuple(PRESETS), metavar="NAME",
                      help=translate("cli", "one of the book's figures as options (any option given too overrides "
                                            "it): {presets}").format(
                          presets="; ".join(f"{p.name}: {p.script}, {p.description}" for p in PRESETS.values())))
    book.add_argument("--layout", choices=("overlay", "grid"),
                      help=translate("cli", "--lab optimizers only: every path on one field (overlay, the default) or one panel "
                           "per optimizer (grid, the book's ch. 6 figure)"))

    other = parser.add_argument_group(translate("cli", "other"))
    other.add_argument("--session", metavar="FILE", help=translate("cli", "start from a saved session file; other options override it"))
    other.add_argument("--lab", metavar="NAME",
                       help=translate("cli", "export a learning lab instead of the explorer, its preset run to the end (needs --export): "
                            "derivative, partials, lr-race, optimizers, basins, step-inspector, network "
                            "(see the network lab's options below)"))
    other.add_argument("--list", action="store_true",
                       help=translate("cli", "print the known functions, optimizers (with hyper-parameters) and schemes, then exit"))
    other.add_argument("--version", action="store_true", help=translate("cli", "print the version, then exit"))
    other.add_argument("--install-desktop-entry", action="store_true",
                       help=translate("cli", "add Gradient Explorer to the desktop's menu for the current user (a .desktop entry, "
                            "icons and AppStream metainfo under $XDG_DATA_HOME, default ~/.local/share), then exit"))
    other.add_argument("--uninstall-desktop-entry", action="store_true",
                       help=translate("cli", "remove what --install-desktop-entry added, then exit"))

    # Read and checked by gui.labs.network_cli (numbers through gui.model.validation); --lr,
    # --optimizer and --export-csv mean the network's η, optimizer and per-iteration CSV there.
    network = parser.add_argument_group(translate(
        "cli", "network lab (--lab network: train a two-layer net; needs --export and/or --export-csv)"))
    network.add_argument("--dataset", metavar="NAME",
                         help=translate("cli", "spiral, moons, circles, xor, blobs or mnist (default spiral; mnist with --mnist)"))
    network.add_argument("--mnist", metavar="DIR",
                         help=translate("cli", "the folder with the book's MNIST files (t10k-*.gz, train-*.gz); with only the "
                              "10,000 test images they are split 8,000 / 2,000"))
    network.add_argument("--iterations", metavar="N", help=translate("cli", "training iterations (default 3000; mnist 10000)"))
    network.add_argument("--batch-size", metavar="B", help=translate("cli", "mini-batch size (default 30; mnist 100)"))
    network.add_argument("--hidden", metavar="H", help=translate("cli", "hidden units (default 30; mnist 50)"))
    network.add_argument("--gradient", metavar="HOW",
                         help=translate("cli", "backprop, numerical (the book's loop: slow) or numerical_fast (default backprop)"))
    network.add_argument("--seed", metavar="S", help=translate("cli", "seeds the initial weights and the batches (default 0)"))
    return parser


_LAB_OPTIONS = ("--lab", "--export", "--size", "--scale", "--theme", "--lang", "--layout")
#: Options of --lab network only, and everything that lab accepts.
_NETWORK_OPTIONS = ("--dataset", "--mnist", "--iterations", "--batch-size", "--hidden", "--gradient", "--seed")
_NETWORK_LAB_OPTIONS = _LAB_OPTIONS + _NETWORK_OPTIONS + ("--export-csv", "--lr", "--optimizer")
#: Options that only shape the exported image: refused without --export.
_IMAGE_ONLY_OPTIONS = ("--size", "--scale")
#: Options that describe the view: they open the window on it, or shape what --export writes.
_VIEW_OPTIONS = ("--function", "--formula", "--box", "--start", "--optimizer", "--lr", "--steps", "--hyper",
                 "--tol", "--numerical", "--h", "--scheme", "--session", "--theme", "--arrows", "--hide", "--preset")
def _value_options(parser: argparse.ArgumentParser) -> tuple[set[str], list[str]]:
    """(options that take a value, every option string) of ``parser``."""
    takes_value, every = set(), []
    for action in parser._actions:  # noqa: SLF001 - argparse has no public list of its options
        every.extend(action.option_strings)
        if action.option_strings and action.nargs != 0:
            takes_value.update(action.option_strings)
    return takes_value, every


def _is_option(token: str, options: list[str]) -> bool:
    """Whether ``token`` names an option (exactly, with "=value", or as argparse's abbreviation)."""
    if token == "--":
        return True
    name = token.split("=", 1)[0]
    if name in options:
        return True
    return name.startswith("--") and len(name) > 2 and any(o.startswith(name) for o in options if o.startswith("--"))


def _join_values(argv: Sequence[str], parser: argparse.ArgumentParser) -> list[str]:
    """``--start -3,4`` → ``--start=-3,4``, ``--size -100x100`` → ``--size=-100x100``: argparse
    takes any "-…" after an option for another option ("expected one argument"). After an option
    that takes a value, the next word is its value unless it is an option itself, so negative
    numbers, "-inf" and a formula like "-x0**2" reach the reader that can say what is wrong."""
    takes_value, options = _value_options(parser)
    joined: list[str] = []
    i = 0
    while i < len(argv):
        token = argv[i]
        if token == "--":
            joined.extend(argv[i:])
            break
        if token in takes_value and i + 1 < len(argv):
            nxt = argv[i + 1]
            if nxt[:1] in ("-", "\u2212") and not _is_option(nxt, options):
                joined.append(f"{token}={nxt}")
                i += 2
                continue
        joined.append(token)
        i += 1
    return joined


def _given_options(argv: Sequence[str]) -> list[str]:
    options = []
    for token in argv:
        if token == "--":
            break
        if token.startswith("--"):
            options.append(token.split("=", 1)[0])
    return options


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """Parse ``argv`` (without the program name); raises :class:`CliError` on a syntax error."""
    parser = build_parser()
    args = parser.parse_args(_join_values(argv, parser))
    if args.lab == "network":
        if args.export is None and args.export_csv is None:
            raise CliError(translate("cli", "--lab network needs --export FILE and/or --export-csv FILE"))
        foreign = [opt for opt in _given_options(argv) if opt not in _NETWORK_LAB_OPTIONS]
        if foreign:
            raise CliError(translate("cli", "{option} does not apply to --lab network").format(option=foreign[0]))
    elif args.lab is not None:
        if args.export is None:
            raise CliError(translate("cli", "--lab needs --export"))
        foreign = [opt for opt in _given_options(argv) if opt not in _LAB_OPTIONS]
        if foreign:
            raise CliError(translate("cli", "{option} does not apply to --lab (a lab exports its own preset)").format(
                option=foreign[0]))
    if args.layout is not None and args.lab != "optimizers":
        raise CliError(translate("cli", "--layout applies to --lab optimizers only (overlay or grid)"))
    if args.book_view:
        if args.export is None:
            raise CliError(translate("cli", "--book-view needs --export (in the window: View ▸ Book view)"))
        if args.lab is not None or args.view == "3d":
            raise CliError(translate("cli", "--book-view is a view of the explorer's field: not with --lab or --view 3d"))
        if args.function is None and args.formula is None:
            from gui.book_presets import BOOK_VIEW_FUNCTION

            args.function = BOOK_VIEW_FUNCTION
    if args.preset is not None:
        from gui.book_presets import PRESETS, apply_preset

        apply_preset(args, PRESETS[args.preset])
    stray = [opt for opt in _given_options(argv) if opt in _NETWORK_OPTIONS]
    if stray and args.lab != "network":
        raise CliError(translate("cli", "{option} needs --lab network").format(option=stray[0]))
    if args.export is None and not args.list:
        # Image-only options: without an image to write they would be silently ignored.
        for option in _given_options(argv):
            if option in _IMAGE_ONLY_OPTIONS:
                raise CliError(translate("cli", "{option} needs --export: it only sets the size of the exported image")
                               .format(option=option))
    if args.view == "3d" and args.export is not None:
        if Path(args.export).suffix.lower() != ".png":
            raise CliError(translate("cli", "--view 3d: the 3-D view exports PNG only; use a .png file name"))
        if args.scale != 1:
            raise CliError(translate("cli", "--scale does not apply to --view 3d: give a larger --size instead"))
    if args.export is not None and Path(args.export).suffix.lower() not in IMAGE_FORMATS:
        suffix = Path(args.export).suffix
        if suffix:
            raise CliError(translate("cli", "--export: unknown image format {suffix}; use a .png or .svg file name")
                           .format(suffix=repr(suffix)))
        raise CliError(translate("cli", "--export: {path} has no extension; use a .png or .svg file name")
                       .format(path=repr(args.export)))
    return args


# ---------------------------------------------------------------- from arguments to a session

# Session fields → the option a user types, so messages speak the command line's language.
_FIELD_OPTIONS = {
    "function": "--function", "formula": "--formula", "view_box": "--box", "starts": "--start",
    "theme": "--theme", "arrow_mode": "--arrows", "layers": "--hide",
    "descent.optimizer": "--optimizer", "descent.lr": "--lr", "descent.steps": "--steps",
    "descent.hyper": "--hyper", "descent.tol": "--tol", "descent.h": "--h", "descent.scheme": "--scheme",
    "descent": "--optimizer/--hyper",
}


def _option_for(field_name: str) -> str:
    for key in sorted(_FIELD_OPTIONS, key=len, reverse=True):
        if field_name == key or field_name.startswith(key + ".") or field_name.startswith(key + "["):
            return _FIELD_OPTIONS[key]
    return field_name


# Option → the range (gui.model.validation.LIMITS) its numbers must be in, for the "expected …"
# part of the reason when a text is not a number at all (the range itself is checked later, by
# the session's validators).
_NUMBER_LIMITS = {"--lr": "lr", "--steps": "steps", "--tol": "tol", "--h": "h", "--start": "coordinate",
                  "--box": "coordinate", "--hyper": None}


def _read_number(option: str, text: str) -> Any:
    """The number ``text`` stands for (``gui.model.validation.read_number``), or CliError."""
    from gui.model.validation import LIMITS, TEXT_EXPECTED, Limit, read_number
    from numerics.messages import Message
    from numerics.numbers import NumberError

    try:
        return read_number(text)
    except NumberError as exc:
        name = _NUMBER_LIMITS[option]
        limit = LIMITS[name] if name is not None else Limit(-float("inf"), float("inf"))
        reason = render(Message(TEXT_EXPECTED, {"reason": exc.message, "allowed": limit.allowed()}))
        raise CliError(f"{option}: {reason}") from None


def session_from_args(args: argparse.Namespace):
    """The :class:`gui.model.session.Session` the arguments describe, validated like a session file."""
    from gui.model.session import Session, SessionError, load_session, session_from_dict, session_to_dict

    if args.session is not None:
        try:
            base = load_session(args.session)
        except SessionError as exc:  # a file-level problem says so itself; a field's is named
            raise CliError(f"--session: {render(exc.reason if exc.field == 'session' else exc.message)}") from None
    else:
        base = Session()
    data = session_to_dict(base)
    shown = (data["function"], data["formula"])
    if args.function is not None:
        data["function"], data["formula"] = args.function, None
    if args.formula is not None:
        data["function"], data["formula"] = None, args.formula
    new_function = (data["function"], data["formula"]) != shown
    if args.box is not None:
        data["view_box"] = [_read_number("--box", text) for text in args.box]
    if args.start:
        data["starts"] = [[_read_number("--start", text) for text in point] for point in args.start]
    descent = data["descent"]
    if args.optimizer is not None and args.optimizer != descent["optimizer"]:
        descent["optimizer"], descent["hyper"] = args.optimizer, {}  # the old optimizer's constants don't apply
    for key in ("lr", "steps", "tol", "h"):
        if getattr(args, key) is not None:
            descent[key] = _read_number(f"--{key}", getattr(args, key))
    if args.scheme is not None:
        descent["scheme"] = args.scheme
    if args.hyper:
        descent["hyper"] = {**descent["hyper"], **{name: _read_number("--hyper", text) for name, text in args.hyper}}
    if args.numerical:
        descent["analytic"] = False
    for key in ("lr", "steps"):
        if getattr(args, key) is not None:
            data[f"{key}_by_hand"] = True
    if new_function:
        _function_defaults(data)
    # A session's runs keep their own settings; options that change the function or the descent
    # settings (or new starts) describe new runs: the starts then run with those settings.
    if args.start or new_function or args.box is not None or any(
            getattr(args, key) is not None for key in ("optimizer", "lr", "steps", "tol", "h", "scheme", "hyper")) \
            or args.numerical:
        data["runs"] = []
    if args.theme is not None:
        data["theme"] = args.theme
    if args.arrows is not None:
        data["arrow_mode"] = args.arrows
    for layer in args.hide or ():
        data["layers"][layer] = False
    try:
        return session_from_dict(data)
    except SessionError as exc:
        raise CliError(f"{_option_for(exc.field)}: {render(exc.reason)}") from None


def _function_defaults(data: dict) -> None:
    """A new function brings its own η and step limit (``Objective.default_lr``/``default_steps``:
    a first run from anywhere in its view reaches a minimum), as in the window, unless set by hand."""
    from gui.model.session import SessionError, build_objective

    try:
        objective = build_objective(data["function"], data["formula"], None)
    except (KeyError, ValueError, SessionError):
        return  # an unknown name or a bad formula is refused, with its reason, by the validation
    if not data.get("lr_by_hand"):
        data["descent"]["lr"] = objective.default_lr
    if not data.get("steps_by_hand"):
        data["descent"]["steps"] = objective.default_steps


def _check_writable(path_text: str, option: str) -> Path:
    """Fail before any work if ``path_text`` could not be written: checked like the write itself
    (``gui.model.atomic_write.check_writable``): a device, a FIFO, a folder, a missing folder, a
    name too long, a read-only file are refused, and the folder is probed for real (permission
    bits say nothing on read-only mounts or to root)."""
    from gui.model.atomic_write import OutputError, check_writable
    from gui.model.safe_read import describe_path

    try:
        check_writable(path_text)
    except OutputError as exc:
        raise CliError(translate("cli", "{option}: cannot write {path}: {reason}").format(
            option=option, path=describe_path(path_text), reason=text_of(exc))) from None
    return Path(path_text)


def _check_distinct_outputs(args: argparse.Namespace) -> None:
    """Two outputs of one command must be two files: one would silently replace the other (and
    an output over the --session file would replace what was read)."""
    from gui.model.atomic_write import same_target
    from gui.model.safe_read import describe_path

    named = [(option, path) for option, path in (("--export", args.export), ("--export-csv", args.export_csv))
             if path is not None]
    if len(named) == 2 and same_target(named[0][1], named[1][1]):
        raise CliError(translate("cli", "--export and --export-csv name the same file {path}: give each its own")
                       .format(path=describe_path(named[0][1])))
    if args.session is not None:
        for option, path in named:
            if same_target(path, args.session):
                raise CliError(translate("cli", "{option} names the --session file {path}: writing it would replace "
                                                "the session").format(option=option, path=describe_path(path)))


def _check_history_memory(session) -> None:
    """Refuse, with the figure, runs whose history could exceed the budget the window also keeps
    to (``gui.model.runs.HISTORY_BUDGET_BYTES``): the headless runs hold every step of every run
    until the CSV is written (1,000 starts × 10⁶ steps died in numpy with "Unable to allocate
    14.9 GiB"). Each run counts with its own step limit (a session's runs keep their settings)."""
    from gui.model.runs import HISTORY_BUDGET_BYTES, history_bytes

    records = session.run_records()
    # replay_config: what each run is replayed with (a cancelled run only to where it stopped)
    need = sum(history_bytes(1, record.replay_config().steps) for record in records)
    if need > HISTORY_BUDGET_BYTES:
        steps = max(int(record.replay_config().steps) for record in records)
        raise CliError(translate("cli", "--start/--steps: {runs} runs of up to {steps} steps could need {need:.1f} GiB "
                                        "of history (the limit is {limit:.0f} GiB); use fewer starts or steps").format(
            runs=len(records), steps=steps, need=need / 2**30, limit=HISTORY_BUDGET_BYTES / 2**30))


# ---------------------------------------------------------------- actions


def _print_list() -> int:
    from numerics import CATALOGUE, OPTIMIZERS, SCHEMES

    print(translate("cli", "functions:"))
    for name, objective in CATALOGUE.items():
        print(f"  {name:<14} {render(objective.title_message)}")
    print(translate("cli", "optimizers (hyper-parameters: default, range):"))
    for name, cls in OPTIMIZERS.items():
        specs = ", ".join(f"{k}={s.default:g} [{s.low:g} … {s.high:g}]" for k, s in cls.HYPERPARAMETERS.items())
        specs = specs or translate("cli", "(none besides lr)")
        print(f"  {name:<14} {specs}")
    print(translate("cli", "difference schemes: {schemes}").format(schemes=", ".join(SCHEMES)))
    return EXIT_OK


def compute_runs(session) -> tuple[list, list]:
    """Run every run of ``session`` to its end, each with its own settings (a cancelled run of a
    session to the step it was cancelled at); return ``(diagnoses, trajectories)``, one each per
    run, numbered from 1 as in the window, the trajectories carrying settings and verdict."""
    import dataclasses

    import numpy as np

    from gui.model.run_records import replay_groups
    from gui.model.trajectory_csv import trajectories_from_result
    from numerics import DescentResult, StopReason, diagnose, run_descent
    from numerics.functions import FORMULA_NAME

    diagnoses: list = []
    trajectories: list = []
    for group in replay_groups(session.run_records(), merge_clicks=True):
        result = run_descent(group.objective, group.starts, group.config)
        if group.cancelled_at is not None:  # it ended where it was cancelled, as cancelled
            result = DescentResult(result.xs, result.values, result.grads,
                                   np.minimum(result.n_points, group.cancelled_at + 1),
                                   np.full(len(group.starts), int(StopReason.CANCELLED)), result.config)
        verdicts = diagnose(group.objective, group.config, result)
        first = len(trajectories) + 1
        name = group.objective.formula if group.objective.name == FORMULA_NAME else group.objective.name
        settings = group.config if group.requested_steps is None else \
            dataclasses.replace(group.config, steps=group.requested_steps)
        trajectories += trajectories_from_result(result, range(first, first + len(group.starts)), function=name,
                                                 config=settings, verdicts=[d.code for d in verdicts])
        diagnoses += verdicts
    return diagnoses, trajectories


def _summarise(diagnoses: list, trajectories: list) -> None:
    """One line per run: start, end, f, steps and the verdict with its sentence."""
    for diagnosis, run in zip(diagnoses, trajectories):
        (s0, s1), (e0, e1) = run.xs[0], run.xs[-1]
        print(translate("cli", "run {run}: ({s0:g}, {s1:g}) → ({e0:.6g}, {e1:.6g}), f = {f:.6g} after {steps} steps: "
                               "{code} — {sentence}").format(
            run=run.run_id, s0=s0, s1=s1, e0=e0, e1=e1, f=run.values[-1] + 0.0, steps=len(run) - 1,
            code=diagnosis.code, sentence=render(diagnosis.message)))


def _lab_spec(name: str):
    """The registry entry of lab ``name`` (checked before any work is done)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # gui.labs imports Qt
    from gui.labs import LABS

    if name not in LABS:
        raise CliError(translate("cli", "--lab: unknown lab {name}; known labs: {known}").format(
            name=repr(name), known=", ".join(LABS)))
    return LABS[name]


def _run_network_lab(args: argparse.Namespace) -> int:
    """``--lab network``: train the Network tab offscreen (``gui.labs.network_cli``)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # gui.labs imports Qt
    from gui.labs.network_cli import NetworkCliError, run_network, settings_from_args

    try:
        settings_from_args(args)  # every option is checked before a path is probed or Qt starts
    except NetworkCliError as exc:
        raise CliError(text_of(exc)) from None
    _check_distinct_outputs(args)
    image = _check_writable(args.export, "--export") if args.export is not None else None
    csv_path = _check_writable(args.export_csv, "--export-csv") if args.export_csv is not None else None
    if image is not None:
        _install_language(args.lang)
    try:
        run_network(args, image, csv_path, args.size or DEFAULT_SIZE, args.theme)
    except NetworkCliError as exc:
        raise CliError(text_of(exc)) from None
    return EXIT_OK


def _run_headless(args: argparse.Namespace) -> int:
    if args.lab == "network":
        return _run_network_lab(args)
    session = session_from_args(args)
    lab = _lab_spec(args.lab) if args.lab is not None else None
    _check_distinct_outputs(args)
    image = _check_writable(args.export, "--export") if args.export is not None else None
    csv_path = _check_writable(args.export_csv, "--export-csv") if args.export_csv is not None else None
    if csv_path is not None and not session.starts:
        raise CliError(translate("cli", "--export-csv: no runs to write; add one with --start X0,X1"))
    if lab is None:
        _check_history_memory(session)

    from gui.model.trajectory_csv import TrajectoryCsvError, write_trajectories_csv

    diagnoses, trajectories = ([], []) if lab is not None else compute_runs(session)
    _summarise(diagnoses, trajectories)
    if csv_path is not None:
        try:
            write_trajectories_csv(csv_path, trajectories)
        except TrajectoryCsvError as exc:
            raise OutputFailure(f"--export-csv: {text_of(exc)}") from None
        print(_printable(translate("cli", "wrote {path} ({rows} rows)").format(
            path=csv_path, rows=sum(len(t) for t in trajectories))))
    if image is not None:
        from gui.book_presets import BOOK_VIEW_SIZE, PRESETS

        size = args.size or (BOOK_VIEW_SIZE if args.book_view else DEFAULT_SIZE)
        from gui.headless import RenderError, render_explorer, render_lab

        if args.view == "3d":
            from gui.canvas3d.export3d import prepare_gl_platform, render_surface

            prepare_gl_platform()  # before the QApplication: the 3-D view needs OpenGL

        _install_language(args.lang)

        from gui.export import ExportError

        try:
            notes: list[str] = []
            if args.lab is not None:
                render_lab(lab, session, image, size, args.scale, layout=args.layout)
            elif args.view == "3d":
                render_surface(session, trajectories, image, size)
            else:
                preset = PRESETS.get(args.preset)
                # --box (or a preset's box, or the book view's [−2, 2]²) is shown exactly: the
                # image takes its aspect, and says what it changed (nothing is clamped silently).
                notes = render_explorer(session, trajectories, image, size, args.scale, book_view=args.book_view,
                                        exact_box=args.box is not None,
                                        marker_px=preset.marker_px if preset is not None else None,
                                        size_given=args.size is not None)
            for note in notes or ():
                print(_printable(note))
        except RenderError as exc:
            raise CliError(text_of(exc)) from None
        except ExportError as exc:
            raise OutputFailure(f"--export: {text_of(exc)}") from None
        print(_printable(translate("cli", "wrote {path}").format(path=image)))
    return EXIT_OK


def window_session(args: argparse.Namespace, argv: Sequence[str]):
    """The session the window opens on, or ``None`` (no view option: the remembered settings).

    The options describe the whole view, exactly as for ``--export``: what they leave out takes
    its default (or the ``--session`` file's value), not the remembered settings, so the same
    command line shows the same view in the window and in an export.
    """
    if not any(option in _VIEW_OPTIONS for option in _given_options(argv)):
        return None
    return session_from_args(args)


def _run_window(args: argparse.Namespace, argv: Sequence[str]) -> int:
    session = window_session(args, argv)  # every input error is reported before Qt starts
    if session is not None:
        _check_history_memory(session)  # the window would start every run of the session
    from gui.app import run_app

    extra = {"surface_view": True} if args.view == "3d" else {}
    return run_app([sys.argv[0] if sys.argv else PROG], session=session, language=args.lang, **extra)


def _install_language(language: str | None) -> None:
    """The translators of ``language`` (``None``: the system's) for a headless export: its
    titles, labels and legends are drawn by the same widgets as the window's."""
    from gui import i18n
    from gui.headless import _qt_application

    _qt_application()  # the export's own QApplication (offscreen, Qt's noise filtered)
    i18n.set_language(language or "system")


def _desktop_entry(install: bool) -> int:
    from gui.desktop_entry import install_desktop_entry, uninstall_desktop_entry

    if install:
        files = install_desktop_entry()
        print(translate("cli", "installed {count} files for the desktop menu, e.g. {example}").format(
            count=len(files), example=files[0]))
    else:
        files = uninstall_desktop_entry()
        if files:
            print(translate("cli", "removed {count} files, e.g. {example}").format(count=len(files), example=files[0]))
        else:
            print(translate("cli", "removed {count} files").format(count=0))
    return EXIT_OK


def _printable(text: str) -> str:
    """``text`` with lone surrogates (undecodable bytes of a file name or an argument) escaped:
    printing them would raise UnicodeEncodeError on a strict stream."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _report(message: str) -> None:
    line = translate("cli", "{program}: error: {message}").format(program=PROG, message=' '.join(message.split()))
    print(_printable(line), file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: parse ``argv`` (default ``sys.argv[1:]``), then open the window or export.

    Returns the exit status; input errors print one line and return 2.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    cli_language.use(argv)  # --help and every line below in --lang's (or the system's) language
    try:
        with cli_language.translated_argparse():
            args = parse_args(argv)
        if args.version:
            from gui.app_info import version

            print(f"{PROG} {version()}")
            return EXIT_OK
        if args.install_desktop_entry or args.uninstall_desktop_entry:
            return _desktop_entry(install=args.install_desktop_entry)
        if args.list:
            return _print_list()
        if args.export is None and args.export_csv is None:
            return _run_window(args, argv)
        return _run_headless(args)
    except CliError as exc:
        _report(str(exc))
        return EXIT_USAGE
    except OutputFailure as exc:
        _report(str(exc))
        return EXIT_FAILURE
    except OSError as exc:  # ExportError and TrajectoryCsvError are OSErrors with readable messages
        _report(text_of(exc))
        return EXIT_FAILURE
    except MemoryError:
        _report(translate("cli", "out of memory: the request is too large for this machine; use fewer starts, steps "
                                 "or a smaller --size"))
        return EXIT_FAILURE
    except Exception as exc:  # noqa: BLE001 - a bug must still end in one line, never a traceback
        _report(translate("cli", "internal error ({error}); please report it with the command line").format(
            error=f"{type(exc).__name__}: {exc}"))
        return EXIT_FAILURE
    finally:
        cli_language.reset()  # a caller in the same process (the tests) starts from English again
