"""From a file's bytes to clean text: find the encoding, then normalise without changing the meaning.

Decoding: UTF-8 (with or without BOM) and BOM-marked UTF-16 or UTF-32 are read as such. Other bytes are
guessed, and the guess is reported as a warning: text that is mostly ASCII is read as Windows-1252, whose
printable characters include all of Latin-1's (bytes Windows-1252 leaves undefined fall back to Latin-1);
text that is mostly non-ASCII (Cyrillic, Greek, CJK code pages) is read as charset-normalizer's best guess.
NUL bytes without a BOM, or many control characters, mean binary data.

Normalising: every line end becomes "\\n"; no-break and other fixed-width spaces become a plain space;
invisible characters that only affect layout are removed (zero-width space, word joiner, stray BOM, soft
hyphen, bidirectional embedding/override/isolate controls, which can reorder what a reader sees, and control
characters, which XML and HTML cannot carry); the result is NFC. Curly quotes, dashes, ellipses and the
zero-width (non-)joiners (meaningful in emoji and in Persian or Indic scripts) are kept exactly as written.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: FF FE 00 00 also starts with the UTF-16 LE mark
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
INVISIBLE = re.compile(
    r"[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069\ufffe\uffff]"
)
CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
MAX_CONTROL_SHARE = 0.05  # more control characters than this and it is not text


class NotText(ValueError):
    """Bytes that cannot be read as text; the message says why and what to do."""


def decode(data: bytes) -> tuple[str, str | None]:
    """The text of a file, and a warning when its encoding had to be guessed."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            return _checked(_strict(data, codec)), None
    if b"\x00" in data:
        raise NotText(
            "looks like binary data (contains NUL bytes), not text; "
            "if it is UTF-16 text, save it as UTF-8 or with a byte-order mark"
        )
    try:
        return _checked(data.decode("utf-8")), None
    except UnicodeDecodeError:
        pass
    text, name = _legacy(data)
    return _checked(text), f"is not UTF-8; read as {name} (a guess: check its accents, and save it as UTF-8)"


def _strict(data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        name = codec.removesuffix("-sig").upper()
        raise NotText(f"has a {name} byte-order mark but is not valid {name} (byte {exc.start})") from None


def _legacy(data: bytes) -> tuple[str, str]:
    """Text in a single-byte or legacy multi-byte encoding, and the encoding's name."""
    high = len(data.translate(None, bytes(range(128))))
    letters = len(data) - len(data.translate(None, ASCII_LETTERS))
    if high <= letters:  # mostly ASCII: the other bytes are accents and typography of Western text
        try:
            return data.decode("cp1252"), "Windows-1252"
        except UnicodeDecodeError:
            return data.decode("latin-1"), "Latin-1"
    for match in charset_normalizer.from_bytes(data):
        if not match.encoding.startswith("utf"):  # UTF-16/32 without NULs is a misreading
            return str(match), match.encoding
    raise NotText("is not UTF-8 and its encoding could not be recognised; save it as UTF-8")


def _checked(text: str) -> str:
    """The text, unless control characters show it is binary data."""
    controls = len(CONTROLS.findall(text))
    if controls and controls > MAX_CONTROL_SHARE * len(text):
        raise NotText("looks like binary data (many control characters), not text")
    return text


def normalise(text: str) -> str:
    """Line ends, spaces and invisible characters made uniform; the visible text is unchanged."""
    text = LINE_BREAKS.sub("\n", text)
    text = INVISIBLE.sub("", SPACES.sub(" ", text))
    return unicodedata.normalize("NFC", text)
