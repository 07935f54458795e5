"""Every error a user can meet, in one catalogue: a code, what went wrong, and what to do about it.

Modelled on spaCy's ``errors.py``. An error names the input (file and line where there is one), so that a run over
thousands of files can report the few bad ones and go on:

    E006 news.jsonl line 17: malformed JSON (Expecting ',' delimiter). Fix: make each line one JSON object, or
    remove the line.

Message and fix are templates; the keyword arguments given to the error fill them in.
"""
from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Any


class Err(Enum):
    """The catalogue: code, message template, fix template."""

    NOT_FOUND = ("E001", "no such file or folder",
                 "check the path; give '-' to read standard input.")
    UNREADABLE = ("E002", "cannot read the file ({detail})",
                  "check that the file exists, that you may read it, and that a .gz file is a complete gzip file.")
    BINARY = ("E003", "looks like a binary file, not text ({detail})",
              "give text, HTML, JSON Lines or CSV; leave images, PDFs and archives other than .gz out of the input.")
    EMPTY = ("E004", "the file is empty",
             "remove the file from the input, or put the article text in it.")
    UNDECODABLE = ("E005", "cannot decode the text ({detail})",
                   "save the file as UTF-8.")
    MALFORMED_JSON = ("E006", "malformed JSON ({detail})",
                      "make each line one JSON object, or remove the line.")
    JSON_NOT_OBJECT = ("E007", "the line is a JSON {kind}, not an object",
                       'make each line one JSON object, such as {{"id": "a1", "text": "..."}}.')
    MISSING_TEXT = ("E008", "the record has no text (field 'text' missing or empty)",
                    "give every record a non-empty 'text' field, or remove the record.")
    CSV_NO_TEXT_COLUMN = ("E009", "the CSV file has no 'text' column (columns: {columns})",
                          "name the column that holds the article text 'text' in the header row.")
    HTML_NO_TEXT = ("E010", "no article text found in the HTML page",
                    "check that the page holds the article itself (not an index, login or cookie page), "
                    "or save the article text as .txt.")
    UNKNOWN_FORMAT = ("E011", "unknown input format {format!r}",
                      "use one of: {choices}.")
    BAD_DATE = ("E012", "cannot read {value!r} as a date",
                "give the publication date as YYYY-MM-DD, for example --published 2022-08-15.")
    TOO_LARGE = ("E013", "the document is too large ({size}; the limit is {limit})",
                 "split it into smaller documents, or raise the limit with --max-doc-bytes.")
    WRONG_LANGUAGE = ("E014", "the text is in {language}, not {wanted} ({evidence})",
                      "accord codes English text: leave the document out, or give --lang any to code it anyway.")
    DOC_TIMEOUT = ("E015", "coding the document took longer than {limit:g} s; it was stopped",
                   "raise the limit with --doc-timeout, or split the document. A short document that takes this "
                   "long is a bug in accord: please report it with the text.")
    UNKNOWN_LANGUAGE = ("E016", "unknown language choice {value!r}",
                        "give --lang any, or language codes such as en (ISO 639-1), separated by commas.")
    BAD_LIMIT = ("E017", "{name} must be a positive number, not {value!r}",
                 "give a number above 0, such as {example}.")
    CODING_FAILED = ("E100", "the coder failed on document {doc_id!r} ({detail})",
                     "report it with the document's text; the document was not stored, so `accord ingest` codes "
                     "it again once the coder is fixed")

    def __init__(self, code: str, message: str, fix: str) -> None:
        self.code = code
        self.message = message
        self.fix = fix


class AccordError(Exception):
    """An error the user can act on: ``code``, ``path``, ``line``, ``reason`` and ``fix``."""

    def __init__(self, err: Err, *, path: str | Path | None = None, line: int | None = None,
                 **details: Any) -> None:
        self.err = err
        self.code = err.code
        self.path = str(path) if path is not None else None
        self.line = line
        self.reason = err.message.format(**details)
        self.fix = err.fix.format(**details)
        super().__init__(str(self))

    def __str__(self) -> str:
        where = " ".join(part for part in (
            self.path, f"line {self.line}" if self.line is not None else None) if part)
        head = f"{self.code} {where}" if where else self.code
        return f"{head}: {self.reason}. Fix: {self.fix}"

    def to_dict(self) -> dict[str, Any]:
        """The error as a record, for the store's `errors` table and JSON output."""
        return {"code": self.code, "path": self.path, "line": self.line,
                "reason": self.reason, "fix": self.fix}


class InputError(AccordError):
    """An input (file, line, record, or a value the user gave) that accord cannot read."""
